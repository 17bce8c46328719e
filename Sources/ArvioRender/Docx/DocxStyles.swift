/// `word/styles.xml` of the built-in THL-style template: Normal, Title, Subtitle, real heading
/// styles ("heading 1"–"heading 3" with outline levels, which is how Arvio and Word know a
/// heading), List Paragraph, a grey italic Placeholder for THL's guidance text (ohjeteksti),
/// a bordered table style — plus one plain paragraph style for every other style name the
/// report's paragraphs carry ("Body Text", "caption", "toc 1"), so those names survive.
struct DocxStyles {
    /// Style name as the report holds it → style id.
    private(set) var ids: [String: String] = [:]
    private var extra: [(id: String, name: String)] = []

    static let builtIn: [(id: String, name: String)] = [
        ("Normal", "Normal"), ("Title", "Title"), ("Subtitle", "Subtitle"),
        ("Heading1", "heading 1"), ("Heading2", "heading 2"), ("Heading3", "heading 3"),
        ("ListParagraph", "List Paragraph"), ("Placeholder", "Placeholder"), ("FootnoteText", "footnote text"),
    ]

    init(names: [String]) {
        var used = Set(Self.builtIn.map { $0.id.lowercased() } + ["tablegrid", "tablenormal", "footnotereference"])
        for (id, name) in Self.builtIn { ids[name.lowercased()] = id }
        for name in names where ids[name.lowercased()] == nil {
            var base = String(name.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0" ... "9").contains($0)) }
                .map(Character.init))
            if base.isEmpty { base = "Style" }
            var id = base
            var counter = 2
            while used.contains(id.lowercased()) { id = base + String(counter); counter += 1 }
            used.insert(id.lowercased())
            ids[name.lowercased()] = id
            extra.append((id, name))
        }
    }

    /// The style id for a name the report holds (nil: the default, Normal).
    func id(forName name: String?) -> String? {
        guard let name else { return nil }
        return ids[name.lowercased()]
    }

    var xml: String {
        var xml = XMLText.declaration
        xml += "<w:styles xmlns:w=\"\(DocxRenderer.wordNamespace)\">"
        xml += """
            <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/>\
            <w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="fi-FI" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>\
            <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
            <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>\
            <w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>\
            <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/>\
            <w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>\
            <w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>\
            <w:qFormat/><w:pPr><w:spacing w:after="240" w:line="240" w:lineRule="auto"/><w:contextualSpacing/></w:pPr>\
            <w:rPr><w:rFonts w:ascii="Calibri Light" w:hAnsi="Calibri Light"/><w:color w:val="1F4E79"/><w:kern w:val="28"/>\
            <w:sz w:val="52"/><w:szCs w:val="52"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/>\
            <w:next w:val="Normal"/><w:qFormat/><w:rPr><w:color w:val="595959"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
            """
        for (level, size, colour) in [(1, 32, "1F4E79"), (2, 28, "2F5496"), (3, 24, "2F5496")] {
            xml += "<w:style w:type=\"paragraph\" w:styleId=\"Heading\(level)\"><w:name w:val=\"heading \(level)\"/>"
            xml += "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/><w:qFormat/>"
            xml += "<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"\(level == 1 ? 360 : 240)\" w:after=\"120\"/>"
            xml += "<w:outlineLvl w:val=\"\(level - 1)\"/></w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val=\"\(colour)\"/>"
            xml += "<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/></w:rPr></w:style>"
        }
        xml += """
            <w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/>\
            <w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Placeholder"><w:name w:val="Placeholder"/><w:basedOn w:val="Normal"/>\
            <w:qFormat/><w:rPr><w:i/><w:iCs/><w:color w:val="7F7F7F"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/>\
            <w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>\
            <w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>\
            <w:basedOn w:val="DefaultParagraphFont"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>\
            <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>\
            <w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr><w:tblPr><w:tblBorders>\
            <w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>\
            <w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>\
            <w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>\
            </w:tblBorders></w:tblPr></w:style>
            """
        for (id, name) in extra {
            xml += "<w:style w:type=\"paragraph\" w:styleId=\"\(XMLText.escape(id))\">"
            xml += "<w:name w:val=\"\(XMLText.escape(name))\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/></w:style>"
        }
        return xml + "</w:styles>"
    }
}
