import ArvioDevSupport
import ArvioPackage
import Foundation
@testable import ArvioWordML

/// A smallest .docx around a hand-written `w:body`, for tests of one construct at a time: the
/// XML in the test is the whole input, so what the test expects can be read off it.
enum MiniDocx {
    static let namespaces = [
        "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        "m": "http://schemas.openxmlformats.org/officeDocument/2006/math",
        "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
        "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
        "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
        "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
        "v": "urn:schemas-microsoft-com:vml",
        "o": "urn:schemas-microsoft-com:office:office",
    ]

    /// A theme whose colour scheme is Office 2007's: dk2 1F497D, lt2 EEECE1, accent2 C0504D.
    static let office2007Theme = """
        <a:theme xmlns:a="\(namespaces["a"]!)" name="Office Theme"><a:themeElements><a:clrScheme name="Office">\
        <a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>\
        <a:dk2><a:srgbClr val="1F497D"/></a:dk2><a:lt2><a:srgbClr val="EEECE1"/></a:lt2>\
        <a:accent1><a:srgbClr val="4F81BD"/></a:accent1><a:accent2><a:srgbClr val="C0504D"/></a:accent2>\
        <a:accent3><a:srgbClr val="9BBB59"/></a:accent3><a:accent4><a:srgbClr val="8064A2"/></a:accent4>\
        <a:accent5><a:srgbClr val="4BACC6"/></a:accent5><a:accent6><a:srgbClr val="F79646"/></a:accent6>\
        <a:hlink><a:srgbClr val="0000FF"/></a:hlink><a:folHlink><a:srgbClr val="800080"/></a:folHlink>\
        </a:clrScheme></a:themeElements></a:theme>
        """

    /// Writes the package and returns its path (in the test process's scratch folder).
    static func write(body: String, theme: String? = nil, styles: String? = nil, strict: Bool = false) throws -> String {
        let path = ScratchFolder.url("mini").appendingPathExtension("docx").path
        var declarations = namespaces.sorted { $0.key < $1.key }.map { " xmlns:\($0.key)=\"\($0.value)\"" }.joined()
        if strict {
            declarations = declarations.replacingOccurrences(of: namespaces["w"]!, with: "http://purl.oclc.org/ooxml/wordprocessingml/main")
        }
        let document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document\(declarations)><w:body>\(body)</w:body></w:document>"
        var overrides = "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        var relationships = ""
        var parts: [(name: String, bytes: [UInt8])] = [("word/document.xml", Array(document.utf8))]
        if let styles {
            let namespace = strict ? "http://purl.oclc.org/ooxml/wordprocessingml/main" : namespaces["w"]!
            overrides += "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
            relationships += "<Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
            parts.append(("word/styles.xml", Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles xmlns:w=\"\(namespace)\">\(styles)</w:styles>".utf8)))
        }
        if let theme {
            overrides += "<Override PartName=\"/word/theme/theme1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.theme+xml\"/>"
            relationships += "<Relationship Id=\"rIdTheme\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme\" Target=\"theme/theme1.xml\"/>"
            parts.append(("word/theme/theme1.xml", Array(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + theme).utf8)))
        }
        parts += [
            ("[Content_Types].xml", Array("""
                <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\(overrides)</Types>
                """.utf8)),
            ("_rels/.rels", Array("""
                <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
                """.utf8)),
            ("word/_rels/document.xml.rels", Array("""
                <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                \(relationships)<Relationship Id="rIdImage" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>
                """.utf8)),
        ]
        try PackageWriter.create(path, parts: parts)
        return path
    }

    static func read(body: String, theme: String? = nil, styles: String? = nil, strict: Bool = false,
                     options: ReadOptions = ReadOptions()) throws -> WordDocument {
        try DocxReader.read(try write(body: body, theme: theme, styles: styles, strict: strict), options: options)
    }

    /// A one-row table of `cells` (each a `w:tc`'s `w:tcPr` content and text).
    static func table(_ cells: [(properties: String, text: String)]) -> String {
        "<w:tbl><w:tblGrid>" + String(repeating: "<w:gridCol w:w=\"1000\"/>", count: cells.count) + "</w:tblGrid><w:tr>"
            + cells.map { "<w:tc><w:tcPr>\($0.properties)</w:tcPr>\(paragraph($0.text))</w:tc>" }.joined() + "</w:tr></w:tbl>"
    }

    static func paragraph(_ text: String) -> String { "<w:p><w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>" }

    /// The cells of the first table of the body, row by row.
    static func cells(_ document: WordDocument) -> [[TableCell]] {
        for block in document.body { if case .table(let table) = block { return table.rows.map(\.cells) } }
        return []
    }
}
