import ArvioDevSupport
import Testing
@testable import ArvioReport
@testable import ArvioWordML

/// A table's texts built once answer what reading the cells from the table again answered: the
/// same paragraphs for every row and grid column (vertical merges resolved, nested tables
/// flattened as a flatMap did), the same blank rows and the same values.
@Suite struct TableTextsTests {
    /// Tables with spans, vertical-merge continuations (with and without text of their own),
    /// gaps in the grid, nested tables and period-like values, so that every branch of the
    /// lookups is taken.
    static func randomTables(count: Int, seed: UInt64) -> [Table] {
        var generator = SeededRandom(seed: seed)
        let source = SourceRef(part: "word/document.xml", line: 1, element: 0)
        func paragraph(_ text: String) -> Block {
            var paragraph = Paragraph(source: source)
            paragraph.inlines = [.text(TextRun(text: text))]
            return .paragraph(paragraph)
        }
        func blocks(depth: Int) -> [Block] {
            (0 ..< generator.int(0 ... 3)).map { _ in
                if depth == 0, generator.chance(10) { return .table(table(depth: 1, rowCount: 2)) }
                return paragraph(generator.pick(["", " ", "\u{A0}", "5/21", "11/2021", "Lähtötila", "50 %", "0,36%",
                                                 "503 kpl", "-", "kyllä", "1.1 Kiireettömät", "Pitkä kuvaus hankkeen etenemisestä."]))
            }
        }
        func table(depth: Int, rowCount: Int) -> Table {
            let rows = (0 ..< rowCount).map { _ in
                var column = generator.int(0 ... 1)
                let cells = (0 ..< generator.int(0 ... 5)).map { _ in
                    let span = generator.int(1 ... 3)
                    defer { column += span + (generator.chance(10) ? 1 : 0) }
                    return TableCell(column: column, columnSpan: span, rowSpan: generator.chance(30) ? 0 : 1, verticalMerge: nil,
                                     fill: generator.chance(20) ? "FF0000" : nil, blocks: blocks(depth: depth), element: 0)
                }
                return TableRow(cells: cells, isHeader: false, gridBefore: 0, gridAfter: 0, revision: nil, element: 0)
            }
            return Table(grid: [], rows: rows, source: source)
        }
        return (0 ..< count).map { _ in table(depth: 0, rowCount: generator.int(1 ... 6)) }
    }

    @Test func textsEqualTheCellsReadAgain() throws {
        let tables = try TableClassifierFastPathTests.corpusTables() + Self.randomTables(count: 300, seed: 41)
        var generator = SeededRandom(seed: 42)
        for table in tables {
            let texts = TableTexts(table)
            #expect(texts.cells == table.rows.map { $0.cells.map { Reference.cellTexts($0.blocks) } })
            let width = table.rows.map { $0.cells.map { $0.column + $0.columnSpan }.max() ?? 0 }.max() ?? 0
            for row in -1 ... table.rows.count {
                for column in 0 ... width {
                    #expect(texts.texts(row: row, column: column) == table.texts(row: row, column: column))
                    let visible = texts.visibleCell(row: row, column: column)
                    let expected = table.visibleCell(row: row, column: column)
                    #expect(visible?.cell.column == expected?.column && visible?.cell.rowSpan == expected?.rowSpan)
                    #expect(visible?.texts == expected.map { ContentBlock.cellTexts($0.blocks) })
                }
                guard table.rows.indices.contains(row) else { continue }
                #expect(texts.isBlank(row: row) == table.isBlank(row: row))
                for (index, cell) in table.rows[row].cells.enumerated() {
                    #expect(texts.isBlank(row: row, cell: index) == cell.isBlank)
                }
                let columns = (0 ... width).filter { _ in generator.chance(60) }
                let values = texts.values(row: row, columns: columns)
                let reference = Reference.values(table, row: row, columns: columns)
                #expect(values.map(\.column) == reference.map(\.column))
                #expect(values.map(\.value) == reference.map(\.value))
            }
        }
    }

    /// Reading as it was: every cell's texts rebuilt from the table.
    private enum Reference {
        static func cellTexts(_ blocks: [Block]) -> [String] {
            blocks.flatMap { block -> [String] in
                switch block {
                case .paragraph(let paragraph): [paragraph.text]
                case .table(let inner): inner.rows.flatMap { $0.cells.flatMap { cellTexts($0.blocks) } }
                }
            }
        }

        static func values(_ table: Table, row: Int, columns: [Int]) -> [(column: Int, value: CellValue)] {
            var result: [(column: Int, value: CellValue)] = []
            for (index, column) in columns.enumerated() {
                guard let cell = table.visibleCell(row: row, column: column) else { continue }
                let covered = cell.column ..< cell.column + max(cell.columnSpan, 1)
                if columns[..<index].contains(where: { covered.contains($0) }) { continue }
                let span = columns.filter { covered.contains($0) }.count
                result.append((column, CellValueParser.value(cell.texts, fill: cell.fill, span: span)))
            }
            return result
        }
    }
}
