import Foundation
@testable import ArvioWordML

/// Turns Arvio's tree and a peer's expected output (docling Markdown, pandoc native AST, pandoc
/// plain text) into the same plain sequence of "items", so the two can be compared word for word.
///
/// An item is one paragraph's text (with its list label where the peer shows labels) or one
/// table cell's text (the cell's paragraphs joined by spaces, nested tables flattened in row
/// order). What is deliberately left out on both sides: images, empty paragraphs, formatting
/// (emphasis, links' targets, heading levels), and headers/footers (neither peer shows them).
/// Equations are compared by position only: each becomes the token "⟨math⟩", since Arvio keeps
/// the linear text and docling writes LaTeX.
enum PeerText {
    enum Peer: String, Sendable {
        /// docling's Markdown: list labels shown (bullets as "-"; numbers compared without a
        /// trailing dot, which docling drops from headings and adds to nested items), cell text
        /// repeated in every grid slot a merged cell covers, no notes or comments.
        case docling
        /// pandoc's native AST or plain text: no list labels, one entry per table cell, notes
        /// and (with --track-changes=all) comments inline where they are referenced.
        case pandoc
    }

    static let math = "⟨math⟩"

    // MARK: Normalising one item

    /// Whitespace of any kind becomes one space; zero-width characters and soft hyphens go;
    /// no space before closing punctuation or after opening brackets (docling puts a space at
    /// every formatting boundary: "**bold** ,").
    static func normalise(_ text: String) -> String {
        var spaced = ""
        spaced.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x200B, 0xFEFF, 0x00AD, 0x200E, 0x200F: continue
            default:
                if scalar.properties.isWhitespace { spaced.unicodeScalars.append(" ") } else { spaced.unicodeScalars.append(scalar) }
            }
        }
        var result = ""
        var pendingSpace = false
        for character in spaced {
            if character == " " { pendingSpace = !result.isEmpty; continue }
            if pendingSpace, !".,;:!?)]".contains(character), !(result.last.map { "([".contains($0) } ?? false) {
                result.append(" ")
            }
            pendingSpace = false
            result.append(character)
        }
        return result
    }

    static func words(_ items: [String]) -> [String] {
        items.flatMap { $0.split(separator: " ").map(String.init) }
    }

    // MARK: Arvio

    struct ArvioProjection {
        let document: WordDocument
        let peer: Peer
        /// pandoc with --track-changes=all puts comment text inline at the comment's start.
        let includeComments: Bool
        /// Inside a table cell docling writes list items inline, numbers with their dot ("1. Number one").
        var inCell = false

        func items() -> [String] { document.body.flatMap(items(of:)) }

        func items(of block: Block) -> [String] {
            switch block {
            case .paragraph(let paragraph): return items(of: paragraph)
            case .table(let table): return items(of: table)
            }
        }

        /// The label as docling would compare it: every bullet as "-", a number outside tables
        /// without its trailing dot (docling drops it from headings and adds it to nested items).
        private func label(of paragraph: Paragraph) -> String? {
            guard peer == .docling, let list = paragraph.list, !list.label.isEmpty else { return nil }
            if list.format == "bullet" { return "-" }
            return list.label.hasSuffix(".") && !inCell ? String(list.label.dropLast()) : list.label
        }

        func items(of paragraph: Paragraph) -> [String] {
            var result: [String] = []
            var deferred: [String] = []
            var current = ""
            var first = true
            func flush() {
                let text = PeerText.normalise(current)
                current = ""
                guard !text.isEmpty else { return }
                if first, let label = label(of: paragraph) { result.append(label + " " + text) } else { result.append(text) }
                first = false
            }
            for inline in paragraph.inlines {
                switch inline {
                case .text(let run): current += run.text
                case .math: current += " \(PeerText.math) "
                case .break: current += " "
                case .textBox(let blocks):
                    flush()
                    result += blocks.flatMap(items(of:))
                case .noteReference(let reference) where peer == .pandoc:
                    let notes = reference.kind == .footnote ? document.footnotes : document.endnotes
                    if let note = notes.first(where: { $0.id == reference.id }) { deferred += note.blocks.flatMap(items(of:)) }
                case .commentStart(let id) where includeComments:
                    if let comment = document.comments.first(where: { $0.id == id }) {
                        let text = PeerText.normalise(comment.blocks.flatMap(items(of:)).joined(separator: " "))
                        if !text.isEmpty { deferred.append(text) }
                    }
                default: continue
                }
            }
            flush()
            return result + deferred
        }

        private func text(of cell: TableCell) -> String {
            var inner = self
            inner.inCell = true
            return PeerText.normalise(cell.blocks.flatMap(inner.items(of:)).joined(separator: " "))
        }

        func items(of table: Table) -> [String] {
            switch peer {
            case .pandoc:
                // One entry per cell; a vertically merged continuation keeps its own (usually empty) text.
                return table.rows.flatMap { row in row.cells.map(text(of:)) }.filter { !$0.isEmpty }
            case .docling:
                // docling repeats a merged cell's text in every grid slot it covers.
                var result: [String] = []
                var above: [Int: String] = [:]
                for row in table.rows {
                    let width = max(table.grid.count, (row.cells.last.map { $0.column + $0.columnSpan } ?? 0) + row.gridAfter)
                    var slots = Array(repeating: "", count: width)
                    for cell in row.cells {
                        var value = text(of: cell)
                        if cell.rowSpan == 0, let origin = above[cell.column] { value = origin } else { above[cell.column] = value }
                        for column in cell.column ..< min(width, cell.column + cell.columnSpan) { slots[column] = value }
                    }
                    result += slots.filter { !$0.isEmpty }
                }
                return result
            }
        }
    }

    static func items(_ document: WordDocument, for peer: Peer, includeComments: Bool = false) -> [String] {
        ArvioProjection(document: document, peer: peer, includeComments: includeComments).items()
    }

    // MARK: docling Markdown

    /// docling's Markdown, one item per paragraph line, list item or table cell. Hard line
    /// breaks ("  " at a line's end) continue the item; `<!-- image -->`, emphasis markers,
    /// heading hashes, link targets and backslash escapes go; table separator rows are skipped.
    static func doclingItems(markdown: String) -> [String] {
        var items: [String] = []
        var current: String?
        var continues = false
        func flush() {
            if let text = current { items.append(text) }
            current = nil
        }
        for rawLine in markdown.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(rawLine)
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { flush(); continues = false; continue }
            if continues, current != nil {
                current! += " " + trimmed
                continues = line.hasSuffix("  ")
                continue
            }
            flush()
            continues = line.hasSuffix("  ")
            if trimmed.hasPrefix("|") {
                continues = false
                let cells = tableCells(trimmed)
                if cells.allSatisfy({ $0.wholeMatch(of: #/\s*:?-+:?\s*/#) != nil }) { continue }  // separator row
                items += cells.map { doclingInline(checkboxes($0)) }
                continue
            }
            if trimmed.hasPrefix("$$"), trimmed.hasSuffix("$$"), trimmed.count >= 4 {
                current = math
                continue
            }
            var text = checkboxes(trimmed)
            var label: String?
            if let heading = text.prefixMatch(of: #/#{1,6}\s+/#) {
                text = String(text[heading.range.upperBound...])
            } else if let bullet = text.prefixMatch(of: #/[-*+]\s+/#) {
                label = "-"
                text = String(text[bullet.range.upperBound...])
                // A nested numbered item: docling writes "- 1.1. Text" (a bullet, then the number).
                if let number = text.prefixMatch(of: #/(\d+(?:\.\d+)*)\.\s+|(\d+(?:\.\d+)+)\s+/#) {
                    label = String(number.output.1 ?? number.output.2!)
                    text = String(text[number.range.upperBound...])
                }
            } else if let number = text.prefixMatch(of: #/(\d+)([.)])\s+/#) {
                label = number.output.2 == "." ? String(number.output.1) : String(number.output.1) + ")"
                text = String(text[number.range.upperBound...])
            }
            let body = doclingInline(text)
            current = body.isEmpty ? "" : (label.map { $0 + " " } ?? "") + body
        }
        flush()
        return items.map(normalise).filter { !$0.isEmpty }
    }

    /// docling writes a checkbox glyph (☒, ☐) as a task-list marker ("- [x]", "- [ ]").
    private static func checkboxes(_ text: String) -> String {
        text.replacing(#/(^|\s)- \[[xX]\]/#) { $0.output.1 + "☒" }
            .replacing(#/(^|\s)- \[ \]/#) { $0.output.1 + "☐" }
    }

    /// A table row's cells, split at unescaped pipes.
    private static func tableCells(_ row: String) -> [String] {
        var cells: [String] = []
        var cell = ""
        var escaped = false
        for character in row {
            if escaped { cell.append("\\"); cell.append(character); escaped = false; continue }
            if character == "\\" { escaped = true; continue }
            if character == "|" { cells.append(cell); cell = ""; continue }
            cell.append(character)
        }
        cells.append(cell)
        // The leading and trailing pipes leave an empty first and last piece.
        if cells.first?.trimmingCharacters(in: .whitespaces).isEmpty == true { cells.removeFirst() }
        if cells.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { cells.removeLast() }
        return cells
    }

    /// Inline Markdown to plain text.
    static func doclingInline(_ markdown: String) -> String {
        // Backslash escapes are protected first (as private-use characters) so no rule below sees them.
        var protected = ""
        var escaping = false
        for scalar in markdown.unicodeScalars {
            if escaping {
                // Only ASCII punctuation can be escaped in Markdown.
                if scalar.isASCII, scalar.value > 0x20, scalar.value < 0x7F, !scalar.properties.isAlphabetic,
                   !("0" ... "9").contains(scalar) {
                    protected.unicodeScalars.append(Unicode.Scalar(0xE000 + scalar.value)!)
                } else {
                    protected.unicodeScalars.append("\\")
                    protected.unicodeScalars.append(scalar)
                }
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else {
                protected.unicodeScalars.append(scalar)
            }
        }
        if escaping { protected.unicodeScalars.append("\\") }
        var text = protected
        text = text.replacing("<!-- image -->", with: " ")
        text = text.replacing(#/!\[[^\]]*\]\([^)]*\)/#, with: " ")
        text = text.replacing(#/\[([^\]]*)\]\([^)]*\)/#) { String($0.output.1) }
        text = text.replacing(#/\$\$?[^$]+\$\$?/#, with: " \(math) ")
        text = text.replacing(#/\*+|~~/#, with: "")
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacing(entity, with: character)
        }
        var result = ""
        for scalar in text.unicodeScalars {
            if (0xE021 ... 0xE07E).contains(scalar.value) {
                result.unicodeScalars.append(Unicode.Scalar(scalar.value - 0xE000)!)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return normalise(result)
    }

    // MARK: pandoc plain text

    /// pandoc's `-t plain` output: paragraphs separated by blank lines.
    static func plainItems(_ text: String) -> [String] {
        text.components(separatedBy: "\n\n").map(normalise).filter { !$0.isEmpty }
    }

    // MARK: pandoc native

    /// pandoc's native AST: text of Para, Plain and Header blocks, list items (labels are not
    /// in the AST), table cells (caption first, then head, body and foot rows), figures (content,
    /// then caption), block quotes and divs; a Note's blocks and a comment's text come right
    /// after the item that references them. Images contribute nothing.
    static func pandocItems(native: String) throws -> [String] {
        let value = try HaskellValue.parse(native)
        let blocks: [HaskellValue]
        switch value {
        case .list(let list): blocks = list
        case .constructor("Pandoc", let arguments):
            guard case .list(let list)? = arguments.last else { throw HaskellValue.ParseError.unexpected("Pandoc without blocks") }
            blocks = list
        default: throw HaskellValue.ParseError.unexpected("not a block list")
        }
        var collector = PandocCollector()
        collector.blocks(blocks)
        return collector.items.map(normalise).filter { !$0.isEmpty }
    }

    private struct PandocCollector {
        var items: [String] = []

        mutating func blocks(_ blocks: [HaskellValue]) {
            for block in blocks { self.block(block) }
        }

        mutating func block(_ block: HaskellValue) {
            guard case .constructor(let name, let arguments) = block else { return }
            switch name {
            case "Para", "Plain":
                inlineItem(arguments.first)
            case "Header":
                inlineItem(arguments.last)
            case "LineBlock":
                for line in arguments.first?.elements ?? [] { inlineItem(line) }
            case "CodeBlock":
                if case .string(let text)? = arguments.last { items.append(text) }
            case "BlockQuote", "Div":
                blocks(arguments.last?.elements ?? [])
            case "BulletList", "OrderedList":
                for item in arguments.last?.elements ?? [] { blocks(item.elements) }
            case "DefinitionList":
                for entry in arguments.first?.elements ?? [] {
                    let parts = entry.elements
                    if let term = parts.first { inlineItem(term) }
                    for definition in parts.dropFirst().first?.elements ?? [] { blocks(definition.elements) }
                }
            case "Figure":
                // Figure Attr Caption [Block]: the picture comes before its caption in the document.
                if arguments.count >= 3 { blocks(arguments[2].elements) }
                if arguments.count >= 2 { caption(arguments[1]) }
            case "Table":
                // Table Attr Caption [ColSpec] TableHead [TableBody] TableFoot
                guard arguments.count >= 6 else { return }
                caption(arguments[1])
                rows(of: arguments[3])
                for body in arguments[4].elements {
                    // TableBody Attr RowHeadColumns [Row] [Row]
                    if case .constructor(_, let parts) = body {
                        for rowList in parts.dropFirst(2) { for row in rowList.elements { self.row(row) } }
                    }
                }
                rows(of: arguments[5])
            default:
                return  // HorizontalRule, RawBlock, Null
            }
        }

        private mutating func caption(_ caption: HaskellValue) {
            // Caption (Maybe ShortCaption) [Block]
            if case .constructor(_, let parts) = caption { blocks(parts.last?.elements ?? []) }
        }

        private mutating func rows(of headOrFoot: HaskellValue) {
            // TableHead Attr [Row] / TableFoot Attr [Row]
            if case .constructor(_, let parts) = headOrFoot { for row in parts.last?.elements ?? [] { self.row(row) } }
        }

        private mutating func row(_ row: HaskellValue) {
            // Row Attr [Cell]; Cell Attr Alignment RowSpan ColSpan [Block]
            guard case .constructor(_, let parts) = row else { return }
            for cell in parts.last?.elements ?? [] {
                guard case .constructor(_, let cellParts) = cell else { continue }
                var inner = PandocCollector()
                inner.blocks(cellParts.last?.elements ?? [])
                items.append(inner.items.joined(separator: " "))
            }
        }

        private mutating func inlineItem(_ inlines: HaskellValue?) {
            var text = ""
            var deferred: [String] = []
            Self.text(inlines?.elements ?? [], into: &text, deferred: &deferred)
            items.append(text)
            items += deferred
        }

        private static func text(_ inlines: [HaskellValue], into text: inout String, deferred: inout [String]) {
            for inline in inlines {
                guard case .constructor(let name, let arguments) = inline else { continue }
                switch name {
                case "Str":
                    if case .string(let value)? = arguments.first { text += value }
                case "Space", "SoftBreak", "LineBreak":
                    text += " "
                case "Emph", "Strong", "Underline", "Strikeout", "Superscript", "Subscript", "SmallCaps":
                    Self.text(arguments.first?.elements ?? [], into: &text, deferred: &deferred)
                case "Quoted":
                    let double: Bool = { if case .constructor("DoubleQuote", _)? = arguments.first { true } else { false } }()
                    text += double ? "“" : "‘"
                    Self.text(arguments.last?.elements ?? [], into: &text, deferred: &deferred)
                    text += double ? "”" : "’"
                case "Cite":
                    Self.text(arguments.last?.elements ?? [], into: &text, deferred: &deferred)
                case "Link":
                    if arguments.count >= 2 { Self.text(arguments[1].elements, into: &text, deferred: &deferred) }
                case "Span":
                    // A comment (--track-changes=all) is text of its own, not part of the sentence.
                    if case .tuple(let attributes)? = arguments.first, attributes.count >= 2,
                       attributes[1].elements.contains(where: { if case .string("comment-start") = $0 { true } else { false } }) {
                        var comment = ""
                        Self.text(arguments.last?.elements ?? [], into: &comment, deferred: &deferred)
                        deferred.append(comment)
                    } else {
                        Self.text(arguments.last?.elements ?? [], into: &text, deferred: &deferred)
                    }
                case "Code":
                    if case .string(let value)? = arguments.last { text += value }
                case "Math":
                    text += " \(PeerText.math) "
                case "Note":
                    var inner = PandocCollector()
                    inner.blocks(arguments.first?.elements ?? [])
                    deferred += inner.items
                default:
                    continue  // Image, RawInline
                }
            }
        }
    }
}

/// A value printed by Haskell's `show` (pandoc's native format): constructors applied to
/// arguments, strings, numbers, lists, tuples and records.
indirect enum HaskellValue: Equatable {
    case constructor(String, [HaskellValue])
    case string(String)
    case number(String)
    case list([HaskellValue])
    case tuple([HaskellValue])
    case record(String, [String: HaskellValue])

    enum ParseError: Error, Equatable { case unexpected(String) }

    /// The elements of a list or tuple; nothing for anything else.
    var elements: [HaskellValue] {
        switch self {
        case .list(let values), .tuple(let values): values
        default: []
        }
    }

    static func parse(_ text: String) throws -> HaskellValue {
        var parser = Parser(scalars: Array(text.unicodeScalars))
        let value = try parser.application()
        parser.skipSpace()
        guard parser.atEnd else { throw ParseError.unexpected("trailing text at \(parser.position)") }
        return value
    }

    private struct Parser {
        let scalars: [Unicode.Scalar]
        var position = 0

        var atEnd: Bool { position >= scalars.count }
        var peek: Unicode.Scalar? { atEnd ? nil : scalars[position] }

        mutating func skipSpace() {
            while let scalar = peek, scalar.properties.isWhitespace { position += 1 }
        }

        mutating func expect(_ scalar: Unicode.Scalar) throws {
            skipSpace()
            guard peek == scalar else { throw ParseError.unexpected("expected \(scalar) at \(position)") }
            position += 1
        }

        /// A constructor with its arguments, or a single atom.
        mutating func application() throws -> HaskellValue {
            skipSpace()
            guard let scalar = peek, scalar.properties.isAlphabetic else { return try atom() }
            let name = identifier()
            if let record = try recordAfter(name) { return record }
            var arguments: [HaskellValue] = []
            while true {
                skipSpace()
                guard let next = peek, !",])}".unicodeScalars.contains(next) else { break }
                arguments.append(try atom())
            }
            return .constructor(name, arguments)
        }

        mutating func atom() throws -> HaskellValue {
            skipSpace()
            guard let scalar = peek else { throw ParseError.unexpected("end of input") }
            switch scalar {
            case "[":
                return .list(try sequence(closing: "]"))
            case "(":
                let values = try sequence(closing: ")")
                return values.count == 1 ? values[0] : .tuple(values)
            case "\"":
                return .string(try string())
            case "-", "0" ... "9":
                let start = position
                position += 1
                while let next = peek, ("0" ... "9").contains(next) || ".eE+-".unicodeScalars.contains(next) { position += 1 }
                return .number(String(String.UnicodeScalarView(scalars[start ..< position])))
            default:
                guard scalar.properties.isAlphabetic else { throw ParseError.unexpected("\(scalar) at \(position)") }
                let name = identifier()
                return try recordAfter(name) ?? .constructor(name, [])
            }
        }

        mutating func identifier() -> String {
            let start = position
            while let next = peek, next.properties.isAlphabetic || next.properties.numericType != nil || next == "_" || next == "'" || next == "." {
                position += 1
            }
            return String(String.UnicodeScalarView(scalars[start ..< position]))
        }

        /// `Name { field = value, … }`.
        mutating func recordAfter(_ name: String) throws -> HaskellValue? {
            skipSpace()
            guard peek == "{" else { return nil }
            position += 1
            var fields: [String: HaskellValue] = [:]
            while true {
                skipSpace()
                if peek == "}" { position += 1; break }
                let field = identifier()
                try expect("=")
                fields[field] = try application()
                skipSpace()
                if peek == "," { position += 1 }
            }
            return .record(name, fields)
        }

        mutating func sequence(closing: Unicode.Scalar) throws -> [HaskellValue] {
            position += 1
            var values: [HaskellValue] = []
            while true {
                skipSpace()
                if peek == closing { position += 1; return values }
                values.append(try application())
                skipSpace()
                if peek == "," { position += 1 } else if peek != closing {
                    throw ParseError.unexpected("expected , or \(closing) at \(position)")
                }
            }
        }

        /// A Haskell string literal: `\"`, `\\`, `\n`, decimal `\8217`, `\x…`, `\o…`, `\&`,
        /// control names (`\DEL`) and string gaps.
        mutating func string() throws -> String {
            position += 1
            var result = String.UnicodeScalarView()
            while true {
                guard let scalar = peek else { throw ParseError.unexpected("unterminated string") }
                position += 1
                if scalar == "\"" { return String(result) }
                guard scalar == "\\" else { result.append(scalar); continue }
                guard let escape = peek else { throw ParseError.unexpected("unterminated escape") }
                position += 1
                switch escape {
                case "n": result.append("\n")
                case "t": result.append("\t")
                case "r": result.append("\r")
                case "a": result.append("\u{07}")
                case "b": result.append("\u{08}")
                case "f": result.append("\u{0C}")
                case "v": result.append("\u{0B}")
                case "&": continue
                case "0" ... "9", "x", "o":
                    var radix = 10
                    var digits = ""
                    if escape == "x" { radix = 16 } else if escape == "o" { radix = 8 } else { digits.unicodeScalars.append(escape) }
                    while let next = peek, Int(String(next), radix: radix) != nil { digits.unicodeScalars.append(next); position += 1 }
                    guard let value = UInt32(digits, radix: radix), let decoded = Unicode.Scalar(value) else {
                        throw ParseError.unexpected("bad escape at \(position)")
                    }
                    result.append(decoded)
                case "^":
                    guard let control = peek else { throw ParseError.unexpected("unterminated escape") }
                    position += 1
                    result.append(Unicode.Scalar(control.value - 64)!)
                default:
                    if escape.properties.isWhitespace {
                        // A string gap: whitespace up to the next backslash is ignored.
                        while let next = peek, next != "\\" { position += 1 }
                        position += 1
                    } else if escape.properties.isUppercase {
                        let names = ["NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF", "VT", "FF", "CR",
                                     "SO", "SI", "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB",
                                     "ESC", "FS", "GS", "RS", "US", "SP"]
                        position -= 1
                        let rest = String(String.UnicodeScalarView(scalars[position ..< min(scalars.count, position + 3)]))
                        if rest.hasPrefix("DEL") { result.append("\u{7F}"); position += 3; continue }
                        // Longest name first ("SOH" before "SO").
                        guard let index = names.indices.filter({ rest.hasPrefix(names[$0]) })
                            .max(by: { names[$0].count < names[$1].count }) else {
                            throw ParseError.unexpected("bad escape at \(position)")
                        }
                        result.append(Unicode.Scalar(UInt32(index))!)  // "SP" is index 32, a space
                        position += names[index].count
                    } else {
                        result.append(escape)  // \" \\ \'
                    }
                }
            }
        }
    }
}
