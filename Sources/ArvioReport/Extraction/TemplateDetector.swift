import ArvioWordML

/// Picks the template mapping a document was written in, from wording alone: THL's own
/// sentences differ between template generations, and file names prove nothing.
struct TemplateDetector {
    struct Outcome {
        var mapping: TemplateMapping
        var score: Int
        var evidence: [String]
    }

    static func detect(_ document: WordDocument, among mappings: [TemplateMapping]) -> Outcome? {
        let text = composedBytes(document.body.prefix(400).map(\.plainText).joined(separator: " "))
        func found(_ phrase: String) -> Bool { occurs(composedBytes(phrase), in: text) }
        var best: Outcome?
        for mapping in mappings {
            guard let detection = mapping.detect else { continue }
            if (detection.unless ?? []).contains(where: found) { continue }
            let evidence = detection.phrases.filter(found)
            guard !evidence.isEmpty else { continue }
            if best == nil || evidence.count > best!.score {
                best = Outcome(mapping: mapping, score: evidence.count, evidence: evidence)
            }
        }
        return best
    }

    /// The key of `text`, composed (NFC), as UTF-8: equal texts have equal bytes. Composed by the
    /// standard library (`_nfcCodeUnits`, underscored but public, as swift-foundation uses it):
    /// Foundation's `precomposedStringWithCanonicalMapping` goes through NSString and UTF-16 and
    /// cost six times as much, a twentieth of reading a report.
    private static func composedBytes(_ text: String) -> [UInt8] {
        TextKey.normalise(text)._nfcCodeUnits
    }

    /// True when `phrase` occurs in `text`, byte for byte (both from `composedBytes`).
    /// A plain scan: Foundation's `contains` converts the first 400 paragraphs to UTF-16 again for
    /// each of the mappings' phrases, which was an eighth of reading a report.
    private static func occurs(_ phrase: [UInt8], in text: [UInt8]) -> Bool {
        guard let first = phrase.first, phrase.count <= text.count else { return false }
        for start in 0 ... text.count - phrase.count where text[start] == first {
            if text[start ..< start + phrase.count].elementsEqual(phrase) { return true }
        }
        return false
    }
}
