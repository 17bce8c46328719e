import ArvioDevSupport
import Foundation
import Testing
@testable import ArvioReport

/// The byte paths for plain text (heading keys, guidance-text matching) give what the
/// character-by-character versions give, on awkward text too.
@Suite struct ByteKeyFastPathTests {
    static let headings = [
        "1.2. Prosessi", "tavoite 1: x", "tavoite ", "tavoite", "1)", "12", "1.1.", "3:ssa", "² ryhmä", "1² x", "1½ x",
        "½ x", "1.\u{301} x", "1 \u{301}x", "tavoite \u{301}1 x", "4.1. kolmas sektori.", ".1 x", "1..2 x", "1:", "1: ",
        "x.", "x :.", "1.1 yhteen toimivuus", "1 sote-keskus", "a - b", "ää. 1", "1\u{A0}x", "1ä x", "tavoite 12) ö",
    ]

    @Test func plainHeadingIsTheCharacterHeading() {
        for text in Self.headings + TextComparisonTests.awkward + TextComparisonTests.random(count: 400, seed: 21) {
            for key in [TextKey.normalise(text), text] {
                guard let plain = TextKey.plainHeading(normalised: key) else { continue }
                #expect(plain.unicodeScalars.elementsEqual(TextKey.characterHeading(normalised: key).unicodeScalars),
                        "\(key.debugDescription)")
            }
        }
    }

    @Test func plainHyphenJoiningIsTheCharacterJoining() {
        // Hyphens between every kind of plain scalar: ASCII and Latin-1 letters, modifier and
        // other letters (ʰ, ª, µ), digits, signs (×), punctuation and the compound's pieces.
        let pieces = ["-", "-", "--", "a", "Z", "ä", "Ö", "ß", "ŋ", "ʰ", "ª", "µ", "º", "×", "1", " ", ".", "\u{2013}",
                      "\u{2026}", "\u{2030}", "\u{205E}", "yhteen", "yhteen toimivuu", " toimivuus", "ˆ", "ǅ"]
        var generator = SeededRandom(seed: 22)
        let texts = (0 ..< 2000).map { _ in (0 ..< generator.int(0 ... 10)).map { _ in generator.pick(pieces) }.joined() }
            + ["yhteen toimivuuyhteen toimivuu", "yhteen-toimivuus", "a-", "-a", "a-b-c", "a--b", "ä-ö", "1-5"]
        for text in texts {
            var utf8 = text
            let plain = utf8.withUTF8 { TextKey.plainJoinedHyphenation($0) }
            #expect(plain.unicodeScalars.elementsEqual(TextKey.joinedHyphenation(text).unicodeScalars), "\(text.debugDescription)")
        }
    }

    @Test func plainPlaceholderMatchingIsTheKeyMatching() throws {
        for mapping in try MappingSet.defaults().templates {
            let matcher = MappingMatcher(mapping)
            let guidance = (mapping.placeholders ?? []).map(\.text)
            var texts = MatchingFastPathTests.texts + Self.headings
            for (index, text) in guidance.enumerated() {
                texts += [text, text.uppercased(), " \(text)  ", "<<\(text)>>", String(text.dropFirst(30)),
                          String(text.suffix(22)), String(text.suffix(21)), String(text.dropLast(2)) + ">",
                          text.replacingOccurrences(of: " ", with: "\u{A0}"), text.replacingOccurrences(of: "a", with: "a\u{AD}"),
                          text.replacingOccurrences(of: "ä", with: "a\u{308}"), "**\(text)**", "- \(text)"]
                for seed in 0 ..< 6 { texts.append(TextComparisonTests.edit(text, seed: UInt64(index * 10 + seed))) }
            }
            for text in texts {
                var fast = KeyedText(text), slow = KeyedText(text)
                let a = matcher.placeholder(&fast), b = matcher.placeholderByKey(&slow)
                #expect(a.isPlaceholder == b.isPlaceholder && a.section == b.section, "\(mapping.name) \(text.debugDescription)")
            }
        }
    }
}
