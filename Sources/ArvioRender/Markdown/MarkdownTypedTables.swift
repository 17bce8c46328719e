import ArvioReport

/// The readiness, indicator and results tables of the Markdown rendering read back into typed
/// rows, and into the table the document itself would have: the template's header rows, a
/// "〃" (same as above) as the empty continuation of a merged cell, a "←" (covered by the
/// value to the left) left out so that the value's cell spans it, the traffic-light words as
/// shading. So a report read from Markdown renders to .docx like one imported from Word.
enum MarkdownTypedTables {
    struct Read<Row> {
        var table: [[[String]]]
        var rows: [Row]
    }

    /// "Prosessitavoite | 5/21 | 11/21 | …" → the THL table ("Prosessitavoite" | "Kehittämistoiminnan
    /// valmiusaste" over a row of period labels) and one `ProcessGoal` per row.
    static func readiness(_ rows: [[[String]]], at: BlockPath, mapping: TemplateMapping) -> Read<ProcessGoal> {
        let periods = periodColumns(rows[0])
        let headers = ruleHeaders(mapping, kind: .readiness, roles: ["processGoal", "readiness"])
        var table: [[[String]]] = [[[headers[0] ?? MarkdownTables.processGoalHeader], [headers[1] ?? "Kehittämistoiminnan valmiusaste"]],
                                   [[""]] + periods.map { [[$0.1.columnLabel]] }.flatMap { $0 }]
        var goals: [ProcessGoal] = []
        for row in rows.dropFirst() {
            guard let first = row.first, !TableShapes.isBlank(first) else { continue }
            let (ids, title) = ProcessGoalID.split(first)
            let (cells, readiness) = values(row, periods: periods)
            goals.append(ProcessGoal(ids: ids, title: title, readiness: readiness, at: BlockPath(at.components + [table.count, 0, 0])))
            table.append([first] + cells)
        }
        return Read(table: table, rows: goals)
    }

    /// "Hyötytavoite | Mittari | Lähtötila | 5/21 | …": a "〃" hyötytavoite is the one above,
    /// written in the table as the merged cell's empty continuation.
    static func indicators(_ rows: [[[String]]], at: BlockPath) -> Read<IndicatorRow> {
        let periods = periodColumns(rows[0])
        var table = [rows[0]]
        var indicators: [IndicatorRow] = []
        var benefitGoal: [String] = []
        for row in rows.dropFirst() where row.count >= 2 {
            let ditto = isDitto(row[0])
            if !ditto { benefitGoal = row[0] }
            var indicator = IndicatorRow(benefitGoal: benefitGoal, metric: row[1], baseline: nil,
                                         at: BlockPath(at.components + [table.count, 0, 0]))
            let (cells, values) = values(row, periods: periods)
            for value in values {
                if value.period.isBaseline { indicator.baseline = value.value } else { indicator.values.append(value) }
            }
            indicators.append(indicator)
            table.append([ditto ? [""] : row[0], row[1]] + cells)
        }
        return Read(table: table, rows: indicators)
    }

    /// A final summary's results, traffic lights from their words (Punainen, Keltainen, Vihreä).
    static func results(_ rows: [[[String]]], at: BlockPath, mapping: TemplateMapping) -> Read<ResultsRow> {
        let roles = ["outcomeGoal", "processGoal", "action", "nationalGoals", "metrics", "result", "progress"]
        let headers = ruleHeaders(mapping, kind: .results, roles: roles)
        let fallback = MarkdownTables.resultsHeader.enumerated().filter { ![6, 8].contains($0.offset) }.map(\.element)
        var table: [[[String]]] = [roles.indices.map { [headers[$0] ?? fallback[$0]] }]
        var results: [ResultsRow] = []
        var outcome: [String] = [], process: [String] = []
        for row in rows.dropFirst() where row.count >= MarkdownTables.resultsHeader.count {
            let sameOutcome = isDitto(row[0]), sameProcess = isDitto(row[1])
            if !sameOutcome { outcome = row[0] }
            if !sameProcess { process = row[1] }
            let goalsRaw = row[3].joined(separator: "\n")
            let goals = goalsRaw.split(whereSeparator: { $0 == "," || $0 == "\n" })
                .compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }.filter { (1 ... 5).contains($0) }
            let (resultLight, resultFill) = MarkdownTables.light(named: row[6].joined(separator: " "))
            let (progressLight, progressFill) = MarkdownTables.light(named: row[8].joined(separator: " "))
            results.append(ResultsRow(
                outcomeGoal: outcome, processGoal: process, action: row[2], nationalGoals: goals, nationalGoalsRaw: goalsRaw,
                metrics: row[4], result: CellValueParser.value(row[5], fill: resultFill), resultLight: resultLight,
                progress: CellValueParser.value(row[7], fill: progressFill), progressLight: progressLight,
                at: BlockPath(at.components + [table.count, 0, 0])))
            table.append([sameOutcome ? [""] : row[0], sameProcess ? [""] : row[1], row[2], row[3], row[4], row[5], row[7]])
        }
        return Read(table: table, rows: results)
    }

    /// The row's cells and values under the period columns; a "←" cell widens the value to
    /// its left and is no cell of its own.
    private static func values(_ row: [[String]], periods: [(Int, PeriodKey)]) -> (cells: [[String]], values: [PeriodValue]) {
        var cells: [[String]] = []
        var values: [PeriodValue] = []
        for (column, period) in periods where column < row.count {
            if row[column].map({ $0.trimmingCharacters(in: .whitespaces) }) == [MarkdownTables.spanned], !values.isEmpty {
                values[values.count - 1].value.spansColumns = (values[values.count - 1].value.spansColumns ?? 1) + 1
                continue
            }
            cells.append(row[column])
            values.append(PeriodValue(period: period, value: CellValueParser.value(row[column])))
        }
        return (cells, values)
    }

    /// "〃" (or a straight or curly quote mark) for "the same as the row above".
    static func isDitto(_ cell: [String]) -> Bool {
        let text = cell.joined().trimmingCharacters(in: .whitespaces)
        return [MarkdownTables.ditto, "\"", "”", "″", "''"].contains(text)
    }

    /// Header cells that are period labels, with their column.
    private static func periodColumns(_ header: [[String]]) -> [(Int, PeriodKey)] {
        header.enumerated().compactMap { index, cell in
            guard index > 0 else { return nil }
            return PeriodKey(notation: cell.joined(separator: " ")).map { (index, $0) }
        }
    }

    /// The first header the mapping's table rule gives each role (nil where it has none).
    private static func ruleHeaders(_ mapping: TemplateMapping, kind: TableKind, roles: [String]) -> [String?] {
        let rule = mapping.tables?.first { $0.kind == kind }
        return roles.map { role in rule?.columns.first { $0.role == role }?.headers.first }
    }
}
