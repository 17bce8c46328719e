import ArvioWordML

/// Keskeinen todennettu ongelma → tavoitteet ja osatavoitteet (001 "Taulukko 1."–"Taulukko 5."):
/// group rows spanning both columns name the development area (kehittämiskokonaisuus); the rows
/// after one give problem | objective for that area. The caption row ("Taulukko N. …") and the
/// header row come before `firstDataRow` and are not data.
enum ProblemGoalsTable {
    static func read(_ table: Table, _ recognised: RecognisedTable, at: BlockPath, into builder: inout ReportBuilder) {
        guard let goal = builder.currentGoalIndex else {
            builder.report.warnings.append(
                "Problem/objective table at block \(at) is outside a national goal; its rows are kept as text only.")
            return
        }
        guard let problemColumn = recognised.columns["problem"], let objectiveColumn = recognised.columns["objective"] else { return }
        var rows: [AreaRow] = []
        var area: (name: String, at: BlockPath, rows: Int)?

        func closeArea() {
            // An area heading without any problem/objective row still belongs to the table.
            if let open = area, open.rows == 0 { rows.append(AreaRow(area: open.name, problem: [], objective: [], at: open.at)) }
        }

        for row in recognised.firstDataRow ..< table.rows.count {
            let tableRow = table.rows[row]
            let path = Table.rowPath(at, row: row)
            if TableClassifier.isHeaderRow(tableRow, rule: recognised.rule) || table.isBlank(row: row) { continue }
            guard let problemCell = table.cell(row: row, column: problemColumn) else {
                builder.report.warnings.append("Problem/objective table row \(path) has no cell under the problem column; kept as text only.")
                continue
            }
            let objectiveCell = table.cell(row: row, column: objectiveColumn)
            let spansBoth = problemCell.column + problemCell.columnSpan > objectiveColumn && problemCell.column <= objectiveColumn
            // Group row: one cell across both columns; renditions that lost the span (pandoc)
            // leave a bold text in the first column and nothing in the second.
            let isGroup = spansBoth
                || ((objectiveCell?.isBlank ?? true) && !problemCell.isBlank && problemCell.isAllBold)
            if isGroup {
                closeArea()
                area = (problemCell.texts.joined(separator: "\n"), path, 0)
                continue
            }
            if area == nil {
                builder.report.warnings.append(
                    "Problem/objective table row \(path) comes before any development-area row; read with an empty area.")
            }
            rows.append(AreaRow(area: area?.name ?? "", problem: table.texts(row: row, column: problemColumn),
                                objective: table.texts(row: row, column: objectiveColumn), at: path))
            area?.rows += 1
        }
        closeArea()
        builder.report.goals[goal].problemTable += rows
    }
}
