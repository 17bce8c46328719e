import ArvioMessages

/// Tiivistelmä: the short dated summary a coordinator writes in Innokylä after every report,
/// "aina edellisen tiivistelmän perään", one paragraph under each of Innokylä's fixed headings.
///
/// Extractive: every sentence is the report's own, drawn from this period's dated entries of
/// the development-actions, monitoring and process-goal sections, or — in a report without
/// dated entries — from those sections' last paragraphs. See `SummaryBuilder` for the rules.
public struct InnokylaSummary: Sendable, Equatable {
    /// The period reported on; nil when the report does not say.
    public var period: PeriodKey?
    /// When the summary was written (the coordinator's date, printed as 22.11.2026).
    public var written: CalendarDay
    public var paragraphs: [Paragraph]
    /// What the coordinator should know (a goal not found, the period guessed).
    public var notes: [Message]

    public struct Paragraph: Sendable, Equatable {
        /// The Innokylä heading as the mapping names it.
        public var heading: String
        /// National goals whose text the paragraph draws on.
        public var goals: [Int]
        /// A goal folded in as a closing sentence (`--four-headings`).
        public var closingGoals: [Int]
        public var text: String
        /// True when the goals had nothing new this period and `text` says so.
        public var nothingNew: Bool
    }

    /// "Ei uutta raportoitavaa tällä kaudella."
    public static let nothingNewText = "Ei uutta raportoitavaa tällä kaudella."

    /// "Oma-arviointi 5/22, 15.5.2022": which report this summarises.
    public var reportName: String {
        guard let period else { return "Oma-arviointi (kausi ei tiedossa)" }
        return period.isBaseline ? "Lähtötilanteen oma-arviointi, \(period.deadline)"
            : "Oma-arviointi \(period.columnLabel), \(period.deadline)"
    }

    /// "Oma-arviointi 5/22, 15.5.2022 (tiivistelmä päivätty 20.5.2022)".
    public var dateLine: String { "\(reportName) (tiivistelmä päivätty \(written.finnish))" }

    /// The summary as Markdown that also reads as plain text: the date line as a level-2
    /// heading, each Innokylä heading as level 3, then its paragraph.
    public var markdown: String {
        var lines = ["## \(dateLine)", ""]
        for paragraph in paragraphs {
            lines += ["### \(paragraph.heading)", "", paragraph.text, ""]
        }
        return lines.joined(separator: "\n")
    }
}

/// A date without a time: the day a summary is written.
public struct CalendarDay: Sendable, Equatable {
    public var year: Int
    public var month: Int
    public var day: Int
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// "2022-05-20" → the day; nil for anything else.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1 ... 12).contains(month), (1 ... 31).contains(day) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// "20.5.2022", as Finnish dates are written.
    public var finnish: String { "\(day).\(month).\(year)" }
}
