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
            // Hyphens and the split compound: joined as `joinedHyphenation` does, looking at letters.
            if part.contains(UInt8(ascii: "-")) || ByteSearch.contains(part, yhteenToimivuus) {
                return .cut(plainJoinedHyphenation(part))
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

    /// `joinedHyphenation` on the UTF-8 of plain text: each scalar is a character, so a hyphen
    /// is dropped by looking at the scalars either side of it, without building `Character`s
    /// (table cells such as "1-5" and "sote-keskus" are keyed on every data row).
    static func plainJoinedHyphenation(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var previousIsLetter = false  // of the last scalar kept
        var index = 0
        while index < bytes.count {
            let (scalar, length) = plainScalar(bytes, at: index)
            if scalar == 0x2D, previousIsLetter, index + 1 < bytes.count, isLetter(plainScalar(bytes, at: index + 1).value) {
                index += 1
                continue
            }
            result.append(contentsOf: bytes[index ..< index + length])
            previousIsLetter = isLetter(scalar)
            index += length
        }
        // The compound: a plain "yhteen toimivuu" is the only text equal to it, byte for byte.
        if ByteSearch.contains(result, yhteenToimivuus) {
            var joined: [UInt8] = []
            var index = 0
            while index < result.count {
                if result[index...].starts(with: yhteenToimivuus) {
                    joined += yhteentoimivuus
                    index += yhteenToimivuus.count
                } else {
                    joined.append(result[index])
                    index += 1
                }
            }
            result = joined
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static let yhteentoimivuus = Array("yhteentoimivuu".utf8)

    /// The scalar starting at `index` of plain UTF-8 (one to three bytes) and its length.
    private static func plainScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        let first = UInt32(bytes[index])
        if first < 0x80 { return (first, 1) }
        if first < 0xE0 { return ((first & 0x1F) << 6 | UInt32(bytes[index + 1]) & 0x3F, 2) }
        return ((first & 0x0F) << 12 | (UInt32(bytes[index + 1]) & 0x3F) << 6 | UInt32(bytes[index + 2]) & 0x3F, 3)
    }

    /// `Character.isLetter` of a character that is this one scalar.
    private static func isLetter(_ value: UInt32) -> Bool {
        if value < 0x80 { return (0x41 ... 0x5A).contains(value) || (0x61 ... 0x7A).contains(value) }
        return Character(Unicode.Scalar(value)!).isLetter
    }
}
