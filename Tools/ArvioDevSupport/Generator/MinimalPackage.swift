/// The parts around a generated or fuzzed main document (the property tests' reports and every
/// XML input of `arvio-fuzz`): content types, relationships, core properties, styles with three
/// headings, a list paragraph and a table grid, and numbering with a decimal and a bullet list
/// nine levels deep.
public enum MinimalPackage {
    public static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    public static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    public static func parts(document: [UInt8], styles: [UInt8] = Array(styles.utf8)) -> [(name: String, bytes: [UInt8])] {
        [
            ("[Content_Types].xml", Array(contentTypes.utf8)),
            ("_rels/.rels", Array(packageRelationships.utf8)),
            ("docProps/core.xml", Array(coreProperties.utf8)),
            ("word/document.xml", document),
            ("word/_rels/document.xml.rels", Array(documentRelationships.utf8)),
            ("word/styles.xml", styles),
            ("word/numbering.xml", Array(numbering.utf8)),
        ]
    }

    /// A styles part rather than a document: its root, `<w:styles`, within the first 512 bytes.
    public static func isStyles(_ bytes: [UInt8]) -> Bool {
        let root = Array("<w:styles".utf8), head = Array(bytes.prefix(512))
        guard head.count >= root.count else { return false }
        return (0 ... head.count - root.count).contains { head[$0 ..< $0 + root.count].elementsEqual(root) }
    }

    /// The document around a fuzzed styles part: Word's heading, list and character style ids.
    public static let stylesDocument: String = {
        var text = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="\#(wordNamespace)"><w:body>"#
        for (style, words) in [("Title", "Oma-arviointi"), ("Heading1", "Tavoite 1"), ("Heading2", "Toimenpiteet"),
                               ("ListParagraph", "Ensimmäinen kohta"), ("Normal", "Tekstiä")] {
            text += #"<w:p><w:pPr><w:pStyle w:val="\#(style)"/></w:pPr><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr>"#
                + #"<w:t>\#(words)</w:t></w:r></w:p>"#
        }
        text += #"<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr><w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"#
        return text + "</w:body></w:document>"
    }()

    static let contentTypes = DocumentParts.contentTypesXML(declaration: declaration, overrides: [
        ("word/document.xml", "wordprocessingml.document.main"), ("word/styles.xml", "wordprocessingml.styles"),
        ("word/numbering.xml", "wordprocessingml.numbering"), ("docProps/core.xml", "package.core-properties"),
    ])
    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    static let packageRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
        </Relationships>
        """
    static let coreProperties = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
        xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
        <dc:title>Tulevaisuuden sosiaali- ja terveyskeskus -hankkeen oma-arviointi 11/2020</dc:title>\
        <dc:creator>Arvio property tests</dc:creator>\
        </cp:coreProperties>
        """
    static let documentRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>\
        </Relationships>
        """
    public static let styles: String = {
        var text = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="\#(wordNamespace)">"#
        text += #"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>"#
        for level in 1 ... 3 {
            text += #"<w:style w:type="paragraph" w:styleId="Heading\#(level)"><w:name w:val="heading \#(level)"/>"#
                + #"<w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="\#(level - 1)"/></w:pPr></w:style>"#
        }
        text += #"<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/></w:style>"#
        text += #"<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>"#
        return text + "</w:styles>"
    }()
    static let numbering: String = {
        var text = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="\#(wordNamespace)">"#
        for (id, format) in [(0, "decimal"), (1, "bullet")] {
            text += #"<w:abstractNum w:abstractNumId="\#(id)">"#
            for level in 0 ..< 9 {
                let label = format == "bullet" ? ["•", "o", "▪"][level % 3] : (0 ... level).map { "%\($0 + 1)." }.joined()
                text += #"<w:lvl w:ilvl="\#(level)"><w:start w:val="1"/><w:numFmt w:val="\#(format)"/>"#
                    + #"<w:lvlText w:val="\#(label)"/><w:pPr><w:ind w:left="\#(720 * (level + 1))" w:hanging="360"/></w:pPr></w:lvl>"#
            }
            text += "</w:abstractNum>"
        }
        text += #"<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>"#
        return text + "</w:numbering>"
    }()
}
