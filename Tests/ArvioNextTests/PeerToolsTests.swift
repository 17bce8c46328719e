import Foundation
import Testing
@testable import ArvioNext
import ArvioDevSupport

/// The new version opens in the tools a coordinator or THL might use: python-docx, pandoc and
/// LibreOffice (headless conversion to PDF). Each runs when installed (`.ci/run` installs them);
/// when one is missing the test says so instead of passing silently.
@Suite(.serialized) struct PeerToolsTests {
    /// Runs a tool under `timeout`, its output going to a file: a pipe could stay open after a
    /// timeout in a child the tool started (LibreOffice does that) and block the test forever.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], timeout: Int = 120) throws -> (status: Int32, output: String) {
        let log = ScratchFolder.url("arvio-peer").appendingPathExtension("log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        let handle = try FileHandle(forWritingTo: log)
        defer { try? handle.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        process.arguments = ["--kill-after=10", "\(timeout)", executable] + arguments
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        return (process.terminationStatus, output)
    }

    /// `next` on every oma-arviointi rendition, kept with its name so that a failure is reported
    /// (by `nextWritesEverySeed`) instead of dropped.
    static let runs: [(name: String, output: Result<String, any Error>)] = NextCorpus.reports.map { name in
        (name, Result { try NextCorpus.run(name, options: NextOptions(trackChanges: name.contains("word"))).output })
    }

    static var outputs: [String] { runs.compactMap { try? $0.output.get() } }

    @Test func nextWritesEverySeed() {
        // Seeds 000, 001 and 003 in three renditions each (Corpora/seeds/MANIFEST.json).
        #expect(Self.runs.count == Corpus.expectedOmaArviointiRenditions)
        for run in Self.runs {
            if case .failure(let error) = run.output { Issue.record("next \(run.name) failed: \(error)") }
        }
    }

    @Test(.enabled(if: Peers.pythonDocx, "python-docx is not installed: `make peers` installs python3-docx"))
    func opensInPythonDocx() throws {
        for output in Self.outputs {
            let result = try Self.run(try #require(Peers.pythonWithDocx), ["-c", "import docx,sys; d=docx.Document(sys.argv[1]); print(len(d.paragraphs))", output])
            #expect(result.status == 0, "\(output): \(result.output)")
        }
    }

    @Test(.enabled(if: Peers.hasPandoc, "pandoc is not installed: `make peers` installs it"))
    func opensInPandoc() throws {
        for output in Self.outputs {
            let result = try Self.run(try #require(Peers.pandoc), ["-f", "docx", "-t", "plain", output])
            #expect(result.status == 0, "\(output): \(result.output.prefix(300))")
            #expect(result.output.contains("Huhtikuu") || result.output.contains("Lokakuu"))
        }
    }

    @Test(.enabled(if: Peers.hasLibreOffice, "LibreOffice (soffice) is not installed: `make peers` installs libreoffice-writer-nogui"))
    func convertsToPDFInLibreOffice() throws {
        let folder = NextCorpus.temporaryFolder()
        let profile = folder.appendingPathComponent("profile")
        // LibreOffice is slow to start: the Word rendition of each seed is enough here.
        for output in Self.outputs where output.contains(".word.") {
            let result = try Self.run(try #require(Peers.libreOffice), ["-env:UserInstallation=file://\(profile.path)", "--headless",
                                                                "--convert-to", "pdf", "--outdir", folder.path, output], timeout: 180)
            let pdf = folder.appendingPathComponent(URL(fileURLWithPath: output).deletingPathExtension().lastPathComponent + ".pdf")
            #expect(result.status == 0 && FileManager.default.fileExists(atPath: pdf.path), "\(output): \(result.output)")
        }
    }
}
