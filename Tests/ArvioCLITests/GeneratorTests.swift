import Foundation
import Testing
import ArvioDevSupport

/// `arvio-generate`, the benchmark's document generator: what it writes is a report Arvio reads
/// completely, and the same seed gives the same bytes. (The big sizes are for `make generate`.)
@Suite struct GeneratorTests {
    /// `arvio-generate` is built beside `arvio`.
    static func generate(_ arguments: [String]) throws -> Int32 {
        let generator = try Arvio.located.get().deletingLastPathComponent().appendingPathComponent("arvio-generate")
        return try ProcessRunner.run(generator.path, arguments).status
    }

    private func inScratch<T>(_ body: (URL) throws -> T) throws -> T { try ProcessRunner.inScratch("arvio-generate", body) }

    private func imported(_ file: URL) throws -> [String: Any] {
        let run = try Arvio.run(["import", file.path, "--json"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    }

    @Test func tenPageReportImportsCompletelyAndIsReproducible() throws {
        try inScratch { folder in
            let first = folder.appendingPathComponent("first.docx")
            let second = folder.appendingPathComponent("second.docx")
            #expect(try Self.generate(["report", "--pages", "10", "-o", first.path]) == 0)
            #expect(try Self.generate(["report", "--pages", "10", "-o", second.path]) == 0)
            #expect(try Data(contentsOf: first) == Data(contentsOf: second), "the same seed gives the same bytes")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["first.docx", "second.docx"],
                    "no scratch files are left")

            let report = try imported(first)
            #expect(report["kind"] as? String == "oma-arviointi")
            #expect(report["mapping"] as? String == "thl-oma-arviointi-2021-syksy")
            let goals = try #require(report["goals"] as? [[String: Any]])
            #expect(goals.compactMap { $0["number"] as? Int } == [1, 2, 3, 4, 5])
            let coverage = try #require(report["coverage"] as? [String: Int])
            #expect(coverage["bodyCharacters"]! > 10_000)
            #expect(coverage["canonicalCharacters"] == coverage["bodyCharacters"], "100 % of the text in named parts: \(coverage)")
            // At 10 pages only goal 1 gets process goals and their section (the dump shows no
            // "Tehdyt kehittämistoimenpiteet …" heading under goals 2–4): that, and only that, is said.
            let warnings = try #require(report["warnings"] as? [[String: Any]])
            #expect(warnings.allSatisfy { $0["code"] as? String == "ARVIO-W-MISSING-SECTION"
                && ($0["message"] as? String)?.contains("“Tehdyt kehittämistoimenpiteet ja prosessitavoitteiden seurannan ja arvioinnin tulokset”") == true },
                    "\(warnings)")

            let other = folder.appendingPathComponent("other.docx")
            #expect(try Self.generate(["report", "--pages", "10", "--seed", "7", "-o", other.path]) == 0)
            #expect(try Data(contentsOf: first) != Data(contentsOf: other), "another seed, another text")
        }
    }

    @Test func tableDocumentHasOneTableOfTheRowsAsked() throws {
        try inScratch { folder in
            let file = folder.appendingPathComponent("table.docx")
            #expect(try Self.generate(["table", "--rows", "300", "-o", file.path]) == 0)
            let report = try imported(file)
            let annexes = try #require(report["annexes"] as? [[String: Any]])
            #expect(annexes.count == 1)
            #expect((annexes.first?["rows"] as? [Any])?.count == 300)
            let coverage = try #require(report["coverage"] as? [String: Int])
            #expect(coverage["canonicalCharacters"] == coverage["bodyCharacters"], "\(coverage)")
        }
    }
}
