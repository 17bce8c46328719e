import ArvioPackage
import Testing

/// Part names a relationship or [Content_Types].xml may give, and the ZIP entry each must name,
/// written by hand from the rules (not from `PartName`): a part name is a path from the package
/// root (ECMA-376 Part 2, part names: "/"-separated segments, none empty, the leading "/" being
/// the root, which a ZIP item name leaves out); "." and ".." segments are resolved as RFC 3986
/// §5.2.4 (remove_dot_segments) does, so a ".." at the root goes nowhere (never outside the
/// package: zip-path safety); %-escapes stand for UTF-8 bytes (RFC 3986 §2.1, IRIs in OPC) and the
/// ZIP entry holds the characters themselves.
@Suite struct PartNameTableTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var given: String
        var part: String
        var testDescription: String { "\"\(given)\" → \"\(part)\"" }
    }

    static let cases: [Case] = [
        Case(given: "word/document.xml", part: "word/document.xml"),
        Case(given: "/word/document.xml", part: "word/document.xml"),            // leading "/" = package root
        Case(given: "word//document.xml", part: "word/document.xml"),            // empty segment
        Case(given: "word/", part: "word"),                                      // trailing empty segment
        Case(given: "word/./media/image1.png", part: "word/media/image1.png"),   // "." segment
        Case(given: "./word/document.xml", part: "word/document.xml"),
        Case(given: "word/../customXml/item1.xml", part: "customXml/item1.xml"), // ".." segment
        Case(given: "word/media/../../docProps/core.xml", part: "docProps/core.xml"),
        Case(given: "../../etc/passwd", part: "etc/passwd"),                     // ".." above the root stays at the root
        Case(given: "/../word/document.xml", part: "word/document.xml"),
        Case(given: "..", part: ""),
        Case(given: ".", part: ""),
        Case(given: "/", part: ""),
        Case(given: "", part: ""),
        Case(given: "word/media/image%201.png", part: "word/media/image 1.png"), // %20 = space
        Case(given: "word/media/kuva%C3%A4.png", part: "word/media/kuvaä.png"), // %C3%A4 = UTF-8 of ä
        Case(given: "word/änäkä.xml", part: "word/änäkä.xml"),                   // non-ASCII as it is
        Case(given: "word/a..b.xml", part: "word/a..b.xml"),                     // ".." inside a name is no segment
        Case(given: "word/.hidden", part: "word/.hidden"),                       // a name may start with "."
        Case(given: "[Content_Types].xml", part: "[Content_Types].xml"),
        Case(given: "word/me.dia/x.xml", part: "word/me.dia/x.xml"),
    ]

    @Test(arguments: cases)
    func becomesTheZipEntryTheRulesName(_ test: Case) {
        #expect(PartName.normalise(test.given) == test.part)
    }

    @Test func everyCaseIsThere() {
        #expect(Self.cases.count == 21)
    }

    /// "%2E%2E" is ".." escaped: RFC 3986 §6.2.2.2 decodes escaped unreserved characters before
    /// comparing, so it is a ".." segment too and is resolved like one; "%2F" decodes to "/", so
    /// escaped slashes cannot smuggle a ".." past the resolution either.
    @Test(arguments: [
        Case(given: "word/%2E%2E/x.xml", part: "x.xml"),
        Case(given: "word/%2e%2e/%2e%2e/x.xml", part: "x.xml"),                // lower-case escapes, above the root
        Case(given: "word/%2E/x.xml", part: "word/x.xml"),
        Case(given: "word/.%2E/x.xml", part: "x.xml"),                         // half escaped
        Case(given: "..%2F..%2Fetc%2Fpasswd", part: "etc/passwd"),             // %2F = "/"
        Case(given: "word/%2E%2Ehidden.xml", part: "word/..hidden.xml"),       // no segment of its own
    ])
    func escapedDotSegmentsAreDotSegments(_ test: Case) {
        #expect(PartName.normalise(test.given) == test.part)
    }

    @Test func relationshipsPartsLiveBesideTheirPart() {
        // ECMA-376 Part 2: the relationships of /word/document.xml are /word/_rels/document.xml.rels,
        // the package's own are /_rels/.rels.
        #expect(PartName.relationshipsPart(of: "word/document.xml") == "word/_rels/document.xml.rels")
        #expect(PartName.relationshipsPart(of: "document.xml") == "_rels/document.xml.rels")
        #expect(PartName.relationshipsPart(of: "") == "_rels/.rels")
        #expect(PartName.folder(of: "word/media/image1.png") == "word/media")
        #expect(PartName.folder(of: "document.xml") == "")
    }
}
