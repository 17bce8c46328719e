/// The page header and footer of a rendered report: "Kanta-Hämeen … -hanke | Oma-arviointi
/// 11/2021" above, "Sivu 1 / 12" below (Word's PAGE and NUMPAGES fields), as THL's own
/// template has them (seed 000).
enum DocxPageFurniture {
    static let headerPart = "word/header1.xml"
    static let footerPart = "word/footer1.xml"
    private static let headerId = "rIdHeader1"
    private static let footerId = "rIdFooter1"
    private static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let wordML = "application/vnd.openxmlformats-officedocument.wordprocessingml"

    /// The section's references to them (first in `w:sectPr`, as the schema orders it).
    static func references(_ furniture: DocxRenderer.PageFurniture) -> String {
        var xml = ""
        if furniture.header != nil { xml += "<w:headerReference w:type=\"default\" r:id=\"\(headerId)\"/>" }
        if furniture.pageNumbers { xml += "<w:footerReference w:type=\"default\" r:id=\"\(footerId)\"/>" }
        return xml
    }

    static func header(_ text: String) -> String {
        XMLText.declaration + "<w:hdr xmlns:w=\"\(DocxRenderer.wordNamespace)\" xmlns:r=\"\(DocxRenderer.relationshipNamespace)\">"
            + "<w:p><w:pPr><w:jc w:val=\"right\"/></w:pPr><w:r><w:rPr><w:color w:val=\"595959\"/></w:rPr>"
            + "<w:t xml:space=\"preserve\">\(XMLText.escape(text))</w:t></w:r></w:p></w:hdr>"
    }

    static let footer = XMLText.declaration
        + "<w:ftr xmlns:w=\"\(DocxRenderer.wordNamespace)\" xmlns:r=\"\(DocxRenderer.relationshipNamespace)\">"
        + "<w:p><w:pPr><w:jc w:val=\"right\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Sivu </w:t></w:r>"
        + "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple>"
        + "<w:r><w:t xml:space=\"preserve\"> / </w:t></w:r>"
        + "<w:fldSimple w:instr=\" NUMPAGES \"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>"

    /// `parts` with the header and footer parts, their relationships and content types.
    static func adding(_ furniture: DocxRenderer.PageFurniture, to parts: [(name: String, bytes: [UInt8])]) -> [(name: String, bytes: [UInt8])] {
        var result: [(name: String, bytes: [UInt8])] = []
        for part in parts {
            var text = String(decoding: part.bytes, as: UTF8.self)
            switch part.name {
            case "[Content_Types].xml":
                var overrides = ""
                if furniture.header != nil { overrides += "<Override PartName=\"/\(headerPart)\" ContentType=\"\(wordML).header+xml\"/>" }
                if furniture.pageNumbers { overrides += "<Override PartName=\"/\(footerPart)\" ContentType=\"\(wordML).footer+xml\"/>" }
                text = text.replacingOccurrences(of: "</Types>", with: overrides + "</Types>")
            case "word/_rels/document.xml.rels":
                var relationships = ""
                if furniture.header != nil { relationships += "<Relationship Id=\"\(headerId)\" Type=\"\(officeRelationships)/header\" Target=\"header1.xml\"/>" }
                if furniture.pageNumbers { relationships += "<Relationship Id=\"\(footerId)\" Type=\"\(officeRelationships)/footer\" Target=\"footer1.xml\"/>" }
                text = text.replacingOccurrences(of: "</Relationships>", with: relationships + "</Relationships>")
            default:
                result.append(part)
                continue
            }
            result.append((part.name, Array(text.utf8)))
        }
        if let line = furniture.header { result.append((headerPart, Array(header(line).utf8))) }
        if furniture.pageNumbers { result.append((footerPart, Array(footer.utf8))) }
        return result
    }
}
