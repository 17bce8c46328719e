import Foundation
import Testing
import ArvioDevSupport

/// `arvio import DIR… -o OUTDIR` and `arvio next DIR… -o OUTDIR` as a coordinator runs them on a
/// folder of reports: every good file gets its result, a bad one is one line on stderr and one
/// row of the summary CSV with its code, nothing half-written is left, and the exit status is 2.
@Suite struct BatchCommandTests {
    static let seeds = Repository.root.appendingPathComponent("Corpora/seeds")
    static let someFailedStatus: Int32 = 2

    /// A fresh empty folder, removed when `body` returns.
    private func inScratch<T>(_ body: (URL) throws -> T) throws -> T { try ProcessRunner.inScratch("arvio-batch", body) }

    private func files(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    private func seedDocuments() throws -> [String] {
        try files(in: Self.seeds).filter { $0.hasSuffix(".docx") }
    }

    /// The summary CSV as rows of fields keyed by the header.
    private func summary(_ folder: URL) throws -> [[String: String]] {
        let text = try String(contentsOf: folder.appendingPathComponent("arvio-summary.csv"), encoding: .utf8)
        let table = try #require(CSV.parse(text))
        let header = try #require(table.first)
        #expect(header == ["file", "output", "kind", "period", "goals", "coverage_percent", "warnings", "todo",
                           "error_code", "error_message"])
        return table.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    @Test func importsAFolderAndReportsTheOneBadFile() throws {
        try inScratch { scratch in
            let input = scratch.appendingPathComponent("raportit")
            try FileManager.default.copyItem(at: Self.seeds, to: input)
            try FileManager.default.copyItem(
                at: Repository.root.appendingPathComponent("Tests/Fixtures/hostile/not-a-zip.docx"),
                to: input.appendingPathComponent("not-a-zip.docx"))
            let inputsBefore = try files(in: input)
            let output = scratch.appendingPathComponent("tulokset")

            let run = try Arvio.run(["import", input.path, "--jobs", "2", "-o", output.path])

            #expect(run.exited, "arvio crashed (signal \(run.status))")
            #expect(run.status == Self.someFailedStatus, "stderr: \(run.stderr)")
            #expect(run.stdout.isEmpty)
            let lines = run.stderr.split(separator: "\n")
            let failure = lines.filter { $0.contains("not-a-zip.docx") && !$0.contains("imported") }
            #expect(failure.count == 1 && failure[0].hasSuffix("[ARVIO-NOT-DOCX]"), "stderr: \(run.stderr)")
            #expect(lines.count == 2, "one line for the bad file, one closing line: \(run.stderr)")

            let expected = try seedDocuments().map { String($0.dropLast(".docx".count)) + ".yaml" }
            #expect(try files(in: output) == (expected + ["arvio-summary.csv"]).sorted(), "no temporary files are left")
            #expect(try files(in: input) == inputsBefore, "nothing is written beside the inputs")
            for name in expected {
                let yaml = try String(contentsOf: output.appendingPathComponent(name), encoding: .utf8)
                #expect(yaml.hasPrefix("schemaVersion: 1\n"), "\(name)")
            }

            let rows = try summary(output)
            #expect(rows.count == expected.count + 1)
            let documents = try files(in: input).filter { $0.hasSuffix(".docx") }
            #expect(rows.map { ($0["file"]! as NSString).lastPathComponent } == documents, "one row per input, in input order")
            let bad = try #require(rows.first { $0["file"]!.hasSuffix("not-a-zip.docx") })
            #expect(bad["error_code"] == "ARVIO-NOT-DOCX" && bad["error_message"]!.contains("not a Word"))
            #expect(bad["output"] == "" && bad["kind"] == "")
            for row in rows where row["file"]! != bad["file"]! {
                #expect(row["error_code"] == "" && row["error_message"] == "", "\(row)")
                #expect(FileManager.default.fileExists(atPath: row["output"]!), "\(row)")
            }
            let kymenlaakso = try #require(rows.first { $0["file"]!.hasSuffix("003-kymenlaakso-oma-arviointi-2021.word.docx") })
            #expect(kymenlaakso["kind"] == "oma-arviointi" && kymenlaakso["period"] == "2021-10")
            #expect(kymenlaakso["goals"] == "5" && kymenlaakso["coverage_percent"] == "100.0" && kymenlaakso["warnings"] == "0")
        }
    }

    /// File names with a comma, quotes and non-ASCII letters survive the CSV (RFC 4180 quoting);
    /// outputs are never replaced without --force, and the summary is refused before any work.
    @Test func summaryQuotesNamesAndExistingResultsNeedForce() throws {
        try inScratch { scratch in
            let odd = scratch.appendingPathComponent("Raportti, \"syksy\" – Kymenlaakso.docx")
            try FileManager.default.copyItem(at: Self.seeds.appendingPathComponent("003-kymenlaakso-oma-arviointi-2021.word.docx"), to: odd)
            let plain = scratch.appendingPathComponent("plain.docx")
            try FileManager.default.copyItem(at: Self.seeds.appendingPathComponent("000-oma-arviointi-2020.word.docx"), to: plain)
            let output = scratch.appendingPathComponent("out")

            let first = try Arvio.run(["import", odd.path, plain.path, "--json", "-o", output.path])
            #expect(first.status == 0, "stderr: \(first.stderr)")
            let rows = try summary(output)
            #expect(rows.map { $0["file"]! } == [odd.path, plain.path])
            #expect(rows[0]["output"] == output.appendingPathComponent("Raportti, \"syksy\" – Kymenlaakso.json").path)
            #expect(try files(in: output) == ["Raportti, \"syksy\" – Kymenlaakso.json", "arvio-summary.csv", "plain.json"])

            let again = try Arvio.run(["import", odd.path, plain.path, "-o", output.path])
            #expect(again.status == 73 && again.stderr.contains("[ARVIO-OUTPUT-EXISTS]"), "stderr: \(again.stderr)")
            #expect(again.stderr.filter(\.isNewline).count == 1)

            let forced = try Arvio.run(["import", odd.path, plain.path, "--json", "-o", output.path, "--force"])
            #expect(forced.status == 0, "stderr: \(forced.stderr)")
            #expect(try files(in: output).count == 3)
        }
    }

    @Test func severalInputsNeedAnOutputFolder() throws {
        let run = try Arvio.run(["import", Self.seeds.path])
        #expect(run.status == 64, "stderr: \(run.stderr)")
        #expect(run.stdout.isEmpty)
        let next = try Arvio.run(["next", Self.seeds.path, "--updates", "x.yaml", "-o", "/tmp/arvio-never-written"])
        #expect(next.status == 64, "stderr: \(next.stderr)")
        #expect(!FileManager.default.fileExists(atPath: "/tmp/arvio-never-written"))
    }

    @Test func nextPreparesEveryOmaArviointiSeed() throws {
        try inScratch { scratch in
            let reports = try seedDocuments().filter { $0.contains("oma-arviointi") }.map { Self.seeds.appendingPathComponent($0).path }
            #expect(reports.count == 9)
            let output = scratch.appendingPathComponent("seuraavat")
            let run = try Arvio.run(["next"] + reports + ["--jobs", "2", "-o", output.path])
            #expect(run.status == 0, "stderr: \(run.stderr)")
            #expect(run.stderr.filter(\.isNewline).count == 1, "only the closing line: \(run.stderr)")

            let rows = try summary(output)
            #expect(rows.map { $0["file"]! } == reports)
            let everything = try files(in: output)
            #expect(everything.filter { $0.hasSuffix(".docx") }.count == 9 && everything.count == 10, "\(everything)")
            for row in rows {
                #expect(row["error_code"] == "" && row["kind"] == "oma-arviointi", "\(row)")
                let name = (row["output"]! as NSString).lastPathComponent
                let stem = ((row["file"]! as NSString).lastPathComponent as NSString).deletingPathExtension
                #expect(name.hasPrefix("\(stem)-\(row["period"]!)-") && name.hasSuffix(".docx"), "\(name)")
                #expect(Int(row["todo"]!) ?? 0 > 0, "\(row)")
            }
            let kymenlaakso = try #require(rows.first { $0["file"]!.hasSuffix("003-kymenlaakso-oma-arviointi-2021.word.docx") })
            #expect(kymenlaakso["period"] == "2022-04")

            // The new version is a report of the new period.
            let reread = try Arvio.run(["import", kymenlaakso["output"]!, "--json"])
            let json = try #require(try JSONSerialization.jsonObject(with: Data(reread.stdout.utf8)) as? [String: Any])
            let period = try #require(json["period"] as? [String: Any])
            #expect(period["period"] as? String == "2022-04", "\(period)")
        }
    }
}

/// RFC 4180 CSV, read back the strict way: CRLF line ends, quoted fields with doubled quotes.
enum CSV {
    static func parse(_ text: String) -> [[String]]? {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            switch scalar {
            case "\"" where field.isEmpty:
                // A quoted field: up to the closing quote, "" stands for one quote.
                var closed = false
                while let inner = scalars.popFirst() {
                    if inner == "\"" {
                        if scalars.first == "\"" { scalars.removeFirst(); field.unicodeScalars.append("\"") } else { closed = true; break }
                    } else {
                        field.unicodeScalars.append(inner)
                    }
                }
                guard closed, let next = scalars.first, next == "," || next == "\r" else { return nil }
            case ",":
                row.append(field)
                field = ""
            case "\r":
                guard scalars.popFirst() == "\n" else { return nil }
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            case "\n":
                return nil
            default:
                field.unicodeScalars.append(scalar)
            }
        }
        guard row.isEmpty, field.isEmpty else { return nil }
        return rows
    }
}
