import Testing
@testable import ArvioReport

/// Per national goal: the sections in order and how many list items, paragraphs and guidance
/// texts each holds. The expectations were counted from the seed texts in ../shared/seeds
/// (a line starting "· " is a list item; "< Kuvaus … >" is guidance), not from Arvio's output.
@Suite struct GoalSectionsGoldenTests {
    struct Expected {
        var kind: SectionKind
        var listItems: Int
        var paragraphs: Int
        var guidance: Int
        var tables: Int = 0
    }

    static func e(_ kind: SectionKind, _ list: Int, _ paragraphs: Int, _ guidance: Int, tables: Int = 0) -> Expected {
        Expected(kind: kind, listItems: list, paragraphs: paragraphs, guidance: guidance, tables: tables)
    }

    /// Seed 000 (oma-arviointi 2020): six sections per goal; goal 5 has no "Tehdyt kehittämistoimenpiteet".
    static let seed000: [[Expected]] = [
        [e(.goals, 10, 0, 1), e(.indicators, 9, 1, 1), e(.methods, 7, 0, 1), e(.baseline, 0, 2, 1), e(.actions, 7, 1, 1), e(.monitoring, 0, 2, 1)],
        [e(.goals, 14, 0, 1), e(.indicators, 10, 0, 1), e(.methods, 7, 0, 1), e(.baseline, 0, 3, 1), e(.actions, 4, 1, 1), e(.monitoring, 0, 2, 1)],
        [e(.goals, 12, 0, 1), e(.indicators, 4, 0, 1), e(.methods, 7, 0, 1), e(.baseline, 0, 2, 1), e(.actions, 6, 1, 1), e(.monitoring, 0, 1, 1)],
        [e(.goals, 7, 0, 1), e(.indicators, 7, 0, 1), e(.methods, 7, 0, 1), e(.baseline, 0, 1, 1), e(.actions, 5, 0, 1), e(.monitoring, 0, 1, 1)],
        [e(.goals, 1, 0, 0), e(.indicators, 0, 1, 1), e(.methods, 0, 1, 1), e(.baseline, 0, 1, 1), e(.monitoring, 0, 1, 1)],
    ]

    /// Seed 001 (kevät 2021): a problem table under each goal's first section; every
    /// "Seurannan ja arvioinnin tulokset" holds only its guidance text.
    static let seed001: [[Expected]] = [
        [e(.goals, 0, 1, 0, tables: 1), e(.indicators, 11, 0, 0), e(.methods, 0, 1, 0), e(.baseline, 0, 3, 0), e(.actions, 0, 3, 0), e(.monitoring, 0, 0, 1)],
        [e(.goals, 0, 0, 0, tables: 1), e(.indicators, 10, 0, 0), e(.methods, 0, 1, 0), e(.baseline, 0, 2, 0), e(.actions, 0, 3, 0), e(.monitoring, 0, 0, 1)],
        [e(.goals, 0, 0, 0, tables: 1), e(.indicators, 9, 0, 0), e(.methods, 0, 1, 0), e(.baseline, 0, 3, 0), e(.actions, 0, 3, 0), e(.monitoring, 0, 0, 1)],
        [e(.goals, 0, 0, 0, tables: 1), e(.indicators, 6, 0, 0), e(.methods, 0, 1, 0), e(.baseline, 0, 1, 0), e(.actions, 0, 2, 0), e(.monitoring, 0, 0, 1)],
        [e(.goals, 0, 0, 0, tables: 1), e(.indicators, 14, 0, 0), e(.methods, 0, 1, 0), e(.baseline, 0, 2, 0), e(.actions, 0, 1, 0), e(.monitoring, 0, 0, 1)],
    ]

    /// Seed 003 (syksy 2021): goals, baseline, the merged actions-and-process section (goals 1–4)
    /// and benefit monitoring. Goal 5's baseline has 4 paragraphs: seed lines 800–801 are one
    /// paragraph with a manual line break.
    static let seed003: [(goals: (list: Int, paragraphs: Int), baseline: Int, processGoalSections: Int?)] = [
        ((3, 2), 3, 7), ((2, 2), 3, 8), ((5, 2), 4, 4), ((2, 2), 2, 4), ((4, 2), 4, nil),
    ]

    static func counts(_ section: Section) -> Expected {
        let paragraphs = section.content.filter { $0.type == "paragraph" && !$0.isEmpty }
        return Expected(kind: section.kind, listItems: paragraphs.filter { $0.list != nil }.count,
                        paragraphs: paragraphs.filter { $0.list == nil }.count, guidance: section.placeholders.count,
                        tables: section.content.filter { $0.type == "table" }.count)
    }

    static func check(_ file: String, _ golden: [[Expected]]) throws {
        let report = try ReportCorpus.report(file)
        #expect(report.goals.map(\.number) == [1, 2, 3, 4, 5], "\(file)")
        for (goal, expected) in zip(report.goals, golden) {
            let found = goal.sections.map(counts)
            #expect(found.map(\.kind) == expected.map(\.kind), "\(file) goal \(goal.number)")
            for (section, wanted) in zip(found, expected) {
                #expect(section.listItems == wanted.listItems, "\(file) goal \(goal.number) \(wanted.kind) list items")
                #expect(section.paragraphs == wanted.paragraphs, "\(file) goal \(goal.number) \(wanted.kind) paragraphs")
                #expect(section.guidance == wanted.guidance, "\(file) goal \(goal.number) \(wanted.kind) guidance")
                #expect(section.tables == wanted.tables, "\(file) goal \(goal.number) \(wanted.kind) tables")
            }
        }
    }

    @Test(arguments: ReportCorpus.seedFiles.filter { $0.contains("/000-") }) func seed000(_ file: String) throws {
        try Self.check(file, Self.seed000)
        let report = try ReportCorpus.report(file)
        #expect(report.kind == .omaArviointi && report.template == "v2020")
        #expect(report.goals.map(\.title) == NationalGoal.allCases.map(\.canonicalTitle))
        #expect(report.period?.period == .baseline)
    }

    @Test(arguments: ReportCorpus.seedFiles.filter { $0.contains("/001-") }) func seed001(_ file: String) throws {
        try Self.check(file, Self.seed001)
        let report = try ReportCorpus.report(file)
        #expect(report.kind == .omaArviointi && report.template == "v2021a")
        #expect(report.project.region == "Itä-Uusimaa")
        #expect(report.period?.period == PeriodKey(year: 2021, half: .spring))
        // Every monitoring section is still unfilled: only THL's guidance text.
        #expect(report.goals.allSatisfy { $0.sections.first { $0.kind == .monitoring }?.isUnfilled == true })
    }

    @Test(arguments: ReportCorpus.seedFiles.filter { $0.contains("/003-") }) func seed003(_ file: String) throws {
        let report = try ReportCorpus.report(file)
        #expect(report.kind == .omaArviointi && report.template == "v2021b")
        #expect(report.project.region == "Kymenlaakso")
        #expect(report.period?.period == PeriodKey(year: 2021, half: .autumn))
        #expect(report.goals.map(\.number) == [1, 2, 3, 4, 5])
        for (goal, expected) in zip(report.goals, Self.seed003) {
            let kinds = goal.sections.map(\.kind)
            let wantedKinds: [SectionKind] = expected.processGoalSections == nil
                ? [.goals, .baseline, .benefitMonitoring] : [.goals, .baseline, .actionsAndProcessMonitoring, .benefitMonitoring]
            #expect(kinds == wantedKinds, "\(file) goal \(goal.number)")
            let goals = Self.counts(goal.sections[0])
            #expect(goals.listItems == expected.goals.list && goals.paragraphs == expected.goals.paragraphs, "\(file) goal \(goal.number)")
            #expect(Self.counts(goal.sections[1]).paragraphs == expected.baseline, "\(file) goal \(goal.number) baseline")
            if let processGoals = expected.processGoalSections {
                let merged = goal.sections.first { $0.kind == .actionsAndProcessMonitoring }
                #expect(merged?.subsections.filter { $0.kind == .processGoal }.count == processGoals, "\(file) goal \(goal.number)")
            }
        }
        // Document-level sections before the goals, in order.
        #expect(report.sections.map(\.kind).filter { $0 != .title } ==
                [.instructions, .tips, .concepts, .projectDescription, .methods, .indicators])
    }

    @Test(arguments: ReportCorpus.seedFiles.filter { $0.contains("/002-") || $0.contains("/004-") }) func otherKinds(_ file: String) throws {
        let report = try ReportCorpus.report(file)
        if file.contains("/002-") {
            #expect(report.kind == .loppuTiivistelma)
            #expect(report.project.region == "Etelä-Pohjanmaa")
            #expect(report.unmapped.map(\.text).contains("Sote-udistus"))
        } else {
            #expect(report.kind == .hankesuunnitelma)
            #expect(report.project.region == "Kanta-Häme")
            #expect(report.goals.map(\.number) == [1, 2, 3, 4, 5])
            #expect(report.goals.map { $0.heading?.trimmingCharacters(in: .whitespaces) } == NationalGoal.allCases.map(\.shortTitle))
            // pandoc's round trip drops run colours (MANIFEST: blue_paragraph_count 0 for that rendition).
            #expect(report.plan?.additionsColour == (file.contains(".pandoc.") ? nil : "0070C0"))
            #expect(report.plan?.footnotes.count == 8)
        }
    }
}
