import ArvioReport

/// The report as an HTML fragment for `arvio serve`: the same walk in document order as the
/// Markdown (`DocumentOutline`), goals and sections as headings, tables drawn as tables with
/// their merged cells (`TableShapes`: `colspan`/`rowspan`) and traffic-light cells as a colour
/// class with the light's word. The page around it (labels, findings) is the web layer's.
///
/// No `style` attributes: the page's Content-Security-Policy (`default-src 'self'`) allows only
/// its own stylesheet, so colours are classes (`light-red`, `light-yellow`, `light-green`).
public enum HTMLRenderer {
    /// Words the fragment needs in the page's language.
    public struct Words: Sendable {
        public var red: String, yellow: String, green: String
        /// Shown before a block no template rule placed.
        public var unmapped: String
        public init(red: String, yellow: String, green: String, unmapped: String) {
            (self.red, self.yellow, self.green, self.unmapped) = (red, yellow, green, unmapped)
        }
    }

    /// Text escaped for HTML content and attribute values.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// The body of the report; `afterGoalHeading` adds what the page shows beside a goal (its
    /// check findings), given the goal's number.
    public static func render(_ report: Report, words: Words, afterGoalHeading: (Int) -> String = { _ in "" }) -> String {
        let shapes = TableShapes(report)
        var html: [String] = []
        var openGoal = false
        var openList = false
        func closeList() {
            if openList { html.append("</ul>"); openList = false }
        }
        for item in DocumentOutline(report).items {
            switch item {
            case .goal(let goal):
                closeList()
                if openGoal { html.append("</section>") }
                html.append("<section class=\"goal\" id=\"goal-\(goal.number)\"><h2>\(goal.number). \(escape(goal.title))</h2>")
                html.append(afterGoalHeading(goal.number))
                openGoal = true
            case .heading(let text, let depth, let kind, _):
                closeList()
                if depth == 1 && openGoal && kind != .processGoal {
                    html.append("</section>")
                    openGoal = false
                }
                let level = min(depth + 2, 6)
                let css = kind == .processGoal ? " class=\"process-goal\"" : ""
                html.append("<h\(level)\(css)>\(escape(text))</h\(level)>")
            case .block(let block, _):
                if block.role == "title" || block.role == "contents" { continue }
                if block.isTable {
                    closeList()
                    html.append(table(block, shape: shapes.shape(of: block), words: words))
                    continue
                }
                guard let text = block.text, !text.allSatisfy(\.isWhitespace) else { continue }
                if block.role == "heading" {
                    closeList()
                    html.append("<h5>\(escape(text))</h5>")
                } else if let list = block.list {
                    if !openList { html.append("<ul>"); openList = true }
                    html.append("<li class=\"level-\(min(max(list.level, 0), 8))\"><span class=\"label\">\(escape(list.label))</span> \(escape(text))</li>")
                } else {
                    closeList()
                    html.append("<p\(block.isPlaceholder ? " class=\"guidance\"" : "")>\(escape(text))</p>")
                }
            case .unmapped(let block):
                closeList()
                html.append("<p class=\"unmapped\"><span class=\"tag\">\(escape(words.unmapped))</span> \(escape(block.text))</p>")
            }
        }
        closeList()
        if openGoal { html.append("</section>") }
        return html.joined(separator: "\n")
    }

    /// A table with merged cells as `colspan`/`rowspan`; the cells a merge covers are left out.
    static func table(_ block: ContentBlock, shape: TableShape, words: Words) -> String {
        var lines = ["<div class=\"table\"><table>"]
        for (rowIndex, row) in (block.rows ?? []).enumerated() {
            var cells: [String] = []
            for (cellIndex, texts) in row.enumerated() {
                let cell = rowIndex < shape.rows.count && cellIndex < shape.rows[rowIndex].count
                    ? shape.rows[rowIndex][cellIndex] : TableShape.Cell()
                if cell.merge == .continued { continue }
                var attributes = ""
                if cell.span > 1 { attributes += " colspan=\"\(cell.span)\"" }
                let rowSpan = rowIndex < shape.rows.count ? shape.rowSpan(row: rowIndex, cell: cellIndex) : 1
                if rowSpan > 1 { attributes += " rowspan=\"\(rowSpan)\"" }
                var content = texts.map(escape).joined(separator: "<br>")
                if let light = TrafficLight(fill: cell.fill) {
                    attributes += " class=\"light-\(light.rawValue)\""
                    let word = switch light { case .red: words.red; case .yellow: words.yellow; case .green: words.green }
                    content += " <span class=\"light-word\">(\(escape(word)))</span>"
                } else if cell.bold {
                    attributes += " class=\"group\""
                }
                let tag = rowIndex == 0 ? "th" : "td"
                cells.append("<\(tag)\(attributes)>\(content)</\(tag)>")
            }
            lines.append("<tr>" + cells.joined() + "</tr>")
        }
        lines.append("</table></div>")
        return lines.joined(separator: "\n")
    }
}
