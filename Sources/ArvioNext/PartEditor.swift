/// Collects byte-range edits to one XML part and applies them in one pass. Edits never
/// overlap; bytes outside them are copied unchanged.
struct PartEditor {
    private(set) var bytes: [UInt8]
    private var edits: [(range: Range<Int>, replacement: [UInt8])] = []

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isEmpty: Bool { edits.isEmpty }

    mutating func insert(_ text: String, at offset: Int) {
        edits.append((offset ..< offset, Array(text.utf8)))
    }

    mutating func replace(_ range: Range<Int>, with text: String) {
        edits.append((range, Array(text.utf8)))
    }

    func slice(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    /// True when `range` touches no edit already made (insertions at its ends are fine).
    func isFree(_ range: Range<Int>) -> Bool {
        !edits.contains { edit in
            edit.range.isEmpty ? (edit.range.lowerBound > range.lowerBound && edit.range.lowerBound < range.upperBound)
                : edit.range.overlaps(range)
        }
    }

    /// The edited bytes. Insertions at the same offset keep the order they were made in.
    func applied() -> [UInt8] {
        let ordered = edits.enumerated().sorted {
            $0.element.range.lowerBound != $1.element.range.lowerBound
                ? $0.element.range.lowerBound < $1.element.range.lowerBound : $0.offset < $1.offset
        }.map(\.element)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + ordered.reduce(0) { $0 + $1.replacement.count })
        var position = 0
        for edit in ordered {
            precondition(edit.range.lowerBound >= position, "overlapping edits")
            result += bytes[position ..< edit.range.lowerBound]
            result += edit.replacement
            position = edit.range.upperBound
        }
        result += bytes[position...]
        return result
    }
}

enum XMLText {
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }

    static func unescaped(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}

import Foundation
