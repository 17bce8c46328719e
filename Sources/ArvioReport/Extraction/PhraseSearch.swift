/// Which of many phrases occur in one long text, in a single pass (Wu–Manber): a window as long
/// as the shortest phrase moves along the text by how far its last two bytes allow, and only
/// where they end some phrase's opening are phrases compared. Searching for each phrase on its
/// own read a document's text once per phrase of every template.
struct PhraseSearch {
    private let phrases: [[UInt8]]
    /// Length of the shortest phrase searched by window (at least 2).
    private let window: Int
    /// For a two-byte block, how far the window may move when it ends with that block.
    private let shift: [UInt8]
    /// Phrases whose window ends with a block, for the blocks with shift 0.
    private let endings: [UInt16: [Int]]
    /// Phrases too short for a window of two bytes (searched on their own).
    private let short: [Int]

    init(_ phrases: [[UInt8]]) {
        self.phrases = phrases
        let windowed = phrases.indices.filter { phrases[$0].count >= 2 }
        short = phrases.indices.filter { phrases[$0].count < 2 }
        window = min(windowed.map { phrases[$0].count }.min() ?? 2, 256)
        var shift = [UInt8](repeating: UInt8(window - 1), count: 1 << 16)
        var endings: [UInt16: [Int]] = [:]
        for index in windowed {
            let phrase = phrases[index]
            for end in 1 ..< window {
                let block = Self.block(phrase[end - 1], phrase[end])
                shift[block] = min(shift[block], UInt8(window - 1 - end))
            }
            endings[UInt16(Self.block(phrase[window - 2], phrase[window - 1])), default: []].append(index)
        }
        self.shift = shift
        self.endings = endings
    }

    @inline(__always)
    private static func block(_ first: UInt8, _ second: UInt8) -> Int { Int(first) << 8 | Int(second) }

    /// For each phrase, whether `text` contains it (an empty phrase is always contained).
    func found(in text: [UInt8]) -> [Bool] {
        var found = [Bool](repeating: false, count: phrases.count)
        for index in short { found[index] = ByteSearch.contains(text, phrases[index]) }
        guard !endings.isEmpty else { return found }
        text.withUnsafeBytes { hay in
            var end = window - 1
            while end < hay.count {
                let block = Self.block(hay[end - 1], hay[end])
                let step = Int(shift[block])
                if step > 0 { end += step; continue }
                let start = end - (window - 1)
                for index in endings[UInt16(block)] ?? [] where !found[index] {
                    let phrase = phrases[index]
                    guard start + phrase.count <= hay.count else { continue }
                    found[index] = phrase.withUnsafeBytes { memcmp(hay.baseAddress! + start, $0.baseAddress!, phrase.count) == 0 }
                }
                end += 1
            }
        }
        return found
    }
}

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
