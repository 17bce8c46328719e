import ArvioDevSupport
import ArvioPackage
import ArvioXML
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The hostile fixtures (Tests/Fixtures/hostile, see its README.md) through the package and XML
/// layers: `WordPackage.open`, then the main part read and parsed exactly as `DocxReader` does.
/// Every refusal must be the precise typed error, with a one-line message and the documented
/// exit code; every valid oddity must read. How much memory the refusals take is measured in a
/// child process per case (ArvioCLITests' HostileMemoryTests), never in this shared test process.
@Suite struct HostileInputTests {
    // MARK: Refusals: the exact error

    @Test func zipBombIsRefusedBeforeInflating() throws {
        // The declared sizes alone give it away: refusing must not need a single inflated byte.
        let package = try WordPackage.open(Fixtures.path("zip-bomb.docx"))
        let entry = try #require(package.entries.first { $0.name == "word/document.xml" })
        #expect(entry.declaredSize > 200_000_000)
        #expect(entry.declaredSize / entry.compressedSize > PackageLimits.default.maxCompressionRatio)

        let error = Fixtures.outcome("zip-bomb.docx").error
        switch error {
        case .suspiciousCompression(let entry, let ratio)?:
            #expect(entry == "word/document.xml")
            #expect(ratio > 1000)
        case .entryTooLarge(let entry, _)?:
            #expect(entry == "word/document.xml")
        default:
            Issue.record("expected suspiciousCompression or entryTooLarge, got \(String(describing: error))")
        }
    }

    @Test func lyingHeaderIsCaughtAtTheDeclaredSize() {
        let error = Fixtures.outcome("zip-bomb-lying-header.docx").error
        #expect(error == .sizeMismatch(entry: "word/document.xml", declared: 1000))
    }

    @Test func xxeDoctypeIsRefusedWithoutResolvingTheEntity() {
        let error = Fixtures.outcome("xxe.docx").error
        #expect(error == .xml(.doctypeRefused(part: "word/document.xml", line: 2)))
        let message = error?.message(file: "xxe.docx") ?? ""
        #expect(!message.contains("root:"), "passwd contents leaked into the message")
    }

    @Test func billionLaughsIsRefusedWithoutExpanding() {
        let error = Fixtures.outcome("billion-laughs.docx").error
        #expect(error == .xml(.doctypeRefused(part: "word/document.xml", line: 2)))
    }

    @Test func truncatedZipIsDamaged() {
        let error = Fixtures.outcome("truncated.docx").error
        guard case .damaged? = error else {
            Issue.record("expected damaged, got \(String(describing: error))")
            return
        }
    }

    @Test(arguments: ["legacy.doc.docx", "legacy.doc"])
    func legacyWordIsRecognisedByItsBytes(file: String) {
        #expect(Fixtures.outcome(file).error == .legacyWordDocument)
    }

    @Test func encryptedDocumentIsPasswordProtected() {
        #expect(Fixtures.outcome("encrypted.docx").error == .passwordProtected)
    }

    @Test func nestedTablesStopAtTheDepthLimit() {
        let error = Fixtures.outcome("nested-tables.docx").error
        guard case .xml(.tooDeep(let part, let line, let limit))? = error else {
            Issue.record("expected xml(tooDeep), got \(String(describing: error))")
            return
        }
        #expect(part == "word/document.xml")
        #expect(limit == XMLTreeReader.defaultMaxDepth)
        #expect(line >= 2)
    }

    @Test func emptyFileIsEmpty() {
        #expect(Fixtures.outcome("empty.docx").error == .empty)
    }

    @Test func duplicateEntriesAreRefusedNotPicked() {
        #expect(Fixtures.outcome("duplicate-entries.docx").error == .duplicateEntry("word/document.xml"))
    }

    @Test func plainTextIsNotAZip() {
        let error = Fixtures.outcome("not-a-zip.docx").error
        guard case .notAZip? = error else {
            Issue.record("expected notAZip, got \(String(describing: error))")
            return
        }
    }

    @Test func missingMainPartIsNamed() {
        #expect(Fixtures.outcome("missing-main-part.docx").error == .missingMainPart(expected: "word/document.xml"))
    }

    @Test func malformedXMLNamesPartAndLine() {
        let error = Fixtures.outcome("malformed-xml.docx").error
        guard case .xml(.malformed(let part, let line, let message))? = error else {
            Issue.record("expected xml(malformed), got \(String(describing: error))")
            return
        }
        #expect(part == "word/document.xml")
        #expect(line == 3)
        #expect(!message.isEmpty && !message.contains("\n"))
    }

    @Test func pathTraversalEntryIsRefusedByName() {
        #expect(Fixtures.outcome("path-traversal.docx").error == .unsafeEntryName("../../evil.xml"))
    }

    // MARK: Valid oddities: they read

    @Test func mainPartIsFoundThroughRelationships() throws {
        let (package, root) = try Fixtures.outcome("main-part-elsewhere.docx").get()
        #expect(package.mainPart == "word/main/body.xml")
        #expect(!package.contains("word/document.xml"))
        #expect(root.deepText == "Found via relationships")
    }

    @Test func utf16MainPartKeepsItsCharacters() throws {
        let (package, root) = try Fixtures.outcome("utf16.docx").get()
        #expect(package.mainPart == "word/document.xml")
        #expect(root.deepText == "Hyvää päivää – UTF-16")
    }

    @Test func strictMainPartReadsLikeTransitional() throws {
        let (package, root) = try Fixtures.outcome("strict-minimal.docx").get()
        #expect(package.mainPart == "word/document.xml")
        #expect(package.packageRelationships.first(kind: "officeDocument")?.type
            == "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument")
        #expect(root.name == "w:document")
        #expect(root.child("w:body")?.child("w:p") != nil)
        #expect(root.deepText == "Strict hello")
    }

    // MARK: What a coordinator sees

    /// Every refusal of the shared table that opening the package and reading its main part gives
    /// (many-small-bombs.docx is refused reading its headers: ManySmallBombsTests).
    @Test(arguments: HostileFixtures.refusedWithTheMainPart)
    func refusalMessageIsOneLineNamingTheFileWithTheDocumentedExitCode(_ refusal: HostileFixtures.Refusal) throws {
        let path = Fixtures.path(refusal.file)
        let error = try #require(Fixtures.outcome(refusal.file).error, "\(refusal.file) was not refused")
        let message = error.message(file: path)
        let lines = message.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        #expect(lines.count == 1, "not one line: \(message)")
        #expect(message.hasPrefix(path + ":"), "does not start with the file: \(message)")
        #expect(error.code == refusal.code)
        #expect(error.exitCode == refusal.exitCode)
    }
}

enum Fixtures {
    static func path(_ name: String) -> String { HostileFixtures.path(name) }

    /// Opens the fixture and reads its main part the way `DocxReader` does.
    static func outcome(_ name: String) -> Result<(WordPackage, XMLElement), PackageError> {
        Result { () throws(PackageError) -> (WordPackage, XMLElement) in
            let package = try WordPackage.open(path(name))
            guard let root = try package.xml(of: package.mainPart) else {
                throw .missingMainPart(expected: package.mainPart)
            }
            return (package, root)
        }
    }
}

extension Result {
    var error: Failure? { if case .failure(let error) = self { error } else { nil } }
}
