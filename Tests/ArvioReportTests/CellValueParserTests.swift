import Foundation
import Testing
@testable import ArvioReport

/// What a value cell means: yes/no words in any case or decomposition, ranges only with "--",
/// no-break spaces.
@Suite struct CellValueParserTests {
    @Test(arguments: [
        ("kyllä", "yesNo", true), ("KYLLÄ", "yesNo", true), ("kylla\u{0308}", "yesNo", true), ("Yes", "yesNo", true),
        ("\u{212A}ylla", "yesNo", true),  // the Kelvin sign lowercases to "k"
        ("EI", "yesNo", false), ("no", "yesNo", false), ("kyllä ei", "text", nil), ("eikä", "text", nil),
    ] as [(String, String, Bool?)])
    func yesAndNoInAnyCase(_ text: String, type: String, yes: Bool?) {
        let parsed = CellValueParser.parse(text)
        #expect(parsed.type == type, "\(text.debugDescription)")
        #expect(parsed.yes == yes, "\(text.debugDescription)")
    }

    @Test func aRangeNeedsTwoNumbersAroundADoubleDash() {
        #expect(CellValueParser.parse("-30--45").type == "range")
        #expect(CellValueParser.parse("30--45").type == "range")
        #expect(CellValueParser.parse("30-45").type == "text")
        #expect(CellValueParser.parse("a--b").type == "text")
        #expect(CellValueParser.parse("1--2--3").type == "text")
    }

    @Test func noBreakSpacesReadAsSpaces() {
        #expect(CellValueParser.parse("1\u{00A0}327\u{00A0}kpl") == ParsedValue(type: "count", number: 1327, unit: "kpl"))
        #expect(CellValueParser.parse("50\u{202F}%") == ParsedValue(type: "percent", number: 50))
    }
}
