/// The tree as readable text, one line per paragraph, table row and cell, for `arvio dump`
/// and for eyeballing a document in tests.
public enum TreeDump {
    public static func render(_ document: WordDocument) -> String {
        var lines: [String] = []
        let flavour = document.isStrict ? "Strict OOXML" : "Transitional OOXML"
        lines.append("\(document.mainPart) · \(flavour) · \(document.body.count) blocks · \(document.sections.count) section(s)")
        if let title = document.coreProperties.title { lines.append("title: \(title)") }
        for (index, block) in document.body.enumerated() { render(block, index: index, indent: "", into: &lines) }
        for (name, notes) in [("footnote", document.footnotes), ("endnote", document.endnotes)] {
            for note in notes {
                lines.append("[\(name) \(note.id)]")
                for (index, block) in note.blocks.enumerated() { render(block, index: index, indent: "  ", into: &lines) }
            }
        }
        for comment in document.comments {
            lines.append("[comment \(comment.id) by \(comment.author ?? "?") \(comment.date ?? "")]")
            for (index, block) in comment.blocks.enumerated() { render(block, index: index, indent: "  ", into: &lines) }
        }
        for item in document.headers + document.footers {
            lines.append("[\(item.part) \(item.type)]")
            for (index, block) in item.blocks.enumerated() { render(block, index: index, indent: "  ", into: &lines) }
        }
        for revision in document.revisions {
            lines.append("[\(revision.kind.rawValue) by \(revision.author ?? "?") \(revision.date ?? "")] \(quoted(revision.text))")
        }
        for warning in document.warnings { lines.append("warning: \(warning)") }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func render(_ block: Block, index: Int, indent: String, into lines: inout [String]) {
        switch block {
        case .paragraph(let paragraph):
            var head = "\(indent)¶"
            if paragraph.isTitle { head += " title" }
            if let level = paragraph.headingLevel { head += " h\(level)" }
            if let style = paragraph.styleName ?? paragraph.styleId { head += " [\(style)]" }
            if let list = paragraph.list { head += " \(String(repeating: "  ", count: list.level))\(list.label.isEmpty ? "·" : list.label)" }
            if !paragraph.contentControls.isEmpty {
                head += " {sdt " + paragraph.contentControls.map { $0.tag ?? $0.alias ?? $0.id ?? "" }.joined(separator: "/") + "}"
            }
            head += shadingText(fill: paragraph.fill, shading: paragraph.shading)
            lines.append(head + " " + inlineText(paragraph.inlines, indent: indent))
        case .table(let table):
            let columns = table.grid.count
            lines.append("\(indent)▦ table \(table.rows.count)×\(columns)" + shadingText(fill: table.fill, shading: table.shading))
            for (rowIndex, row) in table.rows.enumerated() {
                var rowHead = "\(indent)  row \(rowIndex + 1)"
                if row.isHeader { rowHead += " [header]" }
                if row.gridBefore > 0 { rowHead += " gridBefore=\(row.gridBefore)" }
                if row.gridAfter > 0 { rowHead += " gridAfter=\(row.gridAfter)" }
                lines.append(rowHead)
                for cell in row.cells {
                    var cellHead = "\(indent)    cell c\(cell.column + 1)"
                    if cell.columnSpan > 1 { cellHead += " span=\(cell.columnSpan)" }
                    if cell.rowSpan == 0 { cellHead += " (merged above)" } else if cell.rowSpan > 1 { cellHead += " rows=\(cell.rowSpan)" }
                    cellHead += shadingText(fill: cell.fill, shading: cell.shading)
                    lines.append(cellHead)
                    for (blockIndex, inner) in cell.blocks.enumerated() {
                        render(inner, index: blockIndex, indent: indent + "      ", into: &lines)
                    }
                }
            }
        }
    }

    /// " fill=FF0000", and how it was written when that was not a plain fill.
    private static func shadingText(fill: String?, shading: Shading?) -> String {
        var text = fill.map { " fill=\($0)" } ?? ""
        if let shading, !shading.isPlainFill { text += " (shading \(describe(shading)))" }
        return text
    }

    /// How a pattern or theme shading was written: "solid FF0000 over auto", "clear accent2 tint 99".
    private static func describe(_ shading: Shading) -> String {
        func colour(_ hex: String?, _ theme: String?, _ tint: String?, _ shade: String?) -> String {
            guard let theme else { return hex ?? "auto" }
            return theme + (tint.map { " tint \($0)" } ?? "") + (shade.map { " shade \($0)" } ?? "")
        }
        let fill = colour(shading.fill, shading.themeFill, shading.themeFillTint, shading.themeFillShade)
        let pattern = shading.pattern ?? "clear"
        guard pattern != "clear", pattern != "nil" else { return "\(pattern) \(fill)" }
        return "\(pattern) \(colour(shading.color, shading.themeColor, shading.themeTint, shading.themeShade)) over \(fill)"
    }

    private static func inlineText(_ inlines: [Inline], indent: String) -> String {
        var result = ""
        for inline in joinedAcrossSizes(inlines) {
            switch inline {
            case .text(let run):
                var text = quoted(run.text)
                if run.format.bold { text = "**" + text + "**" }
                if run.format.italic { text = "_" + text + "_" }
                if let color = run.format.color { text = "{color \(color)}" + text + "{/color}" }
                if let revision = run.revision { text = "{\(revision.kind.rawValue)}" + text + "{/\(revision.kind.rawValue)}" }
                if let link = run.hyperlink { text = "[" + text + "](\(link))" }
                result += text
            case .break(let kind): result += "{\(kind.rawValue) break}"
            case .bookmarkStart(_, let name): result += "{bookmark \(name)}"
            case .bookmarkEnd: continue
            case .noteReference(let reference): result += "[^\(reference.kind.rawValue) \(reference.id)]"
            case .commentStart(let id): result += "{comment \(id)}"
            case .commentEnd(let id): result += "{/comment \(id)}"
            case .commentReference: continue
            case .image(let image):
                result += "{image \(image.target ?? image.name ?? "")"
                if let description = image.description { result += " alt=\"\(quoted(description))\"" }
                if let title = image.title { result += " title=\"\(quoted(title))\"" }
                result += "}"
            case .textBox(let blocks): result += "{text box: " + blocks.map(\.plainText).joined(separator: " / ") + "}"
            case .math(let text): result += "{math \(text)}"
            }
        }
        return result
    }

    /// Neighbouring runs that differ only in font size written as one: the dump does not show
    /// sizes, so a size change would only split the text with "****".
    private static func joinedAcrossSizes(_ inlines: [Inline]) -> [Inline] {
        var result: [Inline] = []
        for inline in inlines {
            if case .text(var run) = inline, case .text(var previous)? = result.last {
                run.format.size = previous.format.size
                if previous.canMerge(with: run) {
                    previous.text += run.text
                    result[result.count - 1] = .text(previous)
                    continue
                }
            }
            result.append(inline)
        }
        return result
    }

    /// Tabs and line breaks made visible. Scalar by scalar, not Foundation's
    /// `replacingOccurrences`, which bridges every run's text to NSString and back.
    private static func quoted(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") }) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\t": result.append("→")
            case "\n": result.append("↵")
            default: result.append(scalar)
            }
        }
        return String(result)
    }
}
