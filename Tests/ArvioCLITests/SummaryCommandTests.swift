import Foundation
import Testing
import ArvioDevSupport

/// `arvio summary` as a coordinator runs it: one dated paragraph per Innokylä heading on seeds
/// 000, 001 and 003 (every rendition), appended after earlier summaries without touching them.
@Suite struct SummaryCommandTests {
    static let seeds: [String] = ["000-oma-arviointi-2020", "001-ita-uusimaa-oma-arviointi-2021", "003-kymenlaakso-oma-arviointi-2021"]
        .flatMap { stem in ["word", "libreoffice", "pandoc"].map { "\(stem).\($0).docx" } }

    static func seed(_ name: String) -> String { Repository.root.appendingPathComponent("Corpora/seeds/\(name)").path }

    static func scratch() throws -> URL {
        let folder = ScratchFolder.url("arvio-summary")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The printed summary's paragraphs under each "### " heading.
    static func paragraphs(_ markdown: String) -> [(heading: String, text: String)] {
        markdown.components(separatedBy: "\n### ").dropFirst().map { block in
            let lines = block.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
            return (lines.first ?? "", lines.dropFirst().joined(separator: "\n"))
        }
    }

    @Test(arguments: seeds) func oneDatedParagraphPerHeading(_ name: String) throws {
        let run = try Arvio.run(["summary", Self.seed(name), "--date", "2022-05-13"])
        #expect(run.status == 0, "\(name): \(run.stderr)")
        let firstLine = run.stdout.split(separator: "\n").first.map(String.init) ?? ""
        let period = name.hasPrefix("000") ? "Lähtötilanteen oma-arviointi, 15.11.2020"
            : name.hasPrefix("001") ? "Oma-arviointi 5/21, 15.5.2021" : "Oma-arviointi 11/21, 15.11.2021"
        #expect(firstLine == "## \(period) (tiivistelmä päivätty 13.5.2022)", "\(name): \(firstLine)")
        let paragraphs = Self.paragraphs(run.stdout)
        #expect(paragraphs.map(\.heading) == ["Saatavuus, oikea-aikaisuus ja jatkuvuus", "Ennaltaehkäisy ja ennakointi",
                                              "Laatu ja vaikuttavuus", "Monialaisuus ja yhteentoimivuus", "Kustannusten nousun hillintä"], "\(name)")
        for paragraph in paragraphs {
            #expect(!paragraph.text.isEmpty && !paragraph.text.contains("\n"), "\(name) \(paragraph.heading): one paragraph")
            #expect(paragraph.text.count <= 600, "\(name) \(paragraph.heading): \(paragraph.text.count) characters")
        }
    }

    @Test func maxCharsAndFourHeadings() throws {
        let run = try Arvio.run(["summary", Self.seed(Self.seeds[3]), "--max-chars", "250", "--four-headings", "--date", "2021-05-14"])
        #expect(run.status == 0, "\(run.stderr)")
        let paragraphs = Self.paragraphs(run.stdout)
        #expect(paragraphs.count == 4)
        #expect(paragraphs.allSatisfy { $0.text.count <= 250 })
        #expect(paragraphs.last?.text.contains("Kustannusten nousun hillintä: ") == true, "\(run.stdout)")
        let bad = try Arvio.run(["summary", Self.seed(Self.seeds[3]), "--date", "14.5.2021"])
        #expect(bad.status == 64)
    }

    /// "Tee tiivistelmä aina edellisen tiivistelmän perään": the second summary goes after the
    /// first, whose bytes stay exactly as they were.
    @Test func appendingTwiceKeepsTheFirstSummaryByteIdentical() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("tiivistelmat.md")
        let first = try Arvio.run(["summary", Self.seed("001-ita-uusimaa-oma-arviointi-2021.word.docx"), "--append", file.path, "--date", "2021-05-14"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.isEmpty)
        let printed = try Arvio.run(["summary", Self.seed("001-ita-uusimaa-oma-arviointi-2021.word.docx"), "--date", "2021-05-14"])
        let afterFirst = try Data(contentsOf: file)
        #expect(afterFirst == Data(printed.stdout.utf8), "the file holds exactly the printed summary")

        let second = try Arvio.run(["summary", Self.seed("003-kymenlaakso-oma-arviointi-2021.word.docx"), "--append", file.path, "--date", "2021-11-14"])
        #expect(second.status == 0, "\(second.stderr)")
        let afterSecond = try Data(contentsOf: file)
        #expect(afterSecond.prefix(afterFirst.count) == afterFirst, "the first summary's bytes changed")
        let added = String(decoding: afterSecond.dropFirst(afterFirst.count), as: UTF8.self)
        #expect(added.hasPrefix("\n## Oma-arviointi 11/21, 15.11.2021 (tiivistelmä päivätty 14.11.2021)\n"), "\(added.prefix(120))")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["tiivistelmat.md"], "temporary files left behind")
    }

    /// Earlier summaries typed by hand, without a final newline and with Windows line ends, stay as typed.
    @Test func appendingAfterHandWrittenText() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("innokyla.txt")
        let earlier = Data("Tiivistelmä 15.11.2020\r\nLähtötilanne kartoitettu.".utf8)
        try earlier.write(to: file)
        let run = try Arvio.run(["summary", Self.seed("000-oma-arviointi-2020.word.docx"), "--append", file.path, "--date", "2020-11-16"])
        #expect(run.status == 0, "\(run.stderr)")
        let now = try Data(contentsOf: file)
        #expect(now.prefix(earlier.count) == earlier)
        #expect(String(decoding: now.dropFirst(earlier.count), as: UTF8.self).hasPrefix("\n\n## Lähtötilanteen oma-arviointi"))
    }

    @Test func refusals() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let binary = folder.appendingPathComponent("not-text.md")
        let bytes = Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0xFF, 0xFE])
        try bytes.write(to: binary)
        let notText = try Arvio.run(["summary", Self.seed("001-ita-uusimaa-oma-arviointi-2021.word.docx"), "--append", binary.path])
        #expect(notText.status == 73 && notText.stderr.contains("[ARVIO-APPEND-NOT-TEXT]"), "\(notText.stderr)")
        #expect(try Data(contentsOf: binary) == bytes)

        // A named pipe would block the read of the earlier text, a folder has none: both refused
        // before anything is read. Under `timeout`, so that a read that blocks fails instead of hanging.
        let fifo = folder.appendingPathComponent("putki.md")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        for target in [fifo.path, folder.path] {
            let refused = try ProcessRunner.run(try Arvio.located.get().path,
                                                ["summary", Self.seed("001-ita-uusimaa-oma-arviointi-2021.word.docx"), "--append", target],
                                                timeout: 60)
            #expect(refused.status == 73 && refused.stderr.contains("[ARVIO-OUTPUT-NOT-FILE]") && refused.stderr.contains(target), "\(refused.stderr)")
            #expect(refused.stderr.filter(\.isNewline).count == 1 && refused.stdout.isEmpty, "\(refused.stderr)")
        }

        let plan = try Arvio.run(["summary", Self.seed("004-kanta-hame-hankesuunnitelma-2021.word.docx")])
        #expect(plan.status == 31 && plan.stderr.contains("[ARVIO-SUMMARY-NOT-A-REPORT]"), "\(plan.stderr)")
        #expect(plan.stderr.filter(\.isNewline).count == 1 && plan.stdout.isEmpty)
    }
}
