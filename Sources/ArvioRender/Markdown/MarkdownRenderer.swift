import ArvioReport

/// `arvio render --to md`: the report as GitHub-flavoured Markdown a coordinator can read and
/// edit in any editor, and that `MarkdownReader` reads back.
///
/// Layout: `# <title>` (the document's title paragraph, when it has one) and a `>` line naming
/// the project, region, period and mapping; then the text in document order — document
/// sections as `## <heading as written>`, national goals as `## <n>. <canonical title>`, a
/// goal's sections as `### <heading as written>`, process goals and other subsections as
/// `#### 1.1 …`. Paragraphs are one line each; list items are `- ` (bullets) or `1. ` (their
/// numbers), two spaces of indent per level; THL guidance text (placeholders) is in italics.
/// Tables are pipe tables (`|` in text as `\|`, a cell's paragraphs joined by `<br>`); a table
/// with merged cells is an HTML `<table>` with `colspan`/`rowspan`; readiness and indicator
/// tables are rebuilt from the typed rows with one column per period ("〃" = same as the row
/// above, "←" = the value to the left spans this column too), the results table of a final
/// summary with its traffic lights as words (Punainen, Keltainen, Vihreä). Text no rule placed comes last,
/// under "## Muut tekstit (ei sijoitettu)", with its position. Empty paragraphs and Word's
/// table of contents are left out. The same report always gives the same text.
public enum MarkdownRenderer {
    public static let unmappedHeading = "Muut tekstit (ei sijoitettu)"

    public static func render(_ report: Report) -> String {
        var output = MarkdownOutput()
        let shapes = TableShapes(report)
        let tables = MarkdownTables(report: report, shapes: shapes)

        // The title lines only: a cover page's other lines are the title section's text, which
        // the outline writes below (a title by look stops after a few lines).
        let titles = report.sections.filter { $0.kind == .title }.flatMap(\.content).filter { !$0.isEmpty && $0.role == "title" }
        if let first = titles.first?.text {
            output.block(["# " + MarkdownText.escape(first, atLineStart: false)])
            for subtitle in titles.dropFirst() { output.block([MarkdownText.escape(subtitle.text ?? "")]) }
        }
        output.block(["> " + summaryLine(report)])

        for item in DocumentOutline(report).items {
            switch item {
            case .goal(let goal):
                output.block([heading("\(goal.number). \(goal.title)", level: 2)])
            case .heading(let text, let depth, _, _):
                output.block([heading(text, level: depth + 1)])
            case .block(let block, let depth):
                render(block, depth: depth, tables: tables, into: &output)
            case .unmapped:
                continue  // listed at the end
            }
        }

        if !report.unmapped.isEmpty {
            output.block(["## " + unmappedHeading])
            for block in report.unmapped {
                output.listItem("- kohta \(block.at): " + MarkdownText.escape(block.text, atLineStart: false)
                                + " *(\(MarkdownText.escape(block.reason, atLineStart: false)))*")
            }
        }
        return output.text
    }

    private static func render(_ block: ContentBlock, depth: Int, tables: MarkdownTables, into output: inout MarkdownOutput) {
        switch block.role {
        case "title", "contents": return
        case "heading":
            output.block([heading(block.text ?? "", level: depth + 2)])
            return
        default: break
        }
        if block.isTable {
            output.block(tables.render(block))
            return
        }
        let text = block.text ?? ""
        let images = (block.images ?? []).map(MarkdownImages.render)
        guard !text.allSatisfy(\.isWhitespace) || !images.isEmpty else { return }
        var line = MarkdownText.escape(text, atLineStart: block.list == nil)
        if block.isPlaceholder { line = "*" + line + "*" }
        if !images.isEmpty { line = ([line].filter { !$0.isEmpty } + images).joined(separator: " ") }
        if let list = block.list {
            let indent = String(repeating: "  ", count: max(list.level, 0))
            output.listItem(indent + listMarker(list.label) + " " + line)
        } else {
            output.block([line])
        }
    }

    /// An ATX heading; a "#" ending the text is escaped, or it would read as a closing sequence.
    static func heading(_ text: String, level: Int) -> String {
        var escaped = MarkdownText.escape(text, atLineStart: false)
        if escaped.hasSuffix("#") { escaped = String(escaped.dropLast()) + "\\#" }
        return String(repeating: "#", count: min(max(level, 1), 6)) + " " + escaped
    }

    /// "1." and "2)" stay numbers; every other label (•, o, –, a)) is a bullet.
    static func listMarker(_ label: String) -> String {
        let digits = label.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 9, label.count == digits.count + 1, let last = label.last, last == "." || last == ")" {
            return label
        }
        return "-"
    }

    /// "Oma-arviointi · Hanke: … · Alue: … · Kausi: 11/21 · Pohja: thl-…": what the report is.
    static func summaryLine(_ report: Report) -> String {
        var parts: [String] = []
        parts.append(report.kind.finnishName)
        if let name = report.project.name?.trimmingCharacters(in: .whitespaces), !name.isEmpty { parts.append("Hanke: " + name) }
        if let region = report.project.region { parts.append("Alue: " + region) }
        if let period = report.period?.period { parts.append("Kausi: " + period.columnLabel) }
        parts.append("Pohja: " + report.mapping)
        return parts.map { MarkdownText.escape($0, atLineStart: false) }.joined(separator: " · ")
    }
}

/// Markdown lines with a blank line between blocks and none between the items of one list.
struct MarkdownOutput {
    private var lines: [String] = []
    private var inList = false

    mutating func block(_ blockLines: [String]) {
        guard !blockLines.isEmpty else { return }
        if !lines.isEmpty { lines.append("") }
        lines += blockLines
        inList = false
    }

    mutating func listItem(_ line: String) {
        if !lines.isEmpty && !inList { lines.append("") }
        lines.append(line)
        inList = true
    }

    var text: String { lines.joined(separator: "\n") + "\n" }
}
