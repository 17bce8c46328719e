/// `TextKey.normalise` of many texts joined by spaces (a document's opening, for template
/// detection), text by text: one text beyond `PlainText` no longer sends the whole document
/// scalar by scalar, only itself.
extension TextKey {
    /// The UTF-8 of `normalise(texts.joined(separator: " "))`.
    static func normalisedBytes(joining texts: [String]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(texts.reduce(texts.count) { $0 + $1.utf8.count })
        var lastWasSpace = true
        var isPlain = true
        // The joined text is composed (NFC) when any text has a combining mark. A space composes
        // with neither neighbour, so composing text by text gives the same; plain texts are
        // already composed.
        var composing: Bool?
        for (index, text) in texts.enumerated() {
            if index > 0 {
                if !lastWasSpace { bytes.append(0x20) }
                lastWasSpace = true
            }
            if appendPlainKey(of: text, to: &bytes, lastWasSpace: &lastWasSpace) { continue }
            isPlain = false
            if composing == nil { composing = texts.contains(where: hasCombiningMark) }
            appendKey(of: text, composing: composing!, to: &bytes, lastWasSpace: &lastWasSpace)
        }
        guard isPlain else { return Array(trimmedKey(String(decoding: bytes, as: UTF8.self)).utf8) }
        // Every scalar of a plain key is a character: trimmed as bytes, as `plainKey` does.
        let length = bytes.withUnsafeMutableBufferPointer { trimPlainKey($0, length: $0.count) }
        bytes.removeLast(bytes.count - length)
        return bytes
    }

    /// Appends the untrimmed key of plain `text` (as `plainKey`); false, with `bytes` and
    /// `lastWasSpace` as they were, when the text is not plain.
    private static func appendPlainKey(of text: String, to bytes: inout [UInt8], lastWasSpace: inout Bool) -> Bool {
        var text = text
        let start = bytes.count, wasSpace = lastWasSpace
        return text.withUTF8 { utf8 in
            // The key is never longer than plain text: room for the text, then cut to the key.
            bytes.append(contentsOf: repeatElement(0, count: utf8.count))
            let length = bytes.withUnsafeMutableBufferPointer { buffer in
                plainKey(utf8, into: UnsafeMutableBufferPointer(rebasing: buffer[start...]), lastWasSpace: &lastWasSpace)
            }
            bytes.removeLast(utf8.count - (length ?? 0))
            if length == nil { lastWasSpace = wasSpace }
            return length != nil
        }
    }
}
