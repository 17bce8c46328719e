import ArvioDevSupport
import Foundation
import Testing
@testable import ArvioReport

/// The fast text comparisons give exactly what the straightforward versions gave: the mapping
/// matches the same paragraphs, so reports do not change. Each check runs over hand-picked
/// awkward texts and over seeded random ones drawn from Finnish letters, spaces and marks.
@Suite struct TextComparisonTests {
    @Test func typosWithinTheAllowanceStillMatch() {
        #expect(TextKey.distance("hyötytavoite", "hyötyavoite", limit: 3) == 1)
        #expect(TextKey.distance("hankkeen", "hankeen", limit: 3) == 1)
        #expect(TextKey.distance("", "abc", limit: 3) == 3)
        #expect(TextKey.distance("kansallinen", "kuvaus", limit: 2) == 3)  // gave up past the limit
        #expect(TextKey.matches("kansallinen hyötyavoite 1-5", "kansallinen hyötytavoite 1-5"))
        #expect(!TextKey.matches("mittari", "mittarit"))  // short keys must be exact
    }

    @Test func distanceAgreesWithCharacterLevenshtein() {
        let texts = Self.awkward + Self.random(count: 300, seed: 1)
        var generator = SeededRandom(seed: 2)
        for (a, b) in zip(texts, texts.shuffled(using: &generator)) {
            for limit in 0 ... 4 {
                #expect(TextKey.distance(a, b, limit: limit) == Reference.distance(a, b, limit: limit), "\(a.debugDescription) \(b.debugDescription) \(limit)")
            }
            let (x, y) = (a.unicodeScalars.map(\.value), b.unicodeScalars.map(\.value))
            #expect(EditDistance.lowerBound(x, y) <= EditDistance.levenshtein(x, y, limit: .max - 1))
        }
        // Near misses of each other, so the exact distance (not only the early exit) is compared.
        for text in texts {
            let edited = Self.edit(text, seed: UInt64(text.utf8.count))
            #expect(TextKey.distance(text, edited, limit: 3) == Reference.distance(text, edited, limit: 3))
            #expect(TextKey.matches(text, edited) == Reference.matches(text, edited))
            let (a, b) = (text.unicodeScalars.map(\.value), edited.unicodeScalars.map(\.value))
            #expect(EditDistance.lowerBound(a, b) <= EditDistance.levenshtein(a, b, limit: .max - 1))
        }
    }

    @Test func normaliseAgreesWithTheUnicodeLowercasingVersion() {
        let everyScalarBelowCombiningMarks = (0 ..< 0x300).compactMap(Unicode.Scalar.init).map { "A\($0)b" }
        let generalPunctuation = (0x2000 ..< 0x2070).compactMap(Unicode.Scalar.init).flatMap { ["A\($0)b", "\($0)", "* \($0) -", "\($0)É\($0)"] }
        let edges = ["** - *x* **", "- - a", "-  a", "*- a", " * a * ", "-\u{301} a", "- \u{301}a", "a *\u{301}", "ä*", "Ä -"]
        let cyrillic = (0x0400 ..< 0x0530).compactMap(Unicode.Scalar.init).map { "Ж\($0)b" } + ["Комитет по информатизации"]
        for text in Self.awkward + Self.random(count: 500, seed: 3) + everyScalarBelowCombiningMarks + generalPunctuation + edges + cyrillic {
            #expect(TextKey.normalise(text) == Reference.normalise(text), "\(text.debugDescription)")
            #expect(TextKey.normalise(text).unicodeScalars.elementsEqual(Reference.normalise(text).unicodeScalars))
            #expect(TextKey.heading(text).unicodeScalars.elementsEqual(Reference.heading(text).unicodeScalars))
        }
    }

    @Test func comparisonKeyCountsCharactersAndComparesSuffixesLikeString() {
        let texts = Self.awkward + Self.random(count: 200, seed: 4)
        for text in texts {
            let key = ComparisonKey(text)
            #expect(key.count == text.count, "\(text.debugDescription)")
            let suffixes: [String] = [String(text.suffix(3)), String(text.unicodeScalars.suffix(1))]
            for other in Array(texts.prefix(40)) + suffixes {
                #expect(key.hasSuffix(ComparisonKey(other)) == text.hasSuffix(other), "\(text.debugDescription) \(other.debugDescription)")
            }
        }
        #expect(ComparisonKey("hyötytavoite").scalars != nil)
        #expect(ComparisonKey("e\u{301}").scalars == nil)  // a combining mark: characters, not scalars
        #expect(ComparisonKey("\u{212B}").scalars == nil)  // Ångström sign equals "Å" as a character
    }

    @Test func trimmingAgreesWithFoundation() {
        for text in Self.awkward + Self.random(count: 300, seed: 5) + [" \u{3000}x\u{2028} ", "\u{85}", "\t \u{A0}"] {
            #expect(Whitespace.whitespaces.trimmed(text) == text.trimmingCharacters(in: .whitespaces))
            #expect(Whitespace.whitespacesAndNewlines.trimmed(text) == text.trimmingCharacters(in: .whitespacesAndNewlines))
            #expect(Whitespace.whitespaces.isBlank(text) == text.trimmingCharacters(in: .whitespaces).isEmpty)
        }
        // The no-break spaces a results table's goal numbers were once trimmed of on top.
        #expect(CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{00A0}\u{202F}")) == .whitespacesAndNewlines)
    }

    @Test func hasAtMostIsCountWithoutCountingToTheEnd() {
        let long = String(repeating: "Hyötytavoite ", count: 20)
        for text in Self.awkward + Self.random(count: 100, seed: 8) + [long, long + "e\u{301}", "e\u{301}" + long, long + "\r\n"] {
            for limit in [-1, 0, 1, 2, 5, text.count / 2, text.count - 1, text.count, text.count + 1] {
                #expect(text.hasAtMost(limit) == (text.count <= limit), "\(text.debugDescription) \(limit)")
            }
        }
    }

    /// What `PlainText` relies on, checked on every plain scalar: each is a character of its own
    /// next to any other plain scalar, and no two plain scalars are canonically equivalent.
    @Test func plainScalarsAreWholeCharactersEqualOnlyToThemselves() {
        let plain = (0 ..< 0x2100).compactMap(Unicode.Scalar.init).filter { PlainText.scalarCount(String($0)) == 1 }
        #expect(plain.count == 0x300 - 1 + 0x18 + 0x2F)  // all below U+0300 but CR, U+2010–2027, U+2030–205E
        let everything = String(String.UnicodeScalarView(plain))
        #expect(everything.count == plain.count)
        #expect(String(String.UnicodeScalarView(plain.reversed())).count == plain.count)
        // Some non-plain scalars equal plain ones ("\u{212B}" == "Å"), but no two plain ones are equal:
        // a key holding such a scalar is not plain and is compared as characters.
        let decompositions = Dictionary(grouping: plain) { String($0).decomposedStringWithCanonicalMapping }
        #expect(decompositions.values.allSatisfy { $0.count == 1 })
        #expect(PlainText.scalarCount("\u{212B}") == nil)
        #expect(PlainText.scalarCount("Hyötytavoite – “laatu” …") == 24)
        #expect(PlainText.scalarCount("e\u{301}") == nil)
        #expect(PlainText.scalarCount("a\r\nb") == nil)
    }

    @Test func characterCountIsStringCount() {
        for text in Self.awkward + Self.random(count: 300, seed: 6) {
            #expect(text.characterCount == text.count, "\(text.debugDescription)")
        }
    }

    @Test func numbersParseAsWithFoundationReplacements() {
        let cells = ["0,36", "1 327", "-15", "50 %", "0,36%", "503 kpl", "-30--45", "1,2,3", "12a", "−5", "1 327,5", " 7 ", "", ",", "1.5.2021"]
        for text in cells + Self.random(count: 100, seed: 7) {
            let reference = text.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: ",", with: ".")
                .replacingOccurrences(of: "−", with: "-")
            let expected: Double? = !reference.isEmpty && reference.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" })
                && reference.filter({ $0 == "." }).count <= 1 && reference.dropFirst().allSatisfy({ $0 != "-" }) ? Double(reference) : nil
            #expect(CellValueParser.decimal(text) == expected, "\(text.debugDescription)")
        }
        #expect(CellValueParser.decimal("1 327,5") == 1327.5)
    }

    @Test func periodLabelsStillParseAndLongTextsAreNoLabels() {
        #expect(PeriodKey(notation: " 5/21 ") != nil)
        #expect(PeriodKey(notation: "11/2021") != nil)
        #expect(PeriodKey(notation: "2022-04") != nil)
        #expect(PeriodKey(notation: "LÄHTÖTILANNE")?.isBaseline == true)
        #expect(PeriodKey(notation: "La\u{308}hto\u{308}tilanne")?.isBaseline == true)
        #expect(PeriodKey(notation: "1.1 Kiireettömät vastaanottopalvelut ovat saatavilla yhdenvertaisesti") == nil)
    }

    // MARK: Texts

    static let awkward: [String] = [
        "", " ", "a", "Ä", "ä", "hyötytavoite", "Hyötytavoite 1-5", "HYÖTYTAVOITE", "Kansal-linen hyöty-tavoite",
        "yhteen-toimivuus", "yhteen toimivuus", "Yhteentoimivuus", "< Kuvaus hankkeen omista hyötytavoitteista >",
        "**Tavoite 1:** Yhdenvertainen saatavuus", "- Hanke", "* - kohta", "1.2. Prosessi", "TAVOITE 3: Jotain.",
        "a\u{00AD}b", "a\u{00A0}\u{00A0}b", "väli\u{2013}viiva", "e\u{301}", "é", "\u{301}x", "x \u{301}", " \u{301}",
        "Å", "\u{212B}", "A\u{30A}", "\u{130}stanbul", "ΣΟΦΟΣ", "straße", "ﬁ", "😀 hymy", "👩‍👩‍👧", "🇫🇮", "a\r\nb", "a\rb",
        "\r\n", "tab\there", "rivi\nrivi", "  alku", "loppu  ", "*", "**", "- ", "<>", "< >", "ǅ ǈ ǋ", "Ǆ", "µ", "ÿŸ",
    ]

    static func random(count: Int, seed: UInt64) -> [String] {
        let alphabet = Array("aeiouyäöåkhlmnrst AÄÖÅKHT-.*<>:1\u{00A0}\u{00AD}\u{2013}\u{301}\u{308}\t\nİΣß😀")
        var generator = SeededRandom(seed: seed)
        return (0 ..< count).map { _ in
            String((0 ..< Int.random(in: 0 ... 40, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
        }
    }

    /// One to three single-character edits of `text`.
    static func edit(_ text: String, seed: UInt64) -> String {
        var generator = SeededRandom(seed: seed)
        var characters = Array(text)
        let letters = Array("aäöksÄ \u{301}")
        for _ in 0 ..< Int.random(in: 1 ... 3, using: &generator) {
            let position = characters.isEmpty ? 0 : Int.random(in: 0 ..< characters.count, using: &generator)
            switch Int.random(in: 0 ..< 3, using: &generator) {
            case 0: characters.insert(letters.randomElement(using: &generator)!, at: position)
            case 1 where !characters.isEmpty: characters.remove(at: position)
            default: if !characters.isEmpty { characters[position] = letters.randomElement(using: &generator)! }
            }
        }
        return String(characters)
    }
}


/// The straightforward versions the fast ones replace, as they were.
private enum Reference {
    static func normalise(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var lastWasSpace = true
        let composed = text.unicodeScalars.contains { (0x0300 ... 0x036F).contains($0.value) }
            ? text.precomposedStringWithCanonicalMapping : text
        for scalar in composed.unicodeScalars {
            switch scalar.value {
            case 0x00AD: continue
            case 0x0009, 0x000A, 0x000D, 0x00A0, 0x2007, 0x202F, 0x2002, 0x2003, 0x2009, 0x0020:
                if !lastWasSpace { scalars.append(" ") }
                lastWasSpace = true
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014:
                scalars.append("-")
                lastWasSpace = false
            default:
                scalars.append(scalar)
                lastWasSpace = false
            }
        }
        var result = String(scalars).lowercased()
        while result.hasSuffix(" ") || result.hasSuffix("*") { result.removeLast() }
        while result.hasPrefix("*") || result.hasPrefix("- ") { result.removeFirst() }
        while result.first == " " { result.removeFirst() }
        while result.last == " " { result.removeLast() }
        return result
    }

    static func heading(_ text: String) -> String {
        var key = normalise(text)
        if key.hasPrefix("tavoite ") { key.removeFirst("tavoite ".count) }
        if let number = TextKey.leadingNumber(key) {
            key.removeFirst(number.count)
            while let first = key.first, first == "." || first == ":" || first == ")" || first == " " { key.removeFirst() }
        }
        while let last = key.last, last == "." || last == ":" || last == " " { key.removeLast() }
        var result = ""
        var previous: Character?
        let characters = Array(key)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "-", let before = previous, before.isLetter, index + 1 < characters.count, characters[index + 1].isLetter {
                index += 1
                continue
            }
            result.append(character)
            previous = character
            index += 1
        }
        return result.replacingOccurrences(of: "yhteen toimivuu", with: "yhteentoimivuu")
    }

    static func distance(_ a: String, _ b: String, limit: Int) -> Int {
        let a = Array(a), b = Array(b)
        if abs(a.count - b.count) > limit { return limit + 1 }
        var previous = Array(0 ... b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1 ... max(a.count, 1) where !a.isEmpty {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1 ... max(b.count, 1) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return a.isEmpty ? b.count : previous[b.count]
    }

    static func matches(_ key: String, _ candidate: String) -> Bool {
        if key == candidate { return true }
        let allowed = min(3, candidate.count / 12)
        guard allowed > 0 else { return false }
        return distance(key, candidate, limit: allowed) <= allowed
    }
}
