/// The two tables a v2021b first report has under each national goal, laid out as seed 003 has
/// them and as `arvio import` reads them back (the table as content rows, the typed rows
/// pointing into it):
///
/// - Kehittämistoiminnan valmiusaste: "Prosessitavoite" | "Kehittämistoiminnan valmiusaste" over
///   a row of period labels ("5/21" … "11/23"), then one row per osatavoite / toimenpide of the
///   plan's TAVOITE n, numbered as the goal's prosessitavoitteet ("1.1 …"), each followed in the
///   text by its own narrative with the period's empty entry.
/// - The indicator table: "Hyötytavoite" | "Mittarit" | "Lähtötila" | the periods, one row per
///   plan row with mittarit: its tulostavoite / vaikutus and its mittarit.
///
/// Period columns before the report's period hold "-" (no valmiusaste was reported then, as
/// seed 003's 5/21 column); the report's period and later ones are empty, to be filled in.
extension FirstReport.Layout {
    /// THL's period columns, and after them every period up to the report's own.
    var periodColumns: [PeriodKey] {
        var periods = (template.tables?.periods ?? []).compactMap(PeriodKey.init(notation:))
        while let last = periods.last, last < period { periods.append(last.next) }
        if periods.isEmpty { periods = [period] }
        return periods
    }

    /// The row's values by period column: "-" before the report's period, empty from it on.
    func periodValues(_ columns: [PeriodKey]) -> [PeriodValue] {
        columns.map { PeriodValue(period: $0, value: CellValueParser.value([$0 < period ? "-" : ""])) }
    }

    /// The readiness table and a narrative section per process goal; the process goals.
    mutating func readinessTable(goal: Int, rows: [PlanResultRow], into section: inout Section) -> [ProcessGoal] {
        let titles = rows.map { FirstReport.joined($0.subGoalOrAction) }.filter { !$0.isEmpty }
        guard let words = template.tables, !titles.isEmpty else { return [] }
        if let intro = template.labels.readinessIntro { section.content.append(paragraph(fill(intro))) }
        let columns = periodColumns
        let at = next()
        var cells: [[[String]]] = [[[words.processGoal], [words.readiness]], [[""]] + columns.map { [$0.columnLabel] }]
        var processGoals: [ProcessGoal] = []
        for (index, title) in titles.enumerated() {
            let id = "\(goal).\(index + 1)"
            let readiness = periodValues(columns)
            processGoals.append(ProcessGoal(ids: [id], title: title, readiness: readiness,
                                            at: BlockPath(at.components + [cells.count, 0, 0])))
            cells.append([["\(id) \(title)"]] + readiness.map(\.value.raw))
        }
        section.content.append(ContentBlock(at: at, type: "table", rows: cells))
        for processGoal in processGoals {
            var narrative = Section(kind: .processGoal, heading: "\(processGoal.ids[0]) \(processGoal.title)", headingAt: next())
            datedEntry(into: &narrative)
            section.subsections.append(narrative)
        }
        return processGoals
    }

    /// The indicator table of the plan rows that have mittarit; its rows.
    mutating func indicatorTable(rows: [PlanResultRow], into section: inout Section) -> [IndicatorRow] {
        let measured = rows.filter { !FirstReport.metrics($0).isEmpty }
        guard let words = template.tables, !measured.isEmpty else { return [] }
        if let intro = template.labels.indicatorsIntro { section.content.append(paragraph(fill(intro))) }
        let columns = periodColumns
        let at = next()
        var cells: [[[String]]] = [[[words.benefitGoal], [words.metric], [words.baseline]] + columns.map { [$0.columnLabel] }]
        var indicators: [IndicatorRow] = []
        for row in measured {
            let outcome = row.outcome.filter { !$0.allSatisfy(\.isWhitespace) }
            let metric = FirstReport.metrics(row)
            let values = periodValues(columns)
            let baseline = CellValueParser.value([""])
            indicators.append(IndicatorRow(benefitGoal: outcome, metric: metric, baseline: baseline, values: values,
                                           at: BlockPath(at.components + [cells.count, 0, 0])))
            cells.append([outcome.isEmpty ? [""] : outcome, metric, baseline.raw] + values.map(\.value.raw))
        }
        section.content.append(ContentBlock(at: at, type: "table", rows: cells))
        return indicators
    }
}
