import Foundation
import Testing
import ArvioDevSupport

/// `arvio diff` between a report and its `arvio next` version, and `arvio check` on seed 001,
/// on a fully filled next version, and on a plan (page count through LibreOffice when it is
/// installed, the note when it is not).
@Suite struct DiffCheckCommandTests {
    static func seed(_ name: String) -> String { Repository.root.appendingPathComponent("Corpora/seeds/\(name)").path }

    static func scratch() throws -> URL {
        let folder = ScratchFolder.url("arvio-diffcheck")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The "+ …" paragraph lines of `arvio diff` (table rows and columns excluded).
    static func addedParagraphs(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init).filter { $0.hasPrefix("    + ") && !$0.hasPrefix("    + column") && !$0.hasPrefix("    + row") }
            .map { String($0.dropFirst(6)) }
    }

    @Test(arguments: [("003-kymenlaakso-oma-arviointi-2021.word.docx", "Huhtikuu 2022", "huhtikuun 2022"),
                      ("001-ita-uusimaa-oma-arviointi-2021.word.docx", "Lokakuu 2021", "lokakuun 2021"),
                      ("000-oma-arviointi-2020.word.docx", "Huhtikuu 2021", "huhtikuun 2021")])
    func diffListsExactlyTheNewPeriodsEntries(_ name: String, _ label: String, _ situation: String) throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let next = folder.appendingPathComponent("next.docx").path
        let prepared = try Arvio.run(["next", Self.seed(name), "-o", next])
        #expect(prepared.status == 0, "\(prepared.stderr)")
        // Counted by hand in the seeds' text (ArvioNextTests' NextCorpus.entriesBySeed cites the lines).
        let entries = try #require(["000": 9, "001": 10, "003": 28][String(name.prefix(3))])
        #expect(prepared.stdout.split(separator: "\n").filter { $0.contains("write the \(situation) situation") }.count == entries,
                "\(name): \(prepared.stdout)")

        let run = try Arvio.run(["diff", Self.seed(name), next])
        #expect(run.status == 0, "\(run.stderr)")
        let added = Self.addedParagraphs(run.stdout)
        #expect(added.filter { $0 == "\(label):" }.count == entries, "\(run.stdout)")
        #expect(added.filter { $0 == "< Kuvaus \(situation) tilanteesta >" }.count == entries)
        #expect(added.count == 2 * entries, "only the new entries are added: \(added.filter { !$0.hasPrefix(label) && !$0.hasPrefix("<") })")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(!lines.contains { $0.hasPrefix("    - ") }, "nothing is removed")
        // Only the dates on the title page change.
        let changed = lines.filter { $0.hasPrefix("    ~ ") }
        #expect(changed.count <= 1, "\(changed)")
        #expect(run.stdout.contains("  period: "), "the period change is listed")

        let markdown = try Arvio.run(["diff", Self.seed(name), next, "--md"])
        #expect(markdown.status == 0)
        #expect(markdown.stdout.hasPrefix("# Changes from "))
        #expect(markdown.stdout.components(separatedBy: "- **added:** \(label):").count - 1 == entries)
    }

    @Test func seed001IsFlaggedForItsFiveUnfilledMonitoringSections() throws {
        let run = try Arvio.run(["check", Self.seed("001-ita-uusimaa-oma-arviointi-2021.word.docx")])
        #expect(run.status == 1, "\(run.stderr)")
        let flagged = run.stdout.split(separator: "\n").filter {
            $0.hasPrefix("  fix  “Seurannan ja arvioinnin tulokset”: THL's guidance text is there but nothing is written")
        }
        #expect(flagged.count == 5, "\(run.stdout)")
        #expect(run.stdout.hasSuffix("Not ready to upload: 5 to fix, 0 to look at.\n"), "\(run.stdout)")
    }

    /// A fully filled document: seed 001's next version with every new entry written — the
    /// Markdown from `arvio next --to md` with each "< Kuvaus lokakuun 2021 tilanteesta >"
    /// replaced by text, put into the Word file with `arvio next --updates` — passes.
    @Test func aFullyFilledReportIsReady() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = Self.seed("001-ita-uusimaa-oma-arviointi-2021.word.docx")
        let markdownPath = folder.appendingPathComponent("seuraava.md").path
        #expect(try Arvio.run(["next", input, "--to", "md", "-o", markdownPath]).status == 0)
        let markdown = try String(contentsOfFile: markdownPath, encoding: .utf8)
        let pieces = markdown.components(separatedBy: "*< Kuvaus lokakuun 2021 tilanteesta >*")
        #expect(pieces.count == 11, "ten entries to write")
        var filled = pieces[0]
        for (index, piece) in pieces.dropFirst().enumerated() {
            filled += "Lokakuussa 2021 kohta \(index + 1) eteni suunnitellusti. Pilotit jatkuvat keväällä 2022." + piece
        }
        try filled.write(toFile: markdownPath, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("valmis.docx").path
        let next = try Arvio.run(["next", input, "--updates", markdownPath, "-o", output])
        #expect(next.status == 0, "\(next.stderr)")

        let check = try Arvio.run(["check", output])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.hasSuffix("Ready to upload: nothing to fix.\n"), "\(check.stdout)")
        let strict = try Arvio.run(["check", output, "--strict"])
        #expect(strict.status == 0, "\(strict.stdout)")

        // Its summary now speaks of the new entries only.
        let summary = try Arvio.run(["summary", output, "--date", "2021-11-12"])
        #expect(summary.status == 0)
        #expect(summary.stdout.contains("Lokakuussa 2021 kohta 1 eteni suunnitellusti."), "\(summary.stdout)")
        #expect(!summary.stdout.contains("Työryhmät ovat aloittaneet"), "last period's text is not this period's news")
    }

    @Test func seed000IsReadyAndTheUnwrittenNextVersionIsNot() throws {
        let run = try Arvio.run(["check", Self.seed("000-oma-arviointi-2020.word.docx")])
        #expect(run.status == 0, "\(run.stdout)")
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let next = folder.appendingPathComponent("next.docx").path
        #expect(try Arvio.run(["next", Self.seed("000-oma-arviointi-2020.word.docx"), "-o", next]).status == 0)
        let unwritten = try Arvio.run(["check", next])
        #expect(unwritten.status == 1)
        #expect(unwritten.stdout.contains("the “Huhtikuu 2021:” entry has no text yet"), "\(unwritten.stdout)")
    }

    /// 004 without the page count: only a "look" (the caption "Taulukko 1 aikataulu" has no table),
    /// so it passes, and fails with --strict.
    @Test func strictAlsoFailsOnLooks() throws {
        let plan = Self.seed("004-kanta-hame-hankesuunnitelma-2021.word.docx")
        let run = try Arvio.run(["check", plan, "--no-pages"])
        #expect(run.status == 0, "\(run.stdout)")
        #expect(run.stdout.contains("look “Taulukko 1 aikataulu”"))
        #expect(try Arvio.run(["check", plan, "--no-pages", "--strict"]).status == 1)
    }

    @Test func planPagesWithoutLibreOfficeIsANote() throws {
        let plan = Self.seed("004-kanta-hame-hankesuunnitelma-2021.word.docx")
        let missing = try Self.run(["check", plan], environment: ["ARVIO_SOFFICE": "/nonexistent/soffice"])
        #expect(missing.stdout.contains("note length: pages not counted:"), "\(missing.stdout)")
        #expect(missing.stdout.contains("sudo apt-get install"), "\(missing.stdout)")
        #expect(missing.status == 0, "a check that could not be made does not fail")

    }

    @Test(.enabled(if: Peers.hasLibreOffice, Comment(rawValue: Peers.noLibreOffice)))
    func planPagesThroughLibreOffice() throws {
        let plan = Self.seed("004-kanta-hame-hankesuunnitelma-2021.word.docx")
        let counted = try Arvio.run(["check", plan])
        // LibreOffice 7 lays seed 004 out on 29 pages, more than THL's 25; other versions may
        // differ by a page or two, so the verdict is checked against the count printed.
        let line = try #require(counted.stdout.split(separator: "\n").first { $0.contains(" pages as LibreOffice lays it out") },
                                "\(counted.stdout)")
        let pages = try #require(Int(line.split(separator: ":")[1].split(separator: " ")[0]), "\(line)")
        #expect((20 ... 40).contains(pages), "\(line)")
        #expect(line.hasPrefix(pages > 25 ? "  fix  length:" : "  note length:"), "\(line)")
        #expect(counted.status == (pages > 25 ? 1 : 0), "\(counted.stdout)")
    }

    /// `Arvio.run` with extra environment variables.
    static func run(_ arguments: [String], environment: [String: String]) throws -> Arvio.Run {
        try ArvioBinary.run(arguments, environment: environment)
    }
}
