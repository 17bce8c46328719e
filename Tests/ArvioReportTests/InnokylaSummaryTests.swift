import Foundation
import Testing
@testable import ArvioReport
import ArvioReportTestSupport

/// The Innokylä summary of seeds 000, 001 and 003 in every rendition: a date line naming the
/// report's period and the day of writing, one paragraph under each of the mapping's headings,
/// within the length limit, ending at a sentence end, and every sentence the report's own.
@Suite struct InnokylaSummaryTests {
    static let reports = ReportCorpus.seedFiles.filter {
        $0.hasPrefix("seeds/000-") || $0.hasPrefix("seeds/001-") || $0.hasPrefix("seeds/003-")
    }
    static let day = CalendarDay(year: 2022, month: 5, day: 13)
    static let headings = ReportCorpus.mappings["thl-common"]?.innokylaHeadings

    static func summary(_ report: Report, maxCharacters: Int = 600, fourHeadings: Bool = false) -> InnokylaSummary {
        SummaryBuilder.summarise(report, headings: ReportCorpus.mappings[report.mapping]?.innokylaHeadings, written: day,
                                 options: .init(maxCharacters: maxCharacters, fourHeadings: fourHeadings))
    }

    /// Every text of the report, normalised, for checking that the summary only quotes it.
    static func corpus(_ report: Report) -> String {
        ReportTexts.all(report).map { TextKey.normalise($0) }.joined(separator: "\n")
    }

    /// A summary sentence as the report wrote it: first letter as in the text, no added full stop.
    static func quoted(_ sentence: String, in corpus: String) -> Bool {
        var text = TextKey.normalise(sentence)
        if text.hasSuffix("…") { text.removeLast() }
        let candidates = [text, String(text.dropLast())]
        return candidates.contains { !$0.isEmpty && corpus.contains($0) }
    }

    @Test func theSeedsAreThere() {
        #expect(Self.reports.count == 9, "\(Self.reports)")
        #expect(Self.headings?.count == 5)
    }

    @Test(arguments: reports) func oneDatedParagraphPerHeadingWithinTheLimit(_ file: String) throws {
        let report = try ReportCorpus.report(file)
        let summary = Self.summary(report)
        let period = try #require(report.period?.period, "\(file): no period")
        #expect(summary.dateLine.contains(period.deadline), "\(file): \(summary.dateLine)")
        #expect(summary.dateLine.contains("13.5.2022"), "\(file): \(summary.dateLine)")
        #expect(summary.paragraphs.map(\.heading) == Self.headings?.map(\.heading), "\(file)")
        #expect(summary.paragraphs.map(\.goals) == [[1], [2], [3], [4], [5]], "\(file)")
        let corpus = Self.corpus(report)
        for paragraph in summary.paragraphs {
            #expect(!paragraph.text.isEmpty && paragraph.text.count <= 600, "\(file) \(paragraph.heading): \(paragraph.text.count)")
            #expect(!paragraph.nothingNew, "\(file) \(paragraph.heading): every goal of these seeds has text this period")
            #expect(paragraph.text.last.map { ".!?…".contains($0) } ?? false, "\(file) \(paragraph.heading) ends mid-sentence: \(paragraph.text)")
            for sentence in Sentences.split(paragraph.text) {
                #expect(Self.quoted(sentence, in: corpus), "\(file) \(paragraph.heading): not in the report: \(sentence)")
            }
        }
        let markdown = summary.markdown
        #expect(markdown.hasPrefix("## \(summary.dateLine)\n\n"))
        #expect(markdown.components(separatedBy: "\n### ").count == 6)
    }

    @Test(arguments: reports) func aShorterLimitIsKept(_ file: String) throws {
        let summary = Self.summary(try ReportCorpus.report(file), maxCharacters: 150)
        for paragraph in summary.paragraphs { #expect(paragraph.text.count <= 150, "\(file): \(paragraph.text)") }
    }

    /// 000 has no dated entries: the last paragraphs of actions and monitoring speak. Goal 5 has
    /// no actions section, so its monitoring paragraph is the whole summary (000:228).
    @Test func seed000UsesTheSectionsLastParagraphs() throws {
        let summary = Self.summary(try ReportCorpus.report("seeds/000-oma-arviointi-2020.word.docx"))
        #expect(summary.dateLine.hasPrefix("Lähtötilanteen oma-arviointi, 15.11.2020 (tiivistelmä päivätty 13.5.2022)"))
        #expect(summary.paragraphs[4].text == "Tavoitteiden toteutumisen seurantaa voidaan tehdä jatkossa, kunhan hanketyö etenee.")
        #expect(summary.paragraphs[0].text.contains("Kehittämistyö on edennyt suunnitellusti."))
    }

    @Test func fourHeadingsFoldGoalFiveIntoAClosingSentence() throws {
        let report = try ReportCorpus.report("seeds/001-ita-uusimaa-oma-arviointi-2021.word.docx")
        let summary = Self.summary(report, fourHeadings: true)
        #expect(summary.paragraphs.count == 4)
        #expect(summary.paragraphs[3].goals == [4] && summary.paragraphs[3].closingGoals == [5])
        #expect(summary.paragraphs[3].text.contains(" Kustannusten nousun hillintä: aiemmin kuvatuilla kehittämistoimenpiteillä"),
                "\(summary.paragraphs[3].text)")
        #expect(summary.paragraphs.allSatisfy { $0.text.count <= 600 })
    }

    /// A heading shared by two goals (a mapping of one's own) quotes both: their sections take turns.
    @Test func aHeadingSharedByTwoGoalsQuotesBoth() throws {
        let report = try ReportCorpus.report("seeds/003-kymenlaakso-oma-arviointi-2021.word.docx")
        let headings = [TemplateMapping.InnokylaHeading(heading: "Monialaisuus ja kustannukset", goals: [4, 5])]
        let summary = SummaryBuilder.summarise(report, headings: headings, written: Self.day)
        let text = try #require(summary.paragraphs.first?.text)
        #expect(summary.paragraphs.count == 1 && text.count <= 600)
        #expect(text.contains("Moniammatillinen kehityksen tuen tiimimalli"), "\(text)")
        #expect(text.hasSuffix("Kustannustehokkaiden palveluiden vaikuttavuutta seurataan etenkin lastensuojelun sijaishuollon sekä mielenterveys- ja päihdepalvelujen laitospalveluiden vähentämisellä."), "goal 5 comes after goal 4: \(text)")
    }

    /// A report with dated entries: only this period's entry speaks; a goal whose entry holds only
    /// guidance, or that has none, has nothing new.
    @Test func datedEntriesOfThisPeriodOnly() throws {
        var report = try ReportCorpus.report("seeds/001-ita-uusimaa-oma-arviointi-2021.word.docx")
        report.period = PeriodInfo(period: PeriodKey(year: 2021, half: .autumn), evidence: "test", guessed: false)
        func append(goal: Int, kind: SectionKind, _ texts: [(String, String?)]) {
            let g = report.goals.firstIndex { $0.number == goal }!
            let s = report.goals[g].sections.firstIndex { $0.kind == kind }!
            for (offset, (text, role)) in texts.enumerated() {
                let block = ContentBlock(at: BlockPath([900 + goal * 10 + offset]), text: text, role: role)
                if role == "placeholder" { report.goals[g].sections[s].placeholders.append(block) }
                else { report.goals[g].sections[s].content.append(block) }
            }
        }
        append(goal: 1, kind: .monitoring, [("Huhtikuu 2021:", nil), ("Vanha kevään teksti.", nil),
                                            ("Lokakuu 2021:", nil), ("Asiakasohjauksen malli otettiin käyttöön. Valmiusaste 75 %.", nil)])
        append(goal: 2, kind: .monitoring, [("Lokakuu 2021: Etsivä lähityö laajeni Loviisaan.", nil)])
        append(goal: 3, kind: .monitoring, [("Lokakuu 2021:", nil), ("< Kuvaus lokakuun 2021 tilanteesta >", "placeholder")])
        let summary = Self.summary(report)
        #expect(summary.paragraphs[0].text == "Asiakasohjauksen malli otettiin käyttöön. Valmiusaste 75 %.")
        #expect(summary.paragraphs[1].text == "Etsivä lähityö laajeni Loviisaan.")
        for index in 2 ... 4 {
            #expect(summary.paragraphs[index].text == InnokylaSummary.nothingNewText)
            #expect(summary.paragraphs[index].nothingNew)
        }
        #expect(summary.dateLine.hasPrefix("Oma-arviointi 11/21, 15.11.2021 "))
    }

    @Test func sentencesAreCutAtRealSentenceEnds() {
        #expect(Sentences.split("Esim. THL:n data. Kts. hankesuunnitelma s. 15. Valmiusaste 100 %. Seuraava alkoi 12/2020. Loppu")
            == ["Esim. THL:n data.", "Kts. hankesuunnitelma s. 15.", "Valmiusaste 100 %.", "Seuraava alkoi 12/2020.", "Loppu"])
        #expect(Sentences.split("Pilotti 1.1 eteni. ”Sain avun” sanoi asiakas.") == ["Pilotti 1.1 eteni.", "”Sain avun” sanoi asiakas."])
        #expect(Sentences.asSentence("monipalveluauton työryhmä koottu") == "Monipalveluauton työryhmä koottu.")
        #expect(Sentences.asSentence("yhteistyö (liittyy mm. LP-menetelmään)") == "Yhteistyö (liittyy mm. LP-menetelmään).")
        #expect(Sentences.truncated("yksi kaksi kolme neljä", to: 12) == "yksi kaksi…")
    }

    @Test func entryLabels() {
        #expect(EntryLabel("Huhtikuu 2022:")?.period == PeriodKey(year: 2022, half: .spring))
        #expect(EntryLabel("Lokakuu 2021: teksti jatkuu")?.rest == "teksti jatkuu")
        #expect(EntryLabel("Syksy 2021:")?.period == PeriodKey(year: 2021, half: .autumn))
        #expect(EntryLabel("5/22:")?.period == PeriodKey(year: 2022, half: .spring))
        #expect(EntryLabel("Huhtikuussa 2022 aloitettiin: pilotti") == nil)
        #expect(EntryLabel("Tavoite: jotain") == nil)
    }
}
