/// A body-level piece of content, in document order.
public enum Block: Sendable {
    case paragraph(Paragraph)
    case table(Table)
}

public struct Paragraph: Sendable {
    public var styleId: String?
    /// The style's display name ("heading 1"): stable across Word's UI languages, unlike the id ("Otsikko1").
    public var styleName: String?
    /// 1–9 for headings, from the style chain (name "heading N", `basedOn`, `w:outlineLvl`) or
    /// the paragraph's own outline level; nil for body text.
    public var headingLevel: Int?
    public var isTitle: Bool = false
    /// The list label as Word shows it, with the numbering definition behind it.
    public var list: ListItem? {
        get { rare?.list }
        set { rare = Rare.make(list: newValue, markRevision: markRevision) }
    }
    public var alignment: String?
    public var inlines: [Inline] = []
    /// Inserted or deleted paragraph mark (tracked change).
    public var markRevision: Revision? {
        get { rare?.markRevision }
        set { rare = Rare.make(list: list, markRevision: newValue) }
    }
    /// Block-level content controls around this paragraph, outermost first.
    public var contentControls: [ContentControl] = []
    /// Index into `WordDocument.sections` when this paragraph ends a section.
    public var endsSection: Int?
    public var source: SourceRef
    /// List item and paragraph-mark revision out of line: inline they were half of every
    /// paragraph, and a large table holds a paragraph per cell.
    private var rare: Rare?

    public init(source: SourceRef) { self.source = source }

    /// Immutable, so sharing one between copies of a paragraph keeps value semantics.
    private final class Rare: Sendable {
        let list: ListItem?
        let markRevision: Revision?

        private init(list: ListItem?, markRevision: Revision?) {
            self.list = list
            self.markRevision = markRevision
        }

        /// nil when there is nothing to keep. Not a failable init: that allocates the object
        /// before it can fail.
        static func make(list: ListItem?, markRevision: Revision?) -> Rare? {
            list == nil && markRevision == nil ? nil : Rare(list: list, markRevision: markRevision)
        }
    }

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

extension Paragraph: Encodable {
    /// The keys and omissions the synthesised encoding had before `rare` existed.
    private enum CodingKeys: String, CodingKey {
        case styleId, styleName, headingLevel, isTitle, list, alignment, inlines, markRevision, contentControls,
             endsSection, source
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(styleId, forKey: .styleId)
        try container.encodeIfPresent(styleName, forKey: .styleName)
        try container.encodeIfPresent(headingLevel, forKey: .headingLevel)
        try container.encode(isTitle, forKey: .isTitle)
        try container.encodeIfPresent(list, forKey: .list)
        try container.encodeIfPresent(alignment, forKey: .alignment)
        try container.encode(inlines, forKey: .inlines)
        try container.encodeIfPresent(markRevision, forKey: .markRevision)
        try container.encode(contentControls, forKey: .contentControls)
        try container.encodeIfPresent(endsSection, forKey: .endsSection)
        try container.encode(source, forKey: .source)
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
    /// An equation's text (`m:t`), linearised.
    case math(String)

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

public struct Image: Sendable, Encodable, Equatable {
    public var target: String?
    public var name: String?
    public var description: String?
}

/// Text with one formatting. Word's run splits (spell-check, rsid) are joined back: two
/// neighbouring runs are merged whenever everything here but `text` is equal.
public struct TextRun: Sendable, Equatable {
    public var text: String
    public var format: RunFormat
    /// Target of an enclosing hyperlink: a URL, or "#bookmark" for an internal link.
    public var hyperlink: String?
    /// The instruction of the field whose result this is (`PAGE`, `SEQ Table`, `TOC \o "1-3"`).
    public var field: String?
    /// Tracked change and content control, which few runs have, out of line: inline they were
    /// over a third of every run, and a large table holds hundreds of thousands of runs.
    private var rare: Rare?

    public var revision: Revision? {
        get { rare?.revision }
        set { rare = Rare.make(revision: newValue, contentControl: contentControl) }
    }

    public var contentControl: ContentControl? {
        get { rare?.contentControl }
        set { rare = Rare.make(revision: revision, contentControl: newValue) }
    }

    public init(text: String, format: RunFormat = RunFormat(), hyperlink: String? = nil, field: String? = nil,
                revision: Revision? = nil, contentControl: ContentControl? = nil) {
        self.text = text
        self.format = format
        self.hyperlink = hyperlink
        self.field = field
        self.rare = Rare.make(revision: revision, contentControl: contentControl)
    }

    func canMerge(with other: TextRun) -> Bool {
        format == other.format && hyperlink == other.hyperlink && field == other.field
            && revision == other.revision && contentControl == other.contentControl
    }

    public static func == (lhs: TextRun, rhs: TextRun) -> Bool {
        lhs.text == rhs.text && lhs.canMerge(with: rhs)
    }

    /// Immutable, so sharing one between copies of a run keeps value semantics.
    private final class Rare: Sendable {
        let revision: Revision?
        let contentControl: ContentControl?

        private init(revision: Revision?, contentControl: ContentControl?) {
            self.revision = revision
            self.contentControl = contentControl
        }

        /// nil when there is nothing to keep (see `Paragraph.Rare.make`).
        static func make(revision: Revision?, contentControl: ContentControl?) -> Rare? {
            revision == nil && contentControl == nil ? nil : Rare(revision: revision, contentControl: contentControl)
        }
    }
}

extension TextRun: Encodable {
    /// The keys and omissions the synthesised encoding had before `rare` existed.
    private enum CodingKeys: String, CodingKey { case text, format, hyperlink, field, revision, contentControl }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(format, forKey: .format)
        try container.encodeIfPresent(hyperlink, forKey: .hyperlink)
        try container.encodeIfPresent(field, forKey: .field)
        try container.encodeIfPresent(revision, forKey: .revision)
        try container.encodeIfPresent(contentControl, forKey: .contentControl)
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
    /// Run shading fill (hex).
    public var shading: String?
    /// "superscript" or "subscript".
    public var verticalAlign: String?
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
    /// Cell shading fill (hex RGB), e.g. the traffic-light colour.
    public var fill: String?
    public var blocks: [Block]
    /// Ordinal of the `w:tc` element in its part.
    public var element: Int
}

extension Block {
    /// The block's text; table cells separated by tabs and rows by newlines.
    public var plainText: String {
        switch self {
        case .paragraph(let paragraph):
            return paragraph.text
        case .table(let table):
            return table.rows.map { row in
                row.cells.map { cell in cell.blocks.map(\.plainText).joined(separator: "\n") }.joined(separator: "\t")
            }.joined(separator: "\n")
        }
    }
}
