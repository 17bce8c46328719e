import Foundation
import Testing
import ArvioDevSupport

/// `arvio import` and `arvio inspect` as a coordinator runs them (the built binary in a child
/// process, via `Arvio.run` from CLIErrorTests.swift): where the output goes, what is never
/// overwritten, and how a broken mapping file is reported.
///
/// This test target depends only on ArvioWordML (Package.swift), so it cannot decode a report
/// with `ReportWriter`; a written YAML file is checked against the YAML `arvio import` prints,
/// and a written JSON file is parsed with Foundation. ArvioReportTests proves that YAML decodes.
@Suite struct ImportCommandTests {
    static let seed = Repository.root.appendingPathComponent("Corpora/seeds/003-kymenlaakso-oma-arviointi-2021.word.docx").path

    /// A fresh empty folder, removed when `body` returns.
    private func inScratch<T>(_ body: (URL) throws -> T) throws -> T { try ProcessRunner.inScratch("arvio-import", body) }

    private func contents(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    private func expectOneLineRefusal(_ run: Arvio.Run, status: Int32, code: String, naming path: String,
                                      sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(run.exited, "arvio crashed (signal \(run.status))", sourceLocation: sourceLocation)
        #expect(run.status == status, "stderr: \(run.stderr)", sourceLocation: sourceLocation)
        #expect(run.stdout.isEmpty, "stdout: \(run.stdout.prefix(200))", sourceLocation: sourceLocation)
        #expect(run.stderr.hasSuffix("\n") && run.stderr.filter(\.isNewline).count == 1,
                "stderr is not one line: \(run.stderr)", sourceLocation: sourceLocation)
        #expect(run.stderr.contains(path), "stderr does not name \(path): \(run.stderr)", sourceLocation: sourceLocation)
        #expect(run.stderr.contains("[\(code)]"), "stderr lacks [\(code)]: \(run.stderr)", sourceLocation: sourceLocation)
    }

    @Test func importWritesAFileAndRefusesToOverwriteIt() throws {
        let printed = try Arvio.run(["import", Self.seed])
        #expect(printed.status == 0, "stderr: \(printed.stderr)")
        #expect(printed.stdout.hasPrefix("schemaVersion: 1\n"), "\(printed.stdout.prefix(200))")
        #expect(printed.stdout.contains("\nkind: oma-arviointi\n"))

        try inScratch { folder in
            let output = folder.appendingPathComponent("OUT.yaml")
            let first = try Arvio.run(["import", Self.seed, "-o", output.path])
            #expect(first.status == 0, "stderr: \(first.stderr)")
            #expect(first.stdout.isEmpty)
            #expect(first.stderr.contains("wrote \(output.path)"), "\(first.stderr)")
            let written = try String(contentsOf: output, encoding: .utf8)
            #expect(written == printed.stdout, "-o writes something else than arvio prints")
            #expect(try contents(folder) == ["OUT.yaml"], "temporary files left behind")

            // Again without --force: refused, and the file stays as it was.
            try Data("kept\n".utf8).write(to: output)
            let again = try Arvio.run(["import", Self.seed, "-o", output.path])
            expectOneLineRefusal(again, status: 73, code: "ARVIO-OUTPUT-EXISTS", naming: output.path)
            #expect(try Data(contentsOf: output) == Data("kept\n".utf8), "the existing file was changed")

            // With --force: replaced.
            let forced = try Arvio.run(["import", Self.seed, "-o", output.path, "--force"])
            #expect(forced.status == 0, "stderr: \(forced.stderr)")
            #expect(try String(contentsOf: output, encoding: .utf8) == printed.stdout)
            #expect(try contents(folder) == ["OUT.yaml"], "temporary files left behind")
        }
    }

    @Test func jsonOutputParses() throws {
        try inScratch { folder in
            let output = folder.appendingPathComponent("OUT.json")
            let run = try Arvio.run(["import", Self.seed, "-o", output.path])
            #expect(run.status == 0, "stderr: \(run.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: output)) as? [String: Any])
            #expect(object["kind"] as? String == "oma-arviointi")
            #expect((object["goals"] as? [Any])?.count == 5)
            #expect(object["coverage"] is [String: Any])

            let printed = try Arvio.run(["import", Self.seed, "--json"])
            #expect(printed.status == 0)
            #expect(printed.stdout == (try String(contentsOf: output, encoding: .utf8)))
        }
    }

    @Test func neverWritesOverTheInput() throws {
        try inScratch { folder in
            let input = folder.appendingPathComponent("report.docx")
            try FileManager.default.copyItem(atPath: Self.seed, toPath: input.path)
            let before = try Data(contentsOf: input)
            let run = try Arvio.run(["import", input.path, "-o", input.path])
            expectOneLineRefusal(run, status: 73, code: "ARVIO-OUTPUT-IS-INPUT", naming: input.path)
            #expect(try Data(contentsOf: input) == before, "the input was changed")
            #expect(try contents(folder) == ["report.docx"], "temporary files left behind")

            // The same file by another spelling of its path, even with --force.
            let other = folder.appendingPathComponent("sub/../report.docx").path
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
            let forced = try Arvio.run(["import", input.path, "-o", other, "--force"])
            #expect(forced.status == 73, "stderr: \(forced.stderr)")
            #expect(try Data(contentsOf: input) == before, "the input was changed")
        }
    }

    @Test func missingOutputFolderIsRefusedCleanly() throws {
        try inScratch { folder in
            let output = folder.appendingPathComponent("no-such-folder/OUT.yaml")
            let run = try Arvio.run(["import", Self.seed, "-o", output.path])
            expectOneLineRefusal(run, status: 73, code: "ARVIO-CANNOT-WRITE", naming: output.path)
            let left = try contents(folder)
            #expect(left.isEmpty, "something was left behind: \(left)")
        }
    }

    @Test func inspectShowsTheGoalsAndCoverage() throws {
        let run = try Arvio.run(["inspect", Self.seed])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdout.contains("coverage:"), "\(run.stdout.prefix(400))")
        // The canonical titles of THL's five national benefit goals (NationalGoal.canonicalTitle).
        let titles = [
            "1 Palveluiden yhdenvertaisen saatavuuden, oikea-aikaisuuden ja jatkuvuuden parantaminen",
            "2 Toiminnan painotuksen siirtäminen raskaista palveluista ehkäisevään ja ennakoivaan työhön",
            "3 Palveluiden laadun ja vaikuttavuuden parantaminen",
            "4 Palveluiden monialaisuuden ja yhteentoimivuuden varmistaminen",
            "5 Kustannusten nousun hillitseminen",
        ]
        for title in titles { #expect(run.stdout.contains(title), "inspect lacks goal “\(title)”") }
        #expect(run.stdout.contains("mapping: thl-oma-arviointi-2021-syksy"))
    }

    @Test func unknownMappingNameListsTheAvailableOnes() throws {
        let run = try Arvio.run(["import", Self.seed, "--mapping", "no-such-mapping"])
        expectOneLineRefusal(run, status: 21, code: "ARVIO-UNKNOWN-MAPPING", naming: Self.seed)
        #expect(run.stderr.contains("'no-such-mapping'") && run.stderr.contains("thl-oma-arviointi-2021-kevat"), "\(run.stderr)")
    }

    @Test func brokenMappingFileExits20NamingFileAndLine() throws {
        try inScratch { folder in
            let mapping = folder.appendingPathComponent("broken.yaml")
            try Data("""
                name: broken
                extends: thl-common
                sections:
                  - kind: noSuchKind
                    headings: ["Otsikko"]

                """.utf8).write(to: mapping)
            let run = try Arvio.run(["import", Self.seed, "--mappings", folder.path])
            expectOneLineRefusal(run, status: 20, code: "ARVIO-BAD-MAPPING", naming: mapping.path)
            #expect(run.stderr.contains("\(mapping.path) line 4:"), "\(run.stderr)")
            #expect(run.stderr.contains("unknown section kind"), "\(run.stderr)")

            let inspect = try Arvio.run(["inspect", Self.seed, "--mappings", folder.path])
            expectOneLineRefusal(inspect, status: 20, code: "ARVIO-BAD-MAPPING", naming: mapping.path)
        }
    }
}
