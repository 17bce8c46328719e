/// `MappingMatcher.placeholder` for a plain paragraph (`PlainText`), decided on the bytes of its
/// key in a scratch buffer: nearly every paragraph of a report is compared with the guidance
/// texts and nearly none is one, and building, counting and trimming its key as a `String`
/// cost more than the comparisons. A plain text's key is plain too, so equal bytes are equal
/// characters and scalars count characters.
struct PlainPlaceholders {
    enum Outcome: Equatable {
        case guidance(SectionKind?)
        /// Nothing left once "<", ">" and spaces are trimmed.
        case emptyKey
        /// No guidance text matches the key.
        case unmatched
    }

    private struct Entry {
        let bytes: [UInt8]
        let count: Int
        /// Typos `TextKey.matches` allows against this guidance text.
        let allowed: Int
        let section: SectionKind?
        /// Scalar values folded modulo 64, counted, as `EditDistance.lowerBound` counts them.
        let folded: [Int32]
    }

    private let entries: [Entry]
    /// False when a guidance key is not plain: then every paragraph takes the string path.
    private let usable: Bool

    init(_ keys: [(key: ComparisonKey, section: SectionKind?)]) {
        entries = keys.map { entry in
            let bytes = Array(entry.key.text.utf8)
            var folded = [Int32](repeating: 0, count: 64)
            bytes.withUnsafeBufferPointer { Self.fold($0, into: &folded) }
            return Entry(bytes: bytes, count: entry.key.count, allowed: min(3, entry.key.count / 12), section: entry.section, folded: folded)
        }
        usable = keys.allSatisfy(\.key.isPlain)
    }

    /// nil when the text is not plain, or when a guidance text is a near miss of the key (then
    /// only the edit distance can tell, and the string path decides).
    func match(_ text: String) -> Outcome? {
        guard usable else { return nil }
        return TextKey.withPlainKey(text, decide) ?? nil
    }

    /// The rules of `placeholderByKey` in its order: first guidance text the key matches, then
    /// the first the key (over 20 characters) ends.
    private func decide(_ normalised: UnsafeBufferPointer<UInt8>) -> Outcome? {
        // `MappingMatcher.placeholderKey`: "<" and " " off the front, ">" and " " off the end.
        var start = 0, end = normalised.count
        while start < end, normalised[start] == UInt8(ascii: "<") || normalised[start] == UInt8(ascii: " ") { start += 1 }
        while end > start, normalised[end - 1] == UInt8(ascii: ">") || normalised[end - 1] == UInt8(ascii: " ") { end -= 1 }
        guard end > start else { return .emptyKey }
        let key = UnsafeBufferPointer(rebasing: normalised[start ..< end])
        var count = 0
        for byte in key where byte & 0xC0 != 0x80 { count += 1 }
        var folded: [Int32] = []
        for entry in entries {
            if entry.count == count, entry.bytes.elementsEqual(key) { return .guidance(entry.section) }
            guard entry.allowed > 0, abs(count - entry.count) <= entry.allowed else { continue }
            // A near miss by length: the bound that `TextKey.matches` tries first, on bytes;
            // only when it cannot reject does the edit distance (on strings) decide.
            if folded.isEmpty {
                folded = [Int32](repeating: 0, count: 64)
                Self.fold(key, into: &folded)
            }
            let difference = zip(folded, entry.folded).reduce(0) { $0 + Int(abs($1.0 - $1.1)) }
            if (difference + 1) / 2 <= entry.allowed { return nil }
        }
        guard count > 20 else { return .unmatched }
        for entry in entries where entry.bytes.count >= key.count && entry.bytes.suffix(key.count).elementsEqual(key) {
            return .guidance(entry.section)
        }
        return .unmatched
    }

    /// Counts each scalar by its value modulo 64: in UTF-8 that is the low six
    /// bits of the scalar's last byte.
    private static func fold(_ bytes: UnsafeBufferPointer<UInt8>, into counts: inout [Int32]) {
        for (index, byte) in bytes.enumerated() where index + 1 == bytes.count || bytes[index + 1] & 0xC0 != 0x80 {
            counts[Int(byte & 63)] += 1
        }
    }
}
