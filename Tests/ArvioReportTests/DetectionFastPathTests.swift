import ArvioDevSupport
import ArvioWordML
import Foundation
import Testing
@testable import ArvioReport

/// Template detection's shortcuts (the document's opening keyed text by text, caseless scalars
/// written without a lowercase mapping, the phrases keyed once) give what the straightforward
/// versions give.
@Suite struct DetectionFastPathTests {
    /// Pieces of text that meet at the joins in every awkward way: combining marks at either
    /// end, spaces of every kind, "*" and "- " where the trimming looks, scripts beyond Latin.
    static let pieces = [
        "", " ", "  ", "\t", "\n", "\u{A0}", "\u{202F}", "\u{AD}", "\u{2013}", "\u{2014}", "*", "**", "- ", "-", " - ",
        "a", "Ä", "é", "e\u{301}", "\u{301}", "\u{308}x", "Å", "\u{212B}", "A\u{30A}", "\r\n", "\r",
        "Hyötytavoite", "HANKKEEN TAVOITE 1:", "yhteen-toimivuus", "Комитет", "ЖЁЛТЫЙ", "中文文本", "한국어", "ΣΟΦΟΣ",
        "İstanbul", "straße", "ﬁ", "😀", "🇫🇮", "\u{2022} kohta", "1.\u{2009}2", "Ⅻ", "Ⓐ", "ǅ", "\u{600} ", "x \u{301}",
    ]

    static func randomBlocks(_ generator: inout SeededRandom) -> [String] {
        (0 ..< generator.int(0 ... 8)).map { _ in
            (0 ..< generator.int(0 ... 4)).map { _ in generator.pick(pieces) }.joined()
        }
    }

    @Test func joinedKeyIsTheKeyOfTheJoinedText() {
        var generator = SeededRandom(seed: 21)
        var cases = (0 ..< 3000).map { _ in Self.randomBlocks(&generator) }
        cases += [[], [""], ["", ""], [" ", " "], ["*", "*"], ["-", "a"], ["- ", "a"], ["a", "\u{301}b"], ["e", "\u{301}"],
                  ["Å", "e\u{301}"], ["\u{212B}", "plain"], ["plain", "\u{212B}", "e\u{301}"], ["x *", "\u{301}"]]
        for blocks in cases {
            let expected = Array(TextKey.normalise(blocks.joined(separator: " ")).utf8)
            #expect(TextKey.normalisedBytes(joining: blocks) == expected, "\(blocks.debugDescription)")
        }
    }

    @Test func caselessScalarsAreWrittenAsTheirLowercaseMapping() {
        for value in UInt32(0) ... 0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            var bytes: [UInt8] = []
            TextKey.appendLowercased(scalar, to: &bytes)
            #expect(bytes.elementsEqual(scalar.properties.lowercaseMapping.utf8), "U+\(String(value, radix: 16))")
        }
    }

    @Test func detectionFindsWhatSearchingEachPhraseFinds() throws {
        let mappings = ReportCorpus.mappings.templates
        for file in ReportCorpus.seedFiles {
            let document = try ReportCorpus.document(file)
            let outcome = TemplateDetector.detect(document, among: mappings)
            let expected = Self.referenceDetect(document, among: mappings)
            #expect(outcome?.mapping.name == expected?.mapping.name, "\(file)")
            #expect(outcome?.evidence == expected?.evidence, "\(file)")
            #expect(outcome?.score == expected?.score, "\(file)")
        }
    }

    /// Detection as it was: the whole opening joined and keyed at once, each phrase searched alone.
    static func referenceDetect(_ document: WordDocument, among mappings: [TemplateMapping]) -> TemplateDetector.Outcome? {
        let text = Array(TextKey.normalise(document.body.prefix(400).map(\.plainText).joined(separator: " ")).utf8)
        func contains(_ phrase: String) -> Bool { MatchingFastPathTests.naive(text, Array(TextKey.normalise(phrase).utf8)) }
        var best: TemplateDetector.Outcome?
        for mapping in mappings {
            guard let detection = mapping.detect else { continue }
            if let unless = detection.unless, unless.contains(where: contains) { continue }
            let found = detection.phrases.filter(contains)
            guard !found.isEmpty else { continue }
            if best == nil || found.count > best!.score {
                best = TemplateDetector.Outcome(mapping: mapping, score: found.count, evidence: found)
            }
        }
        return best
    }
}
