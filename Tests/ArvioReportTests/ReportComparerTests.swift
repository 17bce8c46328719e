import Foundation
import Testing
@testable import ArvioReport

/// `arvio diff` on report models: nothing between a report and itself (or another producer's
/// rendition), and exactly what was added, removed, changed or filled in otherwise. The real
/// `arvio next` output is compared in ArvioCLITests (this target cannot link ArvioNext).
@Suite struct ReportComparerTests {
    static let seed003 = "seeds/003-kymenlaakso-oma-arviointi-2021.word.docx"
    static let seed001 = "seeds/001-ita-uusimaa-oma-arviointi-2021.word.docx"

    /// The same file read twice (two separate imports, not one value compared with itself).
    @Test(arguments: ReportCorpus.seedFiles) func aReportEqualsItsRereading(_ file: String) throws {
        let first = try ReportCorpus.report(file)
        let again = try ReportCorpus.report(file)
        #expect(ReportComparer.compare(first, again).isEmpty, "\(file)")
    }

    /// The same seed written by Word and by LibreOffice reads the same.
    @Test func renditionsOfOneSeedDifferOnlyWhereTheyDo() throws {
        let word = try ReportCorpus.report(Self.seed001)
        let libreoffice = try ReportCorpus.report("seeds/001-ita-uusimaa-oma-arviointi-2021.libreoffice.docx")
        let diff = ReportComparer.compare(word, libreoffice)
        #expect(diff.places.isEmpty, "\(DiffRenderer.text(diff, old: "word", new: "libreoffice"))")
    }

    /// What `arvio next` adds, done by hand on the model: a dated label and its guidance at the
    /// end of every period section. The diff lists exactly those, and the period change.
    @Test func theNewPeriodsEntriesAndNothingElse() throws {
        let old = try ReportCorpus.report(Self.seed003)
        var new = old
        new.period = PeriodInfo(period: PeriodKey(year: 2022, half: .spring), evidence: "test", guessed: false)
        var expected: [String] = []
        var at = 5000
        for g in new.goals.indices {
            for s in new.goals[g].sections.indices {
                func addEntry(_ section: inout Section) {
                    section.content.append(ContentBlock(at: BlockPath([at]), text: "Huhtikuu 2022:"))
                    section.placeholders.append(ContentBlock(at: BlockPath([at + 1]), text: "< Kuvaus huhtikuun 2022 tilanteesta >", role: "placeholder"))
                    expected += ["Huhtikuu 2022:", "< Kuvaus huhtikuun 2022 tilanteesta >"]
                    at += 2
                }
                switch new.goals[g].sections[s].kind {
                case .benefitMonitoring, .actions, .monitoring: addEntry(&new.goals[g].sections[s])
                case .actionsAndProcessMonitoring:
                    for p in new.goals[g].sections[s].subsections.indices { addEntry(&new.goals[g].sections[s].subsections[p]) }
                default: continue
                }
            }
        }
        let diff = ReportComparer.compare(old, new)
        #expect(diff.document.map(\.field) == ["period"])
        #expect(diff.document.first?.new == "5/22 (15.5.2022)")
        #expect(diff.addedTexts == expected)
        let others = diff.places.flatMap(\.items).filter { if case .added = $0 { false } else { true } }
        #expect(others.isEmpty, "\(others)")
        // Seed 003 has 28 period sections, counted by hand in its text (ArvioNextTests'
        // NextCorpus.entriesBySeed names the lines: 23 process-goal narratives and 5
        // "Hyötytavoitteiden seurannan ja arvioinnin tulokset"), two texts each.
        #expect(expected.count == 2 * 28)
    }

    @Test func paragraphsAddedRemovedAndChangedInOrder() throws {
        let old = try ReportCorpus.report(Self.seed001)
        var new = old
        let g = 0
        let s = try #require(new.goals[g].sections.firstIndex { $0.kind == .actions })
        var content = new.goals[g].sections[s].content
        let firstText = try #require(content[0].text)
        content[0].text = firstText.replacingOccurrences(of: "joulukuussa 2020", with: "tammikuussa 2021")
        let removed = content.remove(at: 1).text!
        content.append(ContentBlock(at: BlockPath([999]), text: "Uusi kappale lokakuulta."))
        new.goals[g].sections[s].content = content
        let diff = ReportComparer.compare(old, new)
        let place = try #require(diff.places.first { $0.goal == 1 && $0.name == "“Tehdyt kehittämistoimenpiteet”" })
        #expect(place.items == [.changed(from: firstText, to: content[0].text!), .removed(removed), .added("Uusi kappale lokakuulta.")])
        #expect(diff.places.count == 1)
    }

    @Test func readinessAndIndicatorValuesFilledOrChanged() throws {
        let old = try ReportCorpus.report(Self.seed003)
        var new = old
        let spring = PeriodKey(year: 2022, half: .spring)
        let autumn = PeriodKey(year: 2021, half: .autumn)
        let r = try #require(new.goals[0].processGoals[0].readiness.firstIndex { $0.period == spring })
        new.goals[0].processGoals[0].readiness[r].value = CellValue(raw: ["75 %"])
        let a = try #require(new.goals[0].processGoals[1].readiness.firstIndex { $0.period == autumn })
        let before = new.goals[0].processGoals[1].readiness[a].value.text
        new.goals[0].processGoals[1].readiness[a].value = CellValue(raw: ["60 %"])
        let i = try #require(new.goals[1].indicators[1].values.firstIndex { $0.period == spring })
        new.goals[1].indicators[1].values[i].value = CellValue(raw: ["640 kpl"])
        let diff = ReportComparer.compare(old, new)
        let readiness = try #require(diff.places.first { $0.goal == 1 && $0.name.hasPrefix("readiness") })
        #expect(readiness.items.count == 2)
        guard case .cell(let row, let column, let from, let to) = readiness.items[0] else { Issue.record("\(readiness.items)"); return }
        #expect(row.hasPrefix("1.1 Kiireettömät") && column == "5/22" && from.trimmingCharacters(in: .whitespaces).isEmpty && to == "75 %")
        #expect(readiness.items[1] == .cell(row: readiness.items[1].row, column: "11/21", from: before, to: "60 %"))
        let indicators = try #require(diff.places.first { $0.goal == 2 && $0.name.hasPrefix("indicator") })
        #expect(indicators.items.count == 1)
        let text = DiffRenderer.text(diff, old: "a", new: "b")
        #expect(text.contains("+ 1.1 Kiireettömät"), "\(text)")
        #expect(text.contains("| 5/22: (empty) → “75 %”"), "\(text)")
        #expect(DiffRenderer.markdown(diff, old: "a", new: "b").contains("**filled:**"))
    }

    @Test func sequenceDiffKeepsOrder() {
        let operations = SequenceDiff.compare(["a b c", "d e f", "g"], ["a b c", "x", "d e f", "g h"])
        #expect(operations == [.same(old: 0, new: 0), .added(new: 1), .same(old: 1, new: 2), .changed(old: 2, new: 3)])
        #expect(SequenceDiff.compare(["yksi kaksi"], ["kolme neljä"]) == [.removed(old: 0), .added(new: 0)])
    }
}

extension ReportDiff.Item {
    /// The row of a cell change, for comparisons in tests.
    var row: String {
        if case .cell(let row, _, _, _) = self { return row }
        return ""
    }
}
