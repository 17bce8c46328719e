import ArvioMessages
import ArvioWordML
import Foundation

/// A plan's results table (004 "Taulukko 2"): osatavoite/toimenpide | mittari |
/// tulostavoite/tuotostavoite/vaikutus, grouped by rows spanning all columns
/// ("TAVOITE 1: …" … "TAVOITE 5. …") that name the national goal of the rows below them. The
/// header row may come after the first group row; it is skipped wherever it is repeated.
enum PlanResultsTable {
    static func read(_ table: Table, _ recognised: RecognisedTable, at: BlockPath, into builder: inout ReportBuilder) {
        var plan = builder.report.plan ?? ProjectPlan()
        let gridWidth = max(table.grid.count, table.rows.map { $0.cells.map { $0.column + max($0.columnSpan, 1) }.max() ?? 0 }.max() ?? 0)
        var goal: Int?
        // Columns left of every role can only hold the group label ("TAVOITE 1: …" merged
        // vertically over its rows, or repeated on each).
        let labelColumns = 0 ..< (recognised.columns.values.min() ?? 0)
        var rowsWithoutGoal: [Int] = []
        for row in 0 ..< table.rows.count {
            let tableRow = table.rows[row]
            let path = BlockPath(at.components + [row, 0, 0])
            if let group = groupRow(tableRow, gridWidth: gridWidth) {
                goal = goalNumber(group) ?? builder.matcher.nationalGoal(heading: group)
                if goal == nil {
                    builder.warn(.planGroupNoGoal, at: at, table, row: row)
                }
                continue
            }
            if TableClassifier.isHeaderRow(tableRow, headers: recognised.headers)
                || (row < recognised.firstDataRow && tableRow.cells.contains { TableClassifier.role(of: $0, in: recognised.headers) != nil }) {
                continue
            }
            if isBlank(tableRow) {
                builder.warn(.rowEmpty, table: .resultsTable, at: at, table, row: row)
                continue
            }
            if row < recognised.firstDataRow {
                builder.warn(.rowBeforeHeader, table: .resultsTable, at: at, table, row: row)
                continue
            }
            for column in labelColumns {
                let label = table.texts(row: row, column: column).joined(separator: " ")
                guard !label.allSatisfy(\.isWhitespace) else { continue }
                if let named = goalNumber(label) ?? builder.matcher.nationalGoal(heading: label) { goal = named }
                break
            }
            guard let goal else {
                rowsWithoutGoal.append(row)
                continue
            }
            plan.results.append(PlanResultRow(
                goal: goal,
                subGoalOrAction: table.texts(row: row, column: recognised.columns["subGoalOrAction"]),
                metric: table.texts(row: row, column: recognised.columns["metric"]),
                outcome: table.texts(row: row, column: recognised.columns["outcome"]),
                at: path))
        }
        if let first = rowsWithoutGoal.first {
            let count = rowsWithoutGoal.count
            builder.warn(count == 1 ? .planRowNoGoal : .planRowsNoGoal, at: at, table, row: first, ["count": .verbatim("\(count)")])
        }
        builder.report.plan = plan
    }

    /// The text of a group row: one cell holding text that spans every grid column, or (where
    /// a converter dropped the span and left empty cells) the only filled cell, starting "TAVOITE n".
    static func groupRow(_ row: TableRow, gridWidth: Int) -> String? {
        let filled = row.cells.filter { !ContentBlock.cellTexts($0.blocks).allSatisfy { $0.allSatisfy(\.isWhitespace) } }
        guard filled.count == 1, let cell = filled.first else { return nil }
        let text = ContentBlock.cellTexts(cell.blocks).filter { !$0.allSatisfy(\.isWhitespace) }
            .joined(separator: " ")
        let spansAll = cell.column == 0 && cell.columnSpan >= gridWidth && gridWidth > 1
        return spansAll || goalNumber(text) != nil ? text : nil
    }

    /// "TAVOITE 1: …", "TAVOITE 4. …" → 1, 4 (nil when the number is not 1–5).
    static func goalNumber(_ text: String) -> Int? {
        let key = TextKey.normalise(text)
        guard key.hasPrefix("tavoite ") else { return nil }
        let rest = String(key.dropFirst("tavoite ".count)).trimmingCharacters(in: .whitespaces)
        guard let digits = TextKey.leadingNumber(rest)?.trimmingCharacters(in: .init(charactersIn: ".")),
              let number = Int(digits), (1 ... 5).contains(number) else { return nil }
        return number
    }

    static func isBlank(_ row: TableRow) -> Bool {
        row.cells.allSatisfy { ContentBlock.cellTexts($0.blocks).allSatisfy { $0.allSatisfy(\.isWhitespace) } }
    }
}
