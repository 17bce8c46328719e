import ArvioWordML
import Foundation

/// Period columns of a table, read from its header rows: the grid column under each label
/// ("5/21", "11/21", "Lähtötila", "11/2021") and the last row holding such labels.
struct PeriodColumns {
    /// Grid column → period, in column order; "Lähtötila" gives `PeriodKey.baseline`.
    var columns: [(column: Int, period: PeriodKey)] = []
    /// Index of the last header row that holds period labels.
    var labelRow: Int?

    /// Reads the labels of the header rows (those before `headerRows`) and of label-only rows
    /// right after them (003's second header row "" | "5/21" | … | "11/23").
    init(_ table: Table, headerRows: Int) {
        var row = 0
        while row < table.rows.count, row < headerRows || Self.isLabelRow(table, row: row) {
            let labels = Self.labels(table, row: row)
            if !labels.isEmpty {
                for label in labels where !columns.contains(where: { $0.column == label.column }) { columns.append(label) }
                labelRow = row
            }
            row += 1
        }
        columns.sort { $0.column < $1.column }
    }

    /// True for a row of period labels only (a repeated second header row): at least two filled
    /// cells, every one a label. A data row fails at its first filled cell.
    static func isLabelRow(_ table: Table, row: Int) -> Bool {
        var filled = 0
        for cell in table.rows[row].cells where !cell.isBlank {
            guard label(cell.texts) != nil else { return false }
            filled += 1
        }
        return filled >= 2
    }

    static func labels(_ table: Table, row: Int) -> [(column: Int, period: PeriodKey)] {
        table.rows[row].cells.compactMap { cell in label(cell.texts).map { (cell.column, $0) } }
    }

    /// The period a cell whose paragraphs are `texts` labels, if any.
    private static func label(_ texts: [String]) -> PeriodKey? {
        let text = texts.joined(separator: " ").trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : PeriodKey(notation: text)
    }

    var baselineColumn: Int? { columns.first { $0.period.isBaseline }?.column }
    var periodColumns: [(column: Int, period: PeriodKey)] { columns.filter { !$0.period.isBaseline } }
}

extension TableCell {
    /// Every paragraph of the cell as written.
    var texts: [String] { ContentBlock.cellTexts(blocks) }
    var isBlank: Bool { texts.allSatisfy { $0.allSatisfy(\.isWhitespace) } }

    /// True when every visible run of the cell is bold (a group row such as "Sosiaalipalvelut").
    var isAllBold: Bool {
        var sawText = false
        for block in blocks {
            guard case .paragraph(let paragraph) = block else { return false }
            for run in paragraph.runs where !run.text.allSatisfy(\.isWhitespace) {
                guard run.format.bold else { return false }
                sawText = true
            }
        }
        return sawText
    }
}

extension Table {
    /// Where a row sits, as a block path to its first cell's first paragraph ("51/r3/c0/0").
    static func rowPath(_ at: BlockPath, row: Int) -> BlockPath { BlockPath(at.components + [row, 0, 0]) }

    /// True when no cell of the row holds text of its own (merged continuations count as blank).
    func isBlank(row: Int) -> Bool { rows[row].cells.allSatisfy(\.isBlank) }

    /// The values of a row under grid columns `columns`, each cell read once: a cell spanning
    /// several of them gives one value, at its first, with the span.
    func values(row: Int, columns: [Int]) -> [(column: Int, value: CellValue)] {
        var result: [(column: Int, value: CellValue)] = []
        for (index, column) in columns.enumerated() {
            guard let cell = visibleCell(row: row, column: column) else { continue }
            let covered = cell.column ..< cell.column + max(cell.columnSpan, 1)
            if columns[..<index].contains(where: { covered.contains($0) }) { continue }  // already read
            let span = columns.filter { covered.contains($0) }.count
            result.append((column, CellValueParser.value(cell.texts, fill: cell.fill, span: span)))
        }
        return result
    }
}
