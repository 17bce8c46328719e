import Foundation

/// Foundation's `trimmingCharacters(in: .whitespaces)` / `(in: .whitespacesAndNewlines)`, done on
/// unicode scalars without bridging to NSString (that bridge cost more than the rest of a
/// paragraph's handling). Membership is Foundation's own character set, so results are the same.
enum Whitespace {
    case whitespaces, whitespacesAndNewlines

    func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09: true
        case 0x0A ... 0x0D: self == .whitespacesAndNewlines
        case 0 ..< 0x80: false
        default:
            self == .whitespaces ? CharacterSet.whitespaces.contains(scalar) : CharacterSet.whitespacesAndNewlines.contains(scalar)
        }
    }

    func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !contains($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !contains($0) })!
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first ... last])
    }

    /// True when trimming would leave nothing.
    func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy(contains)
    }
}
