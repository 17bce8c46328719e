import Foundation

/// Reads what a value cell means, Finnish style: "50 %", "0,36%", "503 kpl", "-15",
/// "-30--45", "kyllä/ei", "-" (not applicable), "" (not yet filled). The raw text is kept.
public enum CellValueParser {
    public static func value(_ paragraphs: [String], fill: String? = nil, span: Int = 1) -> CellValue {
        CellValue(raw: paragraphs, parsed: parse(paragraphs.joined(separator: " ")),
                  spansColumns: span > 1 ? span : nil, fill: fill)
    }

    static func parse(_ raw: String) -> ParsedValue {
        let spaced = String(raw.map { $0 == "\u{00A0}" || $0 == "\u{202F}" ? " " : $0 })
        let text = spaced.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { return ParsedValue(type: "empty") }
        if ["-", "–", "—"].contains(text) { return ParsedValue(type: "notApplicable") }
        let lower = text.lowercased()
        if ["kyllä", "kylla", "yes"].contains(lower) { return ParsedValue(type: "yesNo", yes: true) }
        if ["ei", "no"].contains(lower) { return ParsedValue(type: "yesNo", yes: false) }
        if text.hasSuffix("%") {
            let number = String(text.dropLast()).trimmingCharacters(in: .whitespaces)
            if let value = decimal(number) { return ParsedValue(type: "percent", number: value) }
        }
        if let value = decimal(text) { return ParsedValue(type: "number", number: value) }
        if let space = text.lastIndex(of: " ") {
            let number = String(text[..<space]), unit = String(text[text.index(after: space)...])
            if let value = decimal(number), unit.allSatisfy(\.isLetter), unit.count <= 6 {
                return ParsedValue(type: "count", number: value, unit: unit)
            }
        }
        if text.contains("--") {
            let rangeParts = text.split(separator: "-", omittingEmptySubsequences: true)
            if rangeParts.count == 2, rangeParts.allSatisfy({ decimal(String($0)) != nil }) {
                return ParsedValue(type: "range")
            }
        }
        return ParsedValue(type: "text")
    }

    /// "0,36", "1 327", "-15" → Double; nil for anything else.
    static func decimal(_ text: String) -> Double? {
        var cleaned = ""
        for character in text where character != " " {
            cleaned.append(character == "," ? "." : character == "−" ? "-" : character)
        }
        guard !cleaned.isEmpty, cleaned.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" }),
              cleaned.filter({ $0 == "." }).count <= 1, cleaned.dropFirst().allSatisfy({ $0 != "-" }) else { return nil }
        return Double(cleaned)
    }
}
