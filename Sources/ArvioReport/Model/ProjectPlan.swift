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
    public init() {}
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
}
