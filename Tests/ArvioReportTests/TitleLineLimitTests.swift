import Testing
@testable import ArvioReport
import ArvioWordML

/// The title read by its look has a line limit (`ReportBuilder.titleLinesByLookLimit`): seed
/// 000's title page (../shared/seeds/000 and MANIFEST "text not in the seed (added)":
/// "OMA-ARVIOINTI", "Tulevaisuuden sosiaali- ja terveyskeskus -hanke, raportointi 15.11.2020")
/// is two larger Normal lines before any text. A cover page with more such lines keeps the
/// first three as the title and the rest, with their text, on the cover (the title section).
@Suite struct TitleLineLimitTests {
    static let file = "seeds/000-oma-arviointi-2020.word.docx"
    static let oma = "OMA-ARVIOINTI"
    static let hanke = "Tulevaisuuden sosiaali- ja terveyskeskus -hanke, raportointi 15.11.2020"
    /// Cover lines of the same size as 000's second title line: its page header and its author
    /// (MANIFEST: header, core properties' creator) and a version line.
    static let extra = ["Tulevaisuuden sosiaali- ja terveyskeskus -hanke | Oma-arviointi 2020", "Hankekoordinaattori", "Versio 2"]

    /// Seed 000 with `lines` more copies of its second title line (same paragraph and run format).
    static func withCoverLines(_ lines: [String]) throws -> Report {
        var document = try ReportCorpus.document(file)
        guard case .paragraph(let second) = document.body[1] else {
            Issue.record("block 1 of \(file) is not the paragraph “\(hanke)”")
            throw CancellationError()
        }
        #expect(second.text == hanke)
        let format = second.inlines.compactMap { inline -> RunFormat? in
            if case .text(let run) = inline { return run.format } else { return nil }
        }.first ?? RunFormat()
        let copies: [Block] = lines.map { text in
            var paragraph = second
            paragraph.inlines = [.text(TextRun(text: text, format: format))]
            return .paragraph(paragraph)
        }
        document.body.insert(contentsOf: copies, at: 2)
        return try ReportImporter.build(document, file: file, mappings: ReportCorpus.mappings)
    }

    @Test func theSeedsTwoTitleLinesAreTheTitle() throws {
        let report = try Self.withCoverLines([])
        let title = try #require(report.sections.first)
        #expect(title.kind == .title)
        #expect(title.content.map(\.text) == [Self.oma, Self.hanke])
        #expect(title.content.map(\.role) == ["title", "title"])
    }

    @Test func aCoverOfFiveLargeLinesHasAThreeLineTitle() throws {
        let report = try Self.withCoverLines(Self.extra)
        let title = try #require(report.sections.first)
        #expect(title.kind == .title)
        // Every line is kept with its text, in order; only the first three are the title.
        #expect(title.content.map(\.text) == [Self.oma, Self.hanke] + Self.extra)
        #expect(title.content.map(\.role) == ["title", "title", "title", nil, nil])
        // The rest of the document reads as before: the instructions follow (000 l.1), the
        // period is still the title page's "15.11.2020".
        #expect(report.sections.dropFirst().first?.kind == .instructions)
        #expect(report.sections.filter { $0.kind == .title }.count == 1)
        #expect(report.period?.period.isBaseline == true)
        let plain = try Self.withCoverLines([])
        #expect(report.sections.dropFirst().map(\.kind) == plain.sections.dropFirst().map(\.kind))
        #expect(report.goals.map(\.number) == plain.goals.map(\.number))
    }
}
