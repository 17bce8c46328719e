import ArvioMessages
import ArvioWordML

/// Liite tables (003 Liite 1: työpaketti | mittari | tiedonkeruu | "11/2021"; Liite 2:
/// alkuperäinen prosessitavoite | status): the header texts as columns and every data row as
/// cell values under them. A vertically merged first column (the work package) is repeated in
/// every row it covers; a cell spanning several columns is one value with `spansColumns`. The
/// work package may also stand in a row of its own across the table, above its rows: then it
/// is the first column's value of each row below that has none, as the merged column gives it.
enum AnnexTable {
    static func read(_ table: Table, _ recognised: RecognisedTable, at: BlockPath, into builder: inout ReportBuilder) {
        guard let annex = builder.currentAnnexIndex else {
            builder.warn(.annexNotUnderLiite, at: at, table)
            return
        }
        let headerRow = max(recognised.firstDataRow - 1, 0)
        let headerCells = table.rows.indices.contains(headerRow)
            ? table.rows[headerRow].cells.sorted { $0.column < $1.column } : []
        let columns = headerCells.map { $0.texts.joined(separator: "\n") }
        let gridColumns = headerCells.map(\.column)

        var rows: [[CellValue]] = []
        var group: CellValue?
        for row in recognised.firstDataRow ..< table.rows.count {
            if TableClassifier.isHeaderRow(table.rows[row], headers: recognised.headers) || table.isBlank(row: row) { continue }
            if gridColumns.count > 1, table.rows[row].cells.count == 1, let cell = table.rows[row].cells.first,
               cell.column <= gridColumns[0], cell.column + cell.columnSpan > gridColumns[gridColumns.count - 1] {
                group = CellValueParser.value(cell.texts, fill: cell.fill)
                continue
            }
            var values = table.values(row: row, columns: gridColumns)
            if let group, let first = values.first, first.column == gridColumns[0],
               first.value.raw.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) {
                values[0].value = group
            }
            let read = Set(values.map(\.column))
            // Text in a column no header stands over would be lost from the typed rows.
            let outside = table.rows[row].cells.indices.filter { index in
                let cell = table.rows[row].cells[index]
                return !gridColumns.contains { cell.column <= $0 && $0 < cell.column + max(cell.columnSpan, 1) }
                    && !cell.isBlank
            }
            if !outside.isEmpty || values.isEmpty {
                builder.warn(.annexOutsideColumns, at: at, table, row: row)
            }
            if !read.isEmpty { rows.append(values.map(\.value)) }
        }

        if builder.report.annexes[annex].columns.isEmpty && builder.report.annexes[annex].rows.isEmpty {
            builder.report.annexes[annex].columns = columns
            builder.report.annexes[annex].rows = rows
        } else if builder.report.annexes[annex].columns == columns {
            builder.report.annexes[annex].rows += rows  // the same table continued (split at a page break)
        } else {
            builder.report.warnings.add(.table, WarningPhrase.annexSecondTable.with(["title": Places.short(builder.report.annexes[annex].title)]))
        }
    }
}
