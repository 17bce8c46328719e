import Foundation

/// Group labels (development areas, work packages, goals) moved out of rows that span the
/// whole table into a first column: merged vertically over the group's rows, or written again
/// on every row.
///
/// A label row is a row of one cell spanning every grid column, not a repeated header row,
/// with text. Rows above the first label (caption, column headers) get an empty first cell or,
/// when they span the table, one more column of span. When the row right after the first label
/// looks like the column headers (all its text bold, as 004's "OSATAVOITE/ TOIMENPIDE" row),
/// it is moved above that label, where a table with a group column would have it.
enum GroupLabels {
    enum Form { case mergedColumn, everyRow }

    /// Width of the new column in twentieths of a point (about 3.5 cm).
    static let columnWidth = "2000"

    static func apply(_ parts: WordParts, form: Form, notes: inout [String]) throws -> Int {
        guard let body = try parts.main.root.child("body") else { return 0 }
        var edits = 0
        for table in body.descendants("tbl") {
            edits += rewrite(table, form: form, notes: &notes)
        }
        return edits
    }

    private static func rewrite(_ table: XMLElement, form: Form, notes: inout [String]) -> Int {
        guard let grid = table.child("tblGrid") else { return 0 }
        let columns = grid.children("gridCol").count
        var rows = table.children("tr")
        guard columns > 1, let firstLabel = rows.firstIndex(where: { isLabel($0, columns: columns) }) else { return 0 }
        if firstLabel + 1 < rows.count, !isLabel(rows[firstLabel + 1], columns: columns), looksLikeHeader(rows[firstLabel + 1]) {
            rows[firstLabel].insertBefore(rows[firstLabel + 1])
            rows.swapAt(firstLabel, firstLabel + 1)
            notes.append("the column-header row “\(rows[firstLabel].text)” came after the first group label and was moved above it")
        }
        let head = rows.prefix { !isLabel($0, columns: columns) }
        for row in head {
            let cells = row.children("tc")
            if cells.count == 1, span(of: cells[0]) == columns {
                setSpan(of: cells[0], to: columns + 1)
            } else {
                addFirstCell(to: row, label: nil, properties: nil, merge: nil)
            }
        }
        var edits = 0
        var index = head.count
        while index < rows.count {
            let labelRow = rows[index]
            let labelCell = labelRow.children("tc")[0]
            var members: [XMLElement] = []
            index += 1
            while index < rows.count, !isLabel(rows[index], columns: columns) {
                members.append(rows[index])
                index += 1
            }
            let labelParagraphs = labelCell.children.filter { !$0.isWord("tcPr") }
            let labelProperties = labelCell.child("tcPr")
            if members.isEmpty {
                // A label with nothing under it stays a row of its own: label first, the rest empty.
                setSpan(of: labelCell, to: columns)
                addFirstCell(to: labelRow, label: labelParagraphs, properties: labelProperties, merge: nil, emptyOthers: true)
                continue
            }
            for (position, member) in members.enumerated() {
                switch form {
                case .mergedColumn:
                    addFirstCell(to: member, label: position == 0 ? labelParagraphs : nil, properties: labelProperties,
                                 merge: position == 0 ? "restart" : "continue")
                case .everyRow:
                    addFirstCell(to: member, label: labelParagraphs.map { $0.copy() }, properties: labelProperties, merge: nil)
                }
            }
            labelRow.remove()
            edits += 1
        }
        let newColumn = grid.part.makeElement("gridCol", like: grid)
        newColumn["w"] = columnWidth
        if let first = grid.children.first { first.insertBefore(newColumn) } else { grid.append(newColumn) }
        return edits
    }

    static func isLabel(_ row: XMLElement, columns: Int) -> Bool {
        let cells = row.children("tc")
        guard cells.count == 1, span(of: cells[0]) == columns, row.child("trPr")?.child("tblHeader") == nil else { return false }
        let properties = row.child("trPr")
        guard properties?.child("gridBefore") == nil, properties?.child("gridAfter") == nil else { return false }
        return !cells[0].text.trimmingCharacters(in: .whitespaces).isEmpty
    }

    /// Every run with text is bold.
    static func looksLikeHeader(_ row: XMLElement) -> Bool {
        let runs = row.descendants("r").filter { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty }
        return !runs.isEmpty && runs.allSatisfy { run in
            guard let bold = run.child("rPr")?.child("b") else { return false }
            return !["0", "false", "off"].contains(bold["val"] ?? "true")
        }
    }

    static func span(of cell: XMLElement) -> Int { cell.child("tcPr")?.child("gridSpan")?["val"].flatMap(Int.init) ?? 1 }

    static func setSpan(of cell: XMLElement, to value: Int) {
        let properties = cell.ensureChild("tcPr", first: true)
        if value <= 1 {
            properties.child("gridSpan")?.remove()
            return
        }
        if let existing = properties.child("gridSpan") {
            existing["val"] = String(value)
        } else {
            let gridSpan = properties.part.makeElement("gridSpan", like: properties)
            gridSpan["val"] = String(value)
            // CT_TcPr order: cnfStyle, tcW, gridSpan, …
            if let anchor = properties.children.last(where: { $0.isWord("tcW") || $0.isWord("cnfStyle") }) {
                anchor.insertAfter(gridSpan)
            } else if let first = properties.children.first {
                first.insertBefore(gridSpan)
            } else {
                properties.append(gridSpan)
            }
        }
    }

    /// A new first cell: the label's paragraphs (or one empty paragraph), the label cell's
    /// properties without its span, and the vertical merge. `emptyOthers` empties the rest of
    /// a label-only row into one spanning cell.
    private static func addFirstCell(to row: XMLElement, label: [XMLElement]?, properties: XMLElement?, merge: String?,
                                     emptyOthers: Bool = false)
    {
        let cell = row.part.makeElement("tc", like: row)
        let cellProperties: XMLElement
        if let properties {
            cellProperties = properties.copy()
            cell.append(cellProperties)
        } else {
            cellProperties = cell.addChild("tcPr")
        }
        cellProperties.child("gridSpan")?.remove()
        cellProperties.child("vMerge")?.remove()
        if let width = cellProperties.child("tcW") {
            width["w"] = columnWidth
            width["type"] = "dxa"
        } else {
            cellProperties.addChild("tcW", first: true, attributes: [("w", columnWidth), ("type", "dxa")])
        }
        if let merge {
            let vMerge = cellProperties.part.makeElement("vMerge", like: cellProperties)
            if merge == "restart" { vMerge["val"] = "restart" }
            if let anchor = cellProperties.children.last(where: { ["cnfStyle", "tcW", "gridSpan", "hMerge"].contains($0.localName) }) {
                anchor.insertAfter(vMerge)
            } else {
                cellProperties.append(vMerge)
            }
        }
        if let label, !label.isEmpty {
            for paragraph in label { paragraph.move(into: cell) }
        } else {
            cell.addChild("p")
        }
        if emptyOthers {
            // The label-only row: its old cell becomes the empty remainder after the label.
            for old in row.children("tc") {
                if old.children.allSatisfy({ $0.isWord("tcPr") }) { old.addChild("p") }
            }
        }
        // After trPr / tblPrEx, before the first cell.
        if let firstCell = row.children.first(where: { !$0.isWord("trPr") && !$0.isWord("tblPrEx") }) {
            firstCell.insertBefore(cell)
        } else {
            row.append(cell)
        }
    }
}
