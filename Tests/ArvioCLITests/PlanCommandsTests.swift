import Foundation
import Testing
import ArvioDevSupport

/// `arvio migrate`, `arvio init` and `arvio pdf` as a coordinator runs them: the built binary
/// in a child process (see `Arvio` in CLIErrorTests.swift), files in a scratch folder.
@Suite struct PlanCommandsTests {
    static let plan = Repository.root.appendingPathComponent("Corpora/seeds/004-kanta-hame-hankesuunnitelma-2021.word.docx").path
    static let report = Repository.root.appendingPathComponent("Corpora/seeds/001-ita-uusimaa-oma-arviointi-2021.word.docx").path
    static let libreOfficeInstalled = Peers.hasLibreOffice

    private func inScratch<T>(_ body: (URL) throws -> T) throws -> T { try ProcessRunner.inScratch("arvio-plan", body) }

    private func contents(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    /// `Arvio.run` with extra environment variables (ARVIO_SOFFICE).
    static func run(_ arguments: [String], environment extra: [String: String]) throws -> Arvio.Run {
        try ArvioBinary.run(arguments, environment: extra)
    }

    private func expectOneLineRefusal(_ run: Arvio.Run, status: Int32, code: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(run.exited, sourceLocation: sourceLocation)
        #expect(run.status == status, "stderr: \(run.stderr)", sourceLocation: sourceLocation)
        #expect(run.stdout.isEmpty, "stdout: \(run.stdout.prefix(200))", sourceLocation: sourceLocation)
        #expect(run.stderr.hasSuffix("\n") && run.stderr.filter(\.isNewline).count == 1, "not one line: \(run.stderr)", sourceLocation: sourceLocation)
        #expect(run.stderr.contains("[\(code)]"), "stderr lacks [\(code)]: \(run.stderr)", sourceLocation: sourceLocation)
    }

    // MARK: migrate

    @Test func migrateWritesThePlanAndSaysWhatItFound() throws {
        try inScratch { folder in
            let yaml = folder.appendingPathComponent("plan.yaml").path
            let run = try Arvio.run(["migrate", Self.plan, "-o", yaml])
            #expect(run.status == 0, "stderr: \(run.stderr)")
            #expect(run.stdout.isEmpty)
            for line in ["arvio: wrote \(yaml) (100.0 % of the text placed)", "Hankkeen tausta: 10 paragraphs",
                         "Prosessitavoitteet: 2 paragraphs; 8 phases: syksy 2020 … syksy 2023", "Toimenpiteet: 13 development areas",
                         "Tulokset ja vaikutukset: 56 rows — TAVOITE 1: 21, 2: 8, 3: 6, 4: 18, 5: 3",
                         "Riskit ja niihin varautuminen: 11 risks and the scales row", "footnotes: 8",
                         "new content marked in colour 0070C0: 20 passages"] {
                #expect(run.stderr.contains(line), "missing “\(line)” in:\n\(run.stderr)")
            }
            let text = try String(contentsOfFile: yaml, encoding: .utf8)
            #expect(text.contains("\n  phases:\n  - number: 1\n    text: lähtötilanteen arviointi syksy 2020\n    when: syksy 2020\n    year: 2020\n"))
            #expect(text.contains("kind: hankesuunnitelma\n"))
            // Never over an existing file without --force.
            let again = try Arvio.run(["migrate", Self.plan, "-o", yaml])
            expectOneLineRefusal(again, status: 73, code: "ARVIO-OUTPUT-EXISTS")
        }
    }

    @Test func migrateOnAReportIsImport() throws {
        let migrated = try Arvio.run(["migrate", Self.report])
        let imported = try Arvio.run(["import", Self.report])
        #expect(migrated.status == 0 && imported.status == 0)
        #expect(migrated.stdout == imported.stdout)
        #expect(migrated.stderr.contains("is an oma-arviointi (template v2021a), not a plan: migrated the way `arvio import` reads it."))
    }

    // MARK: init

    @Test func initFromTheMigratedPlanReadsBackAsTheFirstReport() throws {
        try inScratch { folder in
            let yaml = folder.appendingPathComponent("plan.yaml").path
            #expect(try Arvio.run(["migrate", Self.plan, "-o", yaml]).status == 0)
            let run = try Arvio.run(["init", yaml, "--period", "2021-04"])
            #expect(run.status == 0, "stderr: \(run.stderr)")
            let name = "Kanta-Häme-oma-arviointi-2021-05-15.docx"
            #expect(try contents(folder) == [name, "plan.yaml"])
            #expect(run.stdout.hasPrefix("Wrote \(folder.appendingPathComponent(name).path): the first oma-arviointi, 5/21 (report by 15.5.2021), THL template v2021a."))
            #expect(run.stdout.contains("  1 Saatavuus, oikea-aikaisuus, jatkuvuus: 11 paragraphs, 21 osatavoitteet, 23 mittarit"))

            let imported = try Arvio.run(["import", "--json", folder.appendingPathComponent(name).path])
            #expect(imported.status == 0, "stderr: \(imported.stderr)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(imported.stdout.utf8)) as? [String: Any])
            #expect(json["kind"] as? String == "oma-arviointi")
            #expect(json["template"] as? String == "v2021a")
            #expect((json["period"] as? [String: Any])?["period"] as? String == "2021-04")
            #expect((json["project"] as? [String: Any])?["region"] as? String == "Kanta-Häme")
            let goals = try #require(json["goals"] as? [[String: Any]])
            #expect(goals.compactMap { $0["number"] as? Int } == [1, 2, 3, 4, 5])
            for goal in goals {
                let sections = try #require(goal["sections"] as? [[String: Any]])
                #expect(sections.compactMap { $0["kind"] as? String } == ["goals", "indicators", "methods", "baseline", "actions", "monitoring"])
                let indicators = try #require(sections[1]["content"] as? [[String: Any]])
                #expect(indicators.count > 2, "goal \(goal["number"] ?? "?"): mittarit from the plan")
            }
            // The same from the .docx, to an explicit name; and never over the plan itself.
            let direct = folder.appendingPathComponent("suoraan.docx").path
            #expect(try Arvio.run(["init", Self.plan, "--period", "2021-04", "-o", direct]).status == 0)
            let overPlan = try Arvio.run(["init", yaml, "--period", "2021-04", "-o", yaml, "--force"])
            expectOneLineRefusal(overPlan, status: 73, code: "ARVIO-OUTPUT-IS-INPUT")
        }
    }

    /// The lines `init` lists under "To write (N):", as "Goal n …" or, for the document's own
    /// parts, as they stand.
    static func listedToWrite(_ stdout: String) -> [String] {
        stdout.components(separatedBy: "\n").filter { $0.hasPrefix("  - ") }.map { String($0.dropFirst("  - ".count)) }
    }

    /// `arvio check`'s "fix" lines in the same form: "Goal n …" under a goal, bare under "Document".
    static func flaggedByCheck(_ stdout: String) -> [String] {
        var flagged: [String] = []
        var goal = ""
        for line in stdout.components(separatedBy: "\n") {
            if line.hasPrefix("Goal ") { goal = String(line.split(separator: " ").prefix(2).joined(separator: " ")) + " " }
            if line == "Document" { goal = "" }
            if line.hasPrefix("  fix  ") { flagged.append(goal + line.dropFirst("  fix  ".count)) }
        }
        return flagged
    }

    /// What `init` says is left to write is exactly what `arvio check` flags as "fix" in the
    /// file it wrote: the unwritten entries and the sections with only THL's guidance.
    @Test func initListsExactlyWhatCheckFlags() throws {
        try inScratch { folder in
            let output = folder.appendingPathComponent("raportti.docx").path
            let run = try Arvio.run(["init", Self.plan, "--period", "2021-04", "-o", output])
            #expect(run.status == 0, "stderr: \(run.stderr)")
            let listed = Self.listedToWrite(run.stdout)
            // Seed 004 (five goals): per goal "Tehdyt kehittämistoimenpiteet" and "Seurannan ja
            // arvioinnin tulokset" with an unwritten Huhtikuu 2021 entry, and the methods and
            // baseline sections with THL's guidance only.
            #expect(listed.count == 20, "\(run.stdout)")
            #expect(listed.allSatisfy { $0.hasPrefix("Goal ") })
            let check = try Arvio.run(["check", output])
            #expect(check.status == 1)
            let flagged = Self.flaggedByCheck(check.stdout)
            #expect(flagged.sorted() == listed.sorted(), "check: \(flagged)")
        }
    }

    /// Issue 17's "done when": `init` of the plan for 2021-10 reads back as a v2021b report,
    /// `check` flags exactly the entries `init` lists, and the PDF's pages carry their numbers.
    @Test func initForAnAutumnPeriodIsAV2021bReportWithNumberedPages() throws {
        try inScratch { folder in
            let output = folder.appendingPathComponent("raportti.docx").path
            let run = try Arvio.run(["init", Self.plan, "--period", "2021-10", "-o", output])
            #expect(run.status == 0, "stderr: \(run.stderr)")
            #expect(run.stdout.hasPrefix("Wrote \(output): the first oma-arviointi, 11/21 (report by 15.11.2021), THL template v2021b."))

            let imported = try Arvio.run(["import", "--json", output])
            #expect(imported.status == 0 && imported.stderr.isEmpty, "stderr: \(imported.stderr)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(imported.stdout.utf8)) as? [String: Any])
            #expect(json["template"] as? String == "v2021b")
            #expect(json["mapping"] as? String == "thl-oma-arviointi-2021-syksy")
            #expect((json["period"] as? [String: Any])?["period"] as? String == "2021-10")
            #expect((json["warnings"] as? [Any])?.isEmpty == true)
            let goals = try #require(json["goals"] as? [[String: Any]])
            // Seed 004's results table: 21, 8, 6, 18 and 3 osatavoitteet under TAVOITE 1–5.
            #expect(goals.map { ($0["processGoals"] as? [Any])?.count ?? -1 } == [21, 8, 6, 18, 3])
            #expect(goals.allSatisfy { (($0["indicators"] as? [Any])?.count ?? 0) > 0 })

            // Per process goal and per goal's benefit monitoring an unwritten Lokakuu 2021 entry,
            // each goal's baseline, the methods once, the 11/21 column of each readiness and
            // indicator table, and the empty Lähtötila cell of each of the 56 indicator rows (seed
            // 004's 56 results rows each name a MITTARI): 56 + 5 + 5 + 1 + 5 + 5 + 56.
            let listed = Self.listedToWrite(run.stdout)
            #expect(listed.count == 133, "\(run.stdout)")
            #expect(run.stdout.contains("To write (133):"))
            #expect(listed.filter { $0.contains("the baseline of indicator") }.count == 56)
            let check = try Arvio.run(["check", output])
            #expect(check.status == 1)
            #expect(Self.flaggedByCheck(check.stdout).sorted() == listed.sorted(), "check: \(check.stdout)")
            #expect(check.stdout.contains("Not ready to upload: 133 to fix, 0 to look at."))

        }
    }

    /// … and converts to a PDF whose every page says "Sivu n / N" (PAGE and NUMPAGES fields).
    @Test(.enabled(if: libreOfficeInstalled && Peers.pdftotext != nil, "\(Peers.noLibreOffice); or \(Peers.noPdftotext)"))
    func initForAnAutumnPeriodConvertsToAPdfWithNumberedPages() throws {
        try inScratch { folder in
            let output = folder.appendingPathComponent("raportti.docx").path
            #expect(try Arvio.run(["init", Self.plan, "--period", "2021-10", "-o", output]).status == 0)
            let pdf = folder.appendingPathComponent("raportti.pdf").path
            let converted = try Arvio.run(["pdf", output, "-o", pdf])
            #expect(converted.status == 0, "stderr: \(converted.stderr)")
            // "arvio: wrote …/raportti.pdf (23 pages)"
            let pages = try #require(Int(converted.stderr.components(separatedBy: "(").last?.components(separatedBy: " ").first ?? ""))
            #expect(pages > 1)
            let text = try ProcessRunner.run(try #require(Peers.pdftotext), [pdf, "-"])
            #expect(text.succeeded)
            for page in 1 ... pages { #expect(text.stdout.contains("Sivu \(page) / \(pages)"), "page \(page)") }
            #expect(text.stdout.contains("Kanta-Hämeen Tulevaisuuden sosiaali- ja terveyskeskus -hanke | Oma-arviointi"), "the page header")
        }
    }

    /// Without --period, the next report due from today (15.5. or 15.11.).
    @Test func initTakesTheNextDuePeriod() throws {
        try inScratch { folder in
            let output = folder.appendingPathComponent("raportti.docx").path
            let run = try Arvio.run(["init", Self.plan, "-o", output])
            #expect(run.status == 0, "stderr: \(run.stderr)")
            #expect(run.stdout.contains("the first oma-arviointi, "), "\(run.stdout)")
        }
    }

    @Test func initNeedsAPlanAndAPeriod() throws {
        let notAPlan = try Arvio.run(["init", Self.report, "--period", "2021-10", "-o", "/tmp/never-written-\(UUID().uuidString).docx"])
        expectOneLineRefusal(notAPlan, status: 34, code: "ARVIO-NOT-A-PLAN")
        #expect(notAPlan.stderr.contains("this is an oma-arviointi, not a hankesuunnitelma"))
        let badPeriod = try Arvio.run(["init", Self.plan, "--period", "2021-07"])
        #expect(badPeriod.status == 64)
        #expect(badPeriod.stderr.contains("--period 2021-07"))
    }

    // MARK: pdf

    @Test func pdfWithoutLibreOfficeSaysHowToInstallIt() throws {
        try inScratch { folder in
            let copy = folder.appendingPathComponent("raportti.docx")
            try FileManager.default.copyItem(at: URL(fileURLWithPath: Self.report), to: copy)
            let run = try Self.run(["pdf", copy.path], environment: ["ARVIO_SOFFICE": folder.appendingPathComponent("no-such-soffice").path])
            expectOneLineRefusal(run, status: 40, code: "ARVIO-NO-LIBREOFFICE")
            #expect(run.stderr.contains("apt-get install libreoffice-writer-nogui"))
            #expect(run.stderr.contains(copy.path))
            #expect(try contents(folder) == ["raportti.docx"], "nothing written")
        }
    }

    @Test(.enabled(if: libreOfficeInstalled, Comment(rawValue: Peers.noLibreOffice)))
    func pdfIsNamedFromRegionKindAndDeadline() throws {
        try inScratch { folder in
            let copy = folder.appendingPathComponent("raportti.docx")
            try FileManager.default.copyItem(at: URL(fileURLWithPath: Self.report), to: copy)
            let run = try Arvio.run(["pdf", copy.path])
            #expect(run.status == 0, "stderr: \(run.stderr)")
            let name = "Itä-Uusimaa-oma-arviointi-2021-05-15.pdf"
            #expect(try contents(folder) == [name, "raportti.docx"], "the PDF and nothing left behind")
            let pdf = try Data(contentsOf: folder.appendingPathComponent(name))
            #expect(pdf.starts(with: Array("%PDF-".utf8)))
            #expect(run.stderr.hasPrefix("arvio: wrote \(folder.appendingPathComponent(name).path) ("))
            #expect(run.stderr.hasSuffix(" pages)\n"))
            // -o names it; an existing file is kept without --force.
            let again = try Arvio.run(["pdf", copy.path, "-o", folder.appendingPathComponent(name).path])
            expectOneLineRefusal(again, status: 73, code: "ARVIO-OUTPUT-EXISTS")
        }
    }
}
