import ArvioDevSupport
import ArvioRender
import ArvioReport
import ArvioWordML
import Foundation
import Testing

/// `arvio init`: the first oma-arviointi from seed 004's plan — read from the .docx (every
/// rendition) and from its migrated YAML — rendered to .docx and read back by `arvio import`:
/// an oma-arviointi for the period in THL's template of the period (v2021a for spring 2021, as
/// seed 001; v2021b from autumn 2021, as seed 003), five goals carrying the plan's goals and
/// mittarit, THL's text as the seed has it, and dated empty entries for the rest.
@Suite struct FirstReportTests {
    static let planFiles = RenderCorpus.seedFiles.filter { $0.hasPrefix("seeds/004-") }
    static let april2021 = PeriodKey(year: 2021, half: .spring)
    static let october2021 = PeriodKey(year: 2021, half: .autumn)

    static func migrated(_ file: String) throws -> Report {
        let document = try DocxReader.read(RenderCorpus.path(file))
        var plan = try ReportImporter.build(document, file: file, mappings: RenderCorpus.mappings)
        PlanMigration.complete(&plan, document: document)
        return plan
    }

    /// Renders `report` and imports the file, as `arvio init` then `arvio import` do.
    static func readBack(_ report: Report) throws -> Report {
        let folder = try RenderCorpus.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("first.docx").path
        try DocxRenderer.write(report, to: path)
        let document = try DocxReader.read(path)
        #expect(document.warnings.isEmpty, "\(document.warnings)")
        return try ReportImporter.build(document, file: path, mappings: RenderCorpus.mappings)
    }

    static func texts(_ section: Section?) -> [String] {
        (section?.content ?? []).compactMap(\.text).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    /// The checks every read-back first report passes, against the plan it came from.
    static func expectCarriesThePlan(_ report: Report, plan: Report, period: PeriodKey, label: String,
                                     sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(report.kind == .omaArviointi, sourceLocation: sourceLocation)
        #expect(report.template == "v2021a", sourceLocation: sourceLocation)
        #expect(report.mapping == "thl-oma-arviointi-2021-kevat", sourceLocation: sourceLocation)
        #expect(report.period?.period == period && report.period?.guessed == false, "\(String(describing: report.period))", sourceLocation: sourceLocation)
        #expect(report.project.region == plan.project.region, sourceLocation: sourceLocation)
        #expect(report.project.name == plan.project.name, sourceLocation: sourceLocation)
        #expect(report.warnings.isEmpty, "\(report.warnings)", sourceLocation: sourceLocation)
        #expect(report.unmapped.isEmpty, sourceLocation: sourceLocation)
        #expect(report.goals.map(\.number) == [1, 2, 3, 4, 5], sourceLocation: sourceLocation)
        let rows = plan.plan?.results ?? []
        for goal in report.goals {
            #expect(goal.sections.map(\.kind) == [.goals, .indicators, .methods, .baseline, .actions, .monitoring], sourceLocation: sourceLocation)
            let goals = Set(texts(goal.sections.first { $0.kind == .goals }))
            let indicators = texts(goal.sections.first { $0.kind == .indicators })
            // The plan's benefit-goal text, paragraph by paragraph (bullets included) …
            let planText = plan.goals.first { $0.number == goal.number }?.content.compactMap(\.text)
                .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? []
            #expect(!planText.isEmpty, sourceLocation: sourceLocation)
            #expect(planText.allSatisfy(goals.contains), "goal \(goal.number): plan text missing", sourceLocation: sourceLocation)
            // … and every osatavoite / toimenpide of its TAVOITE n rows, with each row's mittarit.
            let goalRows = rows.filter { $0.goal == goal.number }
            #expect(!goalRows.isEmpty, sourceLocation: sourceLocation)
            for row in goalRows {
                let subGoal = row.subGoalOrAction.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
                #expect(goals.contains(subGoal), "goal \(goal.number): “\(subGoal)” not under the goals", sourceLocation: sourceLocation)
                #expect(indicators.contains(subGoal), "goal \(goal.number): “\(subGoal)” not under the mittarit", sourceLocation: sourceLocation)
                for metric in row.metric where !metric.trimmingCharacters(in: .whitespaces).isEmpty {
                    #expect(indicators.contains(metric), "goal \(goal.number): mittari “\(metric)” missing", sourceLocation: sourceLocation)
                }
            }
            let metricCount = goalRows.flatMap(\.metric).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.count
            #expect(indicators.count == 1 + goalRows.count + metricCount, "goal \(goal.number): label, osatavoitteet and mittarit only", sourceLocation: sourceLocation)
            // Pre-filled sections carry no guidance text; methods and baseline, written once and
            // not period by period, THL's guidance only; the others THL's and an empty dated entry.
            for section in goal.sections {
                switch section.kind {
                case .goals, .indicators:
                    #expect(section.placeholders.isEmpty, sourceLocation: sourceLocation)
                case .methods, .baseline:
                    #expect(section.placeholders.count == 1, "\(section.kind)", sourceLocation: sourceLocation)
                    #expect(section.placeholders.first?.text?.hasPrefix("< Kuvaus ") == true, sourceLocation: sourceLocation)
                    #expect(texts(section).isEmpty, "\(section.kind)", sourceLocation: sourceLocation)
                default:
                    #expect(section.placeholders.count == 2, "\(section.kind)", sourceLocation: sourceLocation)
                    #expect(section.placeholders.first?.text?.hasPrefix("< Kuvaus ") == true, sourceLocation: sourceLocation)
                    #expect(texts(section) == [label], "\(section.kind)", sourceLocation: sourceLocation)
                }
            }
        }
    }

    @Test(arguments: planFiles) func fromThePlanDocument(_ file: String) throws {
        let plan = try Self.migrated(file)
        let first = try FirstReport.build(from: plan, period: Self.april2021, file: "first.docx")
        #expect(first.warnings.isEmpty)
        let back = try Self.readBack(first)
        Self.expectCarriesThePlan(back, plan: plan, period: Self.april2021, label: "Huhtikuu 2021:")
        let subtitle = back.sections.first { $0.kind == .title }?.content.compactMap(\.text)
        #expect(subtitle == ["Oma-arviointi", "Kanta-Hämeen Tulevaisuuden sosiaali- ja terveyskeskus -hanke, raportointi 15.5.2021"])
        #expect(back.source.title == "Kanta-Hämeen Tulevaisuuden sosiaali- ja terveyskeskus -hanke: oma-arviointi 5/2021")
        // The reporting schedule reads as THL's five deadlines.
        #expect(back.schedule.map(\.deadlineRaw) == ["15.11.2020", "15.5.2021", "15.11.2021", "15.5.2022", "15.11.2022"])
        #expect(back.coverage.canonicalShare == 1)
    }

    /// `arvio migrate -o plan.yaml`, then `arvio init plan.yaml`: the same report as from the .docx.
    @Test func fromTheMigratedYAML() throws {
        let plan = try Self.migrated("seeds/004-kanta-hame-hankesuunnitelma-2021.word.docx")
        let yaml = try ReportWriter.encode(plan, as: .yaml)
        let decoded = try ReportWriter.decode(yaml, as: .yaml)
        let fromYAML = try FirstReport.build(from: decoded, period: Self.april2021, file: "first.docx")
        let fromDocx = try FirstReport.build(from: plan, period: Self.april2021, file: "first.docx")
        #expect(fromYAML == fromDocx)
        let rendered = DocxRenderer.render(fromYAML).map(\.bytes)
        #expect(rendered == DocxRenderer.render(fromDocx).map(\.bytes), "the same bytes, whichever way the plan came")
        Self.expectCarriesThePlan(try Self.readBack(fromYAML), plan: decoded, period: Self.april2021, label: "Huhtikuu 2021:")
        // The autumn template too: the same report whichever way the plan came.
        #expect(try FirstReport.build(from: decoded, period: Self.october2021, file: "first.docx")
                == FirstReport.build(from: plan, period: Self.october2021, file: "first.docx"))
        // A plain `arvio import` YAML (no phases) serves as well.
        let imported = try ReportWriter.decode(try ReportWriter.encode(try RenderCorpus.report("seeds/004-kanta-hame-hankesuunnitelma-2021.word.docx"), as: .yaml), as: .yaml)
        #expect(try FirstReport.build(from: imported, period: Self.april2021, file: "first.docx").goals == fromDocx.goals)
    }

    @Test func springPeriodWording() throws {
        let plan = try Self.migrated("seeds/004-kanta-hame-hankesuunnitelma-2021.word.docx")
        let back = try Self.readBack(try FirstReport.build(from: plan, period: Self.april2021, file: "x.docx"))
        #expect(back.sections.first { $0.kind == .title }?.content.last?.text?.hasSuffix(", raportointi 15.5.2021") == true)
        let actions = try #require(back.goals.first?.sections.first { $0.kind == .actions })
        #expect(actions.placeholders.map(\.text) == ["< Kuvaus tehdyistä kehittämistoimenpiteistä ja arviointi niiden edistymisestä >",
                                                     "< Kuvaus huhtikuun 2021 tilanteesta >"])
    }

    /// THL's text in the template data is seed 001's, to the trailing space.
    @Test func templateTextIsTHLsAsSeed001HasIt() throws {
        let seed = try RenderCorpus.report("seeds/001-ita-uusimaa-oma-arviointi-2021.word.docx")
        let template = THLTemplate.v2021a
        #expect(template.generation == seed.template)
        #expect(template.mapping == seed.mapping)
        for part in template.sections {
            let section = try #require(seed.sections.first { $0.kind == part.kind }, "\(part.kind)")
            #expect(TextKey.normalise(section.heading ?? "") == TextKey.normalise(part.heading))
            let paragraphs = section.content.filter { $0.type == "paragraph" && !$0.isEmpty }
            #expect(paragraphs.compactMap(\.text) == (part.paragraphs ?? []).map(\.text), "\(part.kind)")
            #expect(paragraphs.map { $0.list != nil } == (part.paragraphs ?? []).map { $0.bullet == true }, "\(part.kind)")
            #expect(section.content.first { $0.type == "table" }?.rows == part.table, "\(part.kind)")
        }
        let goal = try #require(seed.goals.first)
        #expect(goal.sections.map(\.kind) == template.goalSections.map(\.kind))
        #expect(goal.sections.map { TextKey.normalise($0.heading ?? "") } == template.goalSections.map { TextKey.normalise($0.heading) })
        // Every guidance text is one the shared mapping knows as THL's.
        let common = try #require(RenderCorpus.mappings["thl-common"])
        let known = (common.placeholders ?? []).map(\.text)
        for section in template.goalSections { #expect(known.contains(section.placeholder), "\(section.kind)") }
    }

    @Test func onlyAPlanStartsAReport() throws {
        let report = try RenderCorpus.report("seeds/003-kymenlaakso-oma-arviointi-2021.word.docx")
        #expect(throws: FirstReport.Failure.self) { try FirstReport.build(from: report, period: Self.october2021, file: "x.docx") }
    }

    /// A plan with nothing for a goal leaves THL's guidance text there, and says so.
    @Test func aGoalThePlanLacks() throws {
        var plan = try Self.migrated("seeds/004-kanta-hame-hankesuunnitelma-2021.word.docx")
        plan.goals.removeAll { $0.number == 5 }
        plan.plan?.results.removeAll { $0.goal == 5 }
        let first = try FirstReport.build(from: plan, period: Self.april2021, file: "x.docx")
        #expect(first.warnings.map(\.message) == ["The plan has nothing for national goal 5 (“Kustannusten nousun hillintä”): its sections have THL's guidance text only."])
        // Its own code (it was ARVIO-W-OTHER), and the same said in Finnish and Swedish.
        #expect(first.warnings.map(\.code) == [.planEmptyGoal])
        #expect(first.warnings.map { $0.said[.fi] } == ["Hankesuunnitelmassa ei ole mitään kansalliselle tavoitteelle 5 (”Kustannusten nousun hillintä”): sen osioissa on vain THL:n ohjeteksti."])
        #expect(first.warnings.map { $0.said[.sv] } == ["Projektplanen har ingenting för det nationella målet 5 (”Kustannusten nousun hillintä”): dess avsnitt har bara THL:s anvisningstext."])
        let five = try #require(first.goals.last)
        #expect(five.sections.prefix(2).map { $0.placeholders.compactMap(\.text) } == [
            ["< Kuvaus hankkeen omista hyötytavoitteista >"],
            ["< Kuvaus mittareista/kriteereistä, joilla hankkeen tavoitteiden toteutumista seurataan >"]])
        #expect(five.sections.prefix(2).allSatisfy { $0.content.isEmpty })
    }
}

/// The first report's pages: the project and period in the page header, "Sivu n / N" (Word's
/// PAGE and NUMPAGES fields) in the footer, and a PDF LibreOffice can make of it.
@Suite struct FirstReportPagesTests {
    /// Found the one way every test finds it (ArvioDevSupport's Peers), so a machine runs all of
    /// LibreOffice's tests or skips all of them with the same reason.
    static let libreOffice = Peers.libreOffice

    @Test func headerNamesProjectAndPeriodAndFooterNumbersPages() throws {
        let plan = try FirstReportTests.migrated("seeds/004-kanta-hame-hankesuunnitelma-2021.word.docx")
        let first = try FirstReport.build(from: plan, period: FirstReportTests.october2021, file: "first.docx")
        let parts = Dictionary(uniqueKeysWithValues: DocxRenderer.render(first, furniture: FirstReport.pageFurniture(first)).map { ($0.name, $0.bytes) })
        let header = String(decoding: try #require(parts["word/header1.xml"]), as: UTF8.self)
        let footer = String(decoding: try #require(parts["word/footer1.xml"]), as: UTF8.self)
        // Seed 004's project, and the period as seed 000's header writes it ("| Oma-arviointi 2020").
        #expect(header.contains("Kanta-Hämeen Tulevaisuuden sosiaali- ja terveyskeskus -hanke | Oma-arviointi 11/2021"))
        #expect(footer.contains("w:instr=\" PAGE \"") && footer.contains("w:instr=\" NUMPAGES \"") && footer.contains(">Sivu <"))
        let document = String(decoding: try #require(parts["word/document.xml"]), as: UTF8.self)
        #expect(document.contains("<w:headerReference w:type=\"default\"") && document.contains("<w:footerReference w:type=\"default\""))
        // Written and read back: the header is the document's, and `check` sees no date disagreement.
        let folder = ScratchFolder.url("arvio-first-pages")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("first.docx").path
        try DocxRenderer.write(first, to: path, furniture: FirstReport.pageFurniture(first))
        let read = try DocxReader.read(path)
        #expect(read.headers.first?.blocks.first?.plainText == "Kanta-Hämeen Tulevaisuuden sosiaali- ja terveyskeskus -hanke | Oma-arviointi 11/2021")
        let report = try ReportImporter.build(read, file: path, mappings: RenderCorpus.mappings)
        let findings = ReviewCheck.review(report, facts: DocumentFacts.collect(read))
        #expect(!findings.contains { $0.rule == "dates-disagree" }, "\(findings)")
    }

    @Test(.enabled(if: Peers.hasLibreOffice, Comment(rawValue: Peers.noLibreOffice)))
    func convertsToAPdfOfSeveralPages() throws {
        let soffice = try #require(Self.libreOffice)
        let plan = try FirstReportTests.migrated("seeds/004-kanta-hame-hankesuunnitelma-2021.word.docx")
        let first = try FirstReport.build(from: plan, period: FirstReportTests.october2021, file: "first.docx")
        let folder = ScratchFolder.url("arvio-first-pdf")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("first.docx").path
        try DocxRenderer.write(first, to: path, furniture: FirstReport.pageFurniture(first))
        let pages = try LibreOfficePdf.convert(path, to: folder.appendingPathComponent("first.pdf").path, soffice: soffice, timeout: 170)
        #expect((pages ?? 0) > 1, "pages: \(String(describing: pages))")
    }
}
