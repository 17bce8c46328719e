/// `TextKey.normalise` straight over UTF-8 for plain text (`PlainText`, plus the spaces, soft
/// hyphen and dashes normalise rewrites): no scalar decoding, no composed-form check (plain
/// text holds no combining marks), and trimming on bytes, since each plain scalar is a
/// character. Text with anything else gives nil and is normalised scalar by scalar.
extension TextKey {
    static func plainKey(_ text: String) -> String? {
        var text = text
        return text.withUTF8(plainKey)
    }

    private static func plainKey(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        // The key is never longer than the text (every rewrite keeps or shortens a scalar), so it
        // is written straight into the new string's storage: no growing array, no second copy.
        var isPlain = true
        let key = String(unsafeUninitializedCapacity: bytes.count) { key in
            var lastWasSpace = true
            guard let length = plainKey(bytes, into: key, lastWasSpace: &lastWasSpace) else {
                isPlain = false
                return 0
            }
            return trimPlainKey(key, length: length)
        }
        return isPlain ? key : nil
    }

    /// Calls `body` with the key of plain `text` (what `normalise` gives) written to a scratch
    /// buffer, for callers that only compare it: no string is built. nil when the text is not
    /// plain in this sense (then only `normalise` gives its key).
    static func withPlainKey<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        var text = text
        return text.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(bytes.count, 1)) { key in
                var lastWasSpace = true
                guard let length = plainKey(bytes, into: key, lastWasSpace: &lastWasSpace) else { return nil }
                return body(UnsafeBufferPointer(rebasing: key[..<trimPlainKey(key, length: length)]))
            }
        }
    }

    /// Writes the untrimmed key of `bytes` to `key` and gives its length; nil for text that is not
    /// plain. `lastWasSpace` says whether the key so far ends in a space (true at its start), and
    /// is left as the key's end would leave it, so that texts can be keyed one after another.
    static func plainKey(_ bytes: UnsafeBufferPointer<UInt8>, into key: UnsafeMutableBufferPointer<UInt8>,
                         lastWasSpace: inout Bool) -> Int? {
        var length = 0
        var index = 0
        let end = bytes.count
        while index < end {
            let byte = bytes[index]
            switch byte {
            case 0x09, 0x0A, 0x0D, 0x20:
                if !lastWasSpace { key[length] = 0x20; length += 1 }
                lastWasSpace = true
                index += 1
            case 0x41 ... 0x5A:
                key[length] = byte | 0x20; length += 1
                lastWasSpace = false
                index += 1
            case 0 ..< 0x80:
                key[length] = byte; length += 1
                lastWasSpace = false
                index += 1
            case 0xC2, 0xC3:  // U+0080–U+00FF
                guard index + 1 < end else { return nil }
                let second = bytes[index + 1]
                switch (byte, second) {
                case (0xC2, 0xAD): break  // soft hyphen
                case (0xC2, 0xA0):
                    if !lastWasSpace { key[length] = 0x20; length += 1 }
                    lastWasSpace = true
                case (0xC3, 0x80 ... 0x9E) where second != 0x97:  // À–Þ except ×: their small letters
                    key[length] = 0xC3
                    key[length + 1] = second + 0x20
                    length += 2
                    lastWasSpace = false
                default:
                    key[length] = byte
                    key[length + 1] = second
                    length += 2
                    lastWasSpace = false
                }
                index += 2
            case 0xE2 where index + 2 < end:
                let second = bytes[index + 1], third = bytes[index + 2]
                switch (second, third) {
                case (0x80, 0x82), (0x80, 0x83), (0x80, 0x87), (0x80, 0x89), (0x80, 0xAF):  // U+2002, 2003, 2007, 2009, 202F
                    if !lastWasSpace { key[length] = 0x20; length += 1 }
                    lastWasSpace = true
                case (0x80, 0x90 ... 0x94):  // U+2010–U+2014
                    key[length] = 0x2D; length += 1
                    lastWasSpace = false
                default:
                    guard PlainText.isPlainPunctuation(second, third) else { return nil }
                    key[length] = byte
                    key[length + 1] = second
                    key[length + 2] = third
                    length += 3
                    lastWasSpace = false
                }
                index += 3
            default:
                return nil
            }
        }
        return length
    }

    /// The trimming at the end of `normalise`, on the first `length` bytes of a plain key (moved
    /// to the front): removing an ASCII byte there is removing a character. Gives the new length.
    static func trimPlainKey(_ bytes: UnsafeMutableBufferPointer<UInt8>, length: Int) -> Int {
        let space = UInt8(ascii: " "), star = UInt8(ascii: "*"), hyphen = UInt8(ascii: "-")
        var start = 0, end = length
        while end > start, bytes[end - 1] == space || bytes[end - 1] == star { end -= 1 }
        while start < end {
            if bytes[start] == star { start += 1 }
            else if end - start >= 2, bytes[start] == hyphen, bytes[start + 1] == space { start += 1 }  // the "-" only
            else { break }
        }
        while start < end, bytes[start] == space { start += 1 }
        while end > start, bytes[end - 1] == space { end -= 1 }
        if start > 0, end > start {
            UnsafeMutableRawPointer(bytes.baseAddress!).copyMemory(from: bytes.baseAddress! + start, byteCount: end - start)  // memmove
        }
        return end - start
    }
}
