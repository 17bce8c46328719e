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
