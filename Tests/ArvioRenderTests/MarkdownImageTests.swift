@testable import ArvioRender
import ArvioReport
import Testing

/// Pictures' alt text in Markdown: `![alt](target "title")`, read back by the Markdown reader.
@Suite struct MarkdownImageTests {
    @Test func altTextAndTitleAreEscaped() {
        let image = ImageMark(description: "Kaavio [2021]\nkäynnit", title: "Kuva \"1\"", target: "word/media/image 1.png")
        let markdown = MarkdownImages.render(image)
        #expect(markdown == #"![Kaavio \[2021\] käynnit](word/media/image%201.png "Kuva \"1\"")"#)
        let (text, images) = MarkdownImages.split("Teksti ennen " + markdown)
        #expect(text == "Teksti ennen")
        #expect(images == [ImageMark(description: "Kaavio [2021] käynnit", title: "Kuva \"1\"", target: "word/media/image 1.png")])
    }

    @Test func aChartWithoutAPictureHasAnEmptyDestination() {
        #expect(MarkdownImages.render(ImageMark(description: "Käyntimäärät")) == "![Käyntimäärät]()")
        #expect(MarkdownImages.split("![Käyntimäärät]()").images == [ImageMark(description: "Käyntimäärät")])
    }

    @Test func textThatOnlyLooksLikeAnImageStaysText() {
        #expect(MarkdownImages.split("Katso (liite 2)").images.isEmpty)
        #expect(MarkdownImages.split("Katso (liite 2)").text == "Katso (liite 2)")
    }

    /// Corpora/external/docx2python/example.docx: a paragraph holding only the picture
    /// `descr="A jellyfish in water&#xA;&#xA;Description automatically generated"` (→ media/image2.jpg).
    @Test func corpusPictureBecomesAMarkdownImage() throws {
        let report = try RenderCorpus.report("external/docx2python/example.docx")
        let markdown = MarkdownRenderer.render(report)
        #expect(markdown.contains("![A jellyfish in water Description automatically generated](word/media/image2.jpg)"))
        let read = MarkdownReader.read(markdown, mappings: RenderCorpus.mappings)
        let images = (read.sections.flatMap(\.content) + read.sections.flatMap { $0.subsections.flatMap(\.content) }).flatMap { $0.images ?? [] }
        #expect(images == [ImageMark(description: "A jellyfish in water Description automatically generated", target: "word/media/image2.jpg")])
    }
}

/// Pictures in table cells (issue 15): in the report where they sit and in the Markdown table.
@Suite struct TableCellImageTests {
    /// Corpora/external/docling/docx_rich_cells.docx, "Table with pictures": row 2's second cell
    /// holds only the picture `descr="Owner avatar"` (→ media/image1.png); row 3's first cell is
    /// "Text and picture" and then a paragraph with the same picture.
    static let expected = [
        ImageMark(description: "Owner avatar", target: "word/media/image1.png", cell: CellPlace(row: 1, cell: 1, paragraph: 0)),
        ImageMark(description: "Owner avatar", target: "word/media/image1.png", cell: CellPlace(row: 2, cell: 0, paragraph: 1)),
    ]

    static func picturesTable(_ report: Report) -> ContentBlock? {
        var found: ContentBlock?
        TableShapes.forEachBlock(report) { block in
            if block.isTable, block.rows?.dropFirst().first?.first == ["Only text"] { found = block }
        }
        return found
    }

    @Test func cellPicturesReachTheReportAndTheMarkdown() throws {
        let report = try RenderCorpus.report("external/docling/docx_rich_cells.docx")
        let table = try #require(Self.picturesTable(report))
        #expect(table.images == Self.expected)
        let markdown = MarkdownRenderer.render(report)
        #expect(markdown.contains("| Only text | ![Owner avatar](word/media/image1.png) |"))
        #expect(markdown.contains("| Text and picture<br>![Owner avatar](word/media/image1.png) |   |"))
        let read = MarkdownReader.read(markdown, mappings: RenderCorpus.mappings)
        let readTable = try #require(Self.picturesTable(read))
        #expect(readTable.images == Self.expected)
        #expect(readTable.rows == table.rows)
    }

    /// In a table with merged cells (an HTML table in the Markdown) a picture is an `<img>`,
    /// read back to the same place.
    @Test func cellPicturesInAnHTMLTable() throws {
        let image = ImageMark(description: "Kaavio \"A\" & B", title: "Kuva 1", target: "word/media/image2.png",
                              cell: CellPlace(row: 1, cell: 0, paragraph: 0))
        let source = "<table>\n<tr><th colspan=\"2\">Otsikko</th></tr>\n<tr><td>Teksti "
            + MarkdownImages.html(image) + "</td><td>toinen</td></tr>\n</table>"
        #expect(MarkdownImages.html(image) == #"<img src="word/media/image2.png" alt="Kaavio &quot;A&quot; &amp; B" title="Kuva 1">"#)
        let rows = MarkdownTable.html(source)
        let (texts, images) = MarkdownAssembler.cellImages(rows)
        #expect(texts == [[["Otsikko"]], [["Teksti"], ["toinen"]]])
        #expect(images == [image])
    }
}
