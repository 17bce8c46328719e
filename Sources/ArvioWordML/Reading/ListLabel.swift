/// Number formats of `w:numFmt`, rendered the way Word displays them.
enum ListLabel {
    static func format(_ value: Int, as format: String) -> String {
        switch format {
        case "none": return ""
        case "lowerLetter": return letters(value).lowercased()
        case "upperLetter": return letters(value)
        case "lowerRoman": return roman(value).lowercased()
        case "upperRoman": return roman(value)
        case "decimalZero": return value < 10 && value >= 0 ? "0\(value)" : "\(value)"
        case "ordinal": return "\(value)."
        case "bullet": return "•"
        default: return "\(value)"  // decimal and every format Arvio does not spell out
        }
    }

    /// Word's letters repeat rather than carry: 26 → "Z", 27 → "AA", 28 → "BB".
    static func letters(_ value: Int) -> String {
        guard value > 0 else { return "\(value)" }
        let letter = Character(UnicodeScalar(UInt8(65 + (value - 1) % 26)))
        return String(repeating: letter, count: (value - 1) / 26 + 1)
    }

    static func roman(_ value: Int) -> String {
        guard value > 0, value < 4000 else { return "\(value)" }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = value
        var result = ""
        for (number, numeral) in table {
            while rest >= number { result += numeral; rest -= number }
        }
        return result
    }

    /// Bullet characters as shown: the Symbol and Wingdings fonts keep their glyphs in the
    /// private-use area, which means nothing outside Word.
    static func bullet(_ text: String) -> String {
        guard let scalar = text.unicodeScalars.first, text.unicodeScalars.count == 1 else { return text.isEmpty ? "•" : text }
        switch scalar.value {
        case 0xF0B7, 0xF06C, 0x00B7: return "•"
        case 0xF0A7, 0xF06E: return "▪"
        case 0xF0D8: return "➢"
        case 0xF076: return "❖"
        case 0xF0FC: return "✓"
        case 0xF0A8, 0xF071: return "□"
        case 0xF0E0: return "→"
        case 0xF02D: return "-"
        default: return scalar.value >= 0xF000 && scalar.value <= 0xF0FF ? "•" : text
        }
    }
}
