@testable import ArvioPackage
import Testing

/// Which part names are taken as they are, and relationship types.
@Suite struct PartNameTests {
    // What each name must become is PartNameTableTests (expectations written from the OPC rules).

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
