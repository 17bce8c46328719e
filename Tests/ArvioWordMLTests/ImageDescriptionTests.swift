import Testing
@testable import ArvioWordML

/// Alt text (description and title) of pictures, charts and VML pictures stays in the tree and
/// shows in `dump`.
@Suite struct ImageDescriptionTests {
    static func images(_ body: String) throws -> [Image] {
        let document = try MiniDocx.read(body: body)
        return TreeWalk(document.body).paragraphs.flatMap(\.inlines).compactMap { if case .image(let image) = $0 { image } else { nil } }
    }

    static let picture = """
        <w:p><w:r><w:drawing><wp:inline><wp:extent cx="1" cy="1"/>\
        <wp:docPr id="1" name="Picture 1" descr="Liikennevalot: punainen, keltainen, vihreä" title="Arviointiasteikko"/>\
        <a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>\
        <pic:blipFill><a:blip r:embed="rIdImage"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>
        """

    @Test func pictureKeepsDescriptionAndTitle() throws {
        #expect(try Self.images(Self.picture) == [Image(target: "word/media/image1.png", name: "Picture 1",
                                                        description: "Liikennevalot: punainen, keltainen, vihreä",
                                                        title: "Arviointiasteikko")])
    }

    @Test func chartKeepsItsDescription() throws {
        let chart = """
            <w:p><w:r><w:drawing><wp:inline><wp:docPr id="5" name="Chart 5" descr="Käyntimäärät kuukausittain"/>\
            <a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"/></a:graphic>\
            </wp:inline></w:drawing></w:r></w:p>
            """
        #expect(try Self.images(chart) == [Image(target: nil, name: "Chart 5", description: "Käyntimäärät kuukausittain")])
    }

    @Test func vmlPictureKeepsItsAltText() throws {
        let vml = """
            <w:p><w:r><w:pict><v:shape id="_x0000_i1025" alt="THL:n logo" style="width:10pt;height:10pt">\
            <v:imagedata r:id="rIdImage" o:title="logo"/></v:shape></w:pict></w:r></w:p>
            """
        #expect(try Self.images(vml) == [Image(target: "word/media/image1.png", name: "logo", description: "THL:n logo")])
    }

    @Test func emptyDescriptionIsNone() throws {
        let body = Self.picture.replacingOccurrences(of: "descr=\"Liikennevalot: punainen, keltainen, vihreä\" title=\"Arviointiasteikko\"",
                                                     with: "descr=\"\" title=\"\"")
        #expect(try Self.images(body).map(\.description) == [nil])
        #expect(try Self.images(body).map(\.title) == [nil])
    }

    @Test func dumpShowsAltTextAndTitle() throws {
        let dump = TreeDump.render(try MiniDocx.read(body: Self.picture))
        #expect(dump.contains(#"{image word/media/image1.png alt="Liikennevalot: punainen, keltainen, vihreä" title="Arviointiasteikko"}"#))
    }

    /// Corpora/external/docx2python/example.docx: `<wp:docPr id="2" name="Picture 2" descr="A jellyfish
    /// in water&#xA;&#xA;Description automatically generated"/>` over `r:embed="rId7"` → media/image2.jpg.
    @Test func corpusPictureDescription() throws {
        let document = try DocxReader.read(SeedCorpus.repositoryRoot.appendingPathComponent("Corpora/external/docx2python/example.docx").path)
        let images = TreeWalk(document.body).paragraphs.flatMap(\.inlines).compactMap { if case .image(let image) = $0 { image } else { nil } }
        #expect(images.contains(Image(target: "word/media/image2.jpg", name: "Picture 2",
                                      description: "A jellyfish in water\n\nDescription automatically generated")))
        #expect(TreeDump.render(document).contains(#"{image word/media/image2.jpg alt="A jellyfish in water↵↵Description automatically generated"}"#))
    }
}
