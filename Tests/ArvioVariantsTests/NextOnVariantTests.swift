import ArvioNext
import ArvioPackage
import ArvioReport
import ArvioVariants
import ArvioWordML
import Foundation
import Testing

/// `arvio next` on a report whose period columns are headed the ways other reports write them
/// (`Idiom.periodLabels`) prepares the same next version as on the original: the same to-dos,
/// and Liite 1's new period column, whose label `next` writes in the templates' form.
@Suite struct NextOnVariantTests {
    static let seed = "003-kymenlaakso-oma-arviointi-2021.word.docx"

    static func next(_ input: String) throws -> (outcome: NextOutcome, after: Report) {
        let document = try DocxReader.read(input)
        let before = try ReportImporter.build(document, file: input, mappings: VariantCorpus.mappings)
        let outcome = try NextPeriod.prepare(file: input, document: document, report: before, updates: nil, options: NextOptions())
        let output = VariantCorpus.folder.appendingPathComponent("next-\(UUID().uuidString).docx").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        try PackageWriter.write(from: input, to: output, replacements: outcome.replacements)
        return (outcome, try ReportImporter.importReport(output, mappings: VariantCorpus.mappings, mappingName: before.mapping))
    }

    @Test func nextOnRelabelledPeriodsIsNextOnTheOriginal() throws {
        let variant = try VariantCorpus.write(VariantCorpus.Case(seed: Self.seed, name: "next-period-words", idioms: [.periodLabels]))
        defer { try? FileManager.default.removeItem(atPath: variant.path) }
        #expect(variant.summary.edits[.periodLabels] == 60)
        let original = try Self.next(VariantCorpus.seedPath(Self.seed))
        let relabelled = try Self.next(variant.path)
        // 003 is the 11/21 report: the next one is spring 2022 (DOMAIN §3.2, §5).
        #expect(relabelled.outcome.period == PeriodKey(year: 2022, half: .spring))
        #expect(relabelled.outcome.todo.map { "\($0.section): \($0.what)" } == original.outcome.todo.map { "\($0.section): \($0.what)" })
        // Liite 1 had one period column ("11/2021", DOMAIN §4.6), relabelled; both get "5/2022" after it.
        let annex = try #require(relabelled.after.annexes.first { $0.title.hasPrefix("Liite 1") })
        #expect(annex.columns.last == "5/2022")
        #expect(annex.periodColumn?.period == PeriodKey(year: 2022, half: .spring))
        #expect(original.after.annexes.first { $0.title.hasPrefix("Liite 1") }?.columns.last == "5/2022")
    }
}
