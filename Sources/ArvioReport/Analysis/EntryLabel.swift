import Foundation

/// The label a dated entry starts with: "Huhtikuu 2022:" (the status month, as `arvio next`
/// writes it), also "Lokakuu 2021:", "Kevät 2022:", "Syksy 21:", "5/22:", "11/2021:",
/// "Tilanne 11/2021:", "15.5.2022:", "Våren 2022:" — every period `PeriodKey(notation:)` reads.
/// Text after the colon in the same paragraph belongs to the entry.
public struct EntryLabel: Equatable, Sendable {
    public var period: PeriodKey
    /// What follows the label in the same paragraph ("" when the label stands alone).
    public var rest: String

    /// Reads a label at the start of `text`; nil when the paragraph does not start with one.
    public init?(_ text: String) {
        // Only the words before the first colon can be a label.
        guard let colon = text.firstIndex(of: ":") else { return nil }
        // The forms `PeriodKey(notation:)` reads ("Kevät 2022", "Syksy -21", "Tilanne 11/2021",
        // "15.5.2022"). The baseline stays no dated entry's label, as before: its narrative has
        // a section of its own ("Lähtötilanteen arvioinnin tulokset").
        let head = String(text[..<colon])
        guard head.split(separator: " ").count <= 4, let found = PeriodKey(notation: head), !found.isBaseline else { return nil }
        self.period = found
        // The rest is taken from the original text so its spelling and spaces stay as written.
        self.rest = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }

    /// "Huhtikuu 2022" / "Lokakuu 2021": the status month the entries of `period` are labelled with.
    public static func text(for period: PeriodKey) -> String {
        period.isBaseline ? "Lähtötilanne" : PeriodWording(period).entryLabel
    }
}
