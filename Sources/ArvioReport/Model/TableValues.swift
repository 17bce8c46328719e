import ArvioWordML

/// A cell's content: the paragraphs as written, a normalised reading when one is clear,
/// how many period columns it spans, and its shading (the traffic-light colour).
public struct CellValue: Codable, Equatable, Sendable {
    public var raw: [String]
    public var parsed: ParsedValue?
    public var spansColumns: Int?
    public var fill: String?

    public init(raw: [String], parsed: ParsedValue? = nil, spansColumns: Int? = nil, fill: String? = nil) {
        self.raw = raw
        self.parsed = parsed
        self.spansColumns = spansColumns
        self.fill = fill
    }

    public var text: String { raw.joined(separator: "\n") }
}

/// A normalised reading of a value cell. Finnish decimal commas and no-break spaces are
/// handled; the original text always stays in `CellValue.raw`.
public struct ParsedValue: Codable, Equatable, Sendable {
    /// "empty", "notApplicable" ("-"), "percent", "count" (with unit), "number", "range", "yesNo", "text".
    public var type: String
    public var number: Double?
    public var unit: String?
    public var yes: Bool?

    public init(type: String, number: Double? = nil, unit: String? = nil, yes: Bool? = nil) {
        self.type = type
        self.number = number
        self.unit = unit
        self.yes = yes
    }
}

/// Liikennevalo: the colour rating of a results-table cell.
public enum TrafficLight: String, Codable, Sendable {
    /// Punainen: the result is still far from the target.
    case red
    /// Keltainen: moving the right way.
    case yellow
    /// Vihreä: the agreed target has been reached or nearly so.
    case green

    /// The light a cell colour (hex, as a reader sees it) shows, by its hue: near-red, near-yellow
    /// (amber included) or near-green, clearly coloured and neither almost black nor almost
    /// white. Templates use many shades (FF0000, C00000; FFFF00, FFC000, FFEB9C; 00B050, 92D050,
    /// C6EFCE), and a dotted pattern over white reads lighter (pct50 of FF0000 is FF8080). Orange
    /// (hue 15°–38°), greys, blues and pale tints such as FFF2CC (the "fill this in" shading
    /// `next` gives new rows) are no light.
    public init?(fill: String?) {
        guard let fill, let rgb = RGB(hex: fill) else { return nil }
        let colour = HSL(rgb)
        guard colour.saturation >= 0.35, (0.15 ... 0.88).contains(colour.lightness) else { return nil }
        switch colour.hue {
        case ..<15, 340...: self = .red
        case 38 ..< 72: self = .yellow
        case 72 ..< 170: self = .green
        default: return nil
        }
    }
}

/// A row of a final summary's results table (002).
public struct ResultsRow: Codable, Equatable, Sendable {
    /// Hankkeen tulostavoite (outcome goal); repeated from the merged cell above.
    public var outcomeGoal: [String]
    public var processGoal: [String]
    /// Kehittämistoimenpide.
    public var action: [String]
    /// National goal numbers 1–5 read from the cell ("1, 3, 4," → [1, 3, 4]).
    public var nationalGoals: [Int]
    public var nationalGoalsRaw: String
    /// Mittarit.
    public var metrics: [String]
    /// "Mittarin tuottama tulos, olemmeko tavoitteessa?": text and traffic light.
    public var result: CellValue
    public var resultLight: TrafficLight?
    /// "Miten kyseinen kehittämistoimenpide on edennyt …": text and traffic light.
    public var progress: CellValue
    public var progressLight: TrafficLight?
    /// True when the row's first cell spans the outcome-goal and process-goal columns and holds
    /// the process goal (002 "Sovitut palvelut ovat tarjolla …"): `outcomeGoal` is then the
    /// outcome goal above, not written in this row. Absent otherwise.
    public var outcomeGoalFromAbove: Bool?
    public var at: BlockPath
    public init(outcomeGoal: [String], processGoal: [String], action: [String], nationalGoals: [Int], nationalGoalsRaw: String,
                metrics: [String], result: CellValue, resultLight: TrafficLight? = nil, progress: CellValue,
                progressLight: TrafficLight? = nil, outcomeGoalFromAbove: Bool? = nil, at: BlockPath) {
        self.outcomeGoal = outcomeGoal
        self.processGoal = processGoal
        self.action = action
        self.nationalGoals = nationalGoals
        self.nationalGoalsRaw = nationalGoalsRaw
        self.metrics = metrics
        self.result = result
        self.resultLight = resultLight
        self.progress = progress
        self.progressLight = progressLight
        self.outcomeGoalFromAbove = outcomeGoalFromAbove
        self.at = at
    }
}

/// Oma-arvioinnin raportointiaikataulu row (001).
public struct ScheduleEntry: Codable, Equatable, Sendable {
    /// ISO date, e.g. "2021-05-15".
    public var deadline: String
    public var deadlineRaw: String
    public var period: PeriodKey?
    public var content: [String]
    /// "(vapaaehtoinen)": reporting this is optional.
    public var optional: Bool
    public var at: BlockPath
}

/// Liite: an annex with its table as rows of cell values.
public struct Annex: Codable, Equatable, Sendable {
    public var title: String
    public var titleAt: BlockPath?
    public var columns: [String]
    public var rows: [[CellValue]]
    public var content: [ContentBlock] = []
    public init(title: String, titleAt: BlockPath? = nil, columns: [String], rows: [[CellValue]], content: [ContentBlock] = []) {
        self.title = title
        self.titleAt = titleAt
        self.columns = columns
        self.rows = rows
        self.content = content
    }
}
