import ArvioDevSupport
import Foundation
import Testing
@testable import ArvioReport

/// What a value cell means, including the cells the fast paths of `CellValueParser.parse` skip
/// to: yes/no words in any case or decomposition, ranges only with "--", no-break spaces.
@Suite struct CellValueParserTests {
    @Test(arguments: [
        ("kyllä", "yesNo", true), ("KYLLÄ", "yesNo", true), ("kylla\u{0308}", "yesNo", true), ("Yes", "yesNo", true),
        ("\u{212A}ylla", "yesNo", true),  // the Kelvin sign lowercases to "k"
        ("EI", "yesNo", false), ("no", "yesNo", false), ("kyllä ei", "text", nil), ("eikä", "text", nil),
    ] as [(String, String, Bool?)])
    func yesAndNoInAnyCase(_ text: String, type: String, yes: Bool?) {
        let parsed = CellValueParser.parse(text)
        #expect(parsed.type == type, "\(text.debugDescription)")
        #expect(parsed.yes == yes, "\(text.debugDescription)")
    }

    @Test func aRangeNeedsTwoNumbersAroundADoubleDash() {
        #expect(CellValueParser.parse("-30--45").type == "range")
        #expect(CellValueParser.parse("30--45").type == "range")
        #expect(CellValueParser.parse("30-45").type == "text")
        #expect(CellValueParser.parse("a--b").type == "text")
        #expect(CellValueParser.parse("1--2--3").type == "text")
    }

    @Test func noBreakSpacesReadAsSpaces() {
        #expect(CellValueParser.parse("1\u{00A0}327\u{00A0}kpl") == ParsedValue(type: "count", number: 1327, unit: "kpl"))
        #expect(CellValueParser.parse("50\u{202F}%") == ParsedValue(type: "percent", number: 50))
    }

    /// The last space found on the bytes is the last space character, also where a combining mark
    /// follows a space or a prepended mark comes before one (then it is no character of its own).
    @Test func lastSpaceIsTheLastSpaceCharacter() {
        let pieces = ["1", "327", "kpl", " ", " ", "\u{301}", "\u{600}", "\u{A0}", "\r\n", "ä", "\u{1F1EB}", "-", "%", "\u{200D}"]
        var generator = SeededRandom(seed: 51)
        let texts = ["", " ", "1 327 kpl", "a \u{301}", "a \u{301}b c", "\u{600} x", "x \u{600}", "a\r\n b", "x \u{301}"]
            + (0 ..< 3000).map { _ in (0 ..< generator.int(0 ... 8)).map { _ in generator.pick(pieces) }.joined() }
        for text in texts {
            #expect(CellValueParser.lastSpace(text) == text.lastIndex(of: " "), "\(text.debugDescription)")
        }
    }

    /// ASCII numbers read on the bytes give what the replacements and character checks gave.
    @Test func asciiNumbersReadAsBefore() {
        let pieces = ["1", "327", "0", ",", ".", "-", " ", "\r\n", "\t", "+", "e", "5", "−", "\u{A0}", "٣", "x", "%"]
        var generator = SeededRandom(seed: 52)
        let texts = ["", " ", "-", ".", "1 327", "0,36", "-15", "1-2", "1.2.3", "--1", "\r\n1", "1e5"]
            + (0 ..< 5000).map { _ in (0 ..< generator.int(0 ... 6)).map { _ in generator.pick(pieces) }.joined() }
        for text in texts {
            #expect(CellValueParser.decimal(text) == referenceDecimal(text), "\(text.debugDescription)")
        }
    }

    /// Empty cells and cells with a digit or "%" skip work, and every cell parses as before.
    @Test func cellsParseAsBefore() {
        let pieces = ["", " ", "50", "%", "-", "–", "kyllä", "KYLLÄ", "ei", "No", "\u{212A}", "ylla", "a\u{308}", "1", "327", "kpl",
                      "\u{A0}", "\u{202F}", ",", "--", "Ei vielä saatavilla", "5", "x"]
        var generator = SeededRandom(seed: 53)
        let texts = ["", " ", "-", "50 %", "kyllä", "KYLLÄ", "\u{212A}ylla", "1\u{A0}327 kpl", "-30--45", "ei1"]
            + (0 ..< 5000).map { _ in (0 ..< generator.int(0 ... 4)).map { _ in generator.pick(pieces) }.joined() }
        for text in texts {
            #expect(CellValueParser.parse(text) == referenceParse(text), "\(text.debugDescription)")
        }
    }

    /// `parse` as it was: every cell through the whole sequence.
    private func referenceParse(_ raw: String) -> ParsedValue {
        let text = Whitespace.whitespacesAndNewlines.trimmed(
            raw.replacingOccurrences(of: "\u{00A0}", with: " ").replacingOccurrences(of: "\u{202F}", with: " "))
        if text.isEmpty { return ParsedValue(type: "empty") }
        if ["-", "–", "—"].contains(text) { return ParsedValue(type: "notApplicable") }
        if text.unicodeScalars.prefix(7).count <= 6 {
            let lower = text.lowercased()
            if ["kyllä", "kylla", "yes"].contains(lower) { return ParsedValue(type: "yesNo", yes: true) }
            if ["ei", "no"].contains(lower) { return ParsedValue(type: "yesNo", yes: false) }
        }
        if text.hasSuffix("%") {
            let number = Whitespace.whitespaces.trimmed(String(text.dropLast()))
            if let value = referenceDecimal(number) { return ParsedValue(type: "percent", number: value) }
        }
        if let value = referenceDecimal(text) { return ParsedValue(type: "number", number: value) }
        if let space = text.lastIndex(of: " ") {
            let number = String(text[..<space]), unit = String(text[text.index(after: space)...])
            if let value = referenceDecimal(number), unit.allSatisfy(\.isLetter), unit.count <= 6 {
                return ParsedValue(type: "count", number: value, unit: unit)
            }
        }
        if ByteSearch.contains(text.utf8, [0x2D, 0x2D]) {
            let rangeParts = text.split(separator: "-", omittingEmptySubsequences: true)
            if rangeParts.count == 2, rangeParts.allSatisfy({ referenceDecimal(String($0)) != nil }) {
                return ParsedValue(type: "range")
            }
        }
        return ParsedValue(type: "text")
    }

    /// `decimal` by Foundation's replacements and character checks: the definition.
    private func referenceDecimal(_ text: String) -> Double? {
        if text.utf8.contains(where: { ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z") }) { return nil }
        let cleaned = text.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: ",", with: ".")
            .replacingOccurrences(of: "−", with: "-")
        guard !cleaned.isEmpty, cleaned.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" }),
              cleaned.filter({ $0 == "." }).count <= 1, cleaned.dropFirst().allSatisfy({ $0 != "-" }) else { return nil }
        return Double(cleaned)
    }

    @Test func byteSearchFindsANeedleInAStringsUTF8() {
        #expect(ByteSearch.contains("a--b".utf8, [0x2D, 0x2D]))
        #expect(!ByteSearch.contains("a-b-".utf8, [0x2D, 0x2D]))
        #expect(ByteSearch.contains("1\u{00A0}2".utf8, [0xC2, 0xA0]))
        #expect(!ByteSearch.contains("".utf8, [0x2D]))
        #expect(ByteSearch.contains("x".utf8, []))
    }
}
