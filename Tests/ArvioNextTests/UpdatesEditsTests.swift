import Foundation
import Testing
@testable import ArvioNext
import ArvioPackage
import ArvioRender
import ArvioReport
import ArvioWordML

/// `next --updates`: what the coordinator edited, deleted and added in the Markdown or the YAML
/// lands as an edit, a deletion and an addition — never as a copy of the old paragraph.
/// Expected texts are the seed's own paragraphs (read from the .docx tree) and what the test
/// typed; never what the planner computed.
@Suite struct UpdatesEditsTests {
    /// Two paragraphs of a goal's running text, each once in the document and written in the
    /// Markdown exactly as in the .docx (no characters Markdown escapes).
    struct Picked {
        var edited: String
        var deleted: String
        /// `edited` with one word replaced, as the test types it.
        var replacement: String
        var added: String
    }

    static func seedParagraphs(_ path: String, _ mode: TrackedChanges = .accept) throws -> [String] {
        TreeText.paragraphs(try DocxReader.read(path, options: ReadOptions(trackedChanges: mode)).body)
    }

    static func pick(_ name: String, report: Report, markdown: String) throws -> Picked {
        let body = try DocxReader.read(NextCorpus.path(name)).body
        let paragraphs = TreeText.paragraphs(body)
        let lines = Set(markdown.components(separatedBy: "\n"))
        let special = Set("*_`[]<>\\|#&~")
        var candidates: [String] = []
        var lastInSection: Set<String> = []
        // A deleted paragraph mark joins the paragraph to the next one; before a table there is
        // none to join, and a tracked deletion there leaves an empty paragraph when accepted.
        var beforeTable: Set<String> = []
        for goal in report.goals {
            for section in goal.sections + goal.sections.flatMap(\.subsections) {
                // A paragraph added after a section's last one is that section's new entry
                // (the YAML route): the edited paragraph is one with text after it.
                if let last = section.content.last(where: { $0.type == "paragraph" && !($0.text ?? "").allSatisfy(\.isWhitespace) })?.text {
                    lastInSection.insert(last)
                }
                for block in section.content where block.type == "paragraph" && block.role == nil && block.list == nil
                    && block.at.components.count == 1 {
                    guard let text = block.text, text.count > 60, !text.contains(where: { special.contains($0) }),
                          text.first?.isLetter == true, text == text.trimmingCharacters(in: .whitespaces),
                          !text.contains("  "), paragraphs.filter({ $0 == text }).count == 1, lines.contains(text),
                          !candidates.contains(text) else { continue }
                    candidates.append(text)
                    let next = block.at.components[0] + 1
                    if next < body.count, case .table = body[next] { beforeTable.insert(text) }
                }
            }
        }
        try #require(candidates.count >= 2, "\(name): fewer than two plain goal paragraphs")
        let edited = try #require(candidates.first { !lastInSection.contains($0) }, "\(name): no paragraph with text after it")
        let deleted = try #require(candidates.last { $0 != edited && !beforeTable.contains($0) })
        let word = try #require(edited.split(separator: " ").first { $0.count >= 6 && $0.allSatisfy(\.isLetter) }, "\(name): no word to edit")
        let replacement = edited.replacingOccurrences(of: String(word), with: "Korjattu", options: [], range: edited.range(of: String(word)))
        return Picked(edited: edited, deleted: deleted,
                      replacement: replacement, added: "Testin lisäämä kappale keskelle tekstiä (\(name)).")
    }

    /// The Markdown of `next --to md` for a seed, and the report it was made from.
    static func nextMarkdown(_ name: String) throws -> (report: Report, markdown: String) {
        let input = NextCorpus.path(name)
        let document = try DocxReader.read(input)
        let report = try ReportImporter.build(document, file: input, mappings: NextCorpus.mappings)
        let outcome = try NextPeriod.prepare(file: input, document: document, report: report, updates: nil, options: NextOptions())
        return (report, MarkdownRenderer.render(outcome.report))
    }

    static func editMarkdown(_ markdown: String, _ picked: Picked) -> String {
        var lines: [String] = []
        for line in markdown.components(separatedBy: "\n") {
            if line == picked.edited { lines += [picked.replacement, "", picked.added] }
            else if line != picked.deleted { lines.append(line) }
        }
        return lines.joined(separator: "\n")
    }

    static func editYAML(_ report: Report, _ picked: Picked) throws -> String {
        var edited = report
        for g in edited.goals.indices {
            func visit(_ section: inout Section) {
                if let index = section.content.firstIndex(where: { $0.text == picked.edited }) {
                    section.content[index].text = picked.replacement
                    section.content.insert(ContentBlock(at: BlockPath([]), text: picked.added), at: index + 1)
                }
                section.content.removeAll { $0.text == picked.deleted }
                for s in section.subsections.indices { visit(&section.subsections[s]) }
            }
            for s in edited.goals[g].sections.indices { visit(&edited.goals[g].sections[s]) }
        }
        return try ReportWriter.encode(edited, as: .yaml)
    }

    /// The output holds the edit in place, not the deleted paragraph, the addition right after
    /// the edited one, and no paragraph of the input more often than the input had it.
    static func expectApplied(_ name: String, _ route: String, picked: Picked, output: [String], input: [String]) {
        #expect(output.filter { $0 == picked.replacement }.count == 1, "\(name) \(route): the edited paragraph once")
        #expect(!output.contains(picked.edited), "\(name) \(route): the old wording is gone")
        #expect(!output.contains(picked.deleted), "\(name) \(route): the deleted paragraph is gone")
        let added = output.firstIndex(of: picked.added)
        #expect(added.map { output[$0 - 1] } == picked.replacement, "\(name) \(route): the addition stands after the edited paragraph")
        var counts: [String: Int] = [:]
        for text in input where !text.allSatisfy(\.isWhitespace) { counts[text, default: 0] += 1 }
        for (text, count) in counts where output.filter({ $0 == text }).count > count {
            Issue.record("\(name) \(route): “\(text.prefix(60))” appears more often than in the input")
        }
    }

    static func updates(_ text: String, file: String, report: Report) throws -> PeriodUpdates {
        try UpdatesReader.read(text, name: file, original: report, period: nil, mappings: NextCorpus.mappings)
    }

    @Test(arguments: NextCorpus.reports) func markdownAndYAMLEditsLandAsEdits(_ name: String) throws {
        let (report, markdown) = try Self.nextMarkdown(name)
        let picked = try Self.pick(name, report: report, markdown: markdown)
        let input = try Self.seedParagraphs(NextCorpus.path(name))
        for (route, text) in [("md", Self.editMarkdown(markdown, picked)), ("yaml", try Self.editYAML(report, picked))] {
            let updates = try Self.updates(text, file: "updates.\(route)", report: report)
            #expect(Set(updates.edits.map(\.kind)) == [.edited, .added, .deleted], "\(name) \(route): \(updates.changeList)")
            #expect(updates.edits.count == 3, "\(name) \(route): \(updates.changeList)")
            #expect(updates.edits.first { $0.kind == .edited }?.old == picked.edited)
            #expect(updates.edits.first { $0.kind == .edited }?.new == picked.replacement)
            #expect(updates.edits.first { $0.kind == .deleted }?.old == picked.deleted)
            #expect(updates.edits.first { $0.kind == .added }?.new == picked.added)
            #expect(updates.entries.isEmpty && updates.values.isEmpty, "\(name) \(route): \(updates.changeList)")

            let plain = try NextCorpus.run(name, updates: updates)
            Self.expectApplied(name, route, picked: picked, output: try Self.seedParagraphs(plain.output), input: input)

            // Tracked: rejecting every change gives the input back; accepting gives the plain output.
            let date = Date(timeIntervalSince1970: 1_652_000_000)
            let untracked = try NextCorpus.run(name, updates: updates, options: NextOptions(date: date))
            let tracked = try NextCorpus.run(name, updates: updates, options: NextOptions(trackChanges: true, author: "Testaaja", date: date))
            let rejected = try Self.seedParagraphs(tracked.output, .reject) == Self.seedParagraphs(tracked.input, .reject)
            #expect(rejected, "\(name) \(route): rejecting every change gives the input")
            let acceptedTracked = try Self.seedParagraphs(tracked.output, .accept), acceptedPlain = try Self.seedParagraphs(untracked.output, .accept)
            let firstDifference = zip(acceptedTracked, acceptedPlain).first { $0 != $1 }.map { "\($0.0.prefix(120)) ≠ \($0.1.prefix(120))" }
            let same = acceptedTracked == acceptedPlain
            #expect(same, "\(name) \(route): \(acceptedTracked.count) vs \(acceptedPlain.count) paragraphs, first difference \(String(describing: firstDifference))")
            let revisions = try DocxReader.read(tracked.output).revisions.filter { $0.author == "Testaaja" }
            #expect(revisions.contains { $0.kind == .deletion && $0.text.contains(picked.deleted.prefix(40)) }, "\(name) \(route)")
        }
    }

    /// The Markdown of `next --to md`, given back unchanged, changes nothing and adds nothing.
    @Test(arguments: NextCorpus.reports) func unchangedMarkdownChangesNothing(_ name: String) throws {
        let (report, markdown) = try Self.nextMarkdown(name)
        let updates = try Self.updates(markdown, file: "updates.md", report: report)
        #expect(updates.edits.isEmpty && updates.entries.isEmpty && updates.values.isEmpty, "\(name): \(updates.changeList)")
        let yaml = try ReportWriter.encode(report, as: .yaml)
        let fromYAML = try Self.updates(yaml, file: "updates.yaml", report: report)
        #expect(fromYAML.edits.isEmpty && fromYAML.entries.isEmpty && fromYAML.values.isEmpty, "\(name): \(fromYAML.changeList)")
    }

    /// The issue's case: a typo fixed in an old paragraph and the entry filled in — the fix is
    /// made in place and the entry holds only the new text (001 Word, goal 1 actions).
    @Test func aTypoFixIsAnEditNotANewEntry() throws {
        let name = "001-ita-uusimaa-oma-arviointi-2021.word.docx"
        let (report, markdown) = try Self.nextMarkdown(name)
        // The seed's wording (001, goal 1, "Tehdyt kehittämistoimenpiteet").
        let original = try #require(try Self.seedParagraphs(NextCorpus.path(name)).first { $0.contains("Asiakas neuvonnan ja ohjauksen") })
        var lines = markdown.components(separatedBy: "\n")
        let typo = try #require(lines.firstIndex { $0.contains("Asiakas neuvonnan") })
        lines[typo] = lines[typo].replacingOccurrences(of: "Asiakas neuvonnan", with: "Asiakasneuvonnan")
        let guidance = try #require(lines[typo...].firstIndex { $0 == "*< Kuvaus lokakuun 2021 tilanteesta >*" })
        lines[guidance] = "Chat-palvelu käynnistyi syyskuussa."
        let updates = try Self.updates(lines.joined(separator: "\n"), file: "updates.md", report: report)
        #expect(updates.edits.map(\.kind) == [.edited])
        #expect(updates.entries.map(\.paragraphs) == [["Chat-palvelu käynnistyi syyskuussa."]])
        let run = try NextCorpus.run(name, updates: updates)
        let output = try Self.seedParagraphs(run.output)
        let fixed = original.replacingOccurrences(of: "Asiakas neuvonnan", with: "Asiakasneuvonnan")
        #expect(output.filter { $0 == fixed }.count == 1)
        #expect(!output.contains(original))
        let entry = try #require(output.firstIndex(of: "Chat-palvelu käynnistyi syyskuussa."))
        #expect(output[entry - 1] == "Lokakuu 2021:")
    }

    /// A change to THL's own text (the tips) is refused with the paragraph named, and applied
    /// only with allowTemplateEdits.
    @Test(arguments: NextCorpus.reports) func templateTextEditsAreRefused(_ name: String) throws {
        let (report, markdown) = try Self.nextMarkdown(name)
        let tips = try #require(report.sections.first { $0.kind == .tips })
        var lines = markdown.components(separatedBy: "\n")
        let texts = tips.content.compactMap(\.text).filter { $0.count > 20 }
        let index = try #require(lines.firstIndex { line in texts.contains { line.contains($0.prefix(20)) } }, "\(name): a tips line in the Markdown")
        lines[index] += " Koordinaattorin lisäys."
        let updates = try Self.updates(lines.joined(separator: "\n"), file: "updates.md", report: report)
        #expect(updates.templateEdits.count == 1, "\(name): \(updates.changeList)")
        let input = NextCorpus.path(name)
        let document = try DocxReader.read(input)
        #expect(throws: UpdatesFailure.self) {
            try NextPeriod.prepare(file: input, document: document, report: report, updates: updates, options: NextOptions())
        }
        do {
            _ = try NextPeriod.prepare(file: input, document: document, report: report, updates: updates, options: NextOptions())
        } catch let failure as UpdatesFailure {
            #expect(failure.code == "ARVIO-UPDATES-TEMPLATE-TEXT")
            #expect(failure.message(file: "x.md").contains("Vinkkejä") || failure.message(file: "x.md").contains(tips.heading ?? "?"))
        }
        let allowed = try NextCorpus.run(name, updates: updates, options: NextOptions(allowTemplateEdits: true))
        #expect(try Self.seedParagraphs(allowed.output).contains { $0.hasSuffix("Koordinaattorin lisäys.") }, "\(name)")
    }
}
