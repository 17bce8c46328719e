/// JSON exactly as Foundation's JSONEncoder writes it with `.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes`: two-space indent, `"key" : value`, keys in UTF-8 byte order,
/// empty collections as `[\n\n]`, a Double without a trailing ".0", only `"`, `\` and
/// control characters escaped.
enum JSONText {
    static func bytes(_ value: EncodedValue) throws -> [UInt8] {
        var output = OutputBytes(reserving: 1 << 16)
        try write(value, into: &output)
        return output.bytes
    }

    static func write(_ value: EncodedValue, into output: inout OutputBytes) throws {
        try write(value, indent: 0, into: &output)
    }

    private static func write(_ value: EncodedValue, indent: Int, into output: inout OutputBytes) throws {
        switch value {
        case .string(let text): writeString(text, into: &output)
        case .integer(let number): output.append(String(number))
        case .double(let number): output.append(try spelling(number))
        case .number(let text): output.append(text.hasSuffix(".0") ? String(text.dropLast(2)) : text)
        case .bool(let flag): output.append(flag ? "true" : "false")
        case .null: output.append("null")
        case .array(let items):
            output.append(0x5B)  // "["
            output.append(0x0A)
            for (position, item) in items.enumerated() {
                if position > 0 { output.append(",\n") }
                output.appendSpaces(indent + 2)
                try write(item, indent: indent + 2, into: &output)
            }
            output.append(0x0A)  // an empty array keeps an empty line inside, as Foundation has it
            output.appendSpaces(indent)
            output.append(0x5D)
        case .object(let entries):
            output.append(0x7B)  // "{"
            output.append(0x0A)
            let sorted = entries.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            for (position, entry) in sorted.enumerated() {
                if position > 0 { output.append(",\n") }
                output.appendSpaces(indent + 2)
                writeString(entry.key, into: &output)
                output.append(" : ")
                try write(entry.value, indent: indent + 2, into: &output)
            }
            output.append(0x0A)
            output.appendSpaces(indent)
            output.append(0x7D)
        }
    }

    /// JSON has no spelling for NaN or infinity; JSONEncoder refuses them the same way.
    private static func spelling(_ number: Double) throws -> String {
        guard number.isFinite else {
            throw EncodingError.invalidValue(number, EncodingError.Context(
                codingPath: [], debugDescription: "Unable to encode Double.\(number) directly in JSON."))
        }
        let text = number.description
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    private static func writeString(_ text: String, into output: inout OutputBytes) {
        output.append(0x22)
        text.withUTF8Bytes { utf8 in
            var start = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
                output.append(UnsafeBufferPointer(rebasing: utf8[start ..< index]))
                output.append(escape(byte))
                start = index + 1
            }
            output.append(UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        output.append(0x22)
    }

    private static func escape(_ byte: UInt8) -> String {
        switch byte {
        case 0x22: return "\\\""
        case 0x5C: return "\\\\"
        case 0x08: return "\\b"
        case 0x09: return "\\t"
        case 0x0A: return "\\n"
        case 0x0C: return "\\f"
        case 0x0D: return "\\r"
        default:
            let hex = String(byte, radix: 16)
            return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        }
    }
}
