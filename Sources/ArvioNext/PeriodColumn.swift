import ArvioCore
import ArvioMessages
import ArvioReport
import ArvioWordML
import ArvioXML

/// A table that tracks periods in columns but has none for the new period gets one, added after
/// its last column with that column's formatting (cell properties, paragraph and run style,
/// grid width). Rows whose last cell spans the whole width (group rows) widen instead.
extension EditContext {
    /// The last header cell that names a period (any form `PeriodKey(notation:)` reads: "11/21",
    /// "Syksy 2021", "15.11.2021"), its text, and whether it writes the year long ("11/2021",
    /// "Syksy 2021"), which the new column's label follows (`newColumnLabel(after:)`).
    func lastPeriodColumn(in table: Table) -> (row: Int, column: Int, longYear: Bool, text: String)? {
        var found: (row: Int, column: Int, longYear: Bool, text: String)?
        for (rowIndex, row) in table.rows.prefix(3).enumerated() {
            for cell in row.cells {
                let text = ContentBlock.cellTexts(cell.blocks).joined(separator: " ").trimmed
                guard let key = PeriodKey(notation: text), !key.isBaseline else { continue }
                if found == nil || cell.column > found!.column {
                    let longYear = text.split(whereSeparator: { !($0.isASCII && $0.isNumber) }).contains { $0.count == 4 }
                    found = (rowIndex, cell.column, longYear, text)
                }
            }
        }
        return found
    }

    /// The new period's column label in the notation of the column before it ("Syksy 2021" →
    /// "Kevät 2022", "15.11.2021" → "15.5.2022"); the templates' "5/2022" or "5/22" when that
    /// notation cannot be followed (`PeriodKey.label(writtenLike:)`).
    func newColumnLabel(after last: (row: Int, column: Int, longYear: Bool, text: String)) -> String {
        period.label(writtenLike: last.text) ?? (last.longYear ? wording.longColumn : wording.shortColumn)
    }

    /// Adds the new period's column to `table` (top-level block `index`) when its period
    /// columns end at the table's last column. Returns the new column's values by row, or nil.
    /// `place` names the table for the coordinator ("the goal 1 readiness table", "“Liite 1; …”").
    @discardableResult
    mutating func addPeriodColumn(toTableAt index: Int, table: Table, place: Message, values: [Int: String] = [:]) -> Bool {
        guard let last = lastPeriodColumn(in: table), last.column == table.grid.count - 1,
              let tableElement = element(ofBlock: index) else { return false }
        let label = newColumnLabel(after: last)
        let prefix = spans.prefix(of: tableElement)
        let w = prefix.isEmpty ? "" : prefix + ":"

        // The grid: one more column as wide as the last one.
        if let grid = spans.children(of: tableElement).first(where: { spans.localName(of: $0) == "tblGrid" }),
           let lastColumn = spans.children(of: grid).last(where: { spans.localName(of: $0) == "gridCol" }) {
            main.insert(main.slice(spans[lastColumn].start ..< spans[lastColumn].end), at: spans[lastColumn].end)
        }
        for (rowIndex, row) in table.rows.enumerated() {
            guard let lastCell = row.cells.max(by: { $0.column < $1.column }), row.gridAfter == 0 else { continue }
            if lastCell.columnSpan > 1 && lastCell.column <= last.column - 1 {
                widen(lastCell.element, by: 1, prefix: w)
                continue
            }
            let text = rowIndex == last.row ? label : (values[rowIndex] ?? "")
            main.insert(clonedCell(lastCell.element, text: text, prefix: prefix), at: spans[lastCell.element].end)
        }
        notes.append(NextPhrase.columnAdded.with(parts: ["label": .verbatim(label), "place": place]))
        return true
    }

    /// A copy of cell `ordinal` holding `text`: same cell properties (without merges), same
    /// paragraph and run formatting.
    private mutating func clonedCell(_ ordinal: Int, text: String, prefix: String) -> String {
        let w = prefix.isEmpty ? "" : prefix + ":"
        var properties = ""
        if let tcPr = spans.children(of: ordinal).first(where: { spans.localName(of: $0) == "tcPr" }) {
            for property in spans.children(of: tcPr)
            where !["vMerge", "hMerge", "gridSpan", "tcPrChange", "cellIns", "cellDel", "cellMerge"].contains(spans.localName(of: property)) {
                properties += main.slice(spans[property].start ..< spans[property].end)
            }
        }
        if var stamp = revision {
            properties += "<\(w)cellIns \(stamp.attributes(prefix: prefix.isEmpty ? "w" : prefix))/>"
            revision = stamp
        }
        let paragraph = spans.children(of: ordinal).first { spans.localName(of: $0) == "p" }
        let style = paragraph.map { ParagraphTemplate(paragraph: $0, spans: spans, bytes: main.bytes) }
            ?? ParagraphTemplate(prefix: prefix, paragraphProperties: [], markProperties: nil, runProperties: [])
        var content = style.paragraph(text, revision: &revision)
        if text.isEmpty {
            // An empty cell still needs its paragraph, but no empty run.
            content = content.replacingOccurrences(of: "<\(w)r><\(w)t xml:space=\"preserve\"></\(w)t></\(w)r>", with: "")
        }
        return "<\(w)tc>" + (properties.isEmpty ? "" : "<\(w)tcPr>\(properties)</\(w)tcPr>") + content + "</\(w)tc>"
    }

    private mutating func widen(_ ordinal: Int, by extra: Int, prefix w: String) {
        guard let tcPr = spans.children(of: ordinal).first(where: { spans.localName(of: $0) == "tcPr" }) else { return }
        if let span = spans.children(of: tcPr).first(where: { spans.localName(of: $0) == "gridSpan" }) {
            let tag = main.slice(spans[span].start ..< spans[span].end)
            if let range = tag.range(of: #"val="\d+""#, options: .regularExpression) {
                let current = Int(tag[range].dropFirst(5).dropLast()) ?? 1
                main.replace(spans[span].start ..< spans[span].end,
                             with: tag.replacingCharacters(in: range, with: "val=\"\(current + extra)\""))
            }
        } else if spans[tcPr].contentStart != spans[tcPr].end {
            let after = spans.children(of: tcPr).last { ["cnfStyle", "tcW"].contains(spans.localName(of: $0)) }
            main.insert("<\(w)gridSpan \(w)val=\"\(1 + extra)\"/>", at: after.map { spans[$0].end } ?? spans[tcPr].contentStart)
        }
    }

    /// Liite tables with one period column ("11/2021") get the new period beside it (DOMAIN §7.3).
    mutating func extendAnnexes(updates: PeriodUpdates?) {
        for (annexIndex, annex) in report.annexes.enumerated() {
            guard let index = annex.content.first(where: { $0.type == "table" })?.at.components.first,
                  case .table(let table) = document.body[index], periodColumn(in: table, period: period) == nil,
                  let last = lastPeriodColumn(in: table) else { continue }
            // The coordinator's values, put on the table's rows by the row's name.
            let supplied = updates?.annexValues.filter { $0.annex == annex.title } ?? []
            var values: [Int: String] = [:]
            var placed: [Int: String] = [:]
            for value in supplied {
                let rows = (last.row + 1) ..< table.rows.count
                guard let row = rows.first(where: { row in
                    TextKey.normalise(table.texts(row: row, column: annex.keyColumn).joined(separator: " ")) == TextKey.normalise(value.key)
                        && values[row] == nil
                }) else {
                    notes.append(NextPhrase.annexNoRow.with(["annex": annex.title.trimmingCharacters(in: .whitespaces), "key": value.key, "value": value.value]))
                    continue
                }
                values[row] = value.value
                placed[value.row] = value.value
            }
            guard addPeriodColumn(toTableAt: index, table: table, place: NextPhrase.annexTable.with(["title": annex.title.trimmingCharacters(in: .whitespaces)]),
                                  values: values) else { continue }
            let label = newColumnLabel(after: last)
            nextReport.annexes[annexIndex].columns.append(label)
            for row in nextReport.annexes[annexIndex].rows.indices {
                nextReport.annexes[annexIndex].rows[row].append(CellValue(raw: [placed[row] ?? ""]))
            }
            let unfilled = annex.rows.indices.filter { !annex.rowKey($0).isEmpty && placed[$0] == nil }.count
            if unfilled > 0 {
                todo.append(TodoItem(goal: nil, place: .verbatim("“\(annex.title.trimmingCharacters(in: .whitespaces))”"),
                                     task: NextPhrase.fillAnnexColumn.with(["column": label, "count": "\(unfilled)"])))
            }
        }
    }
}

import Foundation
