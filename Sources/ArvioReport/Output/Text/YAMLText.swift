/// Block-style YAML in the layout libyaml (Yams) gave: two-space indent, a sequence under a
/// key at the key's own indent, `- key: value` for objects in a sequence, `[]` and `{}` for
/// empty ones, no line folding. One pass over the tree, so the time is linear in the output.
enum YAMLText {
    static func bytes(_ value: EncodedValue) -> [UInt8] {
        var output = OutputBytes(reserving: 1 << 16)
        write(value, into: &output)
        return output.bytes
    }

    static func write(_ value: EncodedValue, into output: inout OutputBytes) {
        switch value {
        case .object(let entries) where !entries.isEmpty: writeObject(entries, indent: 0, atLineStart: true, into: &output)
        case .array(let items) where !items.isEmpty: writeArray(items, indent: 0, atLineStart: true, into: &output)
        default:
            writeInline(value, into: &output)
            output.append(0x0A)
        }
    }

    /// Each entry on its own line; the first one continues the current line when it follows `- `.
    private static func writeObject(_ entries: [(key: String, value: EncodedValue)], indent: Int, atLineStart: Bool,
                                    into output: inout OutputBytes) {
        for (position, entry) in entries.enumerated() {
            if position > 0 || atLineStart { output.appendSpaces(indent) }
            YAMLScalar.write(entry.key, into: &output)
            output.append(0x3A)  // ":"
            switch entry.value {
            case .object(let children) where !children.isEmpty:
                output.append(0x0A)
                writeObject(children, indent: indent + 2, atLineStart: true, into: &output)
            case .array(let items) where !items.isEmpty:
                output.append(0x0A)
                writeArray(items, indent: indent, atLineStart: true, into: &output)
            default:
                output.append(0x20)
                writeInline(entry.value, into: &output)
                output.append(0x0A)
            }
        }
    }

    private static func writeArray(_ items: [EncodedValue], indent: Int, atLineStart: Bool, into output: inout OutputBytes) {
        for (position, item) in items.enumerated() {
            if position > 0 || atLineStart { output.appendSpaces(indent) }
            output.append("- ")
            switch item {
            case .object(let entries) where !entries.isEmpty:
                writeObject(entries, indent: indent + 2, atLineStart: false, into: &output)
            case .array(let children) where !children.isEmpty:
                writeArray(children, indent: indent + 2, atLineStart: false, into: &output)
            default:
                writeInline(item, into: &output)
                output.append(0x0A)
            }
        }
    }

    /// A scalar, or an empty collection in flow style.
    private static func writeInline(_ value: EncodedValue, into output: inout OutputBytes) {
        switch value {
        case .string(let text): YAMLScalar.write(text, into: &output)
        case .integer(let number): output.append(String(number))
        case .double(let number): output.append(spelling(number))
        case .number(let text): output.append(text)
        case .bool(let flag): output.append(flag ? "true" : "false")
        case .null: output.append("null")
        case .array: output.append("[]")
        case .object: output.append("{}")
        }
    }

    /// Swift's shortest spelling that reads back bit for bit ("50.0", "0.1", "1e-07"); YAML's
    /// own names for the values that have none.
    static func spelling(_ number: Double) -> String {
        if number.isNaN { return ".nan" }
        if number.isInfinite { return number < 0 ? "-.inf" : ".inf" }
        return number.description
    }
}
