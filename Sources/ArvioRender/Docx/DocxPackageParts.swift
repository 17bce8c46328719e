import ArvioReport

/// The small fixed parts of a rendered package: content types, relationships, document
/// properties, settings and footnotes.
enum DocxPackageParts {
    private static let packageNamespace = "http://schemas.openxmlformats.org/package/2006"
    private static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let wordML = "application/vnd.openxmlformats-officedocument.wordprocessingml"

    static func contentTypes(footnotes: Bool) -> String {
        var xml = XMLText.declaration + "<Types xmlns=\"\(packageNamespace)/content-types\">"
        xml += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        xml += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        xml += "<Override PartName=\"/word/document.xml\" ContentType=\"\(wordML).document.main+xml\"/>"
        xml += "<Override PartName=\"/word/styles.xml\" ContentType=\"\(wordML).styles+xml\"/>"
        xml += "<Override PartName=\"/word/numbering.xml\" ContentType=\"\(wordML).numbering+xml\"/>"
        xml += "<Override PartName=\"/word/settings.xml\" ContentType=\"\(wordML).settings+xml\"/>"
        if footnotes { xml += "<Override PartName=\"/word/footnotes.xml\" ContentType=\"\(wordML).footnotes+xml\"/>" }
        xml += "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        xml += "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
        return xml + "</Types>"
    }

    static let packageRelationships = XMLText.declaration
        + "<Relationships xmlns=\"\(packageNamespace)/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(officeRelationships)/officeDocument\" Target=\"word/document.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"\(packageNamespace)/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"\(officeRelationships)/extended-properties\" Target=\"docProps/app.xml\"/>"
        + "</Relationships>"

    static func documentRelationships(footnotes: Bool) -> String {
        var xml = XMLText.declaration + "<Relationships xmlns=\"\(packageNamespace)/relationships\">"
        xml += "<Relationship Id=\"rId1\" Type=\"\(officeRelationships)/styles\" Target=\"styles.xml\"/>"
        xml += "<Relationship Id=\"rId2\" Type=\"\(officeRelationships)/numbering\" Target=\"numbering.xml\"/>"
        xml += "<Relationship Id=\"rId3\" Type=\"\(officeRelationships)/settings\" Target=\"settings.xml\"/>"
        if footnotes { xml += "<Relationship Id=\"rId4\" Type=\"\(officeRelationships)/footnotes\" Target=\"footnotes.xml\"/>" }
        return xml + "</Relationships>"
    }

    /// Title from the report; the modification time is the source's, so the same report
    /// always gives the same bytes.
    static func coreProperties(title: String, modified: String?) -> String {
        var xml = XMLText.declaration
        xml += "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
        xml += " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
        xml += " xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
        xml += "<dc:title>\(XMLText.escape(title))</dc:title><dc:language>fi-FI</dc:language>"
        if let modified { xml += "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">\(XMLText.escape(modified))</dcterms:modified>" }
        return xml + "</cp:coreProperties>"
    }

    static let appProperties = XMLText.declaration
        + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
        + "<Application>Arvio</Application></Properties>"

    static func settings(footnotes: Bool) -> String {
        var xml = XMLText.declaration + "<w:settings xmlns:w=\"\(DocxRenderer.wordNamespace)\">"
        xml += "<w:defaultTabStop w:val=\"1304\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>"
        if footnotes { xml += "<w:footnotePr><w:footnote w:id=\"-1\"/><w:footnote w:id=\"0\"/></w:footnotePr>" }
        xml += "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
        return xml + "</w:settings>"
    }

    /// The plan's footnotes, kept as notes of the document. Where they were referenced is not
    /// in the report, so no reference marks are placed in the body.
    static func footnotes(_ notes: [Footnote]) -> String {
        var xml = XMLText.declaration + "<w:footnotes xmlns:w=\"\(DocxRenderer.wordNamespace)\">"
        xml += "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
        xml += "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
        for note in notes {
            xml += "<w:footnote w:id=\"\(XMLText.escape(note.id))\">"
            for (index, line) in note.text.components(separatedBy: "\n").enumerated() {
                xml += "<w:p><w:pPr><w:pStyle w:val=\"FootnoteText\"/></w:pPr>"
                if index == 0 { xml += "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteRef/></w:r>" }
                if !line.isEmpty { xml += DocxBody.run(line, colour: nil, bold: false) }
                xml += "</w:p>"
            }
            xml += "</w:footnote>"
        }
        return xml + "</w:footnotes>"
    }
}
