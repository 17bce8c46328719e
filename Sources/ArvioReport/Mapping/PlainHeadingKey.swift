/// `TextKey.heading(normalised:)` on the UTF-8 of a plain key (`PlainText`): what it strips
/// ("tavoite ", a leading "1.2", ".", ":", ")" and spaces) is ASCII, and in plain text an ASCII
/// scalar is a whole character, so cutting bytes is cutting characters. Every heading candidate
/// and every short table cell is keyed this way, and the `Character` walk cost more than
/// normalising. Keys this cannot decide give nil and take the `Character` path.
extension TextKey {
    static func plainHeading(normalised: String) -> String? {
        var key = normalised
        let result: PlainHeading = key.withUTF8 { bytes in
            guard PlainText.scalarCount(bytes) != nil, let range = headingRange(bytes) else { return .undecided }
            let part = UnsafeBufferPointer(rebasing: bytes[range])
            // Hyphens and the split compound are `joinedHyphenation`'s, which looks at letters.
            if part.contains(UInt8(ascii: "-")) || ByteSearch.contains(part, yhteenToimivuus) {
                return .cut(joinedHyphenation(String(decoding: part, as: UTF8.self)))
            }
            return range.count == bytes.count ? .whole : .cut(String(decoding: part, as: UTF8.self))
        }
        switch result {
        case .undecided: return nil
        case .whole: return normalised
        case .cut(let heading): return heading
        }
    }

    private enum PlainHeading {
        case undecided
        /// Nothing to cut: the key is its own heading key (no copy).
        case whole
        case cut(String)
    }

    /// The bytes of a plain key that `heading(normalised:)` keeps; nil when a character that
    /// counts as a number but is no ASCII digit ("²", "½") ends the leading digits.
    private static func headingRange(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var start = 0, end = bytes.count
        if end >= tavoite.count, tavoite.indices.allSatisfy({ bytes[$0] == tavoite[$0] }) { start = tavoite.count }
        var index = start, sawDigit = false
        while index < end {
            let byte = bytes[index]
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") { sawDigit = true }
            else if byte != UInt8(ascii: ".") || !sawDigit { break }
            index += 1
        }
        if index < end, bytes[index] == 0xC2 { return nil }  // U+0080–U+00BF holds "²", "³", "¹", "¼"–"¾"
        if sawDigit, index == end || endsNumber(bytes[index]) {
            start = index
            while start < end, endsNumber(bytes[start]) || bytes[start] == UInt8(ascii: ".") { start += 1 }
        }
        while end > start, isTrailing(bytes[end - 1]) { end -= 1 }
        return start ..< end
    }

    /// " ", ":" or ")": what may follow a leading number (and is cut after it).
    private static func endsNumber(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ")")
    }

    private static func isTrailing(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: " ")
    }

    private static let tavoite = Array("tavoite ".utf8)
}
