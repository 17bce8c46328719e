/// How a string goes into YAML so that any reader, YAML 1.1 or 1.2, reads back the same
/// string: plain only when that is provably safe, single-quoted when it is printable on one
/// line, double-quoted with escapes otherwise (line breaks, tabs, control characters).
/// The same choices libyaml made for the texts reports hold, so the documents look as before.
enum YAMLScalar {
    enum Style: Equatable { case plain, singleQuoted, doubleQuoted }

    static func write(_ text: String, into output: inout OutputBytes) {
        text.withUTF8Bytes { utf8 in
            switch style(of: utf8) {
            case .plain: output.append(utf8)
            case .singleQuoted: writeSingleQuoted(utf8, into: &output)
            case .doubleQuoted: writeDoubleQuoted(utf8, into: &output)
            }
        }
    }

    static func style(of text: String) -> Style { text.withUTF8Bytes(style(of:)) }

    static func style(of utf8: UnsafeBufferPointer<UInt8>) -> Style {
        guard let first = utf8.first, let last = utf8.last else { return .singleQuoted }
        var plain = first != 0x20 && last != 0x20 && last != 0x3A && !indicators.contains(first)
        var previous: UInt8 = 0
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            if byte < 0x20 || byte == 0x7F { return .doubleQuoted }
            if byte >= 0xC2, nonPrintable(utf8, at: index) { return .doubleQuoted }
            // ": " starts a mapping value and " #" a comment inside a plain scalar.
            if (previous == 0x3A && byte == 0x20) || (previous == 0x20 && byte == 0x23) { plain = false }
            previous = byte
            index += 1
        }
        if plain && readsAsAnotherType(utf8) { plain = false }
        return plain ? .plain : .singleQuoted
    }

    /// `- ? : , [ ] { } # & * ! | > ' " % @ \``: a plain scalar may not start with these.
    private static let indicators: Set<UInt8> = Set("-?:,[]{}#&*!|>'\"%@`".utf8)

    /// Characters YAML does not allow unescaped, or reads as line breaks: C1 controls (NEL),
    /// U+2028/U+2029, the byte order mark and U+FFFE/U+FFFF.
    private static func nonPrintable(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = utf8[index]
        if byte == 0xC2 { return index + 1 < utf8.count && utf8[index + 1] < 0xA0 }
        guard index + 2 < utf8.count else { return false }
        let second = utf8[index + 1], third = utf8[index + 2]
        if byte == 0xE2 { return second == 0x80 && (third == 0xA8 || third == 0xA9) }
        if byte == 0xEF { return (second == 0xBB && third == 0xBF) || (second == 0xBF && third >= 0xBE) }
        return false
    }

    // MARK: - Texts a reader would take for a bool, null, number or date

    /// A superset of YAML 1.1's and 1.2's bool, null, int, float, timestamp, merge and value
    /// forms: quoting a few more strings than needed costs nothing, one too few changes a type.
    static func readsAsAnotherType(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        if utf8.count <= 5, isReservedWord(utf8) { return true }
        let first = utf8[0]
        let isNumberStart = (first >= 0x30 && first <= 0x39) || first == 0x2B || first == 0x2D || first == 0x2E
        guard isNumberStart else { return false }
        return looksLikeNumber(utf8) || startsWithDate(utf8) || startsWithDots(utf8)
    }

    private static let reservedWords: [[UInt8]] = [
        "y", "yes", "n", "no", "true", "false", "on", "off", "null", "~", "<<", "=",
    ].map { Array($0.utf8) }

    /// Compared without case: `Yes`, `NULL` and `tRUE` alike. Byte by byte, without making a
    /// String of each short scalar to hash (most keys of a report are that short).
    private static func isReservedWord(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let lowered = utf8.lazy.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        return reservedWords.contains { $0.elementsEqual(lowered) }
    }

    /// `[-+]?` then `0x…`/`0o…`/`0b…` digits, or `.inf`/`.nan`, or digits, `_`, `:` and at
    /// most one `.` (decimal, octal, sexagesimal, float) with an optional exponent. The 1.1
    /// spec's float pattern also matches "." and "15.11.2020", but no reader (libyaml, PyYAML,
    /// SnakeYAML, Psych) implements that slip, and Finnish dates are everywhere in reports.
    private static func looksLikeNumber(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        if utf8[0] == 0x2B || utf8[0] == 0x2D { index = 1 }
        let rest = utf8.count - index
        guard rest > 0 else { return false }
        if rest >= 3, utf8[index] == 0x30, [0x78, 0x58, 0x6F, 0x4F, 0x62, 0x42].contains(utf8[index + 1]) {
            return utf8[(index + 2)...].allSatisfy { isHexDigit($0) || $0 == 0x5F }
        }
        if rest == 4, utf8[index] == 0x2E {
            let word = String(decoding: utf8[(index + 1)...].map { $0 | 0x20 }, as: UTF8.self)
            if word == "inf" || word == "nan" { return true }
        }
        var digits = 0, dots = 0
        while index < utf8.count, isDigit(utf8[index]) || utf8[index] == 0x5F || utf8[index] == 0x2E || utf8[index] == 0x3A {
            if isDigit(utf8[index]) { digits += 1 }
            if utf8[index] == 0x2E { dots += 1 }
            index += 1
        }
        guard digits > 0, dots <= 1 else { return false }
        if index < utf8.count, utf8[index] == 0x65 || utf8[index] == 0x45 {
            index += 1
            if index < utf8.count, utf8[index] == 0x2B || utf8[index] == 0x2D { index += 1 }
            let digitsStart = index
            while index < utf8.count, isDigit(utf8[index]) { index += 1 }
            if index == digitsStart { return false }
        }
        return index == utf8.count
    }

    /// `YYYY-M-D` at the start: a YAML 1.1 timestamp, with or without a time after it.
    private static func startsWithDate(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        func digits(_ least: Int, _ most: Int) -> Bool {
            let start = index
            while index < utf8.count, index - start < most, isDigit(utf8[index]) { index += 1 }
            return index - start >= least
        }
        func dash() -> Bool {
            guard index < utf8.count, utf8[index] == 0x2D else { return false }
            index += 1
            return true
        }
        return digits(4, 4) && dash() && digits(1, 2) && dash() && digits(1, 2)
    }

    /// `...` ends a document when it starts a line; never leave it plain.
    private static func startsWithDots(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        utf8.count >= 3 && utf8[0] == 0x2E && utf8[1] == 0x2E && utf8[2] == 0x2E
    }

    @inline(__always) private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    @inline(__always) private static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x66)
    }

    // MARK: - Quoting

    private static func writeSingleQuoted(_ utf8: UnsafeBufferPointer<UInt8>, into output: inout OutputBytes) {
        output.append(0x27)
        var start = 0
        for index in utf8.indices where utf8[index] == 0x27 {
            output.append(UnsafeBufferPointer(rebasing: utf8[start ... index]))
            output.append(0x27)  // '' is a quote inside single quotes
            start = index + 1
        }
        output.append(UnsafeBufferPointer(rebasing: utf8[start...]))
        output.append(0x27)
    }

    private static func writeDoubleQuoted(_ utf8: UnsafeBufferPointer<UInt8>, into output: inout OutputBytes) {
        output.append(0x22)
        var start = 0
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            let escapeLength: Int
            if byte < 0x20 || byte == 0x7F || byte == 0x22 || byte == 0x5C {
                escapeLength = 1
            } else if byte >= 0xC2, nonPrintable(utf8, at: index) {
                escapeLength = byte == 0xC2 ? 2 : 3
            } else {
                index += 1
                continue
            }
            output.append(UnsafeBufferPointer(rebasing: utf8[start ..< index]))
            let scalar = decodeScalar(utf8, at: index, length: escapeLength)
            output.append(escape(scalar))
            index += escapeLength
            start = index
        }
        output.append(UnsafeBufferPointer(rebasing: utf8[start...]))
        output.append(0x22)
    }

    private static func decodeScalar(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> UInt32 {
        switch length {
        case 1: return UInt32(utf8[index])
        case 2: return UInt32(utf8[index] & 0x1F) << 6 | UInt32(utf8[index + 1] & 0x3F)
        default: return UInt32(utf8[index] & 0x0F) << 12 | UInt32(utf8[index + 1] & 0x3F) << 6 | UInt32(utf8[index + 2] & 0x3F)
        }
    }

    /// YAML's short escapes where there is one, else `\xXX` or `\uXXXX` (libyaml's spellings).
    private static func escape(_ scalar: UInt32) -> String {
        switch scalar {
        case 0x00: return "\\0"
        case 0x07: return "\\a"
        case 0x08: return "\\b"
        case 0x09: return "\\t"
        case 0x0A: return "\\n"
        case 0x0B: return "\\v"
        case 0x0C: return "\\f"
        case 0x0D: return "\\r"
        case 0x1B: return "\\e"
        case 0x22: return "\\\""
        case 0x5C: return "\\\\"
        case 0x85: return "\\N"
        case 0x2028: return "\\L"
        case 0x2029: return "\\P"
        default:
            let hex = String(scalar, radix: 16, uppercase: true)
            return scalar <= 0xFF ? "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
                                  : "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        }
    }
}
