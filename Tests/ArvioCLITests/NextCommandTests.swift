import Foundation
import Testing
import ArvioDevSupport

/// `arvio next` as a coordinator runs it: where the file goes, what is refused, what is printed.
@Suite struct NextCommandTests {
    static func seed(_ name: String) -> String { Repository.root.appendingPathComponent("Corpora/seeds/\(name)").path }

    static func temporaryCopy(_ name: String) throws -> URL {
        let folder = ScratchFolder.url("arvio-next-cli")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let copy = folder.appendingPathComponent(name)
        try FileManager.default.copyItem(atPath: seed(name), toPath: copy.path)
        return copy
    }

    @Test func writesTheNextVersionBesideTheInputWithPeriodAndDate() throws {
        let input = try Self.temporaryCopy("003-kymenlaakso-oma-arviointi-2021.word.docx")
        let before = try Data(contentsOf: input)
        let run = try Arvio.run(["next", input.path])
        #expect(run.status == 0, "\(run.stderr)")
        let produced = try FileManager.default.contentsOfDirectory(atPath: input.deletingLastPathComponent().path)
            .filter { $0.hasPrefix("003-kymenlaakso-oma-arviointi-2021.word-2022-04-") && $0.hasSuffix(".docx") }
        #expect(produced.count == 1, "\(produced)")
        #expect(run.stdout.contains("Wrote") && run.stdout.contains("5/22") && run.stdout.contains("To do"))
        #expect(try Data(contentsOf: input) == before, "the input is never changed")
        #expect(try FileManager.default.contentsOfDirectory(atPath: input.deletingLastPathComponent().path)
            .allSatisfy { !$0.hasSuffix(".tmp") }, "no temporary file is left behind")
    }

    @Test func neverWritesOverTheInputOrAnExistingFile() throws {
        let input = try Self.temporaryCopy("001-ita-uusimaa-oma-arviointi-2021.word.docx")
        let before = try Data(contentsOf: input)
        let onInput = try Arvio.run(["next", input.path, "-o", input.path])
        #expect(onInput.status == 73 && onInput.stderr.contains("ARVIO-OUTPUT-IS-INPUT"), "\(onInput.stderr)")
        #expect(try Data(contentsOf: input) == before)

        let output = input.deletingLastPathComponent().appendingPathComponent("seuraava.docx").path
        #expect(try Arvio.run(["next", input.path, "-o", output]).status == 0)
        let first = try Data(contentsOf: URL(fileURLWithPath: output))
        let again = try Arvio.run(["next", input.path, "-o", output])
        #expect(again.status == 73 && again.stderr.contains("ARVIO-OUTPUT-EXISTS"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: output)) == first)
        #expect(try Arvio.run(["next", input.path, "-o", output, "--force"]).status == 0)
    }

    @Test func refusesWithADocumentedCode() throws {
        let plan = try Arvio.run(["next", Self.seed("004-kanta-hame-hankesuunnitelma-2021.word.docx"), "-o", "/tmp/arvio-never-written.docx"])
        #expect(plan.status == 31 && plan.stderr.contains("ARVIO-NEXT-NOT-A-REPORT"), "\(plan.stderr)")
        let earlier = try Arvio.run(["next", Self.seed("003-kymenlaakso-oma-arviointi-2021.word.docx"), "--period", "2021-04", "-o", "/tmp/arvio-never-written.docx"])
        #expect(earlier.status == 32 && earlier.stderr.filter(\.isNewline).count == 1, "\(earlier.stderr)")
        let garbage = try Arvio.run(["next", Self.seed("003-kymenlaakso-oma-arviointi-2021.word.docx"), "--period", "spring"])
        #expect(garbage.status == 64)
        #expect(!FileManager.default.fileExists(atPath: "/tmp/arvio-never-written.docx"))
    }

    /// The Markdown round: the next version as Markdown, the coordinator replaces a placeholder
    /// with text, and `--updates` puts that text into the Word document in the right place.
    @Test func markdownWrittenInAnyEditorComesBackIntoTheDocument() throws {
        let input = try Self.temporaryCopy("000-oma-arviointi-2020.word.docx")
        let folder = input.deletingLastPathComponent()
        let markdownPath = folder.appendingPathComponent("seuraava.md").path
        let markdownRun = try Arvio.run(["next", input.path, "--to", "md", "-o", markdownPath])
        #expect(markdownRun.status == 0, "\(markdownRun.stderr)")
        var markdown = try String(contentsOfFile: markdownPath, encoding: .utf8)
        // Goal 2's "Seurannan ja arvioinnin tulokset" entry: replace its placeholder.
        let goal2 = try #require(markdown.range(of: "\n## 2."))
        let monitoring = try #require(markdown.range(of: "### Seurannan ja arvioinnin tulokset", range: goal2.upperBound ..< markdown.endIndex))
        let placeholder = try #require(markdown.range(of: "*< Kuvaus huhtikuun 2021 tilanteesta >*", range: monitoring.upperBound ..< markdown.endIndex))
        markdown.replaceSubrange(placeholder, with: "Ennaltaehkäisevän työn mallit otettiin käyttöön\nkaikissa kunnissa.")
        try markdown.write(toFile: markdownPath, atomically: true, encoding: .utf8)

        let output = folder.appendingPathComponent("seuraava.docx").path
        let run = try Arvio.run(["next", input.path, "--updates", markdownPath, "-o", output])
        #expect(run.status == 0, "\(run.stderr)")
        let imported = try Arvio.run(["import", output, "--json"])
        let json = try JSONSerialization.jsonObject(with: Data(imported.stdout.utf8)) as! [String: Any]
        let goals = json["goals"] as! [[String: Any]]
        let second = goals.first { $0["number"] as? Int == 2 }!
        let sections = second["sections"] as! [[String: Any]]
        let monitoringSection = sections.first { $0["kind"] as? String == "monitoring" }!
        let texts = (monitoringSection["content"] as! [[String: Any]]).compactMap { $0["text"] as? String }
        #expect(texts.suffix(2) == ["Huhtikuu 2021:", "Ennaltaehkäisevän työn mallit otettiin käyttöön kaikissa kunnissa."])
        // The other goals still have the placeholder to fill.
        let first = goals.first { $0["number"] as? Int == 1 }!
        let firstMonitoring = (first["sections"] as! [[String: Any]]).first { $0["kind"] as? String == "monitoring" }!
        let placeholders = (firstMonitoring["placeholders"] as! [[String: Any]]).compactMap { $0["text"] as? String }
        #expect(placeholders.contains("< Kuvaus huhtikuun 2021 tilanteesta >"))
    }
}
