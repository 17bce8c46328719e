import ArvioCore
import ArvioWordML
import Foundation

/// Period columns of a table, read from its header rows: the grid column under each label
/// ("5/21", "11/21", "Lähtötila", "11/2021") and the last row holding such labels.
struct PeriodColumns {
    /// Grid column → period, in column order; "Lähtötila" gives `PeriodKey.baseline`.
    var columns: [(column: Int, period: PeriodKey)] = []
    /// Index of the last header row that holds period labels.
    var labelRow: Int?
    /// Header cells that look like a period but read as none ("kesä 2021", "4/2021", "2022"),
    /// as written: their columns are not read, and the coordinator is told (`PeriodLabelLook`).
    var unread: [String] = []

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
        // The header rows read, and the row after them when it could be a label row whose
        // labels were all missed (003's second header row): short cells only.
        var rows = Array(0 ..< min(row, table.rows.count))
        if row < table.rows.count, Self.couldBeLabelRow(table, row: row) { rows.append(row) }
        for index in rows {
            for cell in table.rows[index].cells where !cell.isBlank {
                let text = cell.texts.joined(separator: " ").trimmed
                if Self.label(cell.texts) == nil, PeriodLabelLook.looksLikePeriod(text), !unread.contains(text) { unread.append(text) }
            }
        }
    }

    /// At least two filled cells, each of a few words, one of them looking like a period.
    private static func couldBeLabelRow(_ table: Table, row: Int) -> Bool {
        let texts = table.rows[row].cells.filter { !$0.isBlank }.map { $0.texts.joined(separator: " ").trimmed }
        return texts.count >= 2 && texts.allSatisfy { $0.split(separator: " ").count <= 4 }
            && texts.contains(where: PeriodLabelLook.looksLikePeriod)
    }

    /// True for a row of period labels only (a repeated second header row): at least two filled
    /// cells, every one a label or looking like one ("kesä 2022": not read, but warned about, so
    /// one odd label costs its own column, not the row's others), at least one read. A data row
    /// fails at its first filled cell.
    static func isLabelRow(_ table: Table, row: Int) -> Bool {
        var filled = 0, read = 0
        for cell in table.rows[row].cells where !cell.isBlank {
            if label(cell.texts) != nil {
                read += 1
            } else if !PeriodLabelLook.looksLikePeriod(cell.texts.joined(separator: " ").trimmed) {
                return false
            }
            filled += 1
        }
        return filled >= 2 && read >= 1
    }

    static func labels(_ table: Table, row: Int) -> [(column: Int, period: PeriodKey)] {
        table.rows[row].cells.compactMap { cell in label(cell.texts).map { (cell.column, $0) } }
    }

    /// The period a cell whose paragraphs are `texts` labels, if any.
    private static func label(_ texts: [String]) -> PeriodKey? {
        let text = texts.joined(separator: " ").trimmed
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
