import Foundation
import Testing
@testable import ArvioNext
import ArvioDevSupport

/// The new version opens in the tools a coordinator or THL might use: python-docx, pandoc and
/// LibreOffice (headless conversion to PDF). Each runs when installed (`.ci/run` installs them);
/// when one is missing the test says so instead of passing silently.
@Suite(.serialized) struct PeerToolsTests {
    /// `next` on every oma-arviointi rendition, kept with its name so that a failure is reported
    /// (by `nextWritesEverySeed`) instead of dropped.
    static let runs: [(name: String, output: Result<String, any Error>)] = NextCorpus.reports.map { name in
        (name, Result { try NextCorpus.run(name, options: NextOptions(trackChanges: name.contains("word"))).output })
    }

    /// The written files; a failed `next` is reported by `nextWritesEverySeed`, and each peer
    /// test checks it has every one of them.
    static var outputs: [String] { runs.compactMap { try? $0.output.get() } }

    @Test func nextWritesEverySeed() {
        // Seeds 000, 001 and 003 in three renditions each (Corpora/seeds/MANIFEST.json).
        #expect(Self.runs.count == Corpus.expectedOmaArviointiRenditions)
        for run in Self.runs {
            if case .failure(let error) = run.output { Issue.record("next \(run.name) failed: \(error)") }
        }
    }

    @Test(.enabled(if: Peers.pythonDocx, Comment(rawValue: Peers.noPythonDocx)))
    func opensInPythonDocx() throws {
        #expect(Self.outputs.count == Corpus.expectedOmaArviointiRenditions)
        for output in Self.outputs {
            let result = try ProcessRunner.run(try #require(Peers.pythonWithDocx), ["-c", "import docx,sys; d=docx.Document(sys.argv[1]); print(len(d.paragraphs))", output], timeout: 120)
            #expect(result.status == 0, "\(output): \(result.output)")
        }
    }

    @Test(.enabled(if: Peers.hasPandoc, Comment(rawValue: Peers.noPandoc)))
    func opensInPandoc() throws {
        #expect(Self.outputs.count == Corpus.expectedOmaArviointiRenditions)
        for output in Self.outputs {
            let result = try ProcessRunner.run(try #require(Peers.pandoc), ["-f", "docx", "-t", "plain", output], timeout: 120)
            #expect(result.status == 0, "\(output): \(result.output.prefix(300))")
            #expect(result.output.contains("Huhtikuu") || result.output.contains("Lokakuu"))
        }
    }

    @Test(.enabled(if: Peers.hasLibreOffice, Comment(rawValue: Peers.noLibreOffice)))
    func convertsToPDFInLibreOffice() throws {
        let folder = NextCorpus.temporaryFolder()
        let profile = folder.appendingPathComponent("profile")
        // LibreOffice is slow to start: the Word rendition of each seed (000, 001, 003) is enough here.
        let word = Self.outputs.filter { $0.contains(".word.") }
        #expect(word.count == 3)
        for output in word {
            let result = try ProcessRunner.run(try #require(Peers.libreOffice), ["-env:UserInstallation=file://\(profile.path)", "--headless",
                                                                "--convert-to", "pdf", "--outdir", folder.path, output], timeout: 180)
            let pdf = folder.appendingPathComponent(URL(fileURLWithPath: output).deletingPathExtension().lastPathComponent + ".pdf")
            #expect(result.status == 0 && FileManager.default.fileExists(atPath: pdf.path), "\(output): \(result.output)")
        }
    }
}
