import Testing
@testable import ArvioXML

@Suite struct XMLTreeReaderTests {
    func parse(_ text: String) throws -> XMLElement {
        try XMLTreeReader.parse(Array(text.utf8), part: "word/document.xml")
    }

    @Test func transitionalAndStrictNamesAreTheSame() throws {
        let transitional = try parse(#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p w:val="00A1"/></w:body></w:document>"#)
        let strict = try parse(#"<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body><w:p w:val="00A1"/></w:body></w:document>"#)
        #expect(transitional == strict)
        #expect(transitional.child("w:body")?.child("w:p")?.attribute("w:val") == "00A1")
    }

    @Test func unknownNamespacesKeepTheirURIAndManyNamespacesAllResolve() throws {
        // More namespaces than the reader remembers by pointer (32): each name still comes out right.
        let declarations = (0 ..< 40).map { #" xmlns:n\#($0)="urn:example:\#($0)""# }.joined()
        let children = (0 ..< 40).map { "<n\($0):item/><w:p/>" }.joined()
        let root = try parse(#"<w:body xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""# + declarations + ">" + children + "</w:body>")
        let names = root.elements.map(\.name)
        #expect(names.count == 80)
        #expect(names.filter { $0 == "w:p" }.count == 40)
        #expect(names[0] == "{urn:example:0}item" && names[78] == "{urn:example:39}item")
    }

    @Test func dropsRevisionSessionIds() throws {
        let root = try parse(#"<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:rsidR="00A1" w:rsidRPr="00B2"><w:pPr w:val="x"/></w:p>"#)
        #expect(root.attributes.isEmpty)
        #expect(root.child("w:pPr")?.attribute("w:val") == "x")
    }

    @Test func eachElementKeepsItsOwnAttributes() throws {
        // A node's attributes run up to where the next node's start: check the edges (text
        // after an element, an element without any, noise dropped, the part's last node).
        let root = try parse(#"<r a="1"><w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:rsidR="00A1" w:val="x">t<b/><c d="2" e="3"/></w:p><z y="4"/></r>"#)
        #expect(root.attributes == [XMLAttribute(name: "a", value: "1")])
        let p = root.child("w:p")!
        #expect(p.attributes.map(\.name) == ["w:val"])
        #expect(p.child("b")!.attributes.isEmpty && p.child("b")!.attribute("d") == nil)
        #expect(p.child("c")!.attributes == [XMLAttribute(name: "d", value: "2"), XMLAttribute(name: "e", value: "3")])
        #expect(root.child("z")!.attribute("y") == "4" && root.child("z")!.attributes.count == 1)
    }

    @Test func keepsSignificantWhitespaceAndUnicode() throws {
        let root = try parse(#"<t xml:space="preserve"> Hyvää⍽päivää </t>"#)
        #expect(root.text == " Hyvää⍽päivää ")
    }

    @Test func escapedAmpersandsComeOutAsAmpersands() throws {
        // The SAX2 parser hands "&amp;" and "&#38;" in an attribute over as "&#38;".
        let root = try parse(#"<a b="x &amp; y &#38; z &lt; &#x26;#38;">t &amp; u</a>"#)
        #expect(root.attribute("b") == "x & y & z < &#38;")
        #expect(root.text == "t & u")
    }

    @Test func textInPiecesIsOneNodeAndACommentSplitsIt() throws {
        // libxml2 gives text over in pieces (at entity references, at slice ends); a tree holds
        // one node per run of text, as a DOM does.
        let long = String(repeating: "ä", count: XMLTreeReaderSlice.bytes)
        let root = try parse("<a>one &lt; two\(long)<!-- note -->three<b/>four</a>")
        #expect(Array(root.children) == [.text("one < two" + long), .text("three"), .element(root.child("b")!), .text("four")])
    }

    @Test func linesAreWhereTheElementIs() throws {
        let root = try parse("<a>\n  <b/>\n\n  <c/>\n</a>")
        #expect(root.line == 1)
        #expect(root.child("b")?.line == 2)
        #expect(root.child("c")?.line == 4)
    }

    @Test func refusesDoctype() {
        #expect(throws: XMLError.doctypeRefused(part: "word/document.xml", line: 1)) {
            try parse(#"<!DOCTYPE x [<!ENTITY e "boom">]><x>&e;</x>"#)
        }
    }

    @Test func reportsMalformedXMLWithLine() {
        do {
            _ = try parse("<a>\n<b>\n<c></b>\n</a>")
            Issue.record("expected an error")
        } catch {
            guard case .malformed(let part, let line, _)? = error as? XMLError else { Issue.record("\(error)"); return }
            #expect(part == "word/document.xml")
            #expect(line == 3)
        }
    }

    @Test func capsNestingDepth() {
        let deep = String(repeating: "<a>", count: 300) + String(repeating: "</a>", count: 300)
        #expect(throws: XMLError.self) { try parse(deep) }
    }

    @Test func emptyInputIsAnError() {
        #expect(throws: XMLError.self) { try parse("") }
    }
}

@Suite struct XMLSpansTests {
    @Test func ordinalsMatchTheTreeReader() throws {
        let text = #"<?xml version="1.0"?><!-- c --><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p a=">"><w:r><w:t xml:space="preserve"> a&lt;b </w:t></w:r></w:p><w:p/><![CDATA[x]]><w:tbl><w:tr/></w:tbl></w:body></w:document>"#
        let bytes = Array(text.utf8)
        let root = try XMLTreeReader.parse(bytes, part: "word/document.xml")
        let spans = XMLSpans(bytes)
        var ordinals: [(Int, String)] = []
        func walk(_ element: XMLElement) {
            ordinals.append((element.ordinal, element.name))
            for case .element(let child) in element.children { walk(child) }
        }
        walk(root)
        #expect(spans.count == ordinals.count)
        for (ordinal, name) in ordinals { #expect(spans[ordinal].rawName == name, "ordinal \(ordinal)") }
        let paragraph = spans[2]
        #expect(String(decoding: bytes[paragraph.start ..< paragraph.end], as: UTF8.self)
                == #"<w:p a=">"><w:r><w:t xml:space="preserve"> a&lt;b </w:t></w:r></w:p>"#)
        #expect(spans.children(of: 1) == [2, 5, 6])
        #expect(spans[5].start == spans[5].contentStart - 6 && spans[5].end == spans[5].contentStart)
    }
}

