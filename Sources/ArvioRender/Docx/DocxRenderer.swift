import ArvioPackage
import ArvioReport

/// `arvio render --to docx`: a fresh, valid .docx of a report, in a built-in THL-style
/// template — for migrated content (a report read from Markdown, an old template's text) and
/// legacy documents. Everything the report holds is written in document order, so that
/// importing the result with the same mapping gives the same report back, apart from what a
/// new file cannot keep: the source file's name and its block paths (the rendered body has no
/// title page tricks, text boxes, images, bookmarks or footnote references), and the styles of
/// guidance paragraphs, which become the template's Placeholder style.
public enum DocxRenderer {
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// What every page carries: a header line (project and period) and page numbers in the footer.
    public struct PageFurniture: Sendable, Equatable {
        public var header: String?
        public var pageNumbers: Bool

        public init(header: String? = nil, pageNumbers: Bool = false) {
            self.header = header
            self.pageNumbers = pageNumbers
        }

        var isEmpty: Bool { header == nil && !pageNumbers }
    }

    /// The package parts (name → bytes), in the order a zip should hold them.
    public static func render(_ report: Report, furniture: PageFurniture = PageFurniture()) -> [(name: String, bytes: [UInt8])] {
        let outline = DocumentOutline(report)
        var names: [String] = []
        for item in outline.items {
            if case .block(let block, _) = item, let style = block.style, !names.contains(style) { names.append(style) }
        }
        let styles = DocxStyles(names: names)
        var body = DocxBody(report: report, styles: styles)
        for item in outline.items { body.append(item) }

        let footnotes = report.plan?.footnotes ?? []
        let document = XMLText.declaration
            + "<w:document xmlns:w=\"\(wordNamespace)\" xmlns:r=\"\(relationshipNamespace)\"><w:body>"
            + body.xml
            + "<w:sectPr>" + DocxPageFurniture.references(furniture) + "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1417\" w:right=\"1134\" w:bottom=\"1417\""
            + " w:left=\"1134\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>"

        var parts: [(name: String, bytes: [UInt8])] = [
            ("[Content_Types].xml", bytes(DocxPackageParts.contentTypes(footnotes: !footnotes.isEmpty))),
            ("_rels/.rels", bytes(DocxPackageParts.packageRelationships)),
            ("docProps/core.xml", bytes(DocxPackageParts.coreProperties(title: title(of: report), modified: report.source.modified))),
            ("docProps/app.xml", bytes(DocxPackageParts.appProperties)),
            ("word/document.xml", bytes(document)),
            ("word/_rels/document.xml.rels", bytes(DocxPackageParts.documentRelationships(footnotes: !footnotes.isEmpty))),
            ("word/styles.xml", bytes(styles.xml)),
            ("word/numbering.xml", bytes(body.numbering.xml)),
            ("word/settings.xml", bytes(DocxPackageParts.settings(footnotes: !footnotes.isEmpty))),
        ]
        if !footnotes.isEmpty { parts.append(("word/footnotes.xml", bytes(DocxPackageParts.footnotes(footnotes)))) }
        if !furniture.isEmpty {
            parts = DocxPageFurniture.adding(furniture, to: parts)
        }
        return parts
    }

    /// Renders `report` into a new file at `path` (written beside it and renamed into place).
    /// The caller has checked that `path` may be written: not the input, and --force to replace.
    public static func write(_ report: Report, to path: String, furniture: PageFurniture = PageFurniture()) throws(PackageWriter.Failure) {
        try PackageWriter.create(path, parts: render(report, furniture: furniture))
    }

    /// The document title for the core properties: the source's own, else its title
    /// paragraph, else the project's name, else the kind of document.
    static func title(of report: Report) -> String {
        if let title = report.source.title, !title.isEmpty { return title }
        let paragraphs = report.sections.filter { $0.kind == .title }.flatMap(\.content).compactMap(\.text)
        if let first = paragraphs.first(where: { !$0.allSatisfy(\.isWhitespace) }) {
            return first.trimmingCharacters(in: .whitespaces)
        }
        if let name = report.project.name { return name }
        return report.kind.finnishName
    }

    private static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }
}
