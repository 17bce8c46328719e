import Testing
@testable import ArvioWordML

/// `w:vMerge` resolved into row spans, checked against the rule as first written (a dictionary
/// of the origins above, per grid column) on tables of every shape.
@Suite struct VerticalMergeTests {
    static func reference(_ rows: inout [TableRow]) {
        var originAbove: [Int: (row: Int, cell: Int)] = [:]
        for rowIndex in rows.indices {
            var origins: [Int: (row: Int, cell: Int)] = [:]
            for cellIndex in rows[rowIndex].cells.indices {
                let cell = rows[rowIndex].cells[cellIndex]
                if cell.verticalMerge == "continue", let origin = originAbove[cell.column],
                   rows[origin.row].cells[origin.cell].columnSpan == cell.columnSpan {
                    rows[origin.row].cells[origin.cell].rowSpan += 1
                    rows[rowIndex].cells[cellIndex].rowSpan = 0
                    origins[cell.column] = origin
                } else {
                    origins[cell.column] = (rowIndex, cellIndex)
                }
            }
            originAbove = origins
        }
    }

    @Test func rowSpansAgreeWithTheRuleOnRandomTables() {
        var state: UInt64 = 0x9E37_79B9
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0 ..< 2000 {
            var rows: [TableRow] = []
            for _ in 0 ..< next(8) {
                var cells: [TableCell] = []
                var column = next(3)  // gridBefore
                for _ in 0 ..< next(6) {
                    let span = 1 + next(3)
                    let merge = [nil, "restart", "continue", "continue"][next(4)]
                    cells.append(TableCell(column: column, columnSpan: span, rowSpan: 1, verticalMerge: merge, fill: nil, blocks: [], element: 0))
                    column += span
                }
                rows.append(TableRow(cells: cells, isHeader: false, gridBefore: 0, gridAfter: 0, revision: nil, element: 0))
            }
            var expected = rows
            Self.reference(&expected)
            PartReader.resolveVerticalMerges(&rows)
            #expect(rows.map { $0.cells.map(\.rowSpan) } == expected.map { $0.cells.map(\.rowSpan) })
        }
    }
}
