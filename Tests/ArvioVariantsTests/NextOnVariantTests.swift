import ArvioNext
import ArvioPackage
import ArvioReport
import ArvioVariants
import ArvioWordML
import Foundation
import Testing

/// `arvio next` on a report whose period columns are headed the ways other reports write them
/// (`Idiom.periodLabels`) prepares the same next version as on the original: the same to-dos,
/// and Liite 1's new period column, whose label `next` writes in the notation of the column before it.
@Suite struct NextOnVariantTests {
    static let seed = "003-kymenlaakso-oma-arviointi-2021.word.docx"

    static func next(_ input: String, options: NextOptions = NextOptions()) throws -> (outcome: NextOutcome, after: Report) {
        let document = try DocxReader.read(input)
        let before = try ReportImporter.build(document, file: input, mappings: VariantCorpus.mappings)
        let outcome = try NextPeriod.prepare(file: input, document: document, report: before, updates: nil, options: options)
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
        // The same to-dos, but for Liite 1's new column, which is labelled in the variant's notation (below).
        let expectedTodo = original.outcome.todo.map { "\($0.section): \($0.what)" }
            .map { $0.replacingOccurrences(of: "the new 5/2022 column", with: "the new Kevät 2022 column") }
        #expect(expectedTodo.contains { $0.contains("the new Kevät 2022 column") })
        #expect(relabelled.outcome.todo.map { "\($0.section): \($0.what)" } == expectedTodo)
        // Liite 1 had one period column ("11/2021", DOMAIN §4.6); the variant heads it "Syksy 2021"
        // (PeriodLabels' first form). The new column is spring 2022 in the column's own notation:
        // "Kevät 2022" after "Syksy 2021", the templates' "5/2022" after the original's "11/2021".
        let annex = try #require(relabelled.after.annexes.first { $0.title.hasPrefix("Liite 1") })
        #expect(annex.columns.suffix(2) == ["Syksy 2021", "Kevät 2022"])
        #expect(annex.periodColumn?.period == PeriodKey(year: 2022, half: .spring))
        #expect(original.after.annexes.first { $0.title.hasPrefix("Liite 1") }?.columns.last == "5/2022")
        // Liite 1's is the only column `next` adds on 003: its readiness and indicator tables have
        // their 5/22 columns already (the 2021 template's tables carry every period's column).
        #expect(relabelled.outcome.notes.map(\.english).filter { $0.hasPrefix("Added a") }
            == ["Added a Kevät 2022 column after the last period column of the table of “Liite 1; Täydennyshaun mukaiset prosessitavoitteiden mittarit.”."])
        #expect(original.outcome.notes.map(\.english).filter { $0.hasPrefix("Added a") }
            == ["Added a 5/2022 column after the last period column of the table of “Liite 1; Täydennyshaun mukaiset prosessitavoitteiden mittarit.”."])
    }

    /// Preparing spring 2024 from the 11/21 report adds a column to every readiness and indicator
    /// table too: their period columns end at 11/23 (003's tables run to 2023-10), which the variant
    /// heads "Hösten 2023", "Marraskuu 2023" or "Syksyn 2023 tilanne" in turn. Each new column is
    /// spring 2024 in its table's notation (DOMAIN §5: hösten → våren, marraskuu = the autumn
    /// deadline month → toukokuu, syksyn → kevään); Liite 1's "Syksy 2021" gets "Kevät 2024", the
    /// period being prepared, not the one after its last column.
    @Test func newColumnsFollowEachTablesNotation() throws {
        let variant = try VariantCorpus.write(VariantCorpus.Case(seed: Self.seed, name: "next-period-words-2024", idioms: [.periodLabels]))
        defer { try? FileManager.default.removeItem(atPath: variant.path) }
        // The labels the new columns follow, in document order.
        #expect(variant.summary.relabelled.filter { ["11/23", "11/2021"].contains($0.original) }.map(\.written) == [
            "Hösten 2023", "Marraskuu 2023", "Syksyn 2023 tilanne", "Hösten 2023", "Marraskuu 2023",
            "Syksyn 2023 tilanne", "Hösten 2023", "Marraskuu 2023", "Syksyn 2023 tilanne", "Syksy 2021",
        ])
        let relabelled = try Self.next(variant.path, options: NextOptions(period: PeriodKey(year: 2024, half: .spring)))
        #expect(relabelled.outcome.notes.map(\.english).filter { $0.hasPrefix("Added a") } == [
            "Added a Våren 2024 column after the last period column of goal 1's readiness table.",
            "Added a Toukokuu 2024 column after the last period column of goal 1's indicators table.",
            "Added a Kevään 2024 tilanne column after the last period column of goal 2's readiness table.",
            "Added a Våren 2024 column after the last period column of goal 2's indicators table.",
            "Added a Toukokuu 2024 column after the last period column of goal 3's readiness table.",
            "Added a Kevään 2024 tilanne column after the last period column of goal 3's indicators table.",
            "Added a Våren 2024 column after the last period column of goal 4's readiness table.",
            "Added a Toukokuu 2024 column after the last period column of goal 4's indicators table.",
            "Added a Kevään 2024 tilanne column after the last period column of goal 5's indicators table.",
            "Added a Kevät 2024 column after the last period column of the table of “Liite 1; Täydennyshaun mukaiset prosessitavoitteiden mittarit.”.",
        ])
        // The written .docx reads back with that column as spring 2024.
        let annex = try #require(relabelled.after.annexes.first { $0.title.hasPrefix("Liite 1") })
        #expect(annex.columns.last == "Kevät 2024")
        #expect(annex.periodColumn?.period == PeriodKey(year: 2024, half: .spring))
    }
}
