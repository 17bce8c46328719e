import Foundation

/// Reads what a value cell means, Finnish style: "50 %", "0,36%", "503 kpl", "-15",
/// "-30--45", "kyllä/ei", "-" (not applicable), "" (not yet filled). The raw text is kept.
public enum CellValueParser {
    public static func value(_ paragraphs: [String], fill: String? = nil, span: Int = 1) -> CellValue {
        CellValue(raw: paragraphs, parsed: parse(paragraphs.joined(separator: " ")),
                  spansColumns: span > 1 ? span : nil, fill: fill)
    }

    static func parse(_ raw: String) -> ParsedValue {
        // Most value cells of a long report are not filled yet.
        if raw.isEmpty { return ParsedValue(type: "empty") }
        let spaced = Self.withNoBreakSpacesAsSpaces(raw)
        let text = Whitespace.whitespacesAndNewlines.trimmed(spaced)
        if text.isEmpty { return ParsedValue(type: "empty") }
        if ["-", "–", "—"].contains(text) { return ParsedValue(type: "notApplicable") }
        // Lowercasing never lowers the scalar count, and "kyllä" has at most 6 (decomposed):
        // longer cells, nearly all of them, skip the Unicode pass. So do cells with a digit or
        // "%" ("50 %"): lowercasing keeps them, and no yes/no word has one.
        if text.unicodeScalars.prefix(7).count <= 6,
           !text.utf8.contains(where: { (UInt8(ascii: "0") ... UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: "%") }) {
            let lower = text.lowercased()
            if ["kyllä", "kylla", "yes"].contains(lower) { return ParsedValue(type: "yesNo", yes: true) }
            if ["ei", "no"].contains(lower) { return ParsedValue(type: "yesNo", yes: false) }
        }
        if text.hasSuffix("%") {
            let number = Whitespace.whitespaces.trimmed(String(text.dropLast()))
            if let value = decimal(number) { return ParsedValue(type: "percent", number: value) }
        }
        if let value = decimal(text) { return ParsedValue(type: "number", number: value) }
        if let space = lastSpace(text) {
            let number = String(text[..<space]), unit = String(text[text.index(after: space)...])
            if let value = decimal(number), unit.allSatisfy(\.isLetter), unit.count <= 6 {
                return ParsedValue(type: "count", number: value, unit: unit)
            }
        }
        // "--" looked for in the bytes first: most cells have none, and need no split.
        if ByteSearch.contains(text.utf8, [0x2D, 0x2D]) {
            let rangeParts = text.split(separator: "-", omittingEmptySubsequences: true)
            if rangeParts.count == 2, rangeParts.allSatisfy({ decimal(String($0)) != nil }) {
                return ParsedValue(type: "range")
            }
        }
        return ParsedValue(type: "text")
    }

    /// "0,36", "1 327", "-15" → Double; nil for anything else.
    static func decimal(_ text: String) -> Double? {
        // A Latin letter survives the replacements below and is no digit: no Foundation pass.
        if text.utf8.contains(where: { ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z") }) { return nil }
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiDecimal(text) }
        let cleaned = text.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: ",", with: ".")
            .replacingOccurrences(of: "−", with: "-")
        guard !cleaned.isEmpty, cleaned.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" }),
              cleaned.filter({ $0 == "." }).count <= 1, cleaned.dropFirst().allSatisfy({ $0 != "-" }) else { return nil }
        return Double(cleaned)
    }

    /// `text.lastIndex(of: " ")`, read on the bytes when those either side of the last space byte
    /// are ASCII: then the space is a character of its own (nothing ASCII extends or prepends to
    /// one) and no later character can be a space. By characters otherwise.
    static func lastSpace(_ text: String) -> String.Index? {
        let bytes = text.utf8
        guard let space = bytes.lastIndex(of: UInt8(ascii: " ")) else { return nil }
        let after = bytes.index(after: space)
        if after == bytes.endIndex || bytes[after] < 0x80, space == bytes.startIndex || bytes[bytes.index(before: space)] < 0x80 {
            return space
        }
        return text.lastIndex(of: " ")
    }

    /// U+00A0 and U+202F as plain spaces; Foundation's replacement passes only for text holding them.
    private static func withNoBreakSpacesAsSpaces(_ raw: String) -> String {
        var text = raw
        if ByteSearch.contains(text.utf8, [0xC2, 0xA0]) { text = text.replacingOccurrences(of: "\u{00A0}", with: " ") }
        if ByteSearch.contains(text.utf8, [0xE2, 0x80, 0xAF]) { text = text.replacingOccurrences(of: "\u{202F}", with: " ") }
        return text
    }

    /// `decimal` of ASCII text (which cannot hold "−") on its bytes: its replacements and checks in
    /// one pass. Only the digits are ASCII numbers, and the one character of two bytes, "\r\n",
    /// fails the checks either way.
    static func asciiDecimal(_ text: String) -> Double? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var dots = 0
        for byte in text.utf8 where byte != UInt8(ascii: " ") {
            switch byte {
            case UInt8(ascii: "0") ... UInt8(ascii: "9"): bytes.append(byte)
            case UInt8(ascii: "."), UInt8(ascii: ","):
                dots += 1
                bytes.append(UInt8(ascii: "."))
            case UInt8(ascii: "-") where bytes.isEmpty: bytes.append(byte)
            default: return nil
            }
        }
        guard !bytes.isEmpty, dots <= 1 else { return nil }
        return Double(String(decoding: bytes, as: UTF8.self))
    }
}
