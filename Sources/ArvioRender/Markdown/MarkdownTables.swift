import ArvioReport

/// Tables for the Markdown rendering: typed readiness, indicator and results tables rebuilt
/// from their rows; any other table as it stands (`MarkdownTable`, which writes and reads them all).
struct MarkdownTables {
    let report: Report
    let shapes: TableShapes

    /// Column headers the reader looks for.
    static let processGoalHeader = "Prosessitavoite"
    static let benefitGoalHeader = "Hyötytavoite"
    static let metricHeader = "Mittari"
    /// "Same as the row above" (idem) in a typed table's goal column.
    static let ditto = "〃"
    /// Columns of a final summary's results table as the Markdown writes them.
    static let resultsHeader = ["Hankkeen tulostavoite", "Prosessitavoite", "Kehittämistoimenpide", "Hyötytavoitteet", "Mittarit",
                                "Tulos", "Tulos: väri", "Eteneminen", "Eteneminen: väri"]
    /// "Covered by the value to the left": a cell spanning several period columns.
    static let spanned = "←"

    func render(_ table: ContentBlock) -> [String] {
        let key = table.at.components
        switch shapes.typedKinds[key] {
        case .readiness: if let lines = readiness(key, table: table) { return lines }
        case .indicators: if let lines = indicators(key) { return lines }
        case .results: if let lines = results(key) { return lines }
        default: break
        }
        let lines = MarkdownTable.lines(table.rows ?? [], shape: shapes.shape(of: table), images: table.images ?? [])
        if let annex = report.annexes.first(where: { $0.content.first(where: \.isTable)?.at == table.at }), annex.periodColumn != nil {
            return lines + [""] + Self.periodList(annex)
        }
        return lines
    }

    /// Intro of an annex's period column written as a list.
    static func periodListIntro(_ label: String) -> String { "Sarake \(label) (arvo kaksoispisteen jälkeen):" }

    /// "5/2022" from the intro line, nil for any other paragraph.
    static func periodListLabel(_ text: String) -> String? {
        let suffix = " (arvo kaksoispisteen jälkeen):"
        guard text.hasPrefix("Sarake "), text.hasSuffix(suffix) else { return nil }
        let label = String(text.dropFirst("Sarake ".count).dropLast(suffix.count))
        return PeriodKey(notation: label) == nil ? nil : label
    }

    /// An annex's latest period column, one row a line ("- Terveysasemat; Hoitosuunnitelmien
    /// määrä.: Raportoidaan keväällä 2022"): merged cells make its HTML table no place to write
    /// in, and a list item can be filled in any editor. Rows without a name (group rows) are left out.
    static func periodList(_ annex: Annex) -> [String] {
        guard let (column, _) = annex.periodColumn else { return [] }
        var lines = [MarkdownText.escape(periodListIntro(annex.columns[column].trimmingCharacters(in: .whitespaces))), ""]
        for row in annex.rows.indices where !annex.rowKey(row).isEmpty {
            let value = annex.rows[row].indices.contains(column) ? annex.rows[row][column].raw.joined(separator: " ") : ""
            lines.append("- " + MarkdownText.escape(annex.rowItem(row, value: value), atLineStart: false))
        }
        return lines
    }

    // MARK: Typed tables

    /// Kehittämistoiminnan valmiusaste: the process goal as the table writes it, then one column per period.
    private func readiness(_ key: [Int], table: ContentBlock) -> [String]? {
        guard let goal = report.goals.first(where: { $0.processGoals.contains { $0.at.map { Self.tableKey($0) } == key } }) else { return nil }
        let rows = goal.processGoals.filter { $0.at.map { Self.tableKey($0) } == key }
        let periods = Array(Set(rows.flatMap { $0.readiness.map(\.period) })).sorted()
        let header = ([Self.processGoalHeader] + periods.map(\.columnLabel)).map { MarkdownText.escape($0, inTable: true) }
        var body: [[String]] = []
        for row in rows {
            var cells = [[String]]()
            if let at = row.at, let content = table.rows, content.indices.contains(at.components[at.components.count - 3]),
               let first = content[at.components[at.components.count - 3]].first {
                cells.append(first)
            } else {
                cells.append([(row.ids.joined(separator: " + ") + " " + row.title)])
            }
            body.append(cells.map { MarkdownTable.cellText($0) } + Self.periodCells(row.readiness, periods: periods))
        }
        return MarkdownTable.pipeLines(header: header, rows: body)
    }

    /// Hyötytavoitteiden mittarit: hyötytavoite (once per run of rows), mittari, lähtötila, periods.
    private func indicators(_ key: [Int]) -> [String]? {
        guard let goal = report.goals.first(where: { $0.indicators.contains { Self.tableKey($0.at) == key } }) else { return nil }
        let rows = goal.indicators.filter { Self.tableKey($0.at) == key }
        let periods = Array(Set(rows.flatMap { $0.values.map(\.period) })).sorted()
        let hasBaseline = rows.contains { $0.baseline != nil }
        let header = [Self.benefitGoalHeader, Self.metricHeader] + (hasBaseline ? [PeriodKey.baseline.columnLabel] : [])
            + periods.map(\.columnLabel)
        var body: [[String]] = []
        var previousGoal: [String]?
        for row in rows {
            let repeated = row.benefitGoal == previousGoal && !TableShapes.isBlank(row.benefitGoal)
            var cells = [repeated ? Self.ditto : MarkdownTable.cellText(row.benefitGoal), MarkdownTable.cellText(row.metric)]
            previousGoal = row.benefitGoal
            let values = (hasBaseline ? [PeriodValue(period: .baseline, value: row.baseline ?? CellValue(raw: [""]))] : [])
                + row.values
            cells += Self.periodCells(values, periods: (hasBaseline ? [.baseline] : []) + periods)
            body.append(cells)
        }
        return MarkdownTable.pipeLines(header: header.map { MarkdownText.escape($0, inTable: true) }, rows: body)
    }

    /// A final summary's results, traffic lights as words (Punainen / Keltainen / Vihreä).
    private func results(_ key: [Int]) -> [String]? {
        let rows = report.results.filter { Self.tableKey($0.at) == key }
        guard !rows.isEmpty else { return nil }
        let header = Self.resultsHeader
        var body: [[String]] = []
        var previous: (outcome: [String], process: [String])?
        for row in rows {
            let sameOutcome = previous?.outcome == row.outcomeGoal && !TableShapes.isBlank(row.outcomeGoal)
            let sameProcess = sameOutcome && previous?.process == row.processGoal && !TableShapes.isBlank(row.processGoal)
            let outcome = sameOutcome ? Self.ditto : MarkdownTable.cellText(row.outcomeGoal)
            let process = sameProcess ? Self.ditto : MarkdownTable.cellText(row.processGoal)
            previous = (row.outcomeGoal, row.processGoal)
            body.append([outcome, process, MarkdownTable.cellText(row.action), MarkdownText.escape(row.nationalGoalsRaw, inTable: true),
                         MarkdownTable.cellText(row.metrics),
                         MarkdownTable.cellText(row.result.raw), Self.lightName(row.resultLight, fill: row.result.fill),
                         MarkdownTable.cellText(row.progress.raw), Self.lightName(row.progressLight, fill: row.progress.fill)])
        }
        return MarkdownTable.pipeLines(header: header, rows: body)
    }

    /// One cell per period: the value, "←" where the value to the left spans this column, or empty.
    static func periodCells(_ values: [PeriodValue], periods: [PeriodKey]) -> [String] {
        var cells: [String] = []
        var covered = 0
        for period in periods {
            if let value = values.first(where: { $0.period == period })?.value {
                cells.append(MarkdownTable.cellText(value.raw))
                covered = max((value.spansColumns ?? 1) - 1, 0)
            } else if covered > 0 {
                cells.append(spanned)
                covered -= 1
            } else {
                cells.append("")
            }
        }
        return cells
    }

    /// Liikennevalo as a word; a shading that is no traffic light as its hex code.
    static func lightName(_ light: TrafficLight?, fill: String?) -> String {
        switch light {
        case .red: "Punainen"
        case .yellow: "Keltainen"
        case .green: "Vihreä"
        case nil: fill.map { "#" + $0 } ?? ""
        }
    }

    /// "Punainen", "keltainen", "VIHREÄ", "#FF0000" → the light and a fill for it.
    static func light(named word: String) -> (TrafficLight?, String?) {
        let text = word.trimmingCharacters(in: .whitespaces)
        switch text.lowercased() {
        case "punainen": return (.red, "FF0000")
        case "keltainen": return (.yellow, "FFFF00")
        case "vihreä", "vihrea": return (.green, "00B050")
        default:
            guard text.hasPrefix("#"), text.count == 7 else { return (nil, nil) }
            let fill = String(text.dropFirst()).uppercased()
            return (TrafficLight(fill: fill), fill)
        }
    }

    static func tableKey(_ at: BlockPath) -> [Int] { Array(at.components.dropLast(3)) }
}
