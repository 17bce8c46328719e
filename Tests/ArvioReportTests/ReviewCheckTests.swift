import Foundation
import Testing
@testable import ArvioReport

/// `arvio check` on report models: seed 001's five unfilled "Seurannan ja arvioinnin tulokset",
/// 003's empty 11/21 indicator cells, dates that disagree, a plan's colour and page rules, and
/// a filled report with nothing to fix.
@Suite struct ReviewCheckTests {
    static let seed001 = OmaArviointiTablesTests.seed001
    static let seed000 = "seeds/000-oma-arviointi-2020.word.docx"

    @Test(arguments: seed001) func seed001HasFiveUnfilledMonitoringSections(_ file: String) throws {
        let report = try ReportCorpus.report(file)
        let findings = ReviewCheck.review(report, facts: DocumentFacts.collect(try ReportCorpus.document(file)))
        let fix = findings.filter { $0.severity == .fix }
        #expect(fix.count == 5, "\(file): \(findings)")
        #expect(fix.allSatisfy { $0.rule == "unfilled-guidance" && $0.place == "“Seurannan ja arvioinnin tulokset”" })
        #expect(fix.map(\.goal) == [1, 2, 3, 4, 5])
        #expect(!ReviewCheck.isReady(findings, strict: false))
    }

    /// 001 with its monitoring sections written (the guidance removed, as 001 does where it wrote
    /// text): nothing to fix.
    @Test(arguments: seed001) func seed001FilledIsReady(_ file: String) throws {
        var report = try ReportCorpus.report(file)
        for g in report.goals.indices {
            for s in report.goals[g].sections.indices where report.goals[g].sections[s].kind == .monitoring {
                report.goals[g].sections[s].placeholders = []
                report.goals[g].sections[s].content = [ContentBlock(at: BlockPath([800 + g]), text: "Seuranta osoittaa edistystä.")]
            }
        }
        let findings = ReviewCheck.review(report, facts: DocumentFacts.collect(try ReportCorpus.document(file)))
        #expect(findings.isEmpty, "\(file): \(findings)")
        #expect(ReviewCheck.isReady(findings, strict: true))
    }

    @Test func seed000IsReady() throws {
        let findings = ReviewCheck.review(try ReportCorpus.report(Self.seed000),
                                          facts: DocumentFacts.collect(try ReportCorpus.document(Self.seed000)))
        #expect(findings.isEmpty, "\(findings)")
    }

    /// 003:333–345: five of goal 2's indicator rows have nothing in the 11/21 column. (Its two
    /// empty baselines, 003:764 and 003:827, are `BaselineCheckTests`'.)
    @Test func seed003EmptyCellsInThisPeriodsColumn() throws {
        let report = try ReportCorpus.report("seeds/003-kymenlaakso-oma-arviointi-2021.word.docx")
        let all = ReviewCheck.review(report)
        #expect(all.filter { $0.rule == "baseline-empty" }.count == 2, "\(all)")
        let findings = all.filter { $0.rule != "baseline-empty" }
        #expect(findings.count == 1, "\(findings)")
        #expect(findings.first?.goal == 2 && findings.first?.rule == "period-column-empty")
        #expect(findings.first?.message.contains("11/21 column is empty for 5 row(s)") == true, "\(findings)")
    }

    @Test func datesThatDisagree() throws {
        var report = try ReportCorpus.report("seeds/001-ita-uusimaa-oma-arviointi-2021.word.docx")
        #expect(DateConsistency.mentions(report, facts: DocumentFacts()).map(\.period) == [PeriodKey(year: 2021, half: .spring), PeriodKey(year: 2021, half: .spring)])
        report.source.title = "Itä-Uudenmaan … -hanke: oma-arviointi 11/2021"
        let header = DocumentFacts(texts: [.init(place: "page header", text: "Oma-arviointi 5/2021 | sivu 2")])
        let findings = ReviewCheck.review(report, facts: header).filter { $0.rule == "dates-disagree" }
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("document properties title “11/2021” (11/21)") == true, "\(findings)")
        #expect(findings.first?.message.contains("title page “15.5.2021” (5/21)") == true, "\(findings)")
    }

    /// Seed 000's page header "Tulevaisuuden sosiaali- ja terveyskeskus -hanke | Oma-arviointi 2020"
    /// in a version for 5/2021: the year-only period disagrees and is a "fix".
    @Test func aHeaderYearThatIsNotTheReportsIsFlagged() throws {
        var report = try ReportCorpus.report("seeds/000-oma-arviointi-2020.word.docx")
        let header = DocumentFacts(texts: [.init(place: "page header", text: "Tulevaisuuden sosiaali- ja terveyskeskus -hanke | Oma-arviointi 2020")])
        #expect(ReviewCheck.review(report, facts: header).filter { $0.rule == "dates-disagree" }.isEmpty, "the 2020 report itself")
        report.period = PeriodInfo(period: PeriodKey(year: 2021, half: .spring), evidence: "test", guessed: false)
        report.source.title = "Tulevaisuuden sosiaali- ja terveyskeskus -hankkeen oma-arviointi 5/2021"
        let findings = ReviewCheck.review(report, facts: header).filter { $0.rule == "dates-disagree" }
        #expect(findings.contains { $0.severity == .fix && $0.message.contains("page header “Oma-arviointi 2020” names 2020, but the report is for 5/21") },
                "\(findings)")
    }

    @Test func savedBeforeItsPeriodAndOutsideTheSchedule() throws {
        var report = try ReportCorpus.report("seeds/001-ita-uusimaa-oma-arviointi-2021.word.docx")
        report.period?.period = PeriodKey(year: 2023, half: .spring)
        let rules = ReviewCheck.review(report).map(\.rule)
        #expect(rules.contains("period-not-in-schedule"))
        #expect(rules.contains("saved-before-period"))
    }

    @Test func unfilledAndMissingDatedEntries() throws {
        var report = try ReportCorpus.report("seeds/000-oma-arviointi-2020.word.docx")
        report.period = PeriodInfo(period: PeriodKey(year: 2021, half: .spring), evidence: "test", guessed: false)
        let g = 0
        let s = report.goals[g].sections.firstIndex { $0.kind == .monitoring }!
        report.goals[g].sections[s].content.append(ContentBlock(at: BlockPath([900]), text: "Huhtikuu 2021:"))
        report.goals[g].sections[s].placeholders.append(ContentBlock(at: BlockPath([901]), text: "< Kuvaus huhtikuun 2021 tilanteesta >", role: "placeholder"))
        let findings = ReviewCheck.review(report)
        let unfilled = findings.filter { $0.rule == "entry-unfilled" }
        #expect(unfilled.count == 1 && unfilled.first?.goal == 1 && unfilled.first?.place == "“Seurannan ja arvioinnin tulokset”")
        // Every other period section (goal 1 actions, goals 2–4 both, goal 5 monitoring) lacks its entry.
        #expect(findings.filter { $0.rule == "entry-missing" }.count == 8, "\(findings)")
    }

    @Test func planRules() throws {
        let word = try ReportCorpus.report("seeds/004-kanta-hame-hankesuunnitelma-2021.word.docx")
        #expect(ReviewCheck.review(word, pages: .counted(29)).contains { $0.rule == "plan-too-long" && $0.severity == .fix })
        let short = ReviewCheck.review(word, pages: .counted(24))
        #expect(!short.contains { $0.rule == "plan-too-long" })
        #expect(short.contains { $0.rule == "plan-pages" && $0.severity == .note })
        #expect(!short.contains { $0.rule == "additions-unmarked" }, "004 marks its additions in blue")
        let skipped = ReviewCheck.review(word, pages: .skipped(.verbatim("LibreOffice is not installed")))
        #expect(skipped.contains { $0.rule == "pages-not-counted" && $0.severity == .note })

        var unmarked = word
        unmarked.plan?.additions = []
        #expect(ReviewCheck.review(unmarked).contains { $0.rule == "additions-unmarked" && $0.severity == .fix })
    }

    /// A parent heading followed directly by its sub-headings is not an empty section (004's
    /// "Hankkeen tavoitteet" → "Hyötytavoitteet"); the caption "Taulukko 1 aikataulu" with no table is.
    @Test func parentHeadingsAreNotEmptySections() throws {
        let file = "seeds/004-kanta-hame-hankesuunnitelma-2021.word.docx"
        let findings = ReviewCheck.review(try ReportCorpus.report(file), facts: DocumentFacts.collect(try ReportCorpus.document(file)))
        let empty = findings.filter { $0.rule == "empty-section" }
        #expect(empty.map(\.place) == ["“Taulukko 1 aikataulu”"], "\(findings)")
        #expect(empty.allSatisfy { $0.severity == .look })
    }

    /// What Arvio was unsure of while reading is listed under "fix": a process goal whose
    /// narrative it could not find (003 without its "1.2 Lääkäriaikojen …" heading), and a period
    /// it had to guess (003's pandoc rendition has no title, header or properties).
    @Test func readingWarningsAndAGuessedPeriodAreToFix() throws {
        var document = try ReportCorpus.document("seeds/003-kymenlaakso-oma-arviointi-2021.word.docx")
        document.body.removeAll { if case .paragraph(let paragraph) = $0 { paragraph.text.hasPrefix("1.2 Lääkäriaikojen") } else { false } }
        let report = try ReportImporter.build(document, file: "003.docx", mappings: ReportCorpus.mappings)
        let unlinked = ReviewCheck.review(report).filter { $0.rule == "process-goal-unlinked" }
        #expect(unlinked.count == 1 && unlinked.first?.severity == .fix, "\(unlinked)")
        #expect(unlinked.first?.message.contains("1.2") == true)

        let pandoc = try ReportCorpus.report("seeds/003-kymenlaakso-oma-arviointi-2021.pandoc.docx")
        #expect(ReviewCheck.review(pandoc).contains { $0.rule == "period-guessed" && $0.severity == .fix })
    }
}
