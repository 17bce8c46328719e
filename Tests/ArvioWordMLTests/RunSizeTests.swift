import Testing
@testable import ArvioWordML

/// Font size (`w:sz`, half-points) is resolved like bold: document defaults, the paragraph
/// style's `basedOn` chain, the character style, then the run's own properties. Every expected
/// size below is written in the XML of its test.
@Suite struct RunSizeTests {
    static let styles = """
        <w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>\
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>\
        <w:style w:type="paragraph" w:styleId="Iso"><w:name w:val="Iso"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="36"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Isompi"><w:name w:val="Isompi"/><w:basedOn w:val="Iso"/><w:rPr><w:b/></w:rPr></w:style>\
        <w:style w:type="character" w:styleId="Pieni"><w:name w:val="Pieni"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
        """

    static func sizes(_ body: String, styles: String? = RunSizeTests.styles) throws -> [Int?] {
        try MiniDocx.read(body: body, styles: styles).body.compactMap { block -> Int?? in
            guard case .paragraph(let paragraph) = block else { return nil }
            return .some(paragraph.runs.first?.format.size)
        }
    }

    @Test func fromDocumentDefaults() throws {
        #expect(try Self.sizes("<w:p><w:r><w:t>leipäteksti</w:t></w:r></w:p>") == [22])
    }

    @Test func throughTheParagraphStylesBasedOnChain() throws {
        // "Isompi" sets no size itself; "Iso", its base, sets 36.
        #expect(try Self.sizes(#"<w:p><w:pPr><w:pStyle w:val="Isompi"/></w:pPr><w:r><w:t>otsikko</w:t></w:r></w:p>"#) == [36])
    }

    @Test func characterStyleThenDirectFormattingWin() throws {
        let body = #"<w:p><w:pPr><w:pStyle w:val="Iso"/></w:pPr><w:r><w:rPr><w:rStyle w:val="Pieni"/></w:rPr><w:t>pieni</w:t></w:r></w:p>"#
            + #"<w:p><w:r><w:rPr><w:b/><w:sz w:val="36"/></w:rPr><w:t>Oma-arviointi</w:t></w:r></w:p>"#
        #expect(try Self.sizes(body) == [16, 36])
    }

    @Test func nilWhenNothingGivesOne() throws {
        #expect(try Self.sizes("<w:p><w:r><w:t>ilman tyylejä</w:t></w:r></w:p>", styles: nil) == [nil])
    }

    /// The readable dump shows no sizes, so runs that differ only in size are written as one.
    @Test func dumpJoinsRunsThatDifferOnlyInSize() throws {
        let body = #"<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Oma-</w:t></w:r><w:r><w:rPr><w:b/><w:sz w:val="36"/></w:rPr><w:t>arviointi</w:t></w:r></w:p>"#
        let document = try MiniDocx.read(body: body, styles: Self.styles)
        #expect(TreeDump.render(document).contains("¶ [Normal] **Oma-arviointi**"))
    }
}
