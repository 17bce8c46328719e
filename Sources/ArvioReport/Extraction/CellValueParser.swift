import Foundation

/// Reads what a value cell means, Finnish style: "50 %", "0,36%", "503 kpl", "-15",
/// "-30--45", "kyllä/ei", "-" (not applicable), "" (not yet filled). The raw text is kept.
public enum CellValueParser {
    public static func value(_ paragraphs: [String], fill: String? = nil, span: Int = 1) -> CellValue {
        CellValue(raw: paragraphs, parsed: parse(paragraphs.joined(separator: " ")),
                  spansColumns: span > 1 ? span : nil, fill: fill)
    }

    static func parse(_ raw: String) -> ParsedValue {
        // ASCII text holds neither no-break space: skip Foundation's two replacement passes.
        let spaced = raw.utf8.allSatisfy { $0 < 0x80 } ? raw
            : raw.replacingOccurrences(of: "\u{00A0}", with: " ").replacingOccurrences(of: "\u{202F}", with: " ")
        let text = Whitespace.whitespacesAndNewlines.trimmed(spaced)
        if text.isEmpty { return ParsedValue(type: "empty") }
        if ["-", "–", "—"].contains(text) { return ParsedValue(type: "notApplicable") }
        let lower = text.lowercased()
        if ["kyllä", "kylla", "yes"].contains(lower) { return ParsedValue(type: "yesNo", yes: true) }
        if ["ei", "no"].contains(lower) { return ParsedValue(type: "yesNo", yes: false) }
        if text.hasSuffix("%") {
            let number = Whitespace.whitespaces.trimmed(String(text.dropLast()))
            if let value = decimal(number) { return ParsedValue(type: "percent", number: value) }
        }
        if let value = decimal(text) { return ParsedValue(type: "number", number: value) }
        if let space = text.lastIndex(of: " ") {
            let number = String(text[..<space]), unit = String(text[text.index(after: space)...])
            if let value = decimal(number), unit.allSatisfy(\.isLetter), unit.count <= 6 {
                return ParsedValue(type: "count", number: value, unit: unit)
            }
        }
        let rangeParts = text.split(separator: "-", omittingEmptySubsequences: true)
        if text.contains("--"), rangeParts.count == 2, rangeParts.allSatisfy({ decimal(String($0)) != nil }) {
            return ParsedValue(type: "range")
        }
        return ParsedValue(type: "text")
    }

    /// "0,36", "1 327", "-15" → Double; nil for anything else.
    static func decimal(_ text: String) -> Double? {
        let cleaned = text.utf8.allSatisfy({ $0 < 0x80 }) ? asciiNumber(text)
            : text.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: ",", with: ".")
                .replacingOccurrences(of: "−", with: "-")
        guard !cleaned.isEmpty, cleaned.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" }),
              cleaned.filter({ $0 == "." }).count <= 1, cleaned.dropFirst().allSatisfy({ $0 != "-" }) else { return nil }
        return Double(cleaned)
    }

    /// The replacements of `decimal` in one pass, for ASCII text (which cannot hold "−").
    private static func asciiNumber(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 where byte != UInt8(ascii: " ") { bytes.append(byte == UInt8(ascii: ",") ? UInt8(ascii: ".") : byte) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
