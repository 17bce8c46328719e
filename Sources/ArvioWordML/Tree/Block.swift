/// A body-level piece of content, in document order.
public enum Block: Sendable {
    case paragraph(Paragraph)
    case table(Table)
}

public struct Paragraph: Sendable, Encodable {
    public var styleId: String?
    /// The style's display name ("heading 1"): stable across Word's UI languages, unlike the id ("Otsikko1").
    public var styleName: String?
    /// 1–9 for headings, from the style chain (name "heading N", `basedOn`, `w:outlineLvl`) or
    /// the paragraph's own outline level; nil for body text.
    public var headingLevel: Int?
    public var isTitle: Bool = false
    /// The list label as Word shows it, with the numbering definition behind it.
    public var list: ListItem?
    public var alignment: String?
    /// The colour a reader sees behind the paragraph (hex RGB), from `shading` as for a table
    /// cell (`TableCell.fill`); nil when it is not shaded.
    public var fill: String?
    /// Paragraph shading (`w:pPr/w:shd`, Word's Borders and Shading → Paragraph) as written.
    public var shading: Shading?
    public var inlines: [Inline] = []
    /// Inserted or deleted paragraph mark (tracked change).
    public var markRevision: Revision?
    /// Block-level content controls around this paragraph, outermost first.
    public var contentControls: [ContentControl] = []
    /// Index into `WordDocument.sections` when this paragraph ends a section.
    public var endsSection: Int?
    public var source: SourceRef

    public init(source: SourceRef) { self.source = source }

    /// The paragraph's text without its list label: tabs as "\t", line breaks as "\n",
    /// text boxes and math included.
    public var text: String {
        var result = ""
        for inline in inlines { inline.appendText(to: &result) }
        return result
    }

    public var runs: [TextRun] {
        inlines.compactMap { if case .text(let run) = $0 { run } else { nil } }
    }
}

/// A numbered or bulleted paragraph.
public struct ListItem: Sendable, Encodable, Equatable {
    public var numId: Int
    public var level: Int
    /// As Word renders it: "1.", "1.2.", "a)", "•".
    public var label: String
    /// `w:numFmt` of the level: "decimal", "bullet", "lowerLetter", …
    public var format: String
    public var abstractNumId: Int?
}

public enum BreakKind: String, Sendable, Encodable { case page, column }

public enum Inline: Sendable {
    case text(TextRun)
    case `break`(BreakKind)
    case bookmarkStart(id: String, name: String)
    case bookmarkEnd(id: String)
    case noteReference(NoteReference)
    case commentStart(id: String)
    case commentEnd(id: String)
    case commentReference(id: String)
    case image(Image)
    /// The text of a text box or shape, read once (one branch of `mc:AlternateContent`).
    case textBox([Block])
    /// An equation in Word's linear form ("x=(-b±√(b^2-4ac))/(2a)", see `MathText`).
    case math(String)

    /// Joins `run` onto this inline when this is a run it can merge with (see `TextRun`); false,
    /// and nothing changed, when it is not. In place: the array's run is neither copied out to be
    /// compared nor put back.
    mutating func absorb(_ run: TextRun) -> Bool {
        guard case .text(var joined) = self, joined.canMerge(with: run) else { return false }
        self = .break(.page)  // lets go of the array's copy, so the text grows in place
        joined.text += run.text
        self = .text(joined)
        return true
    }

    func appendText(to result: inout String) {
        switch self {
        case .text(let run): result += run.text
        case .math(let text): result += text
        case .textBox(let blocks):
            for (index, block) in blocks.enumerated() {
                if index > 0 || !result.isEmpty { result += "\n" }
                result += block.plainText
            }
        default: break
        }
    }
}

public struct NoteReference: Sendable, Encodable, Equatable {
    public enum Kind: String, Sendable, Encodable { case footnote, endnote }
    public var kind: Kind
    public var id: String
}

/// A picture, chart or other drawing, with what its author wrote about it for readers who
/// cannot see it (Word's "Alt Text").
public struct Image: Sendable, Encodable, Equatable {
    /// The picture's part ("word/media/image1.png"); nil for a chart or shape.
    public var target: String?
    /// The name Word gives the drawing ("Picture 2", "Chart 5").
    public var name: String?
    /// Alt text: `wp:docPr/@descr`, or VML's `v:shape/@alt`; nil when empty.
    public var description: String?
    /// `wp:docPr/@title`; nil when empty.
    public var title: String?

    public init(target: String? = nil, name: String? = nil, description: String? = nil, title: String? = nil) {
        self.target = target
        self.name = name
        self.description = description
        self.title = title
    }
}

/// Text with one formatting. Word's run splits (spell-check, rsid) are joined back: two
/// neighbouring runs are merged whenever everything here but `text` is equal.
public struct TextRun: Sendable, Equatable, Encodable {
    public var text: String
    public var format: RunFormat
    /// Target of an enclosing hyperlink: a URL, or "#bookmark" for an internal link.
    public var hyperlink: String?
    /// The instruction of the field whose result this is (`PAGE`, `SEQ Table`, `TOC \o "1-3"`).
    public var field: String?
    public var revision: Revision?
    public var contentControl: ContentControl?

    public init(text: String, format: RunFormat = RunFormat(), hyperlink: String? = nil, field: String? = nil,
                revision: Revision? = nil, contentControl: ContentControl? = nil) {
        self.text = text
        self.format = format
        self.hyperlink = hyperlink
        self.field = field
        self.revision = revision
        self.contentControl = contentControl
    }

    func canMerge(with other: TextRun) -> Bool {
        format == other.format && hyperlink == other.hyperlink && field == other.field
            && revision == other.revision && contentControl == other.contentControl
    }
}

/// Effective run formatting: document defaults, paragraph style, character style and direct
/// formatting resolved in that order.
public struct RunFormat: Sendable, Encodable, Equatable, Hashable {
    public var bold = false
    public var italic = false
    /// `w:u` value ("single", "double", …); nil when not underlined.
    public var underline: String?
    public var strike = false
    /// Hex RGB ("0070C0"), nil for automatic.
    public var color: String?
    public var highlight: String?
    /// The colour a reader sees behind the run (hex), from `w:shd` as for table cells.
    public var shading: String?
    /// "superscript" or "subscript".
    public var verticalAlign: String?
    /// Font size in half-points (`w:sz`: 22 is 11 pt), through document defaults and styles
    /// like every field here; nil when nothing gives one (Word then uses 10 pt).
    public var size: Int?
    public var smallCaps = false
    public var allCaps = false
    public var hidden = false
    public var styleId: String?

    public init() {}
}

public struct Table: Sendable, Encodable {
    /// Column widths from `w:tblGrid`, in twentieths of a point.
    public var grid: [Int]
    public var rows: [TableRow]
    public var styleId: String?
    public var contentControls: [ContentControl] = []
    public var source: SourceRef
    /// Table shading (`w:tblPr/w:shd`) as written: the background behind every cell that has
    /// no shading of its own.
    public var shading: Shading? = nil
    /// The colour a reader sees behind the table's unshaded cells (hex RGB); nil when none.
    /// Those cells' own `fill` is this colour too.
    public var fill: String? = nil
}

public struct TableRow: Sendable, Encodable {
    public var cells: [TableCell]
    /// `w:tblHeader`: Word repeats this row at the top of every page.
    public var isHeader: Bool
    public var gridBefore: Int
    public var gridAfter: Int
    public var revision: Revision?
    /// Ordinal of the `w:tr` element in its part.
    public var element: Int
}

public struct TableCell: Sendable, Encodable {
    /// First grid column the cell occupies (0-based, after `gridBefore`).
    public var column: Int
    public var columnSpan: Int
    /// Rows the cell covers after resolving `w:vMerge`; 0 for a continuation cell that is
    /// covered by the cell above (its own content, usually empty, is still kept).
    public var rowSpan: Int
    /// `w:vMerge` as written: "restart", "continue" (a bare `<w:vMerge/>`), or nil.
    public var verticalMerge: String?
    /// The colour a reader sees in the cell (hex RGB), e.g. the traffic-light colour, whichever
    /// way `w:shd` gives it (fill, theme colour, solid or dotted pattern; see `ShadingColour`);
    /// nil when the cell is not shaded.
    public var fill: String?
    public var blocks: [Block]
    /// Ordinal of the `w:tc` element in its part.
    public var element: Int
    /// `w:shd` as written, when there is one.
    public var shading: Shading? = nil
}

extension Block {
    /// The block's text; table cells separated by tabs and rows by newlines.
    public var plainText: String {
        var result = ""
        appendPlainText(to: &result)
        return result
    }

    /// `plainText` written into one string: a large table's rows and cells as arrays of strings
    /// to join cost more than the text itself.
    func appendPlainText(to result: inout String) {
        switch self {
        case .paragraph(let paragraph):
            // On its own first: a text box's text starts a line only after text of its paragraph.
            result += paragraph.text
        case .table(let table):
            for (rowIndex, row) in table.rows.enumerated() {
                if rowIndex > 0 { result += "\n" }
                for (cellIndex, cell) in row.cells.enumerated() {
                    if cellIndex > 0 { result += "\t" }
                    for (blockIndex, block) in cell.blocks.enumerated() {
                        if blockIndex > 0 { result += "\n" }
                        block.appendPlainText(to: &result)
                    }
                }
            }
        }
    }
}
