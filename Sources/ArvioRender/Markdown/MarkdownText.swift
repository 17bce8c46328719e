import ArvioCore
import Foundation

/// Text as written ↔ Markdown source. Rendering escapes what Markdown would otherwise read as
/// markup (emphasis, links, HTML, a "1. " or "# " at the start of a paragraph); reading undoes
/// the escapes and drops emphasis marks, since the report keeps text, not formatting.
enum MarkdownText {
    /// Characters that get a backslash anywhere in a line.
    private static let alwaysEscaped: Set<Character> = ["\\", "`", "*", "_", "[", "]"]

    /// One paragraph's text on one line: trimmed, line breaks as `<br>`, markup escaped.
    static func escape(_ text: String, inTable: Bool = false, atLineStart: Bool = true) -> String {
        let trimmed = text.trimmed
        var result = ""
        var characters = Array(trimmed)
        characters.removeAll { $0 == "\r" }
        for (index, character) in characters.enumerated() {
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            switch character {
            case "\n": result += "<br>"
            case "|" where inTable: result += "\\|"
            case "<" where next.map { $0.isLetter || $0 == "/" || $0 == "!" || $0 == "?" } ?? false: result += "\\<"
            case "&" where next.map { $0.isLetter || $0 == "#" } ?? false: result += "\\&"
            case let c where alwaysEscaped.contains(c): result += "\\" + String(c)
            default: result.append(character)
            }
        }
        return atLineStart && !inTable ? escapeLineStart(result) : result
    }

    /// A paragraph may not begin like a heading, quote, list item, fence or table.
    private static func escapeLineStart(_ line: String) -> String {
        guard let first = line.first else { return line }
        if "#>+-=~|".contains(first) {
            if first == "-" || first == "+" {
                // Only "- " / "+ " and rules ("---") are markup; "-15" is a number.
                let rest = line.dropFirst()
                if rest.isEmpty || rest.first == " " || rest.allSatisfy({ $0 == first }) { return "\\" + line }
                return line
            }
            return "\\" + line
        }
        // "1. " or "1) " would start a numbered list.
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 9 {
            let rest = line.dropFirst(digits.count)
            if let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().isEmpty || rest.dropFirst().first == " " {
                return String(digits) + "\\" + String(rest)
            }
        }
        return line
    }

    /// Markdown inline source → text: backslash escapes resolved, `<br>` as a line break, the
    /// emphasis marks an editor adds (`*`, `**`, `_` around words) dropped, entities decoded.
    static func unescape(_ source: String) -> String {
        var result = ""
        var characters = Array(source)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "\\", index + 1 < characters.count, characters[index + 1].isASCII,
               characters[index + 1].isPunctuation || characters[index + 1].isSymbol {
                result.append(characters[index + 1])
                index += 2
                continue
            }
            if character == "<", let length = breakTag(characters, at: index) {
                result.append("\n")
                index += length
                continue
            }
            if character == "*" { index += 1; continue }
            if character == "_", isEmphasisUnderscore(characters, at: index) { index += 1; continue }
            if character == "&", let (decoded, length) = entity(characters, at: index) {
                result += decoded
                index += length
                continue
            }
            result.append(character)
            index += 1
        }
        characters = []
        return result
    }

    /// `<br>`, `<br/>`, `<br />` (any case): their length, or nil.
    static func breakTag(_ characters: [Character], at index: Int) -> Int? {
        var end = index + 1
        while end < characters.count, characters[end] != ">", end - index < 8 { end += 1 }
        guard end < characters.count, characters[end] == ">" else { return nil }
        let inner = String(characters[(index + 1) ..< end]).lowercased().replacingOccurrences(of: " ", with: "")
        return inner == "br" || inner == "br/" ? end - index + 1 : nil
    }

    /// An underscore at a word's edge is emphasis; inside a word ("tieto_kanta") it is text.
    private static func isEmphasisUnderscore(_ characters: [Character], at index: Int) -> Bool {
        let before = index > 0 ? characters[index - 1] : " "
        let after = index + 1 < characters.count ? characters[index + 1] : " "
        return !(before.isLetter || before.isNumber) || !(after.isLetter || after.isNumber)
    }

    private static let entities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
    ]

    /// `&amp;`, `&#160;`, `&#xA0;` → the character.
    static func entity(_ characters: [Character], at index: Int) -> (String, Int)? {
        var end = index + 1
        while end < characters.count, characters[end] != ";", end - index < 10 { end += 1 }
        guard end < characters.count, characters[end] == ";" else { return nil }
        let name = String(characters[(index + 1) ..< end])
        if let named = entities[name] { return (named, end - index + 1) }
        if name.hasPrefix("#x") || name.hasPrefix("#X"), let value = UInt32(name.dropFirst(2), radix: 16),
           let scalar = Unicode.Scalar(value) { return (String(Character(scalar)), end - index + 1) }
        if name.hasPrefix("#"), let value = UInt32(name.dropFirst()), let scalar = Unicode.Scalar(value) {
            return (String(Character(scalar)), end - index + 1)
        }
        return nil
    }

    /// Text for an HTML table cell: `&`, `<`, `>` as entities, line breaks as `<br>`.
    static func html(_ text: String) -> String {
        text.trimmed
            .replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\n", with: "<br>")
    }
}
