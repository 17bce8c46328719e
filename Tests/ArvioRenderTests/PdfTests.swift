import ArvioDevSupport
import ArvioPackage
import ArvioRender
import ArvioReport
import Foundation
import Testing

/// `arvio pdf` underneath: LibreOffice found or reported missing, run with its own profile and a
/// time limit, the PDF renamed into place or nothing written — with stand-in soffice scripts,
/// so the machinery is tested without LibreOffice — and, where LibreOffice is installed, the
/// page count of a real conversion against converting the same file with soffice directly.
@Suite struct PdfTests {
    static let libreOffice = Peers.libreOffice

    /// A folder with an executable shell script `soffice` whose body is `script`.
    static func standIn(_ script: String, in folder: URL) throws -> String {
        let path = folder.appendingPathComponent("soffice").path
        try ExecutableScript.write("#!/bin/sh\n" + script + "\n", to: path)
        return path
    }

    static func contents(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    static let input = RenderCorpus.path("seeds/001-ita-uusimaa-oma-arviointi-2021.word.docx")

    @Test func pageCountReadsPageObjectsOnly() {
        let pdf = """
            %PDF-1.4
            1 0 obj <</Type /Catalog /Pages 2 0 R /PageLabels 9 0 R>> endobj
            2 0 obj <</Type/Pages /Kids [3 0 R 4 0 R 5 0 R] /Count 3>> endobj
            3 0 obj <</Type/Page/Parent 2 0 R>> endobj
            4 0 obj <</Type /Page /Parent 2 0 R>> endobj
            5 0 obj <</Type
            /Page>> endobj
            6 0 obj <</Type/Outlines/Count 12>> endobj
            """
        #expect(PdfPageCount.count(Data(pdf.utf8)) == 3)
        #expect(PdfPageCount.count(Data("%PDF-1.7 no pages here".utf8)) == nil)
    }

    @Test func missingLibreOfficeIsOneClearMessage() throws {
        let error = #expect(throws: LibreOfficePdf.Failure.self) {
            try LibreOfficePdf.locate(environment: ["ARVIO_SOFFICE": "/nonexistent/soffice", "PATH": "/usr/bin"])
        }
        #expect(error?.exitCode == 40)
        #expect(error?.code == "ARVIO-NO-LIBREOFFICE")
        let message = error?.message(file: "raportti.docx") ?? ""
        #expect(message.contains("apt-get install libreoffice-writer-nogui") && message.contains("ARVIO_SOFFICE=/nonexistent/soffice"))
        #expect(!message.contains("\n"))
        // Without ARVIO_SOFFICE, the PATH is searched first.
        let folder = try RenderCorpus.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let standIn = try Self.standIn("exit 0", in: folder)
        #expect(try LibreOfficePdf.locate(environment: ["ARVIO_SOFFICE": "", "PATH": folder.path]) == standIn)
    }

    @Test func theArgumentsAndTheRenameIntoPlace() throws {
        let folder = try RenderCorpus.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tools = folder.appendingPathComponent("tools", isDirectory: true), out = folder.appendingPathComponent("out", isDirectory: true)
        try FileManager.default.createDirectory(at: tools, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        // Writes a one-page "PDF" where --outdir says, and records its arguments.
        let soffice = try Self.standIn("""
            echo "$@" > "\(folder.path)/arguments"
            while [ $# -gt 0 ]; do if [ "$1" = --outdir ]; then dir="$2"; fi; shift; done
            printf '%%PDF-1.4\\n<</Type/Page>>\\n' > "$dir/document.pdf"
            """, in: tools)
        let target = out.appendingPathComponent("raportti.pdf").path
        let pages = try LibreOfficePdf.convert(Self.input, to: target, soffice: soffice, timeout: 30)
        #expect(pages == 1)
        #expect(Self.contents(out) == ["raportti.pdf"], "no temporary folder left beside the PDF")
        let arguments = try String(contentsOfFile: folder.appendingPathComponent("arguments").path, encoding: .utf8)
        #expect(arguments.contains("-env:UserInstallation=file:///"))
        #expect(arguments.contains("--headless") && arguments.contains("--convert-to pdf:writer_pdf_Export"))
        // The profile was its own and is gone.
        let profile = try #require(arguments.split(separator: " ").first { $0.hasPrefix("-env:UserInstallation=") })
        let profilePath = try #require(URL(string: String(profile.dropFirst("-env:UserInstallation=".count)))?.path)
        #expect(!FileManager.default.fileExists(atPath: profilePath))
    }

    @Test func aFailureWritesNothing() throws {
        let folder = try RenderCorpus.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tools = folder.appendingPathComponent("tools", isDirectory: true), out = folder.appendingPathComponent("out", isDirectory: true)
        try FileManager.default.createDirectory(at: tools, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let failing = try Self.standIn("echo 'Error: source file could not be loaded' >&2; exit 1", in: tools)
        let error = #expect(throws: LibreOfficePdf.Failure.self) {
            try LibreOfficePdf.convert(Self.input, to: out.appendingPathComponent("x.pdf").path, soffice: failing, timeout: 30)
        }
        #expect(error?.exitCode == 41)
        #expect(error?.message(file: "x.docx").contains("source file could not be loaded") == true)
        #expect(Self.contents(out).isEmpty)
    }

    @Test func aHungLibreOfficeIsStopped() throws {
        let folder = try RenderCorpus.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tools = folder.appendingPathComponent("tools", isDirectory: true), out = folder.appendingPathComponent("out", isDirectory: true)
        try FileManager.default.createDirectory(at: tools, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let hanging = try Self.standIn("sleep 60", in: tools)
        let started = Date()
        let error = #expect(throws: LibreOfficePdf.Failure.self) {
            try LibreOfficePdf.convert(Self.input, to: out.appendingPathComponent("x.pdf").path, soffice: hanging, timeout: 1)
        }
        #expect(error?.code == "ARVIO-PDF-TIMEOUT")
        #expect(Date().timeIntervalSince(started) < 30)
        #expect(Self.contents(out).isEmpty)
    }

    /// soffice run by hand, the way anyone would, for the page count to compare with.
    static func directPageCount(_ input: String, soffice: String) throws -> Int? {
        let folder = try RenderCorpus.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try ProcessRunner.run(soffice, ["-env:UserInstallation=\(folder.appendingPathComponent("profile").absoluteString)",
                                            "--headless", "--convert-to", "pdf", "--outdir", folder.path, input], timeout: 120)
        let name = URL(fileURLWithPath: input).deletingPathExtension().lastPathComponent + ".pdf"
        return PdfPageCount.count(file: folder.appendingPathComponent(name).path)
    }

    /// pdfinfo's page count (poppler-utils, installed by `make peers`).
    static func pdfinfoPages(_ path: String) throws -> Int? {
        let run = try ProcessRunner.run(try #require(Peers.pdfinfo), [path])
        return run.stdout.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) }
    }

    /// Real LibreOffice: a seed report and a report `arvio init` wrote. MANIFEST.json's pdf_pages
    /// were measured with other fonts installed (13 pages for this seed; 11 here without Carlito),
    /// so the reference is soffice itself on this machine.
    @Test(.enabled(if: Peers.hasLibreOffice, Comment(rawValue: Peers.noLibreOffice)),
          .enabled(if: Peers.hasPdfinfo, Comment(rawValue: Peers.noPdfinfo)))
    func realConversionHasTheRightPageCount() throws {
        let soffice = try #require(Self.libreOffice)
        let folder = try RenderCorpus.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = try FirstReportTests.migrated("seeds/004-kanta-hame-hankesuunnitelma-2021.word.docx")
        let first = folder.appendingPathComponent("first.docx").path
        try DocxRenderer.write(try FirstReport.build(from: plan, period: FirstReportTests.october2021, file: "first.docx"), to: first)
        for input in [Self.input, first] {
            let target = folder.appendingPathComponent("converted.pdf").path
            try? FileManager.default.removeItem(atPath: target)
            let pages = try LibreOfficePdf.convert(input, to: target, soffice: soffice, timeout: 180)
            let data = try Data(contentsOf: URL(fileURLWithPath: target))
            #expect(data.starts(with: Array("%PDF-".utf8)))
            let expected = try Self.directPageCount(input, soffice: soffice)
            #expect(expected != nil && pages == expected, "\(input): \(String(describing: pages)) pages, soffice directly \(String(describing: expected))")
            let info = try Self.pdfinfoPages(target)
            #expect(info != nil && pages == info, "pdfinfo says \(String(describing: info))")
        }
        #expect(Self.contents(folder) == ["converted.pdf", "first.docx"])
    }
}
