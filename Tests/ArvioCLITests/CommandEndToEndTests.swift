import ArvioDevSupport
import Foundation
import Testing

/// Each command's success path through the built binary, with the options the other suites of
/// this target do not run (OptionCoverageTests checks that every option `--help` lists is run
/// somewhere). Expected values come from the seeds, never from Arvio's output:
/// - seed 000 (../shared/seeds/000_ae594a50e029971f.txt; MANIFEST.json "design.headings") has
///   the headings "Vinkkejä raportointiin" (line 4), "Käsitteet" (line 8) and goal 1
///   "Palveluiden yhdenvertaisen saatavuuden, oikea-aikaisuuden ja jatkuvuuden parantaminen"
///   (line 11);
/// - its period-dependent sections, where `next` adds a dated entry, are the four "Tehdyt
///   kehittämistoimenpiteet" (lines 52, 109, 154, 202; goal 5 has none) and the five "Seurannan
///   ja arvioinnin tulokset" (lines 62, 116, 165, 209, 224): 9 entries;
/// - it is the 2020 baseline (lähtötilanne, reported 15.11.2020, line 1), so its next period is
///   April 2021 ("Huhtikuu 2021"), and October 2021 is a later valid --period ("Lokakuu 2021");
/// - the mappings are the files in Mappings/ that other mappings extend from (thl-common.yaml is
///   the shared base every other file names in `extends:`, not a template of its own).
@Suite struct CommandEndToEndTests {
    static let seed000 = Corpus.seedPath("000-oma-arviointi-2020.word.docx")
    static let seed001 = Corpus.seedPath("001-ita-uusimaa-oma-arviointi-2021.word.docx")
    static let plan004 = Corpus.seedPath("004-kanta-hame-hankesuunnitelma-2021.word.docx")
    static let goal1 = "Palveluiden yhdenvertaisen saatavuuden, oikea-aikaisuuden ja jatkuvuuden parantaminen"
    static let seed000Entries = 9

    static func run(_ arguments: [String], environment: [String: String] = [:], sourceLocation: SourceLocation = #_sourceLocation) throws -> ProcessRun {
        let run = try ArvioBinary.run(arguments, environment: environment)
        #expect(run.succeeded, "arvio \(arguments.joined(separator: " ")): \(run.status) \(run.stderr)", sourceLocation: sourceLocation)
        return run
    }

    static func inScratch<T>(_ body: (URL) throws -> T) throws -> T { try ProcessRunner.inScratch("arvio-e2e", body) }

    /// Body paragraphs of `arvio dump` (the "¶" lines) that hold `text`.
    static func paragraphs(_ dump: String, containing text: String) -> Int {
        dump.split(separator: "\n").filter { $0.hasPrefix("¶") && $0.contains(text) }.count
    }

    /// A folder holding one extra mapping, "oma-testi": the 2020 template's file under a new name.
    static func extraMappings(in folder: URL) throws -> URL {
        let mappings = folder.appendingPathComponent("mappings")
        try FileManager.default.createDirectory(at: mappings, withIntermediateDirectories: true)
        let original = try String(contentsOfFile: Repository.path("Mappings/thl-oma-arviointi-2020.yaml"), encoding: .utf8)
        let renamed = original.replacingOccurrences(of: "name: thl-oma-arviointi-2020", with: "name: oma-testi")
        try renamed.write(to: mappings.appendingPathComponent("oma-testi.yaml"), atomically: true, encoding: .utf8)
        return mappings
    }

    // MARK: mappings

    @Test func mappingsListsEveryTemplateMappingFile() throws {
        let listed = try Self.run(["mappings"]).stdout
        let files = try FileManager.default.contentsOfDirectory(atPath: Repository.path("Mappings"))
            .filter { $0.hasSuffix(".yaml") && $0 != "thl-common.yaml" }.map { String($0.dropLast(5)) }
        #expect(files.count == 5)
        for name in files { #expect(listed.contains("  \(name)  "), "\(name) missing from: \(listed)") }
        #expect(!listed.contains("thl-common  "))
    }

    @Test func mappingsWithAFolderListsItsFilesToo() throws {
        try Self.inScratch { folder in
            let listed = try Self.run(["mappings", "--mappings", try Self.extraMappings(in: folder).path]).stdout
            #expect(listed.contains("oma-testi"), "\(listed)")
            #expect(listed.contains("thl-oma-arviointi-2020"))
        }
    }

    // MARK: --mapping / --mappings that work, on every command that takes them

    /// The built-in 2020 mapping by name (with an empty --mappings folder), then "oma-testi" from
    /// a --mappings folder: every command that takes them reads seed 000 (or plan 004) the same.
    @Test func aValidMappingAndMappingsFolderOnEveryCommand() throws {
        try Self.inScratch { folder in
            let extra = try Self.extraMappings(in: folder).path
            let none = folder.appendingPathComponent("no-mappings").path
            try FileManager.default.createDirectory(atPath: none, withIntermediateDirectories: true)
            let report = folder.appendingPathComponent("r.docx").path
            try FileManager.default.copyItem(atPath: Self.seed000, toPath: report)
            for (name, mappings) in [("thl-oma-arviointi-2020", none), ("oma-testi", extra)] {
                let imported = try Self.run(["import", report, "--json", "--mapping", name, "--mappings", mappings]).stdout
                #expect(imported.contains(Self.goal1), "\(name)")
                let inspected = try Self.run(["inspect", report, "--mapping", name, "--mappings", mappings]).stdout
                #expect(inspected.contains(name), "\(name): \(inspected.prefix(300))")
                let md = try Self.run(["render", report, "--to", "md", "--mapping", name, "--mappings", mappings]).stdout
                #expect(md.contains(Self.goal1), "\(name)")
                let next = folder.appendingPathComponent("next-\(name).docx").path
                _ = try Self.run(["next", report, "-o", next, "--strict", "--mapping", name, "--mappings", mappings])
                #expect(Self.paragraphs(try Self.run(["dump", next]).stdout, containing: "Huhtikuu 2021:") == Self.seed000Entries)
                _ = try Self.run(["diff", report, next, "--mapping", name, "--mappings", mappings])
                // check's status says whether the report is ready (0) or not (1), not whether it ran.
                let checked = try ArvioBinary.run(["check", report, "--no-pages", "--mapping", name, "--mappings", mappings])
                #expect(checked.exited && [0, 1].contains(checked.status), "\(name): \(checked.stderr)")
                let summary = try Self.run(["summary", report, "--date", "2021-05-14", "--mapping", name, "--mappings", mappings]).stdout
                #expect(!summary.isEmpty)
                let soffice = folder.appendingPathComponent("soffice").path
                try Self.standInSoffice(at: soffice)
                let pdf = folder.appendingPathComponent("r-\(name).pdf").path
                _ = try Self.run(["pdf", report, "-o", pdf, "--mapping", name, "--mappings", mappings], environment: ["ARVIO_SOFFICE": soffice])
            }
            let migrated = try Self.run(["migrate", Self.plan004, "--json", "--mapping", "hankesuunnitelma-2021", "--mappings", extra]).stdout
            #expect((try? JSONSerialization.jsonObject(with: Data(migrated.utf8))) != nil, "migrate --json prints JSON")
            let first = folder.appendingPathComponent("first.docx").path
            _ = try Self.run(["init", Self.plan004, "--period", "2021-10", "-o", first, "--mapping", "hankesuunnitelma-2021", "--mappings", extra])
            #expect(FileManager.default.fileExists(atPath: first))
        }
    }

    /// A stand-in for LibreOffice's soffice that writes a one-page PDF where --outdir says.
    static func standInSoffice(at path: String) throws {
        try ExecutableScript.write("""
            #!/bin/sh
            while [ $# -gt 0 ]; do if [ "$1" = --outdir ]; then dir="$2"; fi; shift; done
            printf '%%PDF-1.4\\n<</Type/Page>>\\n' > "$dir/document.pdf"
            """, to: path)
    }

    // MARK: migrate

    @Test func migrateWritesJSONAndReplacesOnlyWithForce() throws {
        try Self.inScratch { folder in
            let output = folder.appendingPathComponent("plan.json").path
            _ = try Self.run(["migrate", Self.plan004, "--json", "-o", output])
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output))) as? [String: Any]
            #expect(json != nil)
            let again = try ArvioBinary.run(["migrate", Self.plan004, "-o", output])
            #expect(again.status == 73, "an existing output is kept: \(again.stderr)")
            _ = try Self.run(["migrate", Self.plan004, "-o", output, "--force"])
        }
    }

    // MARK: render

    @Test func renderWritesMarkdownDocxAndTheDefaultName() throws {
        try Self.inScratch { folder in
            let report = folder.appendingPathComponent("raportti.docx").path
            try FileManager.default.copyItem(atPath: Self.seed000, toPath: report)
            let md = try Self.run(["render", report, "--to", "md"]).stdout
            for heading in ["Vinkkejä raportointiin", "Käsitteet", Self.goal1] { #expect(md.contains(heading), "\(heading)") }

            // --to docx without -o: beside the input, named …-uusi-pohja.docx.
            _ = try Self.run(["render", report, "--to", "docx"])
            let fresh = folder.appendingPathComponent("raportti-uusi-pohja.docx").path
            #expect(FileManager.default.fileExists(atPath: fresh))
            let dumped = try Self.run(["dump", fresh]).stdout
            #expect(Self.paragraphs(dumped, containing: Self.goal1) == 1, "goal 1's heading, once")

            // YAML input: what `arvio import` wrote renders the same headings.
            let yaml = folder.appendingPathComponent("raportti.yaml").path
            _ = try Self.run(["import", report, "-o", yaml])
            let fromYAML = try Self.run(["render", yaml, "--to", "md"]).stdout
            #expect(fromYAML.contains(Self.goal1) && fromYAML.contains("Käsitteet"))
            let written = folder.appendingPathComponent("x.docx").path
            _ = try Self.run(["render", yaml, "--to", "docx", "-o", written])
            #expect(Self.paragraphs(try Self.run(["dump", written]).stdout, containing: Self.goal1) == 1)
            #expect(try ArvioBinary.run(["render", yaml, "--to", "docx", "-o", written]).status == 73)
            _ = try Self.run(["render", yaml, "--to", "docx", "-o", written, "--force"])
        }
    }

    // MARK: dump

    @Test func dumpTextHoldsTheSeedsHeadings() throws {
        let dumped = try Self.run(["dump", Self.seed000]).stdout
        for heading in ["Vinkkejä raportointiin", "Käsitteet", Self.goal1] {
            #expect(Self.paragraphs(dumped, containing: heading) >= 1, "\(heading)")
        }
        #expect(Self.paragraphs(dumped, containing: "Tehdyt kehittämistoimenpiteet") == 4, "seed lines 52, 109, 154, 202")
        #expect(Self.paragraphs(dumped, containing: "Seurannan ja arvioinnin tulokset") == 5, "seed lines 62, 116, 165, 209, 224")
    }

    // MARK: next

    @Test func nextWithTrackedChangesByANamedAuthor() throws {
        try Self.inScratch { folder in
            let output = folder.appendingPathComponent("tracked.docx").path
            _ = try Self.run(["next", Self.seed000, "-o", output, "--track-changes", "--author", "Testi Tekijä"])
            let accepted = try Self.run(["dump", "--track-changes", "accept", output]).stdout
            let rejected = try Self.run(["dump", "--track-changes", "reject", output]).stdout
            let all = try Self.run(["dump", "--track-changes", "all", output]).stdout
            #expect(Self.paragraphs(accepted, containing: "Huhtikuu 2021:") == Self.seed000Entries)
            #expect(Self.paragraphs(rejected, containing: "Huhtikuu 2021:") == 0, "rejecting gives the original back")
            #expect(Self.paragraphs(all, containing: "{insertion}**Huhtikuu 2021:**") == Self.seed000Entries)
            #expect(all.contains("insertion by Testi Tekijä"))
            #expect(!all.contains("insertion by Arvio"))
        }
    }

    @Test func nextForALaterPeriod() throws {
        try Self.inScratch { folder in
            let output = folder.appendingPathComponent("lokakuu.docx").path
            _ = try Self.run(["next", Self.seed000, "--period", "2021-10", "-o", output])
            let dumped = try Self.run(["dump", output]).stdout
            #expect(Self.paragraphs(dumped, containing: "Lokakuu 2021:") == Self.seed000Entries)
            #expect(Self.paragraphs(dumped, containing: "Huhtikuu 2021:") == 0)
        }
    }

    /// `--updates` takes what `arvio import` wrote, as YAML and as JSON; with nothing added to it,
    /// the new version has the same 9 dated entries as without it.
    @Test func nextTakesUpdatesAsYAMLAndJSON() throws {
        try Self.inScratch { folder in
            for format in ["yaml", "json"] {
                let updates = folder.appendingPathComponent("updates.\(format)").path
                _ = try Self.run(["import", Self.seed000, "-o", updates])
                let output = folder.appendingPathComponent("next-\(format).docx").path
                _ = try Self.run(["next", Self.seed000, "--updates", updates, "-o", output])
                #expect(Self.paragraphs(try Self.run(["dump", output]).stdout, containing: "Huhtikuu 2021:") == Self.seed000Entries, "\(format)")
            }
        }
    }

    // MARK: batches

    /// Two reports with the same name in two subfolders, a Word lock file (~$…), a hidden file and
    /// an empty subfolder: both reports are read, into the same subfolders; the others are left alone.
    @Test func batchKeepsSubfoldersAndLeavesLockAndHiddenFilesAlone() throws {
        try Self.inScratch { folder in
            let input = folder.appendingPathComponent("in")
            for sub in ["a", "b", "tyhjä"] {
                try FileManager.default.createDirectory(at: input.appendingPathComponent(sub), withIntermediateDirectories: true)
            }
            try FileManager.default.copyItem(atPath: Self.seed000, toPath: input.appendingPathComponent("a/raportti.docx").path)
            try FileManager.default.copyItem(atPath: Self.seed001, toPath: input.appendingPathComponent("b/raportti.docx").path)
            try Data("lock".utf8).write(to: input.appendingPathComponent("a/~$raportti.docx"))
            try Data("hidden".utf8).write(to: input.appendingPathComponent(".piilo.docx"))

            let out = folder.appendingPathComponent("out")
            let imported = try Self.run(["import", input.path, "-o", out.path, "--jobs", "1", "--strict"])
            #expect(imported.stderr.contains("2 files"), "\(imported.stderr)")
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("a/raportti.yaml").path))
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("b/raportti.yaml").path))
            let summary = try String(contentsOf: out.appendingPathComponent("arvio-summary.csv"), encoding: .utf8)
            #expect(summary.split(whereSeparator: \.isNewline).count == 3, "a header and two reports: \(summary)")
            #expect(!summary.contains("~$") && !summary.contains(".piilo"))

            let nextOut = folder.appendingPathComponent("next")
            _ = try Self.run(["next", input.path, "-o", nextOut.path, "--jobs", "2", "--strict"])
            for sub in ["a", "b"] {
                let made = try FileManager.default.contentsOfDirectory(atPath: nextOut.appendingPathComponent(sub).path)
                #expect(made.count == 1 && made[0].hasPrefix("raportti-") && made[0].hasSuffix(".docx"), "\(sub): \(made)")
            }
        }
    }

    @Test func anEmptyFolderIsNotFound() throws {
        try Self.inScratch { folder in
            let empty = folder.appendingPathComponent("tyhjä")
            try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
            let run = try ArvioBinary.run(["import", empty.path, "-o", folder.appendingPathComponent("out").path])
            #expect(run.status == 66 && run.stderr.contains("[ARVIO-NOT-FOUND]") && run.stderr.contains(empty.path), "\(run.stderr)")
        }
    }

    /// Both batch commands: `arvio import --strict varoituksia.docx` alone refuses it (exit 19,
    /// ARVIO-STRICT: ErrorCatalogueTests); in a batch that file fails (its summary row carries
    /// ARVIO-STRICT, nothing is written for it), the good one is written, and the batch ends with 2.
    @Test(arguments: ["import", "next"])
    func strictBatchFailsTheFileWithWarnings(_ command: String) throws {
        try Self.inScratch { folder in
            let input = folder.appendingPathComponent("in")
            try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: Self.seed000, toPath: input.appendingPathComponent("hyvä.docx").path)
            try FileManager.default.copyItem(atPath: Repository.path("Tests/Fixtures/hostile/strict-minimal.docx"),
                                             toPath: input.appendingPathComponent("varoituksia.docx").path)
            let out = folder.appendingPathComponent("out")
            let run = try ArvioBinary.run([command, input.path, "-o", out.path, "--strict"])
            #expect(run.status == 2, "some files of the batch failed: \(run.stderr)")
            #expect(run.stderr.contains("varoituksia.docx") && run.stderr.contains("[ARVIO-STRICT]"), "\(run.stderr)")
            let summary = try String(contentsOf: out.appendingPathComponent("arvio-summary.csv"), encoding: .utf8)
            let rows = summary.split(whereSeparator: \.isNewline)
            #expect(rows.count == 3, "a header and two files: \(summary)")
            #expect(rows.first { $0.contains("varoituksia.docx") }?.contains("ARVIO-STRICT") == true, "\(summary)")
            #expect(rows.first { $0.contains("hyvä.docx") }?.contains("ARVIO-") == false, "\(summary)")
            let written = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0 != "arvio-summary.csv" }
            #expect(written.count == 1 && written[0].hasPrefix("hyvä"), "only the good file's result: \(written)")
        }
    }

    // MARK: pdf (a stand-in soffice, so the machinery runs on every machine)

    @Test func pdfWritesBesideTheReportAndReplacesOnlyWithForce() throws {
        try Self.inScratch { folder in
            let soffice = folder.appendingPathComponent("soffice").path
            try Self.standInSoffice(at: soffice)
            let output = folder.appendingPathComponent("raportti.pdf").path
            let environment = ["ARVIO_SOFFICE": soffice]
            _ = try Self.run(["pdf", Self.seed000, "-o", output, "--timeout", "60"], environment: environment)
            #expect(try Data(contentsOf: URL(fileURLWithPath: output)).starts(with: Array("%PDF-".utf8)))
            #expect(try ArvioBinary.run(["pdf", Self.seed000, "-o", output], environment: environment).status == 73)
            _ = try Self.run(["pdf", Self.seed000, "-o", output, "--force"], environment: environment)
        }
    }
}
