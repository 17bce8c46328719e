import ArvioWordML
import Foundation

/// A table with every cell's paragraph texts built once. A paragraph's text is assembled from
/// its runs on each use, and keeping the table, classifying it, skipping repeated header rows
/// and reading the values of a data row all ask for the same cells again.
struct TableTexts {
    let table: Table
    /// Row → cell (in the row's order) → paragraphs, nested tables flattened: the rows
    /// `ContentBlock.table` keeps.
    let cells: [[[String]]]

    init(_ table: Table) {
        self.table = table
        cells = table.rows.map { row in row.cells.map { ContentBlock.cellTexts($0.blocks) } }
    }

    var rows: [TableRow] { table.rows }

    /// `Table.visibleCell` with the texts of the cell it finds.
    func visibleCell(row: Int, column: Int) -> (cell: TableCell, texts: [String])? {
        table.visibleCellPosition(row: row, column: column).map { (rows[$0.row].cells[$0.cell], cells[$0.row][$0.cell]) }
    }

    /// `Table.texts(row:column:)`.
    func texts(row: Int, column: Int?) -> [String] {
        guard let column, let visible = visibleCell(row: row, column: column) else { return [] }
        return visible.texts
    }

    /// `TableCell.isBlank` of the cell at `cell` in `row`.
    func isBlank(row: Int, cell: Int) -> Bool { cells[row][cell].allSatisfy { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty } }

    /// `Table.isBlank(row:)`: no cell of the row holds text of its own.
    func isBlank(row: Int) -> Bool { cells[row].allSatisfy { $0.allSatisfy { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty } } }

    /// `Table.values(row:columns:)`.
    func values(row: Int, columns: [Int]) -> [(column: Int, value: CellValue)] {
        var result: [(column: Int, value: CellValue)] = []
        result.reserveCapacity(columns.count)
        for (index, column) in columns.enumerated() {
            guard let (cell, texts) = visibleCell(row: row, column: column) else { continue }
            let covered = cell.column ..< cell.column + max(cell.columnSpan, 1)
            if columns[..<index].contains(where: { covered.contains($0) }) { continue }  // already read
            let span = columns.reduce(0) { $0 + (covered.contains($1) ? 1 : 0) }
            result.append((column, CellValueParser.value(texts, fill: cell.fill, span: span)))
        }
        return result
    }
}
