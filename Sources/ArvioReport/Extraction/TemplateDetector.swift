import ArvioWordML
import Foundation

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
        func found(_ phrase: String) -> Bool { text.contains(TextKey.normalise(phrase)) }
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
}
