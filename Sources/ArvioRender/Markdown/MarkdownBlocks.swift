/// Markdown source cut into the blocks the reader needs, tolerant of what editors do: CRLF
/// line ends, trailing spaces, `*` / `-` / `+` bullets, paragraphs re-wrapped over several
/// lines (a paragraph is a run of non-blank lines), headings with closing `#`s or underlined
/// (setext), pipe tables with or without outer pipes, and HTML tables.
enum MarkdownBlock: Equatable {
    case heading(level: Int, source: String)
    case paragraph(source: String)
    /// `marker` is "-" for any bullet, or the number with its "." / ")".
    case listItem(marker: String, level: Int, source: String)
    /// Rows → cells → paragraphs, text already unescaped.
    case table([[[String]]])
    case quote(source: String)
}

enum MarkdownBlocks {
    static func parse(_ markdown: String) -> [MarkdownBlock] {
        let normalised = markdown.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        let lines = normalised.components(separatedBy: "\n").map(stripTrailing)
        var blocks: [MarkdownBlock] = []
        var listIndents: [(indent: Int, level: Int)] = []
        var index = 0

        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { index += 1; continue }
            let indent = indentation(line)

            if trimmed.hasPrefix("<!--") {
                while index < lines.count, !lines[index].contains("-->") { index += 1 }
                index += 1
                continue
            }
            if trimmed.lowercased().hasPrefix("<table") {
                var html = ""
                while index < lines.count {
                    html += lines[index] + "\n"
                    index += 1
                    if html.lowercased().contains("</table>") { break }
                }
                blocks.append(.table(MarkdownTable.html(html)))
                listIndents = []
                continue
            }
            if let fence = fenceMarker(trimmed) {
                index += 1
                var code: [String] = []
                while index < lines.count, !lines[index].trimmingCharacters(in: .whitespaces).hasPrefix(fence) {
                    code.append(lines[index]); index += 1
                }
                index += 1
                blocks.append(.paragraph(source: code.joined(separator: "\n")))
                continue
            }
            if let heading = atxHeading(trimmed), indent < 4 {
                blocks.append(heading)
                listIndents = []
                index += 1
                continue
            }
            if isThematicBreak(trimmed) { index += 1; continue }
            if trimmed.hasPrefix(">") {
                var quote: [String] = []
                while index < lines.count, lines[index].trimmingCharacters(in: .whitespaces).hasPrefix(">") {
                    quote.append(String(lines[index].trimmingCharacters(in: .whitespaces).dropFirst()).trimmingCharacters(in: .whitespaces))
                    index += 1
                }
                blocks.append(.quote(source: quote.joined(separator: " ")))
                continue
            }
            if index + 1 < lines.count, isTableStart(line, delimiter: lines[index + 1]) {
                var rows = [MarkdownTable.pipeRow(line)]
                index += 2
                while index < lines.count, !lines[index].allSatisfy(\.isWhitespace),
                      MarkdownTable.hasPipe(lines[index]) {
                    rows.append(MarkdownTable.pipeRow(lines[index]))
                    index += 1
                }
                blocks.append(.table(rows))
                listIndents = []
                continue
            }
            if let (marker, text) = listMarker(trimmed) {
                let level = listLevel(indent, stack: &listIndents)
                var source = text
                index += 1
                while index < lines.count, isContinuation(lines[index], inParagraph: false) {
                    source += " " + lines[index].trimmingCharacters(in: .whitespaces)
                    index += 1
                }
                blocks.append(.listItem(marker: marker, level: level, source: source))
                continue
            }
            // A paragraph: every following non-blank line that starts nothing else.
            var source = trimmed
            index += 1
            while index < lines.count {
                let next = lines[index].trimmingCharacters(in: .whitespaces)
                if let level = setextLevel(next) {
                    blocks.append(.heading(level: level, source: source))
                    source = ""
                    index += 1
                    break
                }
                guard isContinuation(lines[index], inParagraph: true) else { break }
                source += " " + next
                index += 1
            }
            if !source.isEmpty { blocks.append(.paragraph(source: source)) }
            listIndents = []
        }
        return blocks
    }

    // MARK: Line kinds

    private static func stripTrailing(_ line: String) -> String {
        var line = Substring(line)
        while let last = line.last, last == " " || last == "\t" { line = line.dropLast() }
        return String(line)
    }

    /// Columns of leading white space; a tab counts as two (one list level in Arvio's output).
    static func indentation(_ line: String) -> Int {
        var columns = 0
        for character in line {
            if character == " " { columns += 1 } else if character == "\t" { columns += 2 } else { break }
        }
        return columns
    }

    private static func atxHeading(_ line: String) -> MarkdownBlock? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1 ... 6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var text = rest.trimmingCharacters(in: .whitespaces)
        // Closing sequence: " ##" at the end (not an escaped "\#").
        if let range = text.range(of: "#+$", options: .regularExpression) {
            let before = text[..<range.lowerBound]
            if before.isEmpty { text = "" } else if before.last == " " { text = before.trimmingCharacters(in: .whitespaces) }
        }
        return .heading(level: hashes, source: text)
    }

    private static func setextLevel(_ line: String) -> Int? {
        guard !line.isEmpty else { return nil }
        if line.allSatisfy({ $0 == "=" }) { return 1 }
        if line.count >= 2, line.allSatisfy({ $0 == "-" }) { return 2 }
        return nil
    }

    private static func isThematicBreak(_ line: String) -> Bool {
        let compact = line.filter { $0 != " " }
        guard compact.count >= 3, let first = compact.first, "-*_".contains(first) else { return false }
        return compact.allSatisfy { $0 == first }
    }

    private static func fenceMarker(_ line: String) -> String? {
        if line.hasPrefix("```") { return "```" }
        if line.hasPrefix("~~~") { return "~~~" }
        return nil
    }

    /// "- text", "* text", "+ text", "3. text", "3) text" → (marker, text).
    static func listMarker(_ line: String) -> (String, String)? {
        if let first = line.first, "-*+".contains(first) {
            let rest = line.dropFirst()
            guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
            return ("-", rest.trimmingCharacters(in: .whitespaces))
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 9 else { return nil }
        let rest = line.dropFirst(digits.count)
        guard let mark = rest.first, mark == "." || mark == ")" else { return nil }
        let text = rest.dropFirst()
        guard text.isEmpty || text.first == " " || text.first == "\t" else { return nil }
        return (String(digits) + String(mark), text.trimmingCharacters(in: .whitespaces))
    }

    /// A list's levels from its indentation: deeper than the item before is one level down,
    /// back to an earlier indentation is that item's level. The first item's level is its
    /// indentation / 2, so Arvio's own "  - " sub-items keep their level.
    private static func listLevel(_ indent: Int, stack: inout [(indent: Int, level: Int)]) -> Int {
        while let last = stack.last, last.indent > indent { stack.removeLast() }
        if let last = stack.last {
            if last.indent == indent { return last.level }
            stack.append((indent, last.level + 1))
            return last.level + 1
        }
        stack.append((indent, indent / 2))
        return indent / 2
    }

    /// A non-blank line that starts no block of its own continues the one before (lazy
    /// continuation). As in CommonMark, only a "1." starts a numbered list inside a paragraph,
    /// so a re-wrapped line beginning "2021. " stays text.
    private static func isContinuation(_ line: String, inParagraph: Bool) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return false }
        if let (marker, _) = listMarker(trimmed) {
            let ordered = marker != "-"
            return inParagraph && ordered && marker.dropLast() != "1"
        }
        if atxHeading(trimmed) != nil || trimmed.hasPrefix(">") || isThematicBreak(trimmed)
            || fenceMarker(trimmed) != nil || trimmed.hasPrefix("<!--") || trimmed.lowercased().hasPrefix("<table") {
            return false
        }
        if trimmed.hasPrefix("|") { return false }
        return true
    }

    private static func isTableStart(_ line: String, delimiter: String) -> Bool {
        MarkdownTable.hasPipe(line) && MarkdownTable.isDelimiterRow(delimiter)
    }
}
