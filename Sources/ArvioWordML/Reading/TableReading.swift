import ArvioXML

/// Tables: the grid, `gridSpan`, `gridBefore`/`gridAfter`, header rows, shading, nested
/// tables, and `w:vMerge` resolved into row spans.
extension PartReader {
    mutating func table(_ element: XMLElement, controls: [ContentControl]) -> Table {
        let grid = element.child("w:tblGrid")?.children("w:gridCol").map { $0.attribute("w:w").flatMap(Int.init) ?? 0 } ?? []
        var rows: [TableRow] = []
        collectRows(in: element, into: &rows)
        Self.resolveVerticalMerges(&rows)
        let properties = element.child("w:tblPr")
        var table = Table(grid: grid, rows: rows, styleId: properties?.child("w:tblStyle")?.attribute("w:val"),
                          contentControls: controls, source: SourceRef(part: part, line: element.line, element: element.ordinal))
        if let shading = properties?.child(nameId: n.shd).map(ShadingColour.shading) {
            table.shading = shading
            table.fill = ShadingColour.visible(shading, theme: shared.formatting.theme)
        }
        // The table's background shows in every cell that shades nothing itself.
        if let fill = table.fill {
            for row in table.rows.indices {
                for cell in table.rows[row].cells.indices where table.rows[row].cells[cell].fill == nil {
                    table.rows[row].cells[cell].fill = fill
                }
            }
        }
        return table
    }

    /// Rows may sit inside content controls or custom XML; tracked row insertions/deletions
    /// follow the chosen view.
    private mutating func collectRows(in container: XMLElement, into rows: inout [TableRow]) {
        let n = n
        for child in container.childElements {
            switch child.nameId {
            case n.tr:
                if let row = row(child) { rows.append(row) }
            case n.sdt:
                if let content = child.child(nameId: n.sdtContent) { collectRows(in: content, into: &rows) }
            case n.customXml, n.ins, n.moveTo:
                collectRows(in: child, into: &rows)
            case n.alternateContent:
                if let branch = Markup.chosenBranch(child) { collectRows(in: branch, into: &rows) }
            default:
                continue
            }
        }
    }

    private mutating func row(_ element: XMLElement) -> TableRow? {
        let n = n
        let properties = element.child(nameId: n.trPr)
        var revision: Revision?
        if let inserted = properties?.child(nameId: n.ins) {
            revision = Markup.revision(inserted, kind: .insertion)
            revision?.text = Markup.changedText(element)
            shared.revisions.append(revision!)
            if shared.mode == .reject { return nil }
        } else if let deleted = properties?.child(nameId: n.del) {
            revision = Markup.revision(deleted, kind: .deletion)
            revision?.text = Markup.changedText(element)
            shared.revisions.append(revision!)
            if shared.mode == .accept { return nil }
        }
        revision?.text = ""
        let gridBefore = properties?.child(nameId: n.gridBefore)?.attribute(nameId: n.val).flatMap(Int.init) ?? 0
        let gridAfter = properties?.child(nameId: n.gridAfter)?.attribute(nameId: n.val).flatMap(Int.init) ?? 0
        let isHeader = OnOff.flag(properties?.child(nameId: n.tblHeader), n) ?? false
        var cells: [TableCell] = []
        var column = gridBefore
        collectCells(in: element, column: &column, into: &cells)
        return TableRow(cells: cells, isHeader: isHeader, gridBefore: gridBefore, gridAfter: gridAfter, revision: revision,
                        element: element.ordinal)
    }

    private mutating func collectCells(in container: XMLElement, column: inout Int, into cells: inout [TableCell]) {
        let n = n
        for child in container.childElements {
            switch child.nameId {
            case n.tc:
                let properties = child.child(nameId: n.tcPr)
                if !keepsCell(child, properties: properties) { continue }
                let span = max(1, properties?.child(nameId: n.gridSpan)?.attribute(nameId: n.val).flatMap(Int.init) ?? 1)
                var merge: String?
                if let vMerge = properties?.child(nameId: n.vMerge) {
                    // A bare <w:vMerge/> means "continue".
                    merge = vMerge.attribute(nameId: n.val) ?? "continue"
                }
                let shading = properties?.child(nameId: n.shd).map(ShadingColour.shading)
                cells.append(TableCell(column: column, columnSpan: span, rowSpan: 1, verticalMerge: merge,
                                       fill: shading.flatMap { ShadingColour.visible($0, theme: shared.formatting.theme) },
                                       blocks: blocks(in: child), element: child.ordinal, shading: shading))
                column += span
            case n.sdt:
                if let content = child.child(nameId: n.sdtContent) { collectCells(in: content, column: &column, into: &cells) }
            case n.customXml:
                collectCells(in: child, column: &column, into: &cells)
            default:
                continue
            }
        }
    }

    /// A cell inserted or deleted as a tracked change (`w:cellIns`, `w:cellDel`) is listed with
    /// the revisions and left out of the view that does not have it; the cells after it move
    /// over, as in Word.
    private mutating func keepsCell(_ cell: XMLElement, properties: XMLElement?) -> Bool {
        if let inserted = properties?.child("w:cellIns") {
            var revision = Markup.revision(inserted, kind: .insertion)
            revision.text = Markup.changedText(cell)
            shared.revisions.append(revision)
            return shared.mode != .reject
        }
        if let deleted = properties?.child("w:cellDel") {
            var revision = Markup.revision(deleted, kind: .deletion)
            revision.text = Markup.changedText(cell)
            shared.revisions.append(revision)
            return shared.mode != .accept
        }
        return true
    }

    /// A "continue" cell joins the cell above it at the same grid column; the origin of the
    /// chain gets the row span and the continuation cells get 0.
    static func resolveVerticalMerges(_ rows: inout [TableRow]) {
        // (row, cell) of the origin covering each grid column in the previous row, in column
        // order: a row's cells stand at increasing columns, so a binary search finds one (a
        // dictionary per row hashed every column).
        var originAbove: [(column: Int, row: Int, cell: Int)] = []
        var origins: [(column: Int, row: Int, cell: Int)] = []
        for rowIndex in rows.indices {
            origins.removeAll(keepingCapacity: true)
            for cellIndex in rows[rowIndex].cells.indices {
                let column = rows[rowIndex].cells[cellIndex].column
                if rows[rowIndex].cells[cellIndex].verticalMerge == "continue", let origin = origin(at: column, in: originAbove),
                   rows[origin.row].cells[origin.cell].columnSpan == rows[rowIndex].cells[cellIndex].columnSpan {
                    rows[origin.row].cells[origin.cell].rowSpan += 1
                    rows[rowIndex].cells[cellIndex].rowSpan = 0
                    origins.append((column, origin.row, origin.cell))
                } else {
                    origins.append((column, rowIndex, cellIndex))
                }
            }
            swap(&originAbove, &origins)
        }
    }

    private static func origin(at column: Int, in origins: [(column: Int, row: Int, cell: Int)]) -> (row: Int, cell: Int)? {
        var low = 0, high = origins.count
        while low < high {
            let middle = (low + high) / 2
            if origins[middle].column < column { low = middle + 1 } else { high = middle }
        }
        guard low < origins.count, origins[low].column == column else { return nil }
        return (origins[low].row, origins[low].cell)
    }
}
