@testable import ArvioPackage
import Testing

/// Part names and relationship types, read the quick way where that is sure and the long way
/// otherwise: both must give the same.
@Suite struct PartNameTests {
    @Test(arguments: [
        "word/document.xml", "/word/document.xml", "word//document.xml", "word/", "word/./media/image1.png",
        "word/../customXml/item1.xml", "word/media/image%201.png", "word/.hidden", "word/a..b.xml", "..", ".", "",
        "/", "word/me.dia/x.xml", "[Content_Types].xml", "word/änäkä.xml",
    ])
    func normaliseGivesWhatTheLongWayGives(_ name: String) {
        #expect(PartName.normalise(name) == PartName.resolved(name), "\(name)")
    }

    @Test func onlyNamesAlreadyNormalAreTakenAsTheyAre() {
        #expect(PartName.isNormal("word/document.xml"))
        #expect(PartName.isNormal("word/a..b.xml"))
        for name in ["/word/document.xml", "word//x.xml", "word/", "word/./x.xml", "word/../x.xml", "x%20y.xml", ".rels", ""] {
            #expect(!PartName.isNormal(name), "\(name)")
        }
    }

    @Test func relationshipKindIsTheTypeAfterItsLastRelationshipsFolder() {
        #expect(Relationships.kind(of: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles") == "styles")
        #expect(Relationships.kind(of: "http://purl.oclc.org/ooxml/officeDocument/relationships/styles") == "styles")
        #expect(Relationships.kind(of: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties")
            == "metadata/core-properties")
        #expect(Relationships.kind(of: "urn:x/relationships/a/relationships/b") == "b")
        #expect(Relationships.kind(of: "http://example.com/custom/thing") == "thing")
        #expect(Relationships.kind(of: "/relationships/") == "")
        #expect(Relationships.kind(of: "plain") == "plain")
    }
}
