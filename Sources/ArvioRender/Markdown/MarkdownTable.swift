import Foundation
import ArvioReport

/// A table in the Markdown, both ways, in one place: `render --to md` and `next --to md` write
/// every table through `lines(_:shape:)` (the readiness, indicator and results tables through
/// `pipeLines` after `MarkdownTables` rebuilt them from typed rows), and `next --updates` reads
/// every table back through `pipeRow` and `html` (`MarkdownBlocks`), so a table written is the
/// table read (MarkdownTableRoundTripTests, over every table of every seed rendition).
///
/// The format: rows → cells → paragraphs; a cell's paragraphs on one line joined by `<br>`, `|`
/// in text as `\|`; a pipe table when no cell spans columns or rows, otherwise an HTML `<table>`
/// with `colspan`/`rowspan`, where a cell a `rowspan` covers is left out (and read back as an
/// empty cell, as Word's merged cells read). What a Markdown cell cannot keep: spaces at the
/// ends of a paragraph, and a cell's empty paragraphs.
enum MarkdownTable {
    // MARK: Writing

    /// A table's lines: a pipe table (the first row as its header), or HTML when cells are merged.
    /// A cell's pictures (`images`, placed by their `cell`) end their paragraph, as in the text.
    static func lines(_ rows: [[[String]]], shape: TableShape, images: [ImageMark] = []) -> [String] {
        shape.hasMerges ? htmlLines(rows, shape: shape, images: images) : pipe(rows, images: images)
    }

    /// The pictures in one cell of a table.
    private static func images(_ images: [ImageMark], row: Int, cell: Int) -> [ImageMark] {
        images.filter { $0.cell?.row == row && $0.cell?.cell == cell }
    }

    /// The first row is the header; short rows are padded with empty cells.
    private static func pipe(_ rows: [[[String]]], images all: [ImageMark]) -> [String] {
        let cells = rows.enumerated().map { rowIndex, row in
            row.enumerated().map { cellIndex, paragraphs in
                cellText(paragraphs, images: images(all, row: rowIndex, cell: cellIndex))
            }
        }
        guard let first = cells.first else { return [] }
        return pipeLines(header: first, rows: Array(cells.dropFirst()))
    }

    /// Cells already written as Markdown (`cellText`): a header, the delimiter row, the rows.
    static func pipeLines(header: [String], rows: [[String]]) -> [String] {
        let width = max(header.count, rows.map(\.count).max() ?? 0, 1)
        func line(_ cells: [String]) -> String {
            let padded = cells + Array(repeating: "", count: width - cells.count)
            return "| " + padded.map { $0.isEmpty ? " " : $0 }.joined(separator: " | ") + " |"
        }
        return [line(header), "|" + Array(repeating: " --- |", count: width).joined()] + rows.map(line)
    }

    /// Merged cells as `colspan`/`rowspan`; the cells a merge covers are left out, as HTML does.
    private static func htmlLines(_ rows: [[[String]]], shape: TableShape, images all: [ImageMark]) -> [String] {
        var lines = ["<table>"]
        for (rowIndex, row) in rows.enumerated() {
            var cells: [String] = []
            for (cellIndex, texts) in row.enumerated() {
                let cell = shape.rows[rowIndex][cellIndex]
                if cell.merge == .continued { continue }
                var attributes = ""
                if cell.span > 1 { attributes += " colspan=\"\(cell.span)\"" }
                let rowSpan = shape.rowSpan(row: rowIndex, cell: cellIndex)
                if rowSpan > 1 { attributes += " rowspan=\"\(rowSpan)\"" }
                let tag = rowIndex == 0 ? "th" : "td"
                let pictures = images(all, row: rowIndex, cell: cellIndex)
                let paragraphs = texts.enumerated().map { index, text in
                    ([MarkdownText.html(text)].filter { !$0.isEmpty }
                        + pictures.filter { $0.cell?.paragraph == index }.map(MarkdownImages.html)).joined(separator: " ")
                }
                cells.append("<\(tag)\(attributes)>" + paragraphs.joined(separator: "<br>") + "</\(tag)>")
            }
            lines.append("<tr>" + cells.joined() + "</tr>")
        }
        lines.append("</table>")
        return lines
    }

    /// A cell's paragraphs on one line, joined by `<br>`; a picture (by its `cell.paragraph`)
    /// after its paragraph's text, its `|` escaped like the text's.
    static func cellText(_ paragraphs: [String], images: [ImageMark] = []) -> String {
        paragraphs.enumerated().map { index, text in
            let pictures = images.filter { $0.cell?.paragraph == index }
                .map { MarkdownImages.render($0).replacingOccurrences(of: "|", with: "\\|") }
            return ([MarkdownText.escape(text, inTable: true)].filter { !$0.isEmpty } + pictures).joined(separator: " ")
        }.joined(separator: "<br>")
    }

    // MARK: Reading
    // MARK: Pipe tables

    /// True when the line holds a `|` that is not escaped.
    static func hasPipe(_ line: String) -> Bool { !unescapedPipes(line).isEmpty }

    /// "| --- | :---: |", "---|---".
    static func isDelimiterRow(_ line: String) -> Bool {
        let cells = split(line)
        guard !cells.isEmpty, hasPipe(line) || cells.count > 1 else { return false }
        return cells.allSatisfy { cell in
            let core = cell.trimmingCharacters(in: .whitespaces)
            let dashes = core.drop { $0 == ":" }.reversed().drop { $0 == ":" }
            return !dashes.isEmpty && dashes.allSatisfy { $0 == "-" }
        }
    }

    static func pipeRow(_ line: String) -> [[String]] {
        split(line).map(cellParagraphs)
    }

    /// Cells of a row: split at unescaped pipes, outer pipes dropped.
    private static func split(_ line: String) -> [String] {
        var trimmed = line.trimmingCharacters(in: .whitespaces)
        let characters = Array(trimmed)
        var cells: [String] = []
        var current = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "\\", index + 1 < characters.count, characters[index + 1] == "|" {
                current += "\\|"
                index += 2
                continue
            }
            if character == "|" {
                cells.append(current)
                current = ""
            } else {
                current.append(character)
            }
            index += 1
        }
        cells.append(current)
        if trimmed.hasPrefix("|"), !cells.isEmpty { cells.removeFirst() }
        if trimmed.hasSuffix("|") && !trimmed.hasSuffix("\\|"), !cells.isEmpty { cells.removeLast() }
        trimmed = ""
        return cells
    }

    private static func unescapedPipes(_ line: String) -> [String.Index] {
        var result: [String.Index] = []
        var escaped = false
        for index in line.indices {
            let character = line[index]
            if character == "|" && !escaped { result.append(index) }
            escaped = character == "\\" && !escaped
        }
        return result
    }

    /// A cell's source → its paragraphs: split at `<br>`, each unescaped and trimmed.
    static func cellParagraphs(_ source: String) -> [String] {
        splitAtBreaks(source).map { MarkdownText.unescape($0.trimmingCharacters(in: .whitespaces)) }
    }

    static func splitAtBreaks(_ source: String) -> [String] {
        let characters = Array(source)
        var pieces: [String] = []
        var current = ""
        var index = 0
        while index < characters.count {
            if characters[index] == "\\", index + 1 < characters.count {
                current.append(characters[index])
                current.append(characters[index + 1])
                index += 2
                continue
            }
            if characters[index] == "<", let length = MarkdownText.breakTag(characters, at: index) {
                pieces.append(current)
                current = ""
                index += length
                continue
            }
            current.append(characters[index])
            index += 1
        }
        pieces.append(current)
        return pieces
    }

    // MARK: HTML tables

    /// `<tr>`, `<th>`/`<td>` with `colspan`/`rowspan`, `<br>` between paragraphs, entities.
    static func html(_ source: String) -> [[[String]]] {
        var rows: [[[String]]] = []
        /// Grid column → (rows still covered, colspan) of a rowspan from above.
        var covering: [Int: (rows: Int, span: Int)] = [:]
        for rowSource in pieces(of: source, tag: "tr") {
            var row: [[String]] = []
            var column = 0
            func fillCovered() {
                while let cover = covering[column], cover.rows > 0 {
                    row.append([""])
                    covering[column] = cover.rows > 1 ? (cover.rows - 1, cover.span) : nil
                    column += cover.span
                }
            }
            for (attributes, content) in cells(of: rowSource) {
                fillCovered()
                let colspan = max(Int(attribute("colspan", in: attributes) ?? "") ?? 1, 1)
                let rowspan = max(Int(attribute("rowspan", in: attributes) ?? "") ?? 1, 1)
                row.append(splitAtBreaks(content).map(htmlText))
                if rowspan > 1 { covering[column] = (rowspan - 1, colspan) }
                column += colspan
            }
            // Covered cells after the last one written.
            while let next = covering.keys.filter({ $0 >= column }).min() {
                column = next
                fillCovered()
            }
            rows.append(row)
        }
        return rows
    }

    /// The inner sources of every `<tag …>…</tag>` in order (case-insensitive).
    private static func pieces(of source: String, tag: String) -> [String] {
        let pattern = "<\(tag)(?:\\s[^>]*)?>(.*?)</\(tag)\\s*>"
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive, .dotMatchesLineSeparators]) else { return [] }
        let range = NSRange(source.startIndex..., in: source)
        return regex.matches(in: source, range: range).compactMap { match in
            Range(match.range(at: 1), in: source).map { String(source[$0]) }
        }
    }

    private static func cells(of row: String) -> [(attributes: String, content: String)] {
        let pattern = "<(t[dh])((?:\\s[^>]*)?)>(.*?)</\\1\\s*>"
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive, .dotMatchesLineSeparators]) else { return [] }
        let range = NSRange(row.startIndex..., in: row)
        return regex.matches(in: row, range: range).compactMap { match in
            guard let attributes = Range(match.range(at: 2), in: row), let content = Range(match.range(at: 3), in: row) else { return nil }
            return (String(row[attributes]), String(row[content]))
        }
    }

    /// `<img src="…" alt="…" title="…">` → `![…](… "…")`, which the assembler takes off the cell.
    private static func pictures(in source: String) -> String {
        guard source.contains("<img"), let regex = try? NSRegularExpression(pattern: "<img\\s([^>]*)>", options: [.caseInsensitive])
        else { return source }
        var result = source
        for match in regex.matches(in: source, range: NSRange(source.startIndex..., in: source)).reversed() {
            guard let whole = Range(match.range, in: result), let inside = Range(match.range(at: 1), in: source) else { continue }
            let attributes = String(source[inside])
            func value(_ name: String) -> String? {
                guard let found = attributes.range(of: "\(name)=\"([^\"]*)\"", options: .regularExpression) else { return nil }
                let raw = attributes[found].dropFirst(name.count + 2).dropLast()
                return decodeEntities(String(raw))
            }
            let image = ImageMark(description: value("alt").flatMap { $0.isEmpty ? nil : $0 }, title: value("title"),
                                  target: value("src").flatMap { $0.isEmpty ? nil : $0 })
            // Entities in the Markdown form would be decoded a second time by htmlText.
            result.replaceSubrange(whole, with: MarkdownImages.render(image).replacingOccurrences(of: "&", with: "&amp;"))
        }
        return result
    }

    private static func decodeEntities(_ text: String) -> String {
        var result = ""
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            if characters[index] == "&", let (decoded, length) = MarkdownText.entity(characters, at: index) {
                result += decoded
                index += length
                continue
            }
            result.append(characters[index])
            index += 1
        }
        return result
    }

    private static func attribute(_ name: String, in attributes: String) -> String? {
        let pattern = "\(name)\\s*=\\s*[\"']?([0-9]+)"
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]),
              let match = regex.firstMatch(in: attributes, range: NSRange(attributes.startIndex..., in: attributes)),
              let range = Range(match.range(at: 1), in: attributes) else { return nil }
        return String(attributes[range])
    }

    /// HTML cell text: a picture (`<img>`, `MarkdownImages.html`) in its Markdown form, other
    /// tags dropped, entities decoded, line breaks of the source as spaces, trimmed.
    private static func htmlText(_ source: String) -> String {
        let withoutTags = pictures(in: source).replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
        let result = decodeEntities(withoutTags)
        // A line break in the source (an editor wrapping a long cell) is a space; the spaces and
        // tabs of the text itself stay as written ("1.  Työn murros", "5*\t*arkipäivää"), so the
        // cells `htmlLines` wrote read back to the letter.
        return result.replacingOccurrences(of: "[ \\t]*\\n[ \\t]*", with: " ", options: .regularExpression)
            .trimmingCharacters(in: .whitespaces)
    }
}
