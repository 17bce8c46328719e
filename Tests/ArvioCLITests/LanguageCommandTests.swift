import Foundation
import Testing

/// `--lang`: the same refusal in the coordinator's language, code unchanged. Expected lines are
/// ErrorTranslations' texts for ARVIO-NOT-DOCX with FileSniffer's "a PDF", for a PDF renamed .docx.
@Suite struct LanguageCommandTests {
    static let file: String = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arvio-lang-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("raportti.docx").path
        FileManager.default.createFile(atPath: path, contents: Data("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n".utf8))
        return path
    }()

    @Test func finnish() throws {
        let run = try Arvio.run(["--lang", "fi", "dump", Self.file])
        #expect(run.status == 10)
        #expect(run.stderr == "arvio: \(Self.file): Tiedosto ei ole Word-asiakirja (.docx). Se näyttää PDF-tiedostolta. Avaa se Wordissa ja tallenna Word-asiakirjana (.docx). [ARVIO-NOT-DOCX]\n")
    }

    @Test func swedishAfterTheCommand() throws {
        let run = try Arvio.run(["dump", "--lang=sv", Self.file])
        #expect(run.status == 10)
        #expect(run.stderr.contains("Filen är inte ett Word-dokument (.docx). Den ser ut som en PDF-fil."))
        #expect(run.stderr.hasSuffix("[ARVIO-NOT-DOCX]\n"))
    }

    @Test func englishIsTheLibrarysOwnLine() throws {
        let run = try Arvio.run(["--lang", "en", "dump", Self.file])
        #expect(run.stderr.contains("this is not a Word .docx document. It looks like a PDF."))
    }
}
