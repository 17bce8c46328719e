import ArvioDevSupport
import ArvioPackage
import ArvioWordML
import Foundation
import Testing

/// The hostile fixtures (Tests/Fixtures/hostile) through the front door, `DocxReader.read`:
/// the same precise refusals as the package layer sees, and the full document for the three
/// valid oddities (main part found through relationships, UTF-16, Strict).
@Suite struct DocxReaderHostileInputTests {
    private static func read(_ name: String) -> Result<WordDocument, PackageError> {
        let path = HostileFixtures.path(name)
        return Result { () throws(PackageError) -> WordDocument in try DocxReader.read(path) }
    }

    private static func error(_ name: String) -> PackageError? {
        if case .failure(let error) = read(name) { error } else { nil }
    }

    private static func text(_ document: WordDocument) -> String {
        document.body.map(\.plainText).joined(separator: "\n")
    }

    @Test(arguments: [
        ("zip-bomb-lying-header.docx", PackageError.sizeMismatch(entry: "word/document.xml", declared: 1000)),
        ("xxe.docx", .xml(.doctypeRefused(part: "word/document.xml", line: 2))),
        ("billion-laughs.docx", .xml(.doctypeRefused(part: "word/document.xml", line: 2))),
        ("legacy.doc.docx", .legacyWordDocument),
        ("legacy.doc", .legacyWordDocument),
        ("encrypted.docx", .passwordProtected),
        ("empty.docx", .empty),
        ("duplicate-entries.docx", .duplicateEntry("word/document.xml")),
        ("missing-main-part.docx", .missingMainPart(expected: "word/document.xml")),
        ("path-traversal.docx", .unsafeEntryName("../../evil.xml")),
    ])
    func refusesWithThePreciseError(file: String, expected: PackageError) {
        #expect(Self.error(file) == expected)
    }

    /// Every refusal of the shared table, with its code and exit status: the whole document is
    /// read, so the bomb in many-small-bombs.docx's headers is refused here too.
    @Test(arguments: HostileFixtures.refusals)
    func everyRefusalHasItsCodeAndExitStatus(_ refusal: HostileFixtures.Refusal) throws {
        let error = try #require(Self.error(refusal.file), "\(refusal.file) was read")
        #expect(error.code == refusal.code)
        #expect(error.exitCode == refusal.exitCode)
    }

    @Test func zipBombIsRefusedNamingTheEntry() {
        switch Self.error("zip-bomb.docx") {
        case .suspiciousCompression(let entry, _)?, .entryTooLarge(let entry, _)?:
            #expect(entry == "word/document.xml")
        case let other:
            Issue.record("expected suspiciousCompression or entryTooLarge, got \(String(describing: other))")
        }
    }

    @Test func truncatedIsDamaged() {
        let error = Self.error("truncated.docx")
        guard case .damaged? = error else { Issue.record("got \(String(describing: error))"); return }
    }

    @Test func notAZipIsNotADocx() {
        let error = Self.error("not-a-zip.docx")
        guard case .notAZip? = error else { Issue.record("got \(String(describing: error))"); return }
    }

    @Test func nestedTablesAreTooDeep() {
        let error = Self.error("nested-tables.docx")
        guard case .xml(.tooDeep(let part, _, _))? = error else { Issue.record("got \(String(describing: error))"); return }
        #expect(part == "word/document.xml")
    }

    @Test func malformedXMLIsOnLineThree() {
        let error = Self.error("malformed-xml.docx")
        guard case .xml(.malformed(let part, let line, _))? = error else { Issue.record("got \(String(describing: error))"); return }
        #expect(part == "word/document.xml")
        #expect(line == 3)
    }

    @Test func mainPartElsewhereReads() throws {
        let document = try Self.read("main-part-elsewhere.docx").get()
        #expect(document.mainPart == "word/main/body.xml")
        #expect(Self.text(document) == "Found via relationships")
    }

    @Test func utf16Reads() throws {
        let document = try Self.read("utf16.docx").get()
        #expect(document.mainPart == "word/document.xml")
        #expect(Self.text(document) == "Hyvää päivää – UTF-16")
    }

    @Test func strictMinimalReads() throws {
        let document = try Self.read("strict-minimal.docx").get()
        #expect(document.isStrict)
        #expect(Self.text(document) == "Strict hello")
    }
}
