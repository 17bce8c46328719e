/// The small parts of a generated .docx — content types, relationships, styles, numbering,
/// header, footer, properties — written as Word writes them for the THL template.
enum DocumentParts {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let namespaces = """
        xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:r="\(r)" \
        xmlns:w="\(w)" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"
        """

    static let documentOpening = declaration + "<w:document \(namespaces)><w:body>"

    static let documentClosing = """
        <w:sectPr w:rsidR="00FC693F" w:rsidSect="00034616"><w:headerReference w:type="default" r:id="rId4"/>\
        <w:footerReference w:type="default" r:id="rId5"/><w:pgSz w:w="11906" w:h="16838"/>\
        <w:pgMar w:top="1418" w:right="1134" w:bottom="1134" w:left="1134" w:header="709" w:footer="709" w:gutter="0"/>\
        <w:cols w:space="720"/><w:docGrid w:linePitch="360"/></w:sectPr></w:body></w:document>
        """

    static let contentTypes = contentTypesXML(declaration: declaration, overrides: [
        ("word/document.xml", "wordprocessingml.document.main"), ("word/styles.xml", "wordprocessingml.styles"),
        ("word/numbering.xml", "wordprocessingml.numbering"), ("word/settings.xml", "wordprocessingml.settings"),
        ("word/header1.xml", "wordprocessingml.header"), ("word/footer1.xml", "wordprocessingml.footer"),
        ("docProps/core.xml", "package.core-properties"), ("docProps/app.xml", "officedocument.extended-properties"),
    ])

    /// `[Content_Types].xml`: rels and xml by extension, and one override per part, whose type is
    /// given after "application/vnd.openxmlformats-" ("officedocument." added for WordprocessingML).
    static func contentTypesXML(declaration: String, overrides: [(part: String, type: String)]) -> String {
        let prefix = "application/vnd.openxmlformats-"
        var text = declaration + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
            + #"<Default Extension="rels" ContentType="\#(prefix)package.relationships+xml"/>"#
            + #"<Default Extension="xml" ContentType="application/xml"/>"#
        for (part, type) in overrides {
            let full = prefix + (type.hasPrefix("wordprocessingml") ? "officedocument." : "") + type + "+xml"
            text += #"<Override PartName="/\#(part)" ContentType="\#(full)"/>"#
        }
        return text + "</Types>"
    }

    static let packageRelationships = declaration + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
        </Relationships>
        """

    static let documentRelationships = declaration + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="\(r)/styles" Target="styles.xml"/>\
        <Relationship Id="rId2" Type="\(r)/numbering" Target="numbering.xml"/>\
        <Relationship Id="rId3" Type="\(r)/settings" Target="settings.xml"/>\
        <Relationship Id="rId4" Type="\(r)/header" Target="header1.xml"/>\
        <Relationship Id="rId5" Type="\(r)/footer" Target="footer1.xml"/>\
        </Relationships>
        """

    static func coreProperties(title: String) -> String {
        declaration + """
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
            xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
            <dc:title>\(title)</dc:title><dc:subject>Tulevaisuuden sosiaali- ja terveyskeskus -ohjelma</dc:subject>\
            <dc:creator>Hankekoordinaattori</dc:creator><cp:keywords>oma-arviointi; sote-keskus</cp:keywords>\
            <cp:lastModifiedBy>Arvioija</cp:lastModifiedBy><cp:revision>58</cp:revision>\
            <dcterms:created xsi:type="dcterms:W3CDTF">2021-10-18T08:40:00Z</dcterms:created>\
            <dcterms:modified xsi:type="dcterms:W3CDTF">2021-11-15T11:58:00Z</dcterms:modified>\
            <dc:language>fi-FI</dc:language></cp:coreProperties>
            """
    }

    static let appProperties = declaration + """
        <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" \
        xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">\
        <Template>Normal.dotm</Template><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>\
        <AppVersion>16.0000</AppVersion></Properties>
        """

    static let settings = declaration + """
        <w:settings xmlns:w="\(w)"><w:zoom w:percent="100"/><w:proofState w:spelling="clean" w:grammar="clean"/>\
        <w:defaultTabStop w:val="1304"/><w:hyphenationZone w:val="425"/><w:characterSpacingControl w:val="doNotCompress"/>\
        <w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>\
        <w:themeFontLang w:val="fi-FI"/></w:settings>
        """

    static func header(_ text: String) -> String {
        declaration + """
            <w:hdr \(namespaces)><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr><w:r><w:rPr><w:color w:val="595959"/>\
            <w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr><w:t xml:space="preserve">\(text)</w:t></w:r></w:p></w:hdr>
            """
    }

    static let footer: String = {
        let small = "<w:rPr><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/></w:rPr>"
        func field(_ instruction: String) -> String {
            "<w:r>\(small)<w:fldChar w:fldCharType=\"begin\"/></w:r><w:r>\(small)<w:instrText xml:space=\"preserve\"> \(instruction) </w:instrText></w:r>"
                + "<w:r>\(small)<w:fldChar w:fldCharType=\"separate\"/></w:r><w:r>\(small)<w:t>1</w:t></w:r>"
                + "<w:r>\(small)<w:fldChar w:fldCharType=\"end\"/></w:r>"
        }
        return declaration + "<w:ftr \(namespaces)><w:p><w:pPr><w:pStyle w:val=\"Footer\"/><w:jc w:val=\"right\"/></w:pPr>"
            + "<w:r>\(small)<w:t xml:space=\"preserve\">Sivu </w:t></w:r>" + field("PAGE   \\* MERGEFORMAT")
            + "<w:r>\(small)<w:t xml:space=\"preserve\"> (</w:t></w:r>" + field("NUMPAGES")
            + "<w:r>\(small)<w:t>)</w:t></w:r></w:p></w:ftr>"
    }()

    /// Word's bullets (Symbol, Courier New "o", Wingdings ▪ by level) as numId 1, and a decimal
    /// list ("1.") as numId 2 — the two list kinds of the seed.
    static let numbering: String = {
        var xml = declaration + "<w:numbering xmlns:w=\"\(w)\"><w:abstractNum w:abstractNumId=\"0\"><w:nsid w:val=\"5C814BA1\"/>"
        xml += "<w:multiLevelType w:val=\"hybridMultilevel\"/><w:tmpl w:val=\"F3D34512\"/>"
        let glyphs: [(text: String, font: String)] = [("\u{F0B7}", "Symbol"), ("o", "Courier New"), ("\u{F0A7}", "Wingdings")]
        for level in 0 ..< 9 {
            let glyph = glyphs[level % 3]
            xml += "<w:lvl w:ilvl=\"\(level)\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\(glyph.text)\"/>"
            xml += "<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"\(720 * (level + 1))\" w:hanging=\"360\"/></w:pPr>"
            xml += "<w:rPr><w:rFonts w:ascii=\"\(glyph.font)\" w:hAnsi=\"\(glyph.font)\" w:hint=\"default\"/></w:rPr></w:lvl>"
        }
        xml += "</w:abstractNum><w:abstractNum w:abstractNumId=\"1\"><w:nsid w:val=\"4309C079\"/>"
        xml += "<w:multiLevelType w:val=\"hybridMultilevel\"/><w:tmpl w:val=\"EBA25DAE\"/>"
        let formats = [("decimal", "left"), ("lowerLetter", "left"), ("lowerRoman", "right")]
        for level in 0 ..< 9 {
            let format = formats[level % 3]
            xml += "<w:lvl w:ilvl=\"\(level)\"><w:start w:val=\"1\"/><w:numFmt w:val=\"\(format.0)\"/><w:lvlText w:val=\"%\(level + 1).\"/>"
            xml += "<w:lvlJc w:val=\"\(format.1)\"/><w:pPr><w:ind w:left=\"\(720 * (level + 1))\" w:hanging=\"360\"/></w:pPr></w:lvl>"
        }
        xml += "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
        xml += "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num></w:numbering>"
        return xml
    }()

    /// The template's styles: Normal, Title, Subtitle, heading 1–3 with outline levels, List
    /// Paragraph, Header, Footer and Table Grid, with the template's colours.
    static let styles: String = {
        var xml = declaration + "<w:styles xmlns:w=\"\(w)\">"
        xml += """
            <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Times New Roman"/>\
            <w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="fi-FI" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>\
            <w:pPrDefault><w:pPr><w:spacing w:after="200" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
            <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>\
            <w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>\
            <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>\
            <w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>\
            <w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\
            <w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/>\
            <w:semiHidden/><w:unhideWhenUsed/></w:style>\
            <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>\
            <w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="8" w:space="4" w:color="4F81BD"/></w:pBdr>\
            <w:spacing w:after="300" w:line="240" w:lineRule="auto"/><w:contextualSpacing/></w:pPr><w:rPr><w:color w:val="17365D"/>\
            <w:spacing w:val="5"/><w:kern w:val="28"/><w:sz w:val="52"/><w:szCs w:val="52"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>\
            <w:uiPriority w:val="11"/><w:qFormat/><w:rPr><w:i/><w:iCs/><w:color w:val="4F81BD"/><w:spacing w:val="15"/>\
            <w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
            """
        for (level, size, colour) in [(1, 28, "365F91"), (2, 26, "4F81BD"), (3, 22, "4F81BD")] {
            xml += "<w:style w:type=\"paragraph\" w:styleId=\"Heading\(level)\"><w:name w:val=\"heading \(level)\"/>"
            xml += "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/><w:unhideWhenUsed/><w:qFormat/>"
            xml += "<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"\(level == 1 ? 480 : 200)\" w:after=\"0\"/>"
            xml += "<w:outlineLvl w:val=\"\(level - 1)\"/></w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val=\"\(colour)\"/>"
            xml += "<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/></w:rPr></w:style>"
        }
        xml += """
            <w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/>\
            <w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/>\
            <w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4819"/><w:tab w:val="right" w:pos="9638"/></w:tabs>\
            <w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/>\
            <w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4819"/><w:tab w:val="right" w:pos="9638"/></w:tabs>\
            <w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:style>\
            <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>\
            <w:uiPriority w:val="59"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders>\
            <w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>\
            <w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>\
            <w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>\
            </w:tblBorders></w:tblPr></w:style></w:styles>
            """
        return xml
    }()
}
