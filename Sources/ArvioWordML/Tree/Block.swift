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
        set { rare = Rare.make(list: newValue, markRevision: markRevision, shading: shading, fill: fill) }
    }
    public var alignment: String?
    public var inlines: [Inline] = []
    /// Inserted or deleted paragraph mark (tracked change).
    public var markRevision: Revision? {
        get { rare?.markRevision }
        set { rare = Rare.make(list: list, markRevision: newValue, shading: shading, fill: fill) }
    }
    /// Paragraph shading (`w:pPr/w:shd`, Word's Borders and Shading → Paragraph) as written.
    public var shading: Shading? {
        get { rare?.shading }
        set { rare = Rare.make(list: list, markRevision: markRevision, shading: newValue, fill: fill) }
    }
    /// The colour a reader sees behind the paragraph (hex RGB), from `shading` as for a table
    /// cell (`TableCell.fill`); nil when it is not shaded.
    public var fill: String? {
        get { rare?.fill }
        set { rare = Rare.make(list: list, markRevision: markRevision, shading: shading, fill: newValue) }
    }
    /// Block-level content controls around this paragraph, outermost first.
    public var contentControls: [ContentControl] = []
    /// Index into `WordDocument.sections` when this paragraph ends a section.
    public var endsSection: Int?
    public var source: SourceRef
    /// List item, paragraph-mark revision and shading out of line: inline they were half of
    /// every paragraph, and a large table holds a paragraph per cell.
    private var rare: Rare?

    public init(source: SourceRef) { self.source = source }

    /// Immutable, so sharing one between copies of a paragraph keeps value semantics.
    private final class Rare: Sendable {
        let list: ListItem?
        let markRevision: Revision?
        let shading: Shading?
        let fill: String?

        private init(list: ListItem?, markRevision: Revision?, shading: Shading?, fill: String?) {
            self.list = list
            self.markRevision = markRevision
            self.shading = shading
            self.fill = fill
        }

        /// nil when there is nothing to keep. Not a failable init: that allocates the object
        /// before it can fail.
        static func make(list: ListItem?, markRevision: Revision?, shading: Shading?, fill: String?) -> Rare? {
            list == nil && markRevision == nil && shading == nil && fill == nil
                ? nil : Rare(list: list, markRevision: markRevision, shading: shading, fill: fill)
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
        case styleId, styleName, headingLevel, isTitle, list, alignment, fill, shading, inlines, markRevision, contentControls,
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
        try container.encodeIfPresent(fill, forKey: .fill)
        try container.encodeIfPresent(shading, forKey: .shading)
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

    /// A run whose revision and content control are `rare`'s: made once for a stretch of runs
    /// that share them (see `PartReader`), instead of once per run.
    init(text: String, format: RunFormat, hyperlink: String?, field: String?, rare: Rare?) {
        self.text = text
        self.format = format
        self.hyperlink = hyperlink
        self.field = field
        self.rare = rare
    }

    func canMerge(with other: TextRun) -> Bool {
        format == other.format && hyperlink == other.hyperlink && field == other.field
            && revision == other.revision && contentControl == other.contentControl
    }

    public static func == (lhs: TextRun, rhs: TextRun) -> Bool {
        lhs.text == rhs.text && lhs.canMerge(with: rhs)
    }

    /// Immutable, so sharing one between copies of a run keeps value semantics.
    final class Rare: Sendable {
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
///
/// The fields live in storage shared between copies until one of them changes: a document has a
/// handful of distinct formats and hundreds of thousands of runs, and a run carrying the fields
/// inline was two thirds of its size, with six strings to retain and release on every copy.
public struct RunFormat: Sendable, Encodable, Equatable, Hashable {
    private var storage: Storage

    public init() { storage = Storage.plain }

    public var bold: Bool { get { storage.fields.bold } set { if newValue != bold { mutate { $0.bold = newValue } } } }
    public var italic: Bool { get { storage.fields.italic } set { if newValue != italic { mutate { $0.italic = newValue } } } }
    /// `w:u` value ("single", "double", …); nil when not underlined.
    public var underline: String? {
        get { storage.fields.underline }
        set { if newValue != underline { mutate { $0.underline = newValue } } }
    }
    public var strike: Bool { get { storage.fields.strike } set { if newValue != strike { mutate { $0.strike = newValue } } } }
    /// Hex RGB ("0070C0"), nil for automatic.
    public var color: String? { get { storage.fields.color } set { if newValue != color { mutate { $0.color = newValue } } } }
    public var highlight: String? {
        get { storage.fields.highlight }
        set { if newValue != highlight { mutate { $0.highlight = newValue } } }
    }
    /// The colour a reader sees behind the run (hex), from `w:shd` as for table cells.
    public var shading: String? {
        get { storage.fields.shading }
        set { if newValue != shading { mutate { $0.shading = newValue } } }
    }
    /// "superscript" or "subscript".
    public var verticalAlign: String? {
        get { storage.fields.verticalAlign }
        set { if newValue != verticalAlign { mutate { $0.verticalAlign = newValue } } }
    }
    /// Font size in half-points (`w:sz`: 22 is 11 pt), through document defaults and styles
    /// like every field here; nil when nothing gives one (Word then uses 10 pt).
    public var size: Int? { get { storage.fields.size } set { if newValue != size { mutate { $0.size = newValue } } } }
    public var smallCaps: Bool {
        get { storage.fields.smallCaps }
        set { if newValue != smallCaps { mutate { $0.smallCaps = newValue } } }
    }
    public var allCaps: Bool {
        get { storage.fields.allCaps }
        set { if newValue != allCaps { mutate { $0.allCaps = newValue } } }
    }
    public var hidden: Bool { get { storage.fields.hidden } set { if newValue != hidden { mutate { $0.hidden = newValue } } } }
    public var styleId: String? {
        get { storage.fields.styleId }
        set { if newValue != styleId { mutate { $0.styleId = newValue } } }
    }

    /// Copy on write: the storage is changed in place only when no other format shares it.
    private mutating func mutate(_ change: (inout Fields) -> Void) {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
        change(&storage.fields)
    }

    public static func == (lhs: RunFormat, rhs: RunFormat) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(storage.fields) }

    public func encode(to encoder: any Encoder) throws { try storage.fields.encode(to: encoder) }

    /// Declared in the order, and encoded with the keys, the format had as a plain struct.
    private struct Fields: Hashable, Encodable {
        var bold = false
        var italic = false
        var underline: String?
        var strike = false
        var color: String?
        var highlight: String?
        var shading: String?
        var verticalAlign: String?
        var size: Int?
        var smallCaps = false
        var allCaps = false
        var hidden = false
        var styleId: String?
    }

    /// Mutable only while uniquely referenced (`mutate`), which is what makes sharing it safe.
    private final class Storage: @unchecked Sendable {
        static let plain = Storage(Fields())
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }
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
