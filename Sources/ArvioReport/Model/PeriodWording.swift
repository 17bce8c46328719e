
/// How the documents write a period, in Finnish: the status month names the period
/// (huhtikuu = April, reported by 15.5.; lokakuu = October, reported by 15.11.).
public struct PeriodWording: Sendable {
    public let period: PeriodKey

    public init(_ period: PeriodKey) { self.period = period }

    private var isSpring: Bool { period.half == .spring && !period.isBaseline }

    /// "Huhtikuu 2022": the label a new dated entry starts with.
    public var entryLabel: String { "\(isSpring ? "Huhtikuu" : "Lokakuu") \(period.year)" }

    /// "huhtikuun 2022 tilanteesta", as the schedule writes it.
    public var situation: String { "\(isSpring ? "huhtikuun" : "lokakuun") \(period.year) tilanteesta" }

    /// "kevään 2022" / "syksyn 2021", as the narratives write it.
    public var seasonGenitive: String { "\(isSpring ? "kevään" : "syksyn") \(period.year)" }

    /// "keväällä 2022" / "syksyllä 2021": "Raportoidaan keväällä 2022".
    public var seasonAdessive: String { "\(isSpring ? "keväällä" : "syksyllä") \(period.year)" }

    /// Deadline "15.5.2022".
    public var deadline: String { period.deadline }

    /// Column labels: "5/22" and "5/2022".
    public var shortColumn: String { period.columnLabel }
    public var longColumn: String { period.isBaseline ? "Lähtötila" : "\(isSpring ? 5 : 11)/\(period.year)" }

    /// Guidance text of a new, still empty entry.
    public var placeholder: String { "< Kuvaus \(situation) >" }

    /// Every way of writing this period that a document may contain, longest first, each
    /// paired with how the other period writes the same thing.
    public func replacements(to next: PeriodWording) -> [(old: String, new: String)] {
        let pairs: [(old: String, new: String)]
        if period.isBaseline {
            // The baseline report is dated like an autumn 2020 one: "15.11.2020", "11/2020".
            pairs = [(deadline, next.deadline), ("11/2020", next.longColumn), ("lokakuun 2020 tilanteesta", next.situation)]
        } else {
            pairs = [(deadline, next.deadline), (longColumn, next.longColumn), (shortColumn, next.shortColumn),
                     (situation, next.situation), (seasonGenitive, next.seasonGenitive)]
        }
        return pairs.filter { $0.old != $0.new }
    }
}
