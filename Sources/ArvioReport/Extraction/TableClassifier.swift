import ArvioWordML

/// A table the mapping recognised: which rule, which grid column holds each role, and where
/// the data rows start.
struct RecognisedTable {
    var rule: TemplateMapping.TableRule
    /// Role → grid column (0-based).
    var columns: [String: Int]
    /// Index of the first row after the header rows that matched.
    var firstDataRow: Int
    /// The rule's header wordings as keys, to know the header when it comes again.
    var headers: HeaderKeys
}

/// Recognises a table by its header cells, wherever they are in the first rows: a caption may
/// sit in a merged first row (001), a header may be split over two rows (002) or repeated.
enum TableClassifier {
    static let headerRowsSearched = 3

    static func classify(_ table: Table, rules: [TemplateMapping.TableRule]) -> RecognisedTable? {
        let rows = table.rows.prefix(headerRowsSearched).map { $0.cells.map(HeaderCandidate.init) }
        for rule in rules {
            let headers = HeaderKeys(rule)
            var columns: [String: Int] = [:]
            var lastHeaderRow = -1
            for rowIndex in rows.indices {
                for cellIndex in rows[rowIndex].indices {
                    guard let role = rows[rowIndex][cellIndex].role(in: headers), columns[role] == nil else { continue }
                    columns[role] = rows[rowIndex][cellIndex].column
                    lastHeaderRow = max(lastHeaderRow, rowIndex)
                }
            }
            if rule.required.allSatisfy({ columns[$0] != nil }) {
                return RecognisedTable(rule: rule, columns: columns, firstDataRow: lastHeaderRow + 1, headers: headers)
            }
        }
        return nil
    }

    static func role(of cell: TableCell, in headers: HeaderKeys) -> String? {
        HeaderCandidate(cell).role(in: headers)
    }

    /// True when a row repeats the header (Word users paste header rows after page breaks).
    static func isHeaderRow(_ row: TableRow, headers: HeaderKeys) -> Bool {
        row.cells.filter { HeaderCandidate($0).role(in: headers) != nil }.count >= 2
    }
}

/// Reads a recognised table into typed rows of the report, with the one reader of its kind.
enum TableExtraction {
    static func apply(_ recognised: RecognisedTable, table: Table, at: BlockPath, builder: inout ReportBuilder) {
        recognised.rule.kind.reader.read(table, recognised, at: at, into: &builder)
    }
}

extension Table {
    /// The cell covering a grid column in a row (spans and merges resolved), if any.
    public func cell(row: Int, column: Int) -> TableCell? {
        guard rows.indices.contains(row) else { return nil }
        return rows[row].cells.first { $0.column <= column && column < $0.column + $0.columnSpan }
    }

    /// The cell's content, or for a vertically merged continuation the content of the cell it
    /// continues (what a reader of the printed table sees in that row).
    public func visibleCell(row: Int, column: Int) -> TableCell? {
        var current = row
        while rows.indices.contains(current), let cell = rows[current].cells.first(where: { $0.column <= column && column < $0.column + $0.columnSpan }) {
            if cell.rowSpan != 0 || current == 0 { return cell }
            current -= 1
        }
        return nil
    }

    public func texts(row: Int, column: Int?) -> [String] {
        guard let column, let cell = visibleCell(row: row, column: column) else { return [] }
        return ContentBlock.cellTexts(cell.blocks)
    }
}
