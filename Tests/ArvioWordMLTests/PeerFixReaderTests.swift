import ArvioPackage
import ArvioXML
import Testing
@testable import ArvioWordML

/// Reader fixes found by comparing Arvio's text with docling's and pandoc's expectations
/// (PeerComparisonTests), each pinned on a minimal body.
@Suite struct PeerFixReaderTests {
    static func body(_ inner: String, mode: TrackedChanges = .accept) throws -> [Block] {
        let xml = """
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
            xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" \
            xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex"><w:body>\(inner)</w:body></w:document>
            """
        let root = try XMLTreeReader.parse(Array(xml.utf8), part: "word/document.xml")
        let styles = StyleSheet()
        let shared = PartReader.Shared(styles: styles, counter: ListCounter(definitions: NumberingDefinitions(), styles: styles),
                                       formatting: RunFormatting(styles: styles), mode: mode)
        var reader = PartReader(part: "word/document.xml", relationships: Relationships(), shared: shared)
        return reader.blocks(in: root.child("w:body")!)
    }

    /// pandoc 11113.docx: Word writes emoji as `w16se:symEx` in the `mc:Choice` branch, which
    /// Arvio reads; the emoji were lost.
    @Test func emojiSymbolExtensionIsRead() throws {
        let blocks = try Self.body("""
            <w:p><w:r><w:t>Colored:</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="w16se">\
            <w16se:symEx w16se:font="Segoe UI Emoji" w16se:char="1F60F"/></mc:Choice>\
            <mc:Fallback><w:t>😏</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>
            """)
        #expect(blocks.map(\.plainText) == ["Colored:😏"])
    }
}
