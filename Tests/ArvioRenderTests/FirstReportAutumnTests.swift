import ArvioDevSupport
import ArvioRender
import ArvioReport
import ArvioWordML
import Foundation
import Testing

/// `arvio init` for an autumn period: THL's v2021b template, laid out as seed 003 (Kymenlaakso's
/// 11/21 report) has it, filled from seed 004 (Kanta-Häme's plan), rendered and read back.
/// Expected numbers and texts are the seeds': seed 004's results table has 56 rows, 21/8/6/18/3
/// under TAVOITE 1–5 (DOMAIN §4.7, 004:192–…); seed 003's readiness and indicator tables have the
/// period columns 5/21 … 11/23 (003:57–63) and the column titles "Prosessitavoite",
/// "Kehittämistoiminnan valmiusaste", "Hyötytavoite", "Mittarit", "Lähtötila".
@Suite struct FirstReportAutumnTests {
    static let periodLabels = ["5/21", "11/21", "5/22", "11/22", "5/23", "11/23"]
    static let processGoalsPerGoal = [21, 8, 6, 18, 3]

    static func first(_ file: String = "seeds/004-kanta-hame-hankesuunnitelma-2021.word.docx") throws -> (plan: Report, first: Report) {
        let plan = try FirstReportTests.migrated(file)
        return (plan, try FirstReport.build(from: plan, period: FirstReportTests.october2021, file: "first.docx"))
    }

    static func texts(_ blocks: [ContentBlock]) -> [String] {
        blocks.compactMap(\.text).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    @Test(arguments: FirstReportTests.planFiles) func readsBackAsAV2021bReport(_ file: String) throws {
        #expect(FirstReportTests.planFiles.count == 3, "seed 004 in three renditions")
        let (plan, first) = try Self.first(file)
        #expect(first.warnings.isEmpty, "\(first.warnings)")
        let back = try FirstReportTests.readBack(first)
        #expect(back.kind == .omaArviointi)
        #expect(back.template == "v2021b")
        #expect(back.mapping == "thl-oma-arviointi-2021-syksy")
        #expect(back.period?.period == FirstReportTests.october2021 && back.period?.guessed == false)
        #expect(back.project.region == "Kanta-Häme")
        #expect(back.warnings.isEmpty, "\(back.warnings)")
        #expect(back.unmapped.isEmpty)
        #expect(back.coverage.canonicalShare == 1)
        #expect(back.goals.map(\.number) == [1, 2, 3, 4, 5])
        #expect(back.goals.map(\.processGoals.count) == Self.processGoalsPerGoal)
        for goal in back.goals {
            // Seed 003's four sections under a goal (003:282–… for goal 2).
            #expect(goal.sections.map(\.kind) == [.goals, .baseline, .actionsAndProcessMonitoring, .benefitMonitoring], "goal \(goal.number)")
            #expect(goal.processGoals.map(\.ids) == (1 ... goal.processGoals.count).map { ["\(goal.number).\($0)"] })
            for processGoal in goal.processGoals {
                #expect(processGoal.readiness.map(\.period.columnLabel) == Self.periodLabels)
                #expect(processGoal.readiness.map(\.value.raw) == [["-"], [""], [""], [""], [""], [""]], "\(processGoal.ids)")
                #expect(Self.texts(processGoal.narrative) == ["Lokakuu 2021:"], "\(processGoal.ids)")
            }
            let merged = try #require(goal.sections.first { $0.kind == .actionsAndProcessMonitoring })
            #expect(merged.subsections.map(\.kind) == Array(repeating: .processGoal, count: goal.processGoals.count))
            #expect(merged.subsections.allSatisfy { $0.placeholders.compactMap(\.text) == ["< Kuvaus lokakuun 2021 tilanteesta >"] })
            let table = try #require(merged.content.first { $0.type == "table" }?.rows)
            #expect(table[0].map { $0.first ?? "" } == ["Prosessitavoite", "Kehittämistoiminnan valmiusaste"])
            #expect(table[1].dropFirst().map { $0.first ?? "" } == Self.periodLabels)
            // The indicator table: a row for each of the plan's rows with mittarit.
            let measured = plan.plan?.results.filter { row in
                row.goal == goal.number && row.metric.contains { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
            } ?? []
            #expect(goal.indicators.count == measured.count && !measured.isEmpty, "goal \(goal.number)")
            for indicator in goal.indicators {
                #expect(indicator.baseline?.raw == [""])
                #expect(indicator.values.map(\.period.columnLabel) == Self.periodLabels)
                #expect(indicator.values.map(\.value.raw) == [["-"], [""], [""], [""], [""], [""]])
            }
            let monitoring = try #require(goal.sections.first { $0.kind == .benefitMonitoring })
            let indicatorTable = try #require(monitoring.content.first { $0.type == "table" }?.rows)
            #expect(indicatorTable[0].map { $0.first ?? "" } == ["Hyötytavoite", "Mittarit", "Lähtötila"] + Self.periodLabels)
            #expect(Self.texts(monitoring.content).last == "Lokakuu 2021:")
            #expect(monitoring.placeholders.compactMap(\.text).last == "< Kuvaus lokakuun 2021 tilanteesta >")
        }
        // What `arvio check` flags in the file is what the report said before it was written.
        let flagged = { (report: Report) in ReviewCheck.review(report).filter { $0.severity == .fix }.map { "\($0.goal ?? 0) \($0.place): \($0.message)" } }
        #expect(flagged(back) == flagged(first))
        // 56 process-goal entries, 5 benefit-monitoring entries, 5 baselines, the methods once,
        // the 11/21 column of 5 readiness and 5 indicator tables, and the empty Lähtötila cell of
        // each of the 56 indicator rows (seed 004's 56 results rows each name a MITTARI).
        #expect(flagged(back).count == 56 + 5 + 5 + 1 + 5 + 5 + 56, "\(flagged(back))")
    }

    /// `init` writes the indicator tables' "Lähtötila" column empty (a plan has no baselines):
    /// `check` names each indicator, under its goal, with its words from the plan. Seed 004's
    /// results table has 21/8/6/18/3 rows with a MITTARI under TAVOITE 1–5 (DOMAIN §4.7); its
    /// first (004:198–199) is "Asiakas- ja palveluohjauksen malli on luotu" measured "Kyllä/ei",
    /// the second's mittari (004:203) "T3 (Lääkärit 7* Hoitajat 3*" for the tulostavoite
    /// "Toteutuu perusterveydenhuollon vastaanotoilla …" (004:205).
    @Test func emptyBaselinesOfInitAreToWrite() throws {
        let back = try FirstReportTests.readBack(try Self.first().first)
        let baselines = ReviewCheck.review(back).filter { $0.rule == "baseline-empty" }
        #expect(baselines.allSatisfy { $0.severity == .fix && $0.place == "indicator table" })
        #expect((1 ... 5).map { goal in baselines.filter { $0.goal == goal }.count } == Self.processGoalsPerGoal)
        let second = try #require(baselines.dropFirst().first)
        #expect(second.says[.fi] == "mittarin ”T3 (Lääkärit 7* Hoitajat 3*” lähtötila on tyhjä (hyötytavoite ”Toteutuu perusterveydenhuollon vastaano…”)")
        #expect(second.message == "the baseline of indicator “T3 (Lääkärit 7* Hoitajat 3*” is empty (benefit goal “Toteutuu perusterveydenhuollon vastaano…”)")
    }

    /// The plan's words land where seed 004 has them: its first osatavoite (004:198) is process
    /// goal 1.1; a sentence broken over two paragraphs (004:303–304) is one title; a row's
    /// mittarit (004:203–204, a tab inside) and tulostavoite (004:205) are an indicator row.
    @Test func thePlansWordsInTheTables() throws {
        let back = try FirstReportTests.readBack(try Self.first().first)
        #expect(back.goals[0].processGoals.first?.title == "Asiakas- ja palveluohjauksen malli on luotu")
        #expect(back.goals[1].processGoals[3].title == "Nuorten psykososiaalisten menetelmien (IPC) implementointi yhteistyössä TAYS:n ja KHSHP n nuorisopsykiatrian pkl:n kanssa")
        let second = back.goals[0].indicators[1]
        #expect(second.metric == ["T3 (Lääkärit 7* Hoitajat 3*", "Fysioterapeutit 5*\t*arkipäivää Suunterveys 3kk)"])
        #expect(second.benefitGoal == ["Toteutuu perusterveydenhuollon vastaanotoilla (sis. mielenterveys- ja päihdehoito) hoitotakuun voimaantuloon mennessä"])
        // Written once, before the goals: THL's guidance for the methods, and the arviointiasteikko.
        let methods = try #require(back.sections.first { $0.kind == .methods })
        #expect(methods.placeholders.count == 1 && Self.texts(methods.content).isEmpty)
        let scale = try #require(back.sections.first { $0.kind == .indicators })
        #expect(Self.texts(scale.content) == ["Arviointiasteikko:", "Ei aloitettu (0 %)", "Käynnistetty (25 %)", "Hyvässä vauhdissa (50 %)",
                                               "Lähes valmis (75 %)", "Valmis / osa normaalitoimintaa (100 %)"])
        #expect(scale.content.compactMap(\.list?.label) == ["1.", "2.", "3.", "4.", "5."])
    }

    /// A period after THL's last column (11/23) gets its own column; the earlier ones hold "-".
    @Test func aLaterPeriodAddsItsColumn() throws {
        let plan = try FirstReportTests.migrated("seeds/004-kanta-hame-hankesuunnitelma-2021.word.docx")
        let later = PeriodKey(year: 2024, half: .spring)
        let first = try FirstReport.build(from: plan, period: later, file: "x.docx")
        #expect(first.template == "v2021b")
        let readiness = try #require(first.goals.first?.processGoals.first?.readiness)
        #expect(readiness.map(\.period.columnLabel) == Self.periodLabels + ["5/24"])
        #expect(readiness.map(\.value.raw) == Array(repeating: ["-"], count: 6) + [[""]])
    }

    /// THL's text in the v2021b template data is seed 003's, to the space; its headings and column
    /// titles are seed 003's and those the mapping `thl-oma-arviointi-2021-syksy` reads.
    @Test func templateTextIsTHLsAsSeed003HasIt() throws {
        let seed = try RenderCorpus.report("seeds/003-kymenlaakso-oma-arviointi-2021.word.docx")
        let template = THLTemplate.v2021b
        #expect(template.generation == seed.template)
        #expect(template.mapping == seed.mapping)
        for part in template.sections where part.kind != .schedule {
            let section = try #require(seed.sections.first { $0.kind == part.kind }, "\(part.kind)")
            // Seed 003's preamble stands without its heading.
            if part.kind != .instructions { #expect(TextKey.normalise(section.heading ?? "") == TextKey.normalise(part.heading)) }
            let paragraphs = section.content.filter { $0.type == "paragraph" && !$0.isEmpty }
            let texts = paragraphs.compactMap(\.text)
            let expected = (part.paragraphs ?? []).map(\.text)
            if part.kind == .indicators {
                // The arviointiasteikko among Kymenlaakso's own paragraphs (003:26–31).
                let start = try #require(texts.firstIndex(of: "Arviointiasteikko:"))
                #expect(Array(texts[start ..< start + expected.count]) == expected)
                #expect(paragraphs[start ..< start + expected.count].map { $0.list?.label } == [nil, "1.", "2.", "3.", "4.", "5."])
            } else if part.kind != .methods {
                #expect(texts == expected, "\(part.kind)")
                #expect(paragraphs.map { $0.list != nil } == (part.paragraphs ?? []).map { $0.bullet == true }, "\(part.kind)")
            }
        }
        // Seed 003 has no schedule; v2021b keeps v2021a's (seed 001's).
        #expect(template.sections.first { $0.kind == .schedule }?.table == THLTemplate.v2021a.sections.first { $0.kind == .schedule }?.table)
        let goal = seed.goals[1]
        #expect(goal.sections.map(\.kind) == template.goalSections.map(\.kind))
        #expect(goal.sections.map { TextKey.normalise($0.heading ?? "") } == template.goalSections.map { TextKey.normalise($0.heading) })
        let words = try #require(template.tables)
        let readiness = try #require(seed.goals[0].sections.first { $0.kind == .actionsAndProcessMonitoring }?.content.first { $0.type == "table" }?.rows)
        #expect([readiness[0][0].first, readiness[0][1].first] == [words.processGoal, words.readiness])
        #expect(readiness[1].dropFirst().compactMap(\.first) == words.periods)
        let indicators = try #require(seed.goals[0].sections.first { $0.kind == .benefitMonitoring }?.content.first { $0.type == "table" }?.rows)
        #expect(indicators[0].compactMap(\.first) == [words.benefitGoal, words.metric, words.baseline] + words.periods)
        // The mapping reads the same words.
        let mapping = try #require(RenderCorpus.mappings[template.mapping])
        func headers(_ kind: TableKind, _ role: String) -> [String] {
            mapping.tables?.first { $0.kind == kind }?.columns.first { $0.role == role }?.headers ?? []
        }
        #expect(headers(.readiness, "processGoal").contains(words.processGoal))
        #expect(headers(.readiness, "readiness").contains(words.readiness))
        #expect(headers(.indicators, "benefitGoal").contains(words.benefitGoal))
        #expect(headers(.indicators, "metric").contains(words.metric))
        #expect(headers(.indicators, "baseline").contains(words.baseline))
        for section in template.goalSections {
            let rule = mapping.sections?.first { $0.kind == section.kind }
            #expect(rule?.headings.contains(section.heading) == true, "\(section.kind)")
            #expect((mapping.placeholders ?? []).map(\.text).contains(section.placeholder), "\(section.kind)")
        }
    }
}
