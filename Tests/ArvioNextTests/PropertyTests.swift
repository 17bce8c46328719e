import Foundation
import Testing
@testable import ArvioNext
import ArvioDevSupport
import ArvioPackage
import ArvioRender
import ArvioReport
import ArvioReportTestSupport
import ArvioWordML
import ArvioXML

/// Properties that hold for every report, checked on reports generated from seeds
/// (ArvioDevSupport's `GeneratedReport`): lists at random depths, tables with random spans and merges,
/// tracked changes and content controls in every goal section. They live in this target
/// because it sees every layer: reader, import, renderer and `next`.
///
/// CI runs `PropertyRun.cases` (100) reports from a fixed seed; for a longer run:
///
///     ARVIO_PROPERTY_CASES=5000 swift test --filter Property
///
/// (`ARVIO_PROPERTY_SEED=N` starts elsewhere). A failure names the case's seed; with
/// `ARVIO_PROPERTY_KEEP=FOLDER` the generated reports and their outputs are kept there to look at.
@Suite struct PropertyTests {
    /// Every paragraph of the body is in the report — in a canonical field or in `unmapped` —
    /// as often as it occurs, and the coverage counts add up.
    @Test func textCoverageIsAlwaysComplete() throws {
        try PropertyRun.forEach { generated, file in
            let document = try DocxReader.read(file)
            let report = try ReportImporter.build(document, file: file, mappings: PropertyRun.mappings)
            #expect(report.kind == .omaArviointi, "seed \(generated.seed)")
            #expect(report.goals.map(\.number) == [1, 2, 3, 4, 5], "seed \(generated.seed)")
            let missing = ReportTexts.missingParagraphs(of: document, in: report)
            #expect(missing.isEmpty, "seed \(generated.seed): \(missing.count) paragraphs missing, first: \(missing.first ?? "")")
            #expect(report.coverage.bodyCharacters == report.coverage.canonicalCharacters + report.coverage.unmappedCharacters,
                    "seed \(generated.seed)")
        }
    }

    /// The same seed gives the same bytes, and importing the same file twice gives the same YAML.
    @Test func generationAndImportAreDeterministic() throws {
        try PropertyRun.forEach { generated, file in
            #expect(GeneratedReport(seed: generated.seed).parts.map(\.bytes) == generated.parts.map(\.bytes))
            let first = try ReportWriter.encode(ReportImporter.importReport(file, mappings: PropertyRun.mappings), as: .yaml)
            let second = try ReportWriter.encode(ReportImporter.importReport(file, mappings: PropertyRun.mappings), as: .yaml)
            #expect(first == second, "seed \(generated.seed)")
        }
    }

    /// import → render a fresh .docx → import with the same mapping gives the same report.
    @Test func renderedDocxImportsToTheSameReport() throws {
        try PropertyRun.forEach { generated, file in
            let original = try ReportImporter.importReport(file, mappings: PropertyRun.mappings)
            let rendered = file.replacingOccurrences(of: ".docx", with: "-rendered.docx")
            try DocxRenderer.write(original, to: rendered)
            try PropertyRun.reopens(rendered, seed: generated.seed)
            let again = try ReportImporter.importReport(rendered, mappings: PropertyRun.mappings, mappingName: original.mapping)
            let (expected, actual) = ComparableReport.docx(original: original, rendered: again)
            #expect(actual == expected, "seed \(generated.seed): \(ComparableReport.firstDifference(expected, actual))")
        }
    }

    /// `next` for period P, then `next` on its output for P+1: each adds its dated entry to the
    /// same sections, after everything that was there, and never changes earlier text or values.
    @Test func nextTwiceAddsTwoPeriodsWithoutTouchingEarlierOnes() throws {
        try PropertyRun.forEach { generated, file in
            let seed = generated.seed
            var current = file
            var reports = [try ReportImporter.importReport(file, mappings: PropertyRun.mappings)]
            var entryCounts: [Int] = []
            for step in 1 ... 2 {
                let before = reports.last!
                let document = try DocxReader.read(current)
                let outcome = try NextPeriod.prepare(file: current, document: document, report: before, updates: nil,
                                                     options: NextOptions(date: Date(timeIntervalSince1970: 1_652_000_000)))
                #expect(outcome.period == before.period?.period.next, "seed \(seed) step \(step)")
                let output = file.replacingOccurrences(of: ".docx", with: "-next\(step).docx")
                try PackageWriter.write(from: current, to: output, replacements: outcome.replacements)
                try PropertyRun.reopens(output, seed: seed)
                let after = try ReportImporter.importReport(output, mappings: PropertyRun.mappings, mappingName: before.mapping)
                #expect(after.period?.period == outcome.period, "seed \(seed) step \(step)")

                let label = PeriodWording(outcome.period)
                let old = NextCorpus.sectionTexts(before), new = NextCorpus.sectionTexts(after)
                #expect(Set(old.keys) == Set(new.keys), "seed \(seed) step \(step)")
                var withEntry = 0
                for (key, texts) in old {
                    let produced = new[key] ?? []
                    #expect(Array(produced.prefix(texts.count)) == texts, "seed \(seed) step \(step) \(key): earlier text changed")
                    let added = Array(produced.dropFirst(texts.count))
                    if !added.isEmpty {
                        withEntry += 1
                        #expect(added == [label.entryLabel + ":", label.placeholder], "seed \(seed) step \(step) \(key): \(added)")
                    }
                }
                // Every generated goal has one "Tehdyt kehittämistoimenpiteet" and one "Seurannan ja
                // arvioinnin tulokset" section (GeneratedReport.sections), each given an entry.
                let periodSections = GeneratedReport.sections.filter { ["Tehdyt kehittämistoimenpiteet", "Seurannan ja arvioinnin tulokset"].contains($0.heading) }
                #expect(periodSections.count == 2)
                #expect(withEntry == GeneratedReport.goalTitles.count * periodSections.count, "seed \(seed) step \(step)")
                entryCounts.append(withEntry)
                for (older, newer) in zip(before.goals, after.goals) {
                    #expect(older.processGoals.map(\.readiness) == newer.processGoals.map(\.readiness), "seed \(seed) step \(step)")
                    #expect(older.indicators.map(\.values) == newer.indicators.map(\.values), "seed \(seed) step \(step)")
                }
                reports.append(after)
                current = output
            }
            // The second period's entries go to the same sections as the first's.
            #expect(entryCounts[0] == entryCounts[1] && entryCounts[0] > 0, "seed \(seed): \(entryCounts)")
            #expect(reports[2].period?.period == reports[0].period?.period.next.next, "seed \(seed)")
        }
    }
}

/// How many reports, from which seed, and the loop that runs a property over them.
enum PropertyRun {
    static let mappings = try! MappingSet.defaults()
    static let cases = Int(ProcessInfo.processInfo.environment["ARVIO_PROPERTY_CASES"] ?? "") ?? 100
    static let firstSeed = UInt64(ProcessInfo.processInfo.environment["ARVIO_PROPERTY_SEED"] ?? "") ?? 20_260_101

    /// Writes each generated report to a fresh folder and runs `property` on it; stops after
    /// three cases that throw, so a broken reader does not print thousands of issues.
    static func forEach(test: String = #function, _ property: (GeneratedReport, String) throws -> Void) throws {
        let keep = ProcessInfo.processInfo.environment["ARVIO_PROPERTY_KEEP"]
            .map { URL(fileURLWithPath: $0).appendingPathComponent(String(test.prefix { $0 != "(" })) }
        let folder = keep ?? NextCorpus.temporaryFolder()
        if keep != nil { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        defer { if keep == nil { try? FileManager.default.removeItem(at: folder) } }
        var failing = 0
        for index in 0 ..< cases {
            let generated = GeneratedReport(seed: firstSeed &+ UInt64(index))
            let file = folder.appendingPathComponent("report-\(generated.seed).docx").path
            try generated.write(to: file)
            do {
                try property(generated, file)
            } catch {
                Issue.record("seed \(generated.seed): \(error)")
                failing += 1
                if failing >= 3 { Issue.record("stopped after 3 cases that threw"); return }
            }
            if keep == nil {
                for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] {
                    try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
                }
            }
        }
    }

    /// An output re-opens: a readable package, every XML part parses, and the reader reads it.
    static func reopens(_ path: String, seed: UInt64) throws {
        let package = try WordPackage.open(path)
        for entry in package.entries where entry.name.hasSuffix(".xml") || entry.name.hasSuffix(".rels") {
            _ = try XMLTreeReader.parse(try package.bytes(of: entry.name), part: entry.name)
        }
        let document = try DocxReader.read(package)
        #expect(!document.body.isEmpty, "seed \(seed): \(path) has no body")
    }
}
