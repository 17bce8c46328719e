import ArvioWordML

/// Liite tables (003 Liite 1: työpaketti | mittari | tiedonkeruu | "11/2021"; Liite 2:
/// alkuperäinen prosessitavoite | status): the header texts as columns and every data row as
/// cell values under them. A vertically merged first column (the work package) is repeated in
/// every row it covers; a cell spanning several columns is one value with `spansColumns`.
enum AnnexTable {
    static func read(_ table: Table, _ recognised: RecognisedTable, at: BlockPath, into builder: inout ReportBuilder) {
        guard let annex = builder.currentAnnexIndex else {
            builder.report.warnings.append(
                "Annex table at block \(at) is not under a \"Liite\" heading; its rows are kept as text only.")
            return
        }
        let headerRow = max(recognised.firstDataRow - 1, 0)
        let headerCells = table.rows.indices.contains(headerRow)
            ? table.rows[headerRow].cells.sorted { $0.column < $1.column } : []
        let columns = headerCells.map { $0.texts.joined(separator: "\n") }
        let gridColumns = headerCells.map(\.column)

        var rows: [[CellValue]] = []
        for row in recognised.firstDataRow ..< table.rows.count {
            if TableClassifier.isHeaderRow(table.rows[row], rule: recognised.rule) || table.isBlank(row: row) { continue }
            let values = table.values(row: row, columns: gridColumns)
            let read = Set(values.map(\.column))
            // Text in a column no header stands over would be lost from the typed rows.
            let outside = table.rows[row].cells.indices.filter { index in
                let cell = table.rows[row].cells[index]
                return !gridColumns.contains { cell.column <= $0 && $0 < cell.column + max(cell.columnSpan, 1) }
                    && !cell.isBlank
            }
            if !outside.isEmpty || values.isEmpty {
                builder.report.warnings.append(
                    "Annex table row \(Table.rowPath(at, row: row)) has text outside the header's columns; that text is kept in the table only.")
            }
            if !read.isEmpty { rows.append(values.map(\.value)) }
        }

        if builder.report.annexes[annex].columns.isEmpty && builder.report.annexes[annex].rows.isEmpty {
            builder.report.annexes[annex].columns = columns
            builder.report.annexes[annex].rows = rows
        } else if builder.report.annexes[annex].columns == columns {
            builder.report.annexes[annex].rows += rows  // the same table continued (split at a page break)
        } else {
            builder.report.warnings.append(
                "Annex \"\(builder.report.annexes[annex].title)\" has a second table with other columns at block \(at); its rows are kept as text only.")
        }
    }
}
