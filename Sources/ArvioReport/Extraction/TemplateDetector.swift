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
        // Both sides are normalised keys, so a plain byte search is exact (and far cheaper than
        // Foundation's grapheme-aware one over a whole document).
        let text = TextKey.normalisedBytes(joining: document.body.prefix(400).map(\.plainText))
        let phrases = DetectionPhrases.shared.phrases(of: mappings.map(\.detect))
        let found = phrases.search.found(in: text)
        var best: Outcome?
        for (mapping, ranges) in zip(mappings, phrases.ranges) {
            guard let detection = mapping.detect else { continue }
            if found[ranges.unless].contains(true) { continue }
            let evidence = zip(detection.phrases, found[ranges.phrases]).filter(\.1).map(\.0)
            guard !evidence.isEmpty else { continue }
            if best == nil || evidence.count > best!.score {
                best = Outcome(mapping: mapping, score: evidence.count, evidence: evidence)
            }
        }
        return best
    }
}

/// Every template's detection phrases keyed and ready to search, shared by the imports of a
/// process: keying them and building the search cost more than searching a small report.
final class DetectionPhrases: @unchecked Sendable {
    struct Entry {
        /// Each mapping's `unless` and `phrases`, as positions in the search's phrases.
        var ranges: [(unless: Range<Int>, phrases: Range<Int>)]
        var search: PhraseSearch
    }
    static let shared = DetectionPhrases()
    /// Searched by equality (as `MatcherCache`): the same mappings share their phrases' storage.
    private var cache: [(detections: [TemplateMapping.Detection?], entry: Entry)] = []
    private let lock = NSLock()
    private static let capacity = 8

    func phrases(of detections: [TemplateMapping.Detection?]) -> Entry {
        lock.lock()
        defer { lock.unlock() }
        if let cached = cache.first(where: { $0.detections == detections }) { return cached.entry }
        var phrases: [String] = []
        var ranges: [(unless: Range<Int>, phrases: Range<Int>)] = []
        for detection in detections {
            let unless = detection?.unless ?? [], wanted = detection?.phrases ?? []
            ranges.append((phrases.count ..< phrases.count + unless.count,
                           phrases.count + unless.count ..< phrases.count + unless.count + wanted.count))
            phrases += unless + wanted
        }
        let entry = Entry(ranges: ranges, search: PhraseSearch(phrases.map { Array(TextKey.normalise($0).utf8) }))
        if cache.count == Self.capacity { cache.removeFirst() }
        cache.append((detections, entry))
        return entry
    }
}
