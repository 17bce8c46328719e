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
        func contains(_ phrase: String) -> Bool { ByteSearch.contains(text, Array(TextKey.normalise(phrase).utf8)) }
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

/// Substring search over UTF-8 bytes: memchr to the next candidate first byte, then memcmp.
enum ByteSearch {
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { contains($0, needle) }
    }

    /// The same search in a string's UTF-8, without copying it into an array first.
    static func contains(_ utf8: String.UTF8View, _ needle: [UInt8]) -> Bool {
        String(utf8).withUTF8Bytes { contains($0, needle) }
    }

    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard haystack.count >= needle.count else { return false }
        let hay = UnsafeRawBufferPointer(haystack)
        return needle.withUnsafeBytes { wanted in
            let base = hay.baseAddress!
            let last = hay.count - wanted.count
            var offset = 0
            while offset <= last {
                guard let hit = memchr(base + offset, Int32(first), last - offset + 1) else { return false }
                let position = base.distance(to: UnsafeRawPointer(hit))
                if memcmp(base + position, wanted.baseAddress!, wanted.count) == 0 { return true }
                offset = position + 1
            }
            return false
        }
    }
}

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
