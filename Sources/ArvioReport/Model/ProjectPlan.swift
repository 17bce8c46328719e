/// Hankesuunnitelma: the parts a project plan has besides its sections (004).
public struct ProjectPlan: Codable, Equatable, Sendable {
    /// Results tables per national goal: osatavoite/toimenpide, mittari, tulostavoite/tuotostavoite/vaikutus.
    public var results: [PlanResultRow] = []
    /// Risk table rows, whatever columns the table has.
    public var risks: [Risk] = []
    /// The risk table's legend row (scales), verbatim.
    public var riskLegend: [String] = []
    /// Colour marking the plan's new content ("0070C0" blue), when the document uses one.
    public var additionsColour: String?
    /// Paragraph texts (or parts) marked in the additions colour, in order.
    public var additions: [MarkedText] = []
    public var footnotes: [Footnote] = []
    /// Hankkeen vaiheet: the numbered phases the process-goal text lists ("1) lähtötilanteen
    /// arviointi syksy 2020" … "8) loppuarviointi syksy 2023"). Filled by `arvio migrate`;
    /// absent (not empty) in a plain `arvio import`, so older files still read.
    public var phases: [PlanPhase]?
    public init() {}
}

/// One numbered phase of a plan ("3) suunnittelusta kokeiluihin kevät 2021 jatkuu 2023 asti").
public struct PlanPhase: Codable, Equatable, Sendable {
    /// The phase's own number ("3" of "3)").
    public var number: Int
    /// The phase as written, without its "n)" label, the ", " or " ja " joining it to the next
    /// one, or the sentence's final full stop; hyphenation splits ("käynnistä-minen") kept.
    public var text: String
    /// When, as written: "syksy 2020", "kevät 2021", "talvi 2022", or a bare "2023".
    public var when: String?
    /// The year of `when`.
    public var year: Int?
    /// The paragraph the phase is written in.
    public var at: BlockPath
    public init(number: Int, text: String, when: String? = nil, year: Int? = nil, at: BlockPath) {
        self.number = number
        self.text = text
        self.when = when
        self.year = year
        self.at = at
    }
}

public struct PlanResultRow: Codable, Equatable, Sendable {
    /// National goal number from the "TAVOITE n" group row.
    public var goal: Int
    /// Osatavoite / toimenpide.
    public var subGoalOrAction: [String]
    /// Mittari.
    public var metric: [String]
    /// Tulostavoite / tuotostavoite / vaikutus.
    public var outcome: [String]
    public var at: BlockPath
}

public struct Risk: Codable, Equatable, Sendable {
    /// Column header → cell paragraphs, in column order, for tables with other columns.
    public var cells: [NamedCell]
    public var risk: [String]
    /// Todennäköisyys 1–5 when the cell holds a number.
    public var likelihood: Int?
    public var likelihoodRaw: String
    /// The impact or prevention score 1–5, whichever the second scale column holds.
    public var severity: Int?
    public var severityRaw: String
    public var action: [String]
    public var at: BlockPath
}

public struct NamedCell: Codable, Equatable, Sendable {
    public var column: String
    public var text: [String]
}

public struct MarkedText: Codable, Equatable, Sendable {
    public var at: BlockPath
    public var text: String
    public var wholeParagraph: Bool
}

public struct Footnote: Codable, Equatable, Sendable {
    public var id: String
    public var text: String
    /// The paragraph whose text carries the reference mark; filled by `arvio migrate`.
    public var at: BlockPath?
}
