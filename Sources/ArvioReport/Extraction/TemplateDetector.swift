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
        // Both sides are normalised keys, so a plain byte search is exact (and far cheaper than
        // Foundation's grapheme-aware one over a whole document).
        let text = Array(TextKey.normalise(document.body.prefix(400).map(\.plainText).joined(separator: " ")).utf8)
        var phrases: [String] = []
        for mapping in mappings {
            phrases += mapping.detect?.unless ?? []
            phrases += mapping.detect?.phrases ?? []
        }
        var occurs: [String: Bool] = [:]
        let found = PhraseSearch(phrases.map { Array(TextKey.normalise($0).utf8) }).found(in: text)
        for (phrase, isFound) in zip(phrases, found) { occurs[phrase] = isFound }
        func contains(_ phrase: String) -> Bool { occurs[phrase]! }
        var best: Outcome?
        for mapping in mappings {
            guard let detection = mapping.detect else { continue }
            if let unless = detection.unless, unless.contains(where: contains) { continue }
            let found = detection.phrases.filter(contains)
            guard !found.isEmpty else { continue }
            if best == nil || found.count > best!.score {
                best = Outcome(mapping: mapping, score: found.count, evidence: found)
            }
        }
        return best
    }
}
