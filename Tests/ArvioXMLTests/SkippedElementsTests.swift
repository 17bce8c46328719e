import Testing
@testable import ArvioXML

/// Elements a reader never looks at are left out before libxml2 tokenises them — only when that
/// is sure, and never at the cost of an error the part would otherwise have.
@Suite struct SkippedElementsTests {
    static let word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let skipped = SkippedElements(prefix: "w", namespaces: [word], localNames: ["tblPr", "tblStylePr", "latentStyles"])
    static let root = #"<w:styles xmlns:w14="urn:w14" xmlns:w="\#(word)">"#

    func parse(_ text: String, skipping: SkippedElements? = skipped) throws -> XMLElement {
        try XMLTreeReader.parse(Array(text.utf8), part: "word/styles.xml", skipping: skipping)
    }

    func removing(_ text: String) -> String? {
        Self.skipped.removing(from: Array(text.utf8)).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func leavesOutTheNamedElementsAndNothingElse() throws {
        let part = Self.root + #"<w:latentStyles w:count="2"><w:lsdException w:name="Normal"/><w:lsdException w:name="a > b"/></w:latentStyles>"#
            + #"<w:style w:type="table" w:styleId="T"><w:name w:val="Grid"/><w:tblPr><w:tblBorders><w:top w:val="single"/></w:tblBorders></w:tblPr>"#
            + #"<w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr><w:tblPr/></w:tblStylePr><w:rPr><w:i/></w:rPr></w:style>"#
            + #"<w:style w:styleId="H1"><w:name w:val="heading 1"/><w:tblPr/></w:style></w:styles>"#
        let expected = Self.root + #"<w:style w:type="table" w:styleId="T"><w:name w:val="Grid"/><w:rPr><w:i/></w:rPr></w:style>"#
            + #"<w:style w:styleId="H1"><w:name w:val="heading 1"/></w:style></w:styles>"#
        #expect(removing(part) == expected)
        #expect(try parse(part) == parse(expected, skipping: nil))
    }

    @Test func linesAfterASkippedElementStayWhereTheyWere() throws {
        let part = Self.root + "\n<w:latentStyles>\n<w:lsdException/>\r\n</w:latentStyles>\n<w:style w:styleId=\"A\"/>\n</w:styles>"
        let whole = try parse(part, skipping: nil), skimmed = try parse(part)
        #expect(removing(part) != nil)
        #expect(skimmed.child("w:style")?.line == 5)
        #expect(skimmed.child("w:style")?.line == whole.child("w:style")?.line)
        #expect(skimmed.child("w:latentStyles") == nil && whole.child("w:latentStyles") != nil)
    }

    @Test func markupInCommentsCDATAAndInstructionsIsNotATag() throws {
        let part = Self.root + "<!-- <w:tblPr> --><?pi <w:tblPr>?><w:name><![CDATA[<w:tblPr>]]></w:name><w:tblPr/></w:styles>"
        #expect(removing(part) == Self.root + "<!-- <w:tblPr> --><?pi <w:tblPr>?><w:name><![CDATA[<w:tblPr>]]></w:name></w:styles>")
        #expect(try parse(part).child("w:name")?.text == "<w:tblPr>")
    }

    @Test(arguments: [
        ("nothing to leave out", "\(root)<w:style/></w:styles>"),
        ("the prefix declared again inside", "\(root)<w:style xmlns:w=\"urn:other\"><w:tblPr/></w:style></w:styles>"),
        ("the prefix bound to another namespace", "<w:styles xmlns:w=\"urn:other\"><w:tblPr/></w:styles>"),
        ("the prefix not declared on the root", "<styles><w:style xmlns:w=\"\(word)\"><w:tblPr/></w:style></styles>"),
        ("tags that do not pair up inside", "\(root)<w:tblPr><w:a></w:b></w:tblPr></w:styles>"),
        ("an end tag missing inside", "\(root)<w:tblPr><w:a></w:tblPr></w:styles>"),
        ("a reference to an undeclared entity", "\(root)<w:tblPr>&nbsp;</w:tblPr></w:styles>"),
        ("a control character", "\(root)<w:tblPr>\u{01}</w:tblPr></w:styles>"),
        ("an unterminated comment", "\(root)<w:tblPr/><!-- </w:styles>"),
        ("a declared legacy encoding", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\(root)<w:tblPr/></w:styles>"),
        ("a start tag that never ends", "\(root)<w:tblPr w:val=\"x</w:styles>"),
    ])
    func notCutWhenUnsure(_ case: (String, String)) {
        #expect(removing(`case`.1) == nil, "\(`case`.0)")
    }

    @Test func notCutInUTF16OrInvalidUTF8() {
        let units = Array((Self.root + "<w:tblPr/></w:styles>").utf16)
        let utf16: [UInt8] = [0xFF, 0xFE] + units.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(Self.skipped.removing(from: utf16) == nil)
        let invalid = Array((Self.root + "<w:tblPr>").utf8) + [0xC3, 0x28] + Array("</w:tblPr></w:styles>".utf8)
        #expect(Self.skipped.removing(from: invalid) == nil)
    }

    @Test func notCutDeeperThanTheDepthLimit() {
        // Depth counts from the root (1), as the tree reader's limit does; the cut stays below it.
        let shallow = SkippedElements(prefix: "w", namespaces: [Self.word], localNames: ["tblPr"], maxDepth: 5)
        let nested = Self.root + "<w:tblPr><a><b/></a></w:tblPr></w:styles>"
        let deeper = Self.root + "<w:tblPr><a><b><c/></b></a></w:tblPr></w:styles>"
        #expect(shallow.removing(from: Array(nested.utf8)) != nil)
        #expect(shallow.removing(from: Array(deeper.utf8)) == nil)
    }

    @Test func aBrokenPartReportsItsOwnError() throws {
        // Broken after the skipped element: the shortened part fails too, and the whole part's
        // error (with its own line) is the one reported. (A tag of the wrong shape stops the cut
        // before parsing; end tags that do not match are left for libxml2 to find.)
        let part = Self.root + "\n<w:tblPr>\n</w:tblPr>\n<w:style>\n</w:styel></w:styles>"
        #expect(removing(part) != nil)
        var errors: [String] = []
        for skipping in [nil, Self.skipped] {
            do { _ = try parse(part, skipping: skipping) } catch { errors.append("\(error)") }
        }
        #expect(errors.count == 2 && errors[0] == errors[1], "\(errors)")
    }

    /// Elements after a left-out one keep the ordinal they have in the whole part (`next` finds
    /// an element's bytes again by it), and lines stay where they were.
    @Test func elementsAfterASkippedOneKeepTheirOrdinals() throws {
        let part = Self.root + "<w:style><w:tblPr><w:a/><w:b/></w:tblPr><w:name/></w:style>\n<w:tblPr/><w:tblPr/><w:style/></w:styles>"
        let whole = try parse(part, skipping: nil), skimmed = try parse(part)
        let cut = try #require(Self.skipped.cut(Array(part.utf8)))
        #expect(cut.keptElements == 4)
        func outline(_ element: XMLElement) -> [String] {
            ["\(element.name) \(element.ordinal) \(element.line)"] + element.childElements.filter { $0.name != "w:tblPr" }.flatMap(outline)
        }
        #expect(outline(skimmed) == outline(whole))
        #expect(outline(skimmed) == ["w:styles 0 1", "w:style 1 1", "w:name 5 1", "w:style 8 2"])
    }

    /// With `contentNames`, an element is left out only when it holds nothing but those elements:
    /// one holding text (even blank) or any other element is kept, and the rest are still cut.
    @Test func withContentNamesOnlyElementsHoldingThemAreLeftOut() {
        let borders = SkippedElements(prefix: "w", namespaces: [Self.word], localNames: ["tcBorders", "sz"], contentNames: ["top", "left"])
        let part = Self.root + "<w:tcBorders><w:top w:val=\"single\"/><w:left/></w:tcBorders><w:sz w:val=\"2\"/>"
            + "<w:tcBorders> </w:tcBorders><w:tcBorders><w:r/></w:tcBorders><w:sz>12</w:sz></w:styles>"
        let expected = Self.root + "<w:tcBorders> </w:tcBorders><w:tcBorders><w:r/></w:tcBorders><w:sz>12</w:sz></w:styles>"
        #expect(borders.removing(from: Array(part.utf8)).map { String(decoding: $0, as: UTF8.self) } == expected)
    }

    /// Tags libxml2 could refuse are never left out: the shortened part must not parse where the
    /// whole part does not.
    @Test(arguments: [
        ("an attribute twice", "<w:tblPr w:val=\"1\" w:val=\"2\"/>"),
        ("an undeclared prefix", "<w:tblPr x:val=\"1\"/>"),
        ("an undeclared element prefix inside", "<w:tblPr><x:a/></w:tblPr>"),
        ("a namespace declaration", "<w:tblPr xmlns:x=\"\"/>"),
        ("an unquoted value", "<w:tblPr w:val=1/>"),
        ("no space between attributes", "<w:tblPr w:a=\"1\"w:b=\"2\"/>"),
        ("a \"<\" in a value", "<w:tblPr w:val=\"<\"/>"),
        ("a reference to NUL", "<w:tblPr w:val=\"&#0;\"/>"),
        ("a reference to a surrogate", "<w:tblPr w:val=\"&#xD800;\"/>"),
        ("U+FFFF", "<w:tblPr w:val=\"\u{FFFF}\"/>"),
        ("a comment inside", "<w:tblPr><!-- a -- b --></w:tblPr>"),
        ("\"]]>\" in text", "<w:tblPr>]]></w:tblPr>"),
        ("a tag inside another tag's value", "<w:style w:val=\"a><w:tblPr/>\"/>"),
        // Found by the fuzzer: leaving the element out closed the end tag before it.
        ("an end tag without its \">\" before it", "<w:style></w:style<w:tblPr/>>"),
        ("a reference it would complete", "<w:style>&amp<w:tblPr/>;</w:style>"),
    ])
    func tagsLibxml2MightRefuseAreKept(_ case: (String, String)) {
        let part = Self.root + `case`.1 + "</w:styles>"
        #expect(removing(part) == nil, "\(`case`.0)")
    }

    /// Where the whole part is refused for its shape, nothing is cut: elements after the root,
    /// or an element left out that would have been one level too deep.
    @Test func aPartWithTheWrongShapeIsNotCut() {
        #expect(removing(Self.root + "<w:style/></w:styles><w:tblPr/>") == nil)
        #expect(removing(Self.root + "<w:style/></w:styles>\n<w:tblPr></w:tblPr>") == nil)
        let shallow = SkippedElements(prefix: "w", namespaces: [Self.word], localNames: ["tblPr"], maxDepth: 3)
        #expect(shallow.removing(from: Array((Self.root + "<w:a><w:tblPr/></w:a></w:styles>").utf8)) == nil)
        #expect(shallow.removing(from: Array((Self.root + "<w:tblPr/></w:styles>").utf8)) != nil)
    }

    /// An attribute value is left out with its element only when libxml2 would take it: random
    /// bytes, checked against the standard library's UTF-8 validation and XML's character rules.
    @Test func valuesAreLeftOutOnlyWhenXMLAllowsThem() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        let pieces: [[UInt8]] = [[0x61], [0x20], [0x09], [0x0A], [0x01], [0x3C], [0x26], Array("&amp;".utf8), [0x22],
                                 [0xC3, 0xA4], [0xE2, 0x82, 0xAC], [0xF0, 0x9F, 0x98, 0x80], [0xEF, 0xBF, 0xBE], [0xEF, 0xBF, 0xBF],
                                 [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xF4, 0x90, 0x80, 0x80], [0x80], [0xC3], [0xFF]]
        var cut = 0, kept = 0
        for _ in 0 ..< 3000 {
            var value: [UInt8] = []
            for _ in 0 ..< Int(next() % 5) { value += pieces[Int(next() % UInt64(pieces.count))] }
            let part = Array((Self.root + "<w:tblPr w:val=\"").utf8) + value + Array("\"/><w:style/></w:styles>".utf8)
            // Valid UTF-8, and past its "&amp;" references no "&", "<", quote, forbidden control or
            // U+FFFE/U+FFFF.
            func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
                let forbidden: Set<UInt32> = [0xFFFE, 0xFFFF, 0x3C, 0x22, 0x26]
                let control = scalar.value < 0x20 && scalar.value != 0x09 && scalar.value != 0x0A && scalar.value != 0x0D
                return !forbidden.contains(scalar.value) && !control
            }
            var expected = false
            if let text = String(validating: value, as: UTF8.self) {
                expected = text.replacing("&amp;", with: "").unicodeScalars.allSatisfy(isAllowed)
            }
            let removed = Self.skipped.removing(from: part) != nil
            #expect(removed == expected, "value \(value)")
            if removed { cut += 1 } else { kept += 1 }
        }
        #expect(cut > 300 && kept > 300, "both kinds tried: \(cut) cut, \(kept) kept")
    }
}
