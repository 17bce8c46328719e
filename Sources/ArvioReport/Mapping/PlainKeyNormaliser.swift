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
        var key: [UInt8] = []
        key.reserveCapacity(bytes.count)
        var lastWasSpace = true
        var index = 0
        let end = bytes.count
        while index < end {
            let byte = bytes[index]
            switch byte {
            case 0x09, 0x0A, 0x0D, 0x20:
                if !lastWasSpace { key.append(0x20) }
                lastWasSpace = true
                index += 1
            case 0x41 ... 0x5A:
                key.append(byte | 0x20)
                lastWasSpace = false
                index += 1
            case 0 ..< 0x80:
                key.append(byte)
                lastWasSpace = false
                index += 1
            case 0xC2, 0xC3:  // U+0080–U+00FF
                let second = bytes[index + 1]
                switch (byte, second) {
                case (0xC2, 0xAD): break  // soft hyphen
                case (0xC2, 0xA0):
                    if !lastWasSpace { key.append(0x20) }
                    lastWasSpace = true
                case (0xC3, 0x80 ... 0x9E) where second != 0x97:  // À–Þ except ×: their small letters
                    key.append(0xC3)
                    key.append(second + 0x20)
                    lastWasSpace = false
                default:
                    key.append(byte)
                    key.append(second)
                    lastWasSpace = false
                }
                index += 2
            case 0xE2 where index + 2 < end:
                let second = bytes[index + 1], third = bytes[index + 2]
                switch (second, third) {
                case (0x80, 0x82), (0x80, 0x83), (0x80, 0x87), (0x80, 0x89), (0x80, 0xAF):  // U+2002, 2003, 2007, 2009, 202F
                    if !lastWasSpace { key.append(0x20) }
                    lastWasSpace = true
                case (0x80, 0x90 ... 0x94):  // U+2010–U+2014
                    key.append(0x2D)
                    lastWasSpace = false
                default:
                    guard PlainText.isPlainPunctuation(second, third) else { return nil }
                    key.append(byte)
                    key.append(second)
                    key.append(third)
                    lastWasSpace = false
                }
                index += 3
            default:
                return nil
            }
        }
        return trimmedPlainKey(key)
    }

    /// The trimming at the end of `normalise`, on the bytes of a plain key: removing an ASCII
    /// byte there is removing a character.
    static func trimmedPlainKey(_ bytes: [UInt8]) -> String {
        let space = UInt8(ascii: " "), star = UInt8(ascii: "*"), hyphen = UInt8(ascii: "-")
        var start = 0, end = bytes.count
        while end > start, bytes[end - 1] == space || bytes[end - 1] == star { end -= 1 }
        while start < end {
            if bytes[start] == star { start += 1 }
            else if end - start >= 2, bytes[start] == hyphen, bytes[start + 1] == space { start += 1 }  // the "-" only
            else { break }
        }
        while start < end, bytes[start] == space { start += 1 }
        while end > start, bytes[end - 1] == space { end -= 1 }
        return String(decoding: bytes[start ..< end], as: UTF8.self)
    }
}
