import ArvioDevSupport
import Testing
@testable import ArvioReport

/// `PlainText.scalarCount` counts sixteen bytes at a time where it can; it must give what the
/// scalar-by-scalar definition gives, for every text and every limit.
@Suite struct PlainTextCountTests {
    /// The definition: nil as soon as a scalar is not plain, else the scalars, stopping once
    /// more than `limit` have been counted.
    static func reference(_ text: String, limit: Int) -> Int? {
        var count = 0
        for scalar in text.unicodeScalars {
            guard count <= limit else { break }
            let value = scalar.value
            let plain = (value < 0x300 && value != 0x0D) || (0x2010 ... 0x2027).contains(value) || (0x2030 ... 0x205E).contains(value)
            guard plain else { return nil }
            count += 1
        }
        return count
    }

    @Test func countsLikeTheDefinitionOnMixedTexts() {
        // Long ASCII stretches (the fast path), Finnish letters, lead bytes on chunk edges, dashes
        // and quotes, and the scalars that end it: CR, combining marks, Cyrillic, CJK.
        let pieces = ["a", "Hyvää päivää ", "ö", "Ä", String(repeating: "x", count: 15), String(repeating: "y", count: 33),
                      "–", "“laatu”", "…", "\t", "\n", "\r", "e\u{301}", "Ж", "漢", "\u{2028}", "\u{205F}", "©", "ʼ", " "]
        var random = SeededRandom(seed: 6)
        for round in 0 ..< 4000 {
            var text = ""
            for _ in 0 ..< Int.random(in: 0 ... 40, using: &random) {
                // The text-ending scalars rarely, so most texts are plain and long.
                let index = Int.random(in: 0 ..< pieces.count, using: &random)
                if (11 ... 17).contains(index), Int.random(in: 0 ..< 8, using: &random) != 0 { continue }
                text += pieces[index]
            }
            for limit in [Int.max, 0, 5, 16, 17, 31, 40, Int.random(in: 0 ... 200, using: &random)] {
                #expect(PlainText.scalarCount(text, limit: limit) == Self.reference(text, limit: limit),
                        "round \(round), limit \(limit): \(Array(text.unicodeScalars.map(\.value)))")
            }
        }
    }

    @Test func everyPlacementOfATwoByteLetterAroundAChunkEdge() {
        for offset in 0 ..< 40 {
            for tail in ["", "ä", "–", "\u{301}", "\r", "b"] {
                let text = String(repeating: "a", count: offset) + "ä" + String(repeating: "b", count: 20) + tail
                #expect(PlainText.scalarCount(text) == Self.reference(text, limit: .max), "\(offset) \(tail)")
            }
        }
    }
}
