import ArvioDevSupport
import Testing
@testable import ArvioReport

/// A label without "-" or "/" bytes is rejected without splitting it, and decides as the
/// character splits did: every seed table cell and random labels give the same period.
@Suite struct PeriodNotationFastPathTests {
    @Test func notationsDecideAsBefore() throws {
        let cells = try TableClassifierFastPathTests.corpusTables().flatMap { TableTexts($0).cells.flatMap { $0 } }
            .map { $0.joined(separator: " ") }
        let pieces = ["5", "11", "21", "2021", "/", "-", "−", " ", "-\u{301}", "/\u{301}", "Lähtötila", "baseline", "04", "1999", "x"]
        var generator = SeededRandom(seed: 61)
        let random = (0 ..< 4000).map { _ in (0 ..< generator.int(0 ... 5)).map { _ in generator.pick(pieces) }.joined() }
        for text in cells + random {
            #expect(PeriodKey(notation: text) == Reference.period(text), "\(text.debugDescription)")
        }
    }

    /// `PeriodKey(notation:)` as it was: both splits tried on every short text.
    private enum Reference {
        static func period(_ raw: String) -> PeriodKey? {
            let trimmed = Whitespace.whitespacesAndNewlines.trimmed(raw)
            let isNotationByte: (UInt8) -> Bool = { (0x30 ... 0x39).contains($0) || $0 == 0x2D || $0 == 0x2B || $0 == 0x2F }
            if trimmed.utf8.count > 48, trimmed.utf8.contains(where: { !isNotationByte($0) }) { return nil }
            let text = trimmed.lowercased()
            if ["lähtötila", "lähtötilanne", "lähtötaso", "baseline"].contains(text) { return .baseline }
            let dash = text.split(separator: "-")
            if dash.count == 2, let year = Int(dash[0]), let month = Int(dash[1]), year > 1999 {
                return PeriodKey(statusYear: year, month: month)
            }
            let slash = text.split(separator: "/")
            guard slash.count == 2, let month = Int(slash[0]), var year = Int(slash[1]) else { return nil }
            if year < 100 { year += 2000 }
            switch month {
            case 5: return PeriodKey(year: year, half: .spring)
            case 11: return PeriodKey(year: year, half: .autumn)
            default: return nil
            }
        }
    }
}
