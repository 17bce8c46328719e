import Foundation

/// The label a dated entry starts with: "Huhtikuu 2022:" (the status month, as `arvio next`
/// writes it), also "Lokakuu 2021:", "Kevät 2022:", "Syksy 2021:" and "5/22:" / "11/2021:".
/// Text after the colon in the same paragraph belongs to the entry.
public struct EntryLabel: Equatable, Sendable {
    public var period: PeriodKey
    /// What follows the label in the same paragraph ("" when the label stands alone).
    public var rest: String

    /// Reads a label at the start of `text`; nil when the paragraph does not start with one.
    public init?(_ text: String) {
        // Only the words before the first colon can be a label.
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let head = TextKey.normalise(String(text[..<colon]))
        let words = head.split(separator: " ")
        var found: PeriodKey?
        if words.count == 2, let year = Int(words[1]), (2000 ... 2099).contains(year) {
            switch words[0] {
            case "huhtikuu", "kevät", "kevat": found = PeriodKey(year: year, half: .spring)
            case "lokakuu", "syksy": found = PeriodKey(year: year, half: .autumn)
            default: found = nil
            }
        } else if words.count == 1, head.contains("/"), let period = PeriodKey(notation: head), !period.isBaseline {
            found = period
        }
        guard let period = found else { return nil }
        self.period = period
        // The rest is taken from the original text so its spelling and spaces stay as written.
        self.rest = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }

    /// "Huhtikuu 2022" / "Lokakuu 2021": the status month the entries of `period` are labelled with.
    public static func text(for period: PeriodKey) -> String {
        period.isBaseline ? "Lähtötilanne" : PeriodWording(period).entryLabel
    }
}
