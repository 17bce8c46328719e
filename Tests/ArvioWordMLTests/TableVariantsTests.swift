import Testing
@testable import ArvioWordML

/// Content controls around rows, cells, tables and paragraphs change nothing in the structure
/// read; tracked row and cell insertions and deletions read as accepted by default.
@Suite struct TableVariantsTests {
    static func tc(_ text: String, _ properties: String = "") -> String { "<w:tc><w:tcPr>\(properties)</w:tcPr>\(MiniDocx.paragraph(text))</w:tc>" }
    static func sdt(_ content: String, tag: String = "ohjattu") -> String {
        "<w:sdt><w:sdtPr><w:tag w:val=\"\(tag)\"/></w:sdtPr><w:sdtContent>\(content)</w:sdtContent></w:sdt>"
    }
    static func table(_ rows: String) -> String {
        "<w:tbl><w:tblGrid><w:gridCol w:w=\"1000\"/><w:gridCol w:w=\"1000\"/><w:gridCol w:w=\"1000\"/></w:tblGrid>\(rows)</w:tbl>"
    }

    /// Rows → cells as "column+span×rows:text".
    static func shape(_ document: WordDocument) -> [[String]] {
        MiniDocx.cells(document).map { row in
            row.map { cell in
                "\(cell.column)+\(cell.columnSpan)×\(cell.rowSpan):" + cell.blocks.map(\.plainText).joined(separator: "/")
            }
        }
    }

    /// A group label merged down the first column over two rows, then a row spanning all three.
    static let plainRows = "<w:tr>" + tc("Asiakasohjaus", "<w:vMerge w:val=\"restart\"/>") + tc("Ongelma 1") + tc("Tavoite 1") + "</w:tr>"
        + "<w:tr>" + tc("", "<w:vMerge/>") + tc("Ongelma 2") + tc("Tavoite 2") + "</w:tr>"
        + "<w:tr>" + tc("Koko rivi", "<w:gridSpan w:val=\"3\"/>") + "</w:tr>"
    static let expectedShape = [["0+1×2:Asiakasohjaus", "1+1×1:Ongelma 1", "2+1×1:Tavoite 1"],
                                ["0+1×0:", "1+1×1:Ongelma 2", "2+1×1:Tavoite 2"],
                                ["0+3×1:Koko rivi"]]

    @Test func plainTableShape() throws {
        #expect(Self.shape(try MiniDocx.read(body: Self.table(Self.plainRows))) == Self.expectedShape)
    }

    @Test func contentControlsAroundRowsAndCellsKeepTheShape() throws {
        let rows = Self.sdt("<w:tr>" + Self.sdt(Self.tc("Asiakasohjaus", "<w:vMerge w:val=\"restart\"/>")) + Self.tc("Ongelma 1")
                            + Self.sdt(Self.tc("Tavoite 1")) + "</w:tr>")
            + Self.sdt("<w:tr>" + Self.tc("", "<w:vMerge/>") + Self.sdt(Self.tc("Ongelma 2") + Self.tc("Tavoite 2")) + "</w:tr>")
            + "<w:tr>" + Self.sdt(Self.tc("Koko rivi", "<w:gridSpan w:val=\"3\"/>")) + "</w:tr>"
        #expect(Self.shape(try MiniDocx.read(body: Self.table(rows))) == Self.expectedShape)
    }

    @Test func contentControlsAroundTheTableAndParagraphsKeepTheBlocks() throws {
        let plain = try MiniDocx.read(body: MiniDocx.paragraph("Ennen") + Self.table(Self.plainRows) + MiniDocx.paragraph("Jälkeen"))
        let wrapped = try MiniDocx.read(body: Self.sdt(MiniDocx.paragraph("Ennen") + Self.sdt(Self.table(Self.plainRows), tag: "taulukko"),
                                                       tag: "osio") + Self.sdt(MiniDocx.paragraph("Jälkeen")))
        #expect(wrapped.body.map(\.plainText) == plain.body.map(\.plainText))
        #expect(Self.shape(wrapped) == Self.expectedShape)
    }

    /// A deleted row and a deleted cell are gone in the accepted view, inserted ones are there;
    /// rejecting gives the other way round. Every change is listed.
    @Test func trackedRowAndCellChanges() throws {
        let change = "w:id=\"1\" w:author=\"Koordinaattori\" w:date=\"2022-04-01T00:00:00Z\""
        let rows = "<w:tr>" + Self.tc("A") + Self.tc("B") + Self.tc("C") + "</w:tr>"
            + "<w:tr><w:trPr><w:del \(change)/></w:trPr>" + Self.tc("poistettu rivi", "<w:gridSpan w:val=\"3\"/>") + "</w:tr>"
            + "<w:tr><w:trPr><w:ins \(change)/></w:trPr>" + Self.tc("lisätty rivi", "<w:gridSpan w:val=\"3\"/>") + "</w:tr>"
            + "<w:tr>" + Self.tc("D") + Self.tc("poistettu solu", "<w:cellDel \(change)/>") + Self.tc("E") + Self.tc("lisätty solu", "<w:cellIns \(change)/>") + "</w:tr>"
        let accepted = try MiniDocx.read(body: Self.table(rows))
        #expect(Self.shape(accepted) == [["0+1×1:A", "1+1×1:B", "2+1×1:C"], ["0+3×1:lisätty rivi"],
                                         ["0+1×1:D", "1+1×1:E", "2+1×1:lisätty solu"]])
        #expect(accepted.revisions.map(\.text).sorted() == ["lisätty rivi", "lisätty solu", "poistettu rivi", "poistettu solu"])
        let rejected = try MiniDocx.read(body: Self.table(rows), options: ReadOptions(trackedChanges: .reject))
        #expect(Self.shape(rejected) == [["0+1×1:A", "1+1×1:B", "2+1×1:C"], ["0+3×1:poistettu rivi"],
                                         ["0+1×1:D", "1+1×1:poistettu solu", "2+1×1:E"]])
    }

    @Test func trackedTextInACellReadsAccepted() throws {
        let change = "w:id=\"2\" w:author=\"K\""
        let cell = "<w:tc><w:p><w:del \(change)><w:r><w:delText>vanha </w:delText></w:r></w:del>"
            + "<w:ins \(change)><w:r><w:t>uusi </w:t></w:r></w:ins><w:r><w:t>teksti</w:t></w:r></w:p></w:tc>"
        let document = try MiniDocx.read(body: Self.table("<w:tr>\(cell)</w:tr>"))
        #expect(Self.shape(document) == [["0+1×1:uusi teksti"]])
    }

    /// A style whose id is Finnish Word's ("Otsikko1") and whose name is "heading 1" is a heading.
    @Test func localisedStyleIdIsAHeading() throws {
        let styles = "<w:style w:type=\"paragraph\" w:styleId=\"Otsikko1\"><w:name w:val=\"heading 1\"/></w:style>"
        let document = try MiniDocx.read(body: "<w:p><w:pPr><w:pStyle w:val=\"Otsikko1\"/></w:pPr><w:r><w:t>1. Tavoite</w:t></w:r></w:p>",
                                         styles: styles)
        guard case .paragraph(let paragraph)? = document.body.first else { Issue.record("no paragraph"); return }
        #expect(paragraph.headingLevel == 1)
        #expect(paragraph.styleName == "heading 1")
    }

    /// The same table and shading in Strict OOXML read the same.
    @Test func strictReadsTheSame() throws {
        let rows = Self.sdt(Self.plainRows)
        let strict = try MiniDocx.read(body: Self.table(rows), strict: true)
        #expect(strict.isStrict)
        #expect(Self.shape(strict) == Self.expectedShape)
        let shaded = MiniDocx.table([(#"<w:shd w:val="solid" w:color="FF0000" w:fill="auto"/>"#, "punainen")])
        #expect(MiniDocx.cells(try MiniDocx.read(body: shaded, strict: true)).first?.first?.fill == "FF0000")
    }
}
