import ArvioRender
import ArvioReport
import Foundation
import Testing

/// render Markdown → MarkdownReader gives the same goals, sections, texts and table values.
@Suite struct MarkdownRoundTripTests {
    /// Tables the Markdown rebuilds from typed rows: compared by their values, not their layout.
    /// The reader does not read a final summary's results back; its table is recognised by its header.
    static func typedTables(_ report: Report) -> Set<[Int]> {
        var keys = Set(report.goals.flatMap { goal in
            goal.processGoals.compactMap { $0.at.map { Array($0.components.dropLast(3)) } }
                + goal.indicators.map { Array($0.at.components.dropLast(3)) }
        })
        keys.formUnion(report.results.map { Array($0.at.components.dropLast(3)) })
        func visit(_ section: Section) {
            for block in section.content where block.type == "table" {
                if block.rows?.first?.first == ["Hankkeen tulostavoite"] { keys.insert(block.at.components) }
            }
            section.subsections.forEach(visit)
        }
        report.sections.forEach(visit)
        return keys
    }

    @Test(arguments: RenderCorpus.seedFiles)
    func roundTrip(_ seed: String) throws {
        let original = try RenderCorpus.report(seed)
        let markdown = MarkdownRenderer.render(original)
        let read = MarkdownReader.read(markdown, mappings: RenderCorpus.mappings)
        #expect(read.mapping == original.mapping)
        #expect(read.kind == original.kind)
        #expect(read.period?.period == original.period?.period)
        #expect(read.project == original.project)
        let expected = ReportOutline(original, skipTables: Self.typedTables(original))
        let actual = ReportOutline(read, skipTables: Self.typedTables(read))
        #expect(actual.sections == expected.sections)
        #expect(actual.goals == expected.goals)
        #expect(actual.readiness == expected.readiness)
        #expect(actual.indicators == expected.indicators)
        #expect(actual.annexes == expected.annexes)
        #expect(actual.unmapped == expected.unmapped)
        #expect(actual.results == expected.results)
        if actual != expected {
            for (a, b) in zip(actual.goals, expected.goals) where a != b {
                for (x, y) in zip(a.parts, b.parts) where x != y {
                    Issue.record("goal section differs:\n\(x)\nvs\n\(y)")
                    break
                }
            }
        }
    }
}

/// Migration: Markdown (as a coordinator keeps it) → report → .docx → import keeps the outline.
@Suite struct MarkdownToDocxTests {
    @Test(arguments: RenderCorpus.seedFiles)
    func markdownBecomesADocument(_ seed: String) throws {
        let original = try RenderCorpus.report(seed)
        let read = MarkdownReader.read(MarkdownRenderer.render(original), mappings: RenderCorpus.mappings)
        let folder = try RenderCorpus.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("migrated.docx").path
        try DocxRenderer.write(read, to: output)
        let imported = try ReportImporter.importReport(output, mappings: RenderCorpus.mappings, mappingName: read.mapping)
        let expected = ReportOutline(read, skipTables: MarkdownRoundTripTests.typedTables(read))
        let actual = ReportOutline(imported, skipTables: MarkdownRoundTripTests.typedTables(imported))
        #expect(actual.sections == expected.sections)
        #expect(actual.goals == expected.goals)
        #expect(actual.annexes == expected.annexes)
        #expect(actual.readiness == expected.readiness)
        #expect(actual.indicators == expected.indicators)
        #expect(actual.results == expected.results)
        #expect(imported.goals.map(\.number) == original.goals.map(\.number))
    }
}
