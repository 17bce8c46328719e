/// One of the five national benefit goals (kansalliset hyötytavoitteet) and everything the
/// document says under it.
public struct BenefitGoalPart: Codable, Equatable, Sendable {
    /// 1–5, in THL's order (see `NationalGoal`).
    public var number: Int
    /// The canonical title from the Hankeopas.
    public var title: String
    /// The heading exactly as written ("2 Toiminnan … työhön␠␠").
    public var heading: String?
    public var headingAt: BlockPath?
    /// Text right under the goal heading, before its first section (a plan's goal description,
    /// or the empty paragraphs Word users leave there).
    public var content: [ContentBlock] = []
    public var sections: [Section] = []
    /// 001: key problem → objective rows, grouped by development area.
    public var problemTable: [AreaRow] = []
    /// 003: prosessitavoitteet with readiness per period and their narratives.
    public var processGoals: [ProcessGoal] = []
    /// 003: indicator table rows (hyötytavoite, mittari, baseline and a value per period).
    public var indicators: [IndicatorRow] = []

    public init(number: Int, title: String, heading: String? = nil, headingAt: BlockPath? = nil) {
        self.number = number
        self.title = title
        self.heading = heading
        self.headingAt = headingAt
    }
}

/// Keskeinen todennettu ongelma → tavoitteet ja osatavoitteet, per kehittämiskokonaisuus (001).
public struct AreaRow: Codable, Equatable, Sendable {
    /// The development area as written ("Asiakasohjaus ja neuvonta␠").
    public var area: String
    public var problem: [String]
    public var objective: [String]
    public var at: BlockPath
}

/// Prosessitavoite: a development goal on the way to the benefit goals ("1.1 …").
public struct ProcessGoal: Codable, Equatable, Sendable {
    /// ["1.5", "1.6"] when one row holds two; a raw "4.1." keeps its dot.
    public var ids: [String]
    /// Title as in the readiness table.
    public var title: String
    /// Title as in the narrative heading, when it differs (final "." dropped, no-break spaces).
    public var narrativeHeading: String?
    /// Valmiusaste per period: "-", "50 %", "lähtötilanne 50 %", "".
    public var readiness: [PeriodValue] = []
    public var narrative: [ContentBlock] = []
    public var at: BlockPath?
    public init(ids: [String], title: String, narrativeHeading: String? = nil, readiness: [PeriodValue] = [],
                narrative: [ContentBlock] = [], at: BlockPath? = nil) {
        self.ids = ids
        self.title = title
        self.narrativeHeading = narrativeHeading
        self.readiness = readiness
        self.narrative = narrative
        self.at = at
    }
}

/// A row of a benefit goal's indicator table (003).
public struct IndicatorRow: Codable, Equatable, Sendable {
    /// Hyötytavoite text (the merged first column, repeated for every row it covers).
    public var benefitGoal: [String]
    /// Mittari with its source paragraphs ("(tieto THL:stä)").
    public var metric: [String]
    public var baseline: CellValue?
    public var values: [PeriodValue] = []
    public var at: BlockPath
    public init(benefitGoal: [String], metric: [String], baseline: CellValue? = nil, values: [PeriodValue] = [], at: BlockPath) {
        self.benefitGoal = benefitGoal
        self.metric = metric
        self.baseline = baseline
        self.values = values
        self.at = at
    }
}

public struct PeriodValue: Codable, Equatable, Sendable {
    public var period: PeriodKey
    public var value: CellValue
    public init(period: PeriodKey, value: CellValue) {
        self.period = period
        self.value = value
    }
}
