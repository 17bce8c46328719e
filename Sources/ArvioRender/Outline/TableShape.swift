import ArvioReport

/// What a table's content rows (rows → cells → paragraphs) do not say but the printed table
/// shows: how many grid columns a cell spans, which cells are vertically merged into the one
/// above, the cell shading (a traffic light) and bold group rows. Built by `TableShapes` from
/// the typed rows the importer read out of the same table.
struct TableShape: Equatable {
    enum Merge: Equatable {
        /// The first cell of a vertical merge (`w:vMerge w:val="restart"`).
        case restart
        /// Covered by the cell above (`<w:vMerge/>`): its own content is empty.
        case continued
    }

    struct Cell: Equatable {
        var span = 1
        var merge: Merge?
        var fill: String?
        var bold = false
    }

    /// Parallel to the content block's rows and cells.
    var rows: [[Cell]]
    var gridWidth: Int

    /// True when some cell spans columns or rows: then a pipe table cannot show it.
    var hasMerges: Bool { rows.contains { $0.contains { $0.span > 1 || $0.merge != nil } } }

    /// The grid column where each cell of `row` starts.
    func startColumns(row: Int) -> [Int] {
        var column = 0
        return rows[row].map { cell in
            defer { column += cell.span }
            return column
        }
    }

    /// Rows a merge starting at (`row`, `cell`) covers, itself included.
    func rowSpan(row: Int, cell: Int) -> Int {
        guard rows[row][cell].merge == .restart else { return 1 }
        let column = startColumns(row: row)[cell]
        var count = 1
        var next = row + 1
        while next < rows.count, let index = startColumns(row: next).firstIndex(of: column),
              rows[next][index].merge == .continued {
            count += 1
            next += 1
        }
        return count
    }
}

/// Per-row knowledge taken from a typed row: the cells' spans when the typed values say them,
/// cells that are merge continuations (empty in the content but read with text), fills, bold.
struct RowHint {
    var spans: [Int]?
    var continued: Set<Int> = []
    var fills: [Int: String] = [:]
    var bold: Set<Int> = []
}

extension TableShape {
    /// The shape of `table` (a content block of type "table") given what the typed rows say.
    /// In the first `headerRows` rows, an empty cell under a header cell of the same width
    /// continues it: Word's header cells merged down over a two-row header (003's
    /// "Prosessitavoite" beside "Kehittämistoiminnan valmiusaste" and its period columns).
    init(_ table: ContentBlock, hints: [Int: RowHint] = [:], headerRows: Int = 0) {
        let contentRows = table.rows ?? []
        var spans: [[Int]] = contentRows.enumerated().map { index, row in
            if let hinted = hints[index]?.spans, hinted.count == row.count { return hinted }
            return Array(repeating: 1, count: row.count)
        }
        let width = spans.map { $0.reduce(0, +) }.max() ?? 0
        // A short row without a hint: its last cell runs to the end (a caption or group row
        // across the table, "Kehittämistoiminnan valmiusaste" over the period columns).
        for index in spans.indices where !spans[index].isEmpty {
            let missing = width - spans[index].reduce(0, +)
            if missing > 0 { spans[index][spans[index].count - 1] += missing }
        }
        var rows: [[Cell]] = spans.enumerated().map { index, rowSpans in
            let hint = hints[index] ?? RowHint()
            return rowSpans.enumerated().map { cell, span in
                Cell(span: span, merge: hint.continued.contains(cell) ? .continued : nil,
                     fill: hint.fills[cell], bold: hint.bold.contains(cell))
            }
        }
        let starts = spans.map { rowSpans in rowSpans.indices.map { rowSpans[..<$0].reduce(0, +) } }
        for row in 1 ..< max(min(headerRows, rows.count), 1) {
            for cell in rows[row].indices where TableShapes.isBlank(contentRows[row][cell]) {
                guard let above = starts[row - 1].firstIndex(of: starts[row][cell]), spans[row - 1][above] == spans[row][cell],
                      !TableShapes.isBlank(contentRows[row - 1][above]) || rows[row - 1][above].merge == .continued else { continue }
                rows[row][cell].merge = .continued
            }
        }
        // A continuation needs a cell of the same width right above it; that one starts the merge.
        for row in rows.indices {
            for cell in rows[row].indices where rows[row][cell].merge == .continued {
                guard row > 0, let above = starts[row - 1].firstIndex(of: starts[row][cell]),
                      rows[row - 1][above].span == rows[row][cell].span else {
                    rows[row][cell].merge = nil
                    continue
                }
                if rows[row - 1][above].merge == nil { rows[row - 1][above].merge = .restart }
            }
        }
        self = TableShape(rows: rows, gridWidth: width)
    }
}
