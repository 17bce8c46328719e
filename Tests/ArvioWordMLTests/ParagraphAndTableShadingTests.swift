import Testing
@testable import ArvioWordML

/// Shading of a whole paragraph (`w:pPr/w:shd`) and of a whole table (`w:tblPr/w:shd`) in the
/// tree and the dump, read like a cell's. Expected colours are worked out by hand from the XML.
@Suite struct ParagraphAndTableShadingTests {
    static func paragraphs(_ document: WordDocument) -> [Paragraph] {
        document.body.compactMap { if case .paragraph(let paragraph) = $0 { paragraph } else { nil } }
    }

    @Test func paragraphShadingIsTheColourBehindIt() throws {
        let body = #"<w:p><w:pPr><w:shd w:val="clear" w:color="auto" w:fill="FFFF00"/></w:pPr><w:r><w:t>keltainen</w:t></w:r></w:p>"#
            + #"<w:p><w:pPr><w:shd w:val="pct50" w:color="FF0000" w:fill="FFFFFF"/></w:pPr><w:r><w:t>pisteet</w:t></w:r></w:p>"#
            + #"<w:p><w:pPr><w:shd w:val="clear" w:color="auto" w:fill="auto"/></w:pPr><w:r><w:t>ei väriä</w:t></w:r></w:p>"#
            + MiniDocx.paragraph("tavallinen")
        let document = try MiniDocx.read(body: body)
        let paragraphs = Self.paragraphs(document)
        // pct50 of FF0000 over white: G and B 127.5 → 128 (80).
        #expect(paragraphs.map(\.fill) == ["FFFF00", "FF8080", nil, nil])
        #expect(paragraphs[1].shading?.pattern == "pct50")
        #expect(paragraphs[2].shading?.fill == "auto")
        #expect(paragraphs[3].shading == nil)
        let dump = TreeDump.render(document)
        #expect(dump.contains("¶ fill=FFFF00 keltainen"))
        #expect(dump.contains("¶ fill=FF8080 (shading pct50 FF0000 over FFFFFF) pisteet"))
        #expect(dump.contains("¶ ei väriä"))
    }

    /// A table's shading is the background of every cell that has none of its own; a cell's own wins.
    @Test func tableShadingShowsInCellsWithoutTheirOwn() throws {
        let body = #"<w:tbl><w:tblPr><w:shd w:val="solid" w:color="00B050" w:fill="auto"/></w:tblPr>"#
            + #"<w:tblGrid><w:gridCol w:w="1000"/><w:gridCol w:w="1000"/></w:tblGrid><w:tr>"#
            + #"<w:tc><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="FF0000"/></w:tcPr>"# + MiniDocx.paragraph("oma") + "</w:tc>"
            + "<w:tc>" + MiniDocx.paragraph("taulukon") + "</w:tc></w:tr></w:tbl>"
        let document = try MiniDocx.read(body: body)
        guard case .table(let table)? = document.body.first else { Issue.record("no table"); return }
        #expect(table.fill == "00B050")
        #expect(table.shading?.pattern == "solid")
        #expect(table.rows[0].cells.map(\.fill) == ["FF0000", "00B050"])
        #expect(table.rows[0].cells[1].shading == nil)
        #expect(TreeDump.render(document).contains("▦ table 1×2 fill=00B050 (shading solid 00B050 over auto)"))
    }

    /// Corpora: Open-Xml-PowerTools' HC031 shades the paragraph "Video provides a powerful way…"
    /// `w:val="clear" w:fill="ED7D31" w:themeFill="accent2"`; its theme's accent2 is ED7D31 too.
    /// Apache POI's drawing.docx shades one table `w:fill="FFFFFF"` in `w:tblPr`.
    @Test func corpusParagraphAndTableShading() throws {
        let hc031 = try DocxReader.read(SeedCorpus.repositoryRoot
            .appendingPathComponent("Corpora/external/open-xml-powertools/HC031-Complicated-Document.docx").path)
        let shaded = Self.paragraphs(hc031).filter { $0.fill != nil }
        #expect(shaded.count == 1)
        #expect(shaded.first?.fill == "ED7D31")
        #expect(shaded.first?.text.hasPrefix("Video provides a powerful way") == true)
        let drawing = try DocxReader.read(SeedCorpus.repositoryRoot
            .appendingPathComponent("Corpora/external/apache-poi/drawing.docx").path)
        var tables: [Table] = []
        func collect(_ blocks: [Block]) {
            for block in blocks {
                guard case .table(let table) = block else { continue }
                tables.append(table)
                for row in table.rows { for cell in row.cells { collect(cell.blocks) } }
            }
        }
        collect(drawing.body)
        #expect(tables.filter { $0.fill != nil }.map(\.fill) == ["FFFFFF"])
    }
}
