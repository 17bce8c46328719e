import Foundation
import ArvioMessages
import ArvioWordML

/// Keskeinen todennettu ongelma → tavoitteet ja osatavoitteet (001 "Taulukko 1."–"Taulukko 5."):
/// problem | objective per development area (kehittämiskokonaisuus). The caption row ("Taulukko
/// N. …") and the header row come before `firstDataRow` and are not data.
///
/// The area is written in one of three ways, all read to the same entries: a group row spanning
/// the table (001), a first column merged vertically over the area's rows (`w:vMerge`), or that
/// first column repeated on every row. A problem merged (or repeated) over several rows with one
/// objective each is one entry with its objectives together.
enum ProblemGoalsTable {
    static func read(_ table: Table, _ recognised: RecognisedTable, at: BlockPath, into builder: inout ReportBuilder) {
        guard let goal = builder.currentGoalIndex else {
            builder.warn(.tableOutsideGoal, table: .problemTable, at: at, table)
            return
        }
        guard let problemColumn = recognised.columns["problem"], let objectiveColumn = recognised.columns["objective"] else { return }
        // Columns left of both roles can only hold the group label.
        let labelColumns = 0 ..< min(problemColumn, objectiveColumn)
        var rows: [AreaRow] = []
        var area: (name: String, at: BlockPath, rows: Int)?
        var rowsWithoutArea: [Int] = []

        func closeArea() {
            // An area heading without any problem/objective row still belongs to the table.
            if let open = area, open.rows == 0 { rows.append(AreaRow(area: open.name, problem: [], objective: [], at: open.at)) }
        }
        func open(_ name: String, at path: BlockPath) {
            closeArea()
            area = (name, path, 0)
        }

        for row in recognised.firstDataRow ..< table.rows.count {
            let tableRow = table.rows[row]
            let path = Table.rowPath(at, row: row)
            if TableClassifier.isHeaderRow(tableRow, headers: recognised.headers) || table.isBlank(row: row) { continue }
            guard let problemCell = table.cell(row: row, column: problemColumn) else {
                builder.warn(.noCellUnder, table: .problemTable, at: at, table, row: row, ["column": .verbatim("Keskeinen todennettu ongelma")])
                continue
            }
            let objectiveCell = table.cell(row: row, column: objectiveColumn)
            let spansBoth = problemCell.column + problemCell.columnSpan > objectiveColumn && problemCell.column <= objectiveColumn
            // Group row: one cell across both columns; renditions that lost the span (pandoc)
            // leave a bold text in the first column and nothing in the second.
            if spansBoth || ((objectiveCell?.isBlank ?? true) && !problemCell.isBlank && problemCell.isAllBold) {
                open(problemCell.texts.joined(separator: "\n"), at: path)
                continue
            }
            // Group column: merged continuations show the label of the row where the merge starts.
            if let label = labelColumns.lazy.map({ table.texts(row: row, column: $0) })
                .first(where: { !$0.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) }) {
                let name = label.joined(separator: "\n")
                if area.map({ TextKey.heading($0.name) != TextKey.heading(name) }) ?? true { open(name, at: path) }
            }
            if area == nil { rowsWithoutArea.append(row) }
            let problem = table.texts(row: row, column: problemColumn)
            let objective = table.texts(row: row, column: objectiveColumn)
            if let last = rows.indices.last, area != nil, rows[last].area == area?.name,
               problemCell.rowSpan == 0 || (!problem.isEmpty && rows[last].problem == problem) {
                rows[last].objective += objective
                continue
            }
            rows.append(AreaRow(area: area?.name ?? "", problem: problem, objective: objective, at: path))
            area?.rows += 1
        }
        closeArea()
        if let first = rowsWithoutArea.first {
            let count = rowsWithoutArea.count
            builder.warn(count == 1 ? .problemRowBeforeArea : .problemRowsBeforeArea, at: at, table, row: first, ["count": .verbatim("\(count)")])
        }
        builder.report.goals[goal].problemTable += rows
    }
}
