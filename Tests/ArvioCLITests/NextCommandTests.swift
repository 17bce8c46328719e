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

/// THL's own text in an updates file: refused unless `--allow-template-edits` says it is meant.
@Suite struct TemplateEditsCommandTests {
    /// Seed 003's first "Vinkkejä raportointiin" bullet (003:5), as THL wrote it.
    static let tip = "Kirjoita lyhyesti, selkeästi ja informatiivisesti nostamalla esiin keskeisimmät asiat"
    static let edited = tip + " Koordinaattorin lisäys."

    @Test func anEditOfTHLsTextIsRefusedWithoutTheFlagAndAppliedWithIt() throws {
        let input = try NextCommandTests.temporaryCopy("003-kymenlaakso-oma-arviointi-2021.word.docx")
        let folder = input.deletingLastPathComponent()
        let markdownPath = folder.appendingPathComponent("vinkit.md").path
        let made = try Arvio.run(["next", input.path, "--to", "md", "-o", markdownPath, "--force"])
        #expect(made.status == 0, "\(made.stderr)")
        let markdown = try String(contentsOfFile: markdownPath, encoding: .utf8)
        let lines = markdown.components(separatedBy: "\n")
        #expect(lines.filter { $0.hasSuffix(Self.tip) }.count == 1, "the tip on one line of the Markdown")
        try lines.map { $0.hasSuffix(Self.tip) ? $0 + " Koordinaattorin lisäys." : $0 }.joined(separator: "\n")
            .write(toFile: markdownPath, atomically: true, encoding: .utf8)

        let output = folder.appendingPathComponent("vinkit-muokattu.docx").path
        try? FileManager.default.removeItem(atPath: output)
        let refused = try Arvio.run(["next", input.path, "--updates", markdownPath, "-o", output])
        #expect(refused.status == 24, "\(refused.stderr)")
        #expect(refused.stderr.hasSuffix("[ARVIO-UPDATES-TEMPLATE-TEXT]\n") && refused.stderr.filter(\.isNewline).count == 1, "\(refused.stderr)")
        #expect(refused.stderr.contains("Vinkkejä raportointiin"), "the paragraph's place named: \(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output), "nothing written")

        let allowed = try Arvio.run(["next", input.path, "--updates", markdownPath, "--allow-template-edits", "-o", output])
        #expect(allowed.status == 0, "\(allowed.stderr)")
        let imported = try Arvio.run(["import", output, "--json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(imported.stdout.utf8)) as? [String: Any])
        let sections = try #require(json["sections"] as? [[String: Any]])
        let tips = try #require(sections.first { $0["kind"] as? String == "tips" })
        let texts = (tips["content"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
        #expect(texts.first == Self.edited, "\(texts)")
        #expect(!texts.contains(Self.tip), "edited in place, not added beside it")
    }
}

/// What `--updates` says when the file cannot be used: one line, with where and what.
@Suite struct UpdatesFileErrorTests {
    static let report = NextCommandTests.seed("003-kymenlaakso-oma-arviointi-2021.word.docx")

    static func write(_ text: String, _ name: String) throws -> String {
        let folder = ScratchFolder.url("arvio-updates-errors")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// A wrong value type on line 3 of a hand-written YAML: the line names file, line, column and what was expected.
    @Test func aBrokenYAMLIsOneLineWithLineAndColumn() throws {
        let path = try Self.write("schemaVersion: 1\nsource:\n  file: [not, a, text]\n", "broken.yaml")
        let run = try Arvio.run(["next", Self.report, "--updates", path, "-o", "/tmp/arvio-never-written.docx"])
        #expect(run.status == 22, "\(run.stderr)")
        #expect(run.stderr.filter(\.isNewline).count == 1, "\(run.stderr)")
        #expect(run.stderr.hasPrefix("arvio: \(path): line 3, column 9: expected a single text or number at “source.file”"), "\(run.stderr)")
        #expect(!run.stderr.contains("DecodingError") && !run.stderr.contains("CodingKeys"))
    }

    @Test func aYAMLThatIsNotWellFormedIsOneLine() throws {
        let path = try Self.write("schemaVersion: 1\nsource: [unclosed\n", "unclosed.yaml")
        let run = try Arvio.run(["next", Self.report, "--updates", path, "-o", "/tmp/arvio-never-written.docx"])
        #expect(run.status == 22 && run.stderr.filter(\.isNewline).count == 1, "\(run.stderr)")
        #expect(run.stderr.contains(": line ") && run.stderr.contains("the YAML is not well-formed"), "\(run.stderr)")
    }

    /// Giving the report itself as the updates says so, instead of "no such file, or not UTF-8 text".
    @Test func aWordFileAsUpdatesIsNamedAsOne() throws {
        let run = try Arvio.run(["next", Self.report, "--updates", Self.report, "-o", "/tmp/arvio-never-written.docx"])
        #expect(run.status == 22 && run.stderr.contains("it is a Word or zip file"), "\(run.stderr)")
        let missing = try Arvio.run(["next", Self.report, "--updates", "/tmp/arvio-no-such-updates.md", "-o", "/tmp/arvio-never-written.docx"])
        #expect(missing.status == 66 && missing.stderr.contains("ARVIO-NOT-FOUND"), "\(missing.stderr)")
    }

    /// The case: Kymenlaakso's filled Markdown given to Itä-Uusimaa's report is refused,
    /// naming the report the file was made from.
    @Test func anUpdatesFileFromAnotherReportIsRefused() throws {
        let folder = ScratchFolder.url("arvio-updates-errors")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let markdown = folder.appendingPathComponent("kymenlaakso.md").path
        #expect(try Arvio.run(["next", Self.report, "--to", "md", "-o", markdown, "--force"]).status == 0)
        let other = NextCommandTests.seed("001-ita-uusimaa-oma-arviointi-2021.word.docx")
        let run = try Arvio.run(["next", other, "--updates", markdown, "-o", folder.appendingPathComponent("never.docx").path])
        #expect(run.status == 23 && run.stderr.hasSuffix("[ARVIO-UPDATES-MISMATCH]\n"), "\(run.stderr)")
        #expect(run.stderr.contains("made from Kymenlaakso's oma-arviointi") && run.stderr.contains("Itä-Uusimaa"), "\(run.stderr)")
        #expect(run.stderr.filter(\.isNewline).count == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("never.docx").path))
    }
}
