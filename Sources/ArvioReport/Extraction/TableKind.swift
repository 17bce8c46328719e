import ArvioWordML

/// The kinds of table a mapping's `tables:` rule can name (`kind: readiness`), each read by
/// one reader. A new kind is a case here, its reader (a `TableReader`), the model it fills and
/// its rule in Mappings/; the compiler points at the one place below that pairs them.
public enum TableKind: String, Codable, Sendable, CaseIterable {
    /// Raportointiaikataulu: the reports' deadlines and what each covers.
    case schedule
    /// Keskeinen todennettu ongelma → tavoitteet: a plan's problems and their goals.
    case problemGoals
    /// Kehittämistoiminnan valmiusaste: each process goal's readiness per period.
    case readiness
    /// Hyötytavoitteiden mittarit: each benefit goal's indicators, a value per period.
    case indicators
    /// A final summary's results: tulostavoite, prosessitavoite, toimenpide and how far each got.
    case results
    /// A plan's results table: osatavoite/toimenpide, mittari, tulostavoite, by national goal.
    case planResults
    /// A plan's risks (riski, todennäköisyys, ilmaantumisen estäminen, toimenpide).
    case risks
    /// Liite tables: their header texts as columns, every row as values under them.
    case annex

    /// The one reader of this kind of table.
    var reader: any TableReader.Type {
        switch self {
        case .schedule: ScheduleTable.self
        case .problemGoals: ProblemGoalsTable.self
        case .readiness: ReadinessTable.self
        case .indicators: IndicatorTable.self
        case .results: ResultsTable.self
        case .planResults: PlanResultsTable.self
        case .risks: RiskTable.self
        case .annex: AnnexTable.self
        }
    }
}

/// Reads one recognised table into the report.
protocol TableReader {
    static func read(_ table: Table, _ recognised: RecognisedTable, at: BlockPath, into builder: inout ReportBuilder)
}

extension ReadinessTable: TableReader {}
extension IndicatorTable: TableReader {}
extension AnnexTable: TableReader {}
extension ProblemGoalsTable: TableReader {}
extension ResultsTable: TableReader {}
extension PlanResultsTable: TableReader {}
extension RiskTable: TableReader {}

// The schedule's rows are returned, not written into the report.
extension ScheduleTable: TableReader {
    static func read(_ table: Table, _ recognised: RecognisedTable, at: BlockPath, into builder: inout ReportBuilder) {
        builder.report.schedule += read(table, recognised, at: at)
    }
}
