import ArvioDevSupport
import Foundation
import Testing
@testable import ArvioReport

/// The importer's matching shortcuts (keys kept per paragraph, byte searches, one pass for all
/// template phrases) give what the straightforward versions give, on awkward text too.
@Suite struct MatchingFastPathTests {
    static let texts = TextComparisonTests.awkward + TextComparisonTests.random(count: 300, seed: 11) + [
        " < Kuvaus >\u{A0}", "\u{202F}<x>", "<\u{338}x>", "<x>\u{301}", "<e\u{301}>", "\t<ab>\n", "< >", "<<>>", "<>",
        "   ", "** ", " - ", "\u{AD}", "< Kuvaus hankkeen omista hyötytavoitteista",
    ]

    @Test func keyedTextAgreesWithTheTextItKeys() {
        for text in Self.texts {
            var keyed = KeyedText(text)
            #expect(keyed.characterCount == text.count, "\(text.debugDescription)")
            #expect(keyed.heading().unicodeScalars.elementsEqual(TextKey.heading(text).unicodeScalars), "\(text.debugDescription)")
            #expect(keyed.normalised().unicodeScalars.elementsEqual(TextKey.normalise(text).unicodeScalars))
            let trimmed = Whitespace.whitespaces.trimmed(text)
            let expected = trimmed.hasPrefix("<") && trimmed.hasSuffix(">") ? trimmed.count : nil
            #expect(keyed.bracketedCount() == expected, "\(text.debugDescription)")
        }
    }

    @Test func sameTextIsStringEquality() {
        let keys = Self.texts.map { ComparisonKey($0) } + Self.texts.map { ComparisonKey($0, keepingScalars: true) }
        var generator = SeededRandom(seed: 12)
        let pairs: [(ComparisonKey, ComparisonKey)] = Array(zip(keys, keys.shuffled(using: &generator))) + Array(zip(keys, keys))
            + [(ComparisonKey("Å"), ComparisonKey("\u{212B}"))]
        for (a, b) in pairs {
            #expect(a.hasSameText(b) == (a.text == b.text), "\(a.text.debugDescription) \(b.text.debugDescription)")
            #expect(TextKey.matches(a, b) == TextKey.matches(a.text, b.text))
        }
        #expect(ComparisonKey("hyötytavoite", keepingScalars: true).scalars == ComparisonKey("hyötytavoite").scalars)
    }

    @Test func byteSearchesFindWhatANaiveSearchFinds() {
        var generator = SeededRandom(seed: 13)
        let alphabet: [UInt8] = Array("aab ka-ä".utf8)
        func random(_ length: ClosedRange<Int>) -> [UInt8] {
            (0 ..< Int.random(in: length, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
        }
        for _ in 0 ..< 200 {
            let text = random(0 ... 120)
            let phrases = (0 ..< 6).map { _ in random(0 ... 12) } + [Array(text.suffix(9)), Array(text.prefix(3))]
            let found = PhraseSearch(phrases).found(in: text)
            for (phrase, isFound) in zip(phrases, found) {
                #expect(isFound == Self.naive(text, phrase), "\(text) \(phrase)")
                #expect(ByteSearch.contains(text, phrase) == Self.naive(text, phrase), "\(text) \(phrase)")
            }
        }
        #expect(PhraseSearch([]).found(in: Array("x".utf8)).isEmpty)
    }

    @Test func keySearchIsStringContains() {
        let parts = ["hanke", "", "ä", "e", "\u{301}", "a\u{AD}", "kuvaus"]
        for text in Self.texts + ["itä-uusimaa hanke", "hankeé", "e\u{301}"] {
            for part in parts + [String(text.prefix(3))] {
                #expect(KeySearch.contains(text, part) == text.contains(part), "\(text.debugDescription) \(part.debugDescription)")
            }
        }
    }

    @Test func matcherCacheGivesTheMappingsOwnMatcher() throws {
        let mappings = try MappingSet.defaults()
        for mapping in mappings.templates {
            let matcher = MatcherCache.shared.matcher(for: mapping)
            #expect(matcher.mapping == mapping)
            #expect(MatcherCache.shared.matcher(for: mapping).mapping.name == mapping.name)
        }
    }

    static func naive(_ text: [UInt8], _ phrase: [UInt8]) -> Bool {
        if phrase.isEmpty { return true }
        guard text.count >= phrase.count else { return false }
        return (0 ... text.count - phrase.count).contains { text[$0 ..< $0 + phrase.count].elementsEqual(phrase) }
    }
}
