import ArvioReport

/// The shapes of every table in a report, keyed by the table's block path. The importer keeps
/// a table as plain rows of cell texts; the spans, vertical merges, traffic-light shading and
/// bold group rows are recovered from the typed rows read out of it (readiness, indicators,
/// results, problem→objective, annexes, plan results, risks), which were read through them:
/// a typed value with text where the content cell is empty came from the merged cell above,
/// and a typed value's `spansColumns` is its cell's span.
struct TableShapes {
    private(set) var shapes: [[Int]: TableShape] = [:]
    /// Which typed field each table was read into (readiness, indicators, results).
    private(set) var typedKinds: [[Int]: TableKind] = [:]

    init(_ report: Report) {
        var tables: [[Int]: ContentBlock] = [:]
        Self.forEachBlock(report) { block in
            if block.isTable { tables[block.at.components] = block }
        }
        var hints: [[Int]: [Int: RowHint]] = [:]
        func place(_ at: BlockPath, _ build: ([[String]]) -> RowHint?) -> [Int]? {
            let components = at.components
            guard components.count >= 4 else { return nil }
            let key = Array(components.dropLast(3)), row = components[components.count - 3]
            guard let table = tables[key], let rows = table.rows, rows.indices.contains(row),
                  let hint = build(rows[row]) else { return nil }
            hints[key, default: [:]][row] = hint
            return key
        }

        for goal in report.goals {
            for processGoal in goal.processGoals {
                guard let at = processGoal.at else { continue }
                let key = place(at) { cells in
                    Self.hint(cells, leading: [[processGoal.title]], values: processGoal.readiness.map(\.value))
                }
                if let key { typedKinds[key] = .readiness }
            }
            for indicator in goal.indicators {
                let values = (indicator.baseline.map { [$0] } ?? []) + indicator.values.map(\.value)
                let key = place(indicator.at) { cells in
                    Self.hint(cells, leading: [indicator.benefitGoal, indicator.metric], values: values)
                }
                if let key { typedKinds[key] = .indicators }
            }
            for row in goal.problemTable where !row.problem.isEmpty || !row.objective.isEmpty {
                _ = place(row.at) { cells in Self.hint(cells, leading: [row.problem, row.objective], values: []) }
            }
            Self.boldGroupRows(goal.problemTable, tables: tables, into: &hints)
        }
        for row in report.results {
            let key = place(row.at) { cells in Self.resultsHint(cells, row) }
            if let key { typedKinds[key] = .results }
        }
        for entry in report.schedule {
            _ = place(entry.at) { cells in Self.hint(cells, leading: [[entry.deadlineRaw], entry.content], values: []) }
        }
        if let plan = report.plan {
            for row in plan.results {
                _ = place(row.at) { cells in Self.hint(cells, leading: [row.subGoalOrAction, row.metric, row.outcome], values: []) }
            }
            for risk in plan.risks {
                _ = place(risk.at) { cells in Self.hint(cells, leading: risk.cells.map(\.text), values: []) }
            }
        }
        for annex in report.annexes { Self.annexHints(annex, into: &hints) }

        for (key, table) in tables {
            // The header rows of a typed table are the rows above its first typed row.
            let headerRows = typedKinds[key] == nil ? 0 : (hints[key]?.keys.min() ?? 0)
            shapes[key] = TableShape(table, hints: hints[key] ?? [:], headerRows: headerRows)
        }
    }

    func shape(of table: ContentBlock) -> TableShape {
        shapes[table.at.components] ?? TableShape(table)
    }

    /// Cells are `leading` texts (one cell each) then one cell per typed value, which knows its span.
    private static func hint(_ cells: [[String]], leading: [[String]], values: [CellValue]) -> RowHint? {
        var hint = RowHint()
        let expected = leading.count + values.count
        if !values.isEmpty, expected == cells.count {
            hint.spans = Array(repeating: 1, count: leading.count) + values.map { max($0.spansColumns ?? 1, 1) }
        }
        guard expected == cells.count else { return values.isEmpty ? nil : hint }
        for (index, texts) in leading.enumerated() where isBlank(cells[index]) && !isBlank(texts) {
            hint.continued.insert(index)
        }
        for (offset, value) in values.enumerated() {
            let index = leading.count + offset
            if isBlank(cells[index]) && !isBlank(value.raw) {
                hint.continued.insert(index)
            } else if let fill = value.fill {
                hint.fills[index] = fill
            }
        }
        return hint
    }

    /// 002: tulostavoite | prosessitavoite | kehittämistoimenpide | hyötytavoitteet | mittarit |
    /// tulos | eteneminen. A goal column read as no text at all (not one empty paragraph) was
    /// covered by the cell of the next goal column: they are one cell spanning both. So was an
    /// outcome goal taken from the row above (`outcomeGoalFromAbove`): the row's own first cell
    /// is the process goal, spanning both columns.
    private static func resultsHint(_ cells: [[String]], _ row: ResultsRow) -> RowHint? {
        var spans: [Int] = [], leading: [[String]] = [], pending = 0
        for (index, texts) in [row.outcomeGoal, row.processGoal, row.action].enumerated() {
            let covered = texts.isEmpty || (index == 0 && row.outcomeGoalFromAbove == true)
            if covered && index < 2 { pending += 1; continue }
            spans.append(1 + pending)
            leading.append(texts)
            pending = 0
        }
        leading += [row.nationalGoalsRaw.isEmpty ? [] : [row.nationalGoalsRaw], row.metrics]
        spans += [1, 1, 1, 1]
        guard var hint = hint(cells, leading: leading, values: [row.result, row.progress]) else { return nil }
        hint.spans = spans.count == cells.count ? spans : nil
        return hint
    }

    /// 001 in renditions that lost the group rows' span (pandoc): the development-area row is
    /// a bold first cell with the others empty, which is how the importer tells it apart.
    private static func boldGroupRows(_ rows: [AreaRow], tables: [[Int]: ContentBlock], into hints: inout [[Int]: [Int: RowHint]]) {
        let areas = Set(rows.map(\.area))
        let dataRows = Set(rows.filter { !$0.problem.isEmpty || !$0.objective.isEmpty }.map(\.at.components))
        let tableKeys = Set(rows.map { Array($0.at.components.dropLast(3)) })
        for key in tableKeys {
            guard let contentRows = tables[key]?.rows else { continue }
            for (index, cells) in contentRows.enumerated() where cells.count > 1 {
                guard !dataRows.contains(key + [index, 0, 0]), let first = cells.first,
                      areas.contains(first.joined(separator: "\n")), cells.dropFirst().allSatisfy(isBlank) else { continue }
                hints[key, default: [:]][index, default: RowHint()].bold.insert(0)
            }
        }
    }

    /// Annex rows carry no paths: they are matched in order to the content rows they were read
    /// from (same number of cells, each the same text or an empty merge continuation).
    private static func annexHints(_ annex: Annex, into hints: inout [[Int]: [Int: RowHint]]) {
        var pending = annex.rows[...]
        for table in annex.content where table.isTable {
            for (index, cells) in (table.rows ?? []).enumerated() {
                guard let typed = pending.first, typed.count == cells.count else { continue }
                let matches = zip(cells, typed).allSatisfy { cell, value in
                    cell == value.raw || (isBlank(cell) && !isBlank(value.raw))
                }
                guard matches, let hint = hint(cells, leading: [], values: typed) else { continue }
                hints[table.at.components, default: [:]][index] = hint
                pending = pending.dropFirst()
            }
        }
    }

    static func isBlank(_ texts: [String]) -> Bool {
        texts.allSatisfy { $0.allSatisfy(\.isWhitespace) }
    }

    /// Every content block of the report, wherever it is kept.
    static func forEachBlock(_ report: Report, _ body: (ContentBlock) -> Void) {
        func visit(_ section: Section) {
            section.placeholders.forEach(body)
            section.content.forEach(body)
            section.subsections.forEach(visit)
        }
        report.sections.forEach(visit)
        for goal in report.goals {
            goal.content.forEach(body)
            goal.sections.forEach(visit)
        }
        for annex in report.annexes { annex.content.forEach(body) }
    }
}
