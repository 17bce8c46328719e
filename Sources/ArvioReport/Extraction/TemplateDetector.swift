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
        let text = TextKey.normalise(document.body.prefix(400).map(\.plainText).joined(separator: " "))
        var best: Outcome?
        for mapping in mappings {
            guard let detection = mapping.detect else { continue }
            if let unless = detection.unless, unless.contains(where: { text.contains(TextKey.normalise($0)) }) { continue }
            let found = detection.phrases.filter { text.contains(TextKey.normalise($0)) }
            guard !found.isEmpty else { continue }
            if best == nil || found.count > best!.score {
                best = Outcome(mapping: mapping, score: found.count, evidence: found)
            }
        }
        return best
    }
}
