import Testing
@testable import ArvioReport
@testable import ArvioWordML

/// Headings written as direct formatting — bold, larger than the body text, a number typed in —
/// read as a reader sees them, what they are decided by the mapping (issue 15). The documents
/// are built here from the seeds' own lines: 004's title page and action areas (Corpora/seeds/
/// 004-kanta-hame-hankesuunnitelma-2021.word.docx, blocks 0 and "3 Toimenpiteet" … "3.4
/// Kuntoutus" of its dump; ../shared/seeds/004 lines 65–98) and 001's title page (blocks 0–3).
/// Sizes are in half-points: body 22 (11 pt), title 36 (18 pt), headings 32 and 28.
@Suite struct HeadingsByLookTests {
    static func line(_ text: String, bold: Bool = false, size: Int = 22, style: String = "Normal") -> Block {
        var paragraph = Paragraph(source: SourceRef(part: "word/document.xml", line: 1, element: 0))
        paragraph.styleId = style
        paragraph.styleName = style
        var format = RunFormat()
        format.bold = bold
        format.size = size
        paragraph.inlines = [.text(TextRun(text: text, format: format))]
        return .paragraph(paragraph)
    }

    static func read(_ body: [Block], mapping: String) throws -> Report {
        try ReportImporter.build(WordDocument(mainPart: "word/document.xml", body: body), file: "testi.docx",
                                 mappings: ReportCorpus.mappings, mappingName: mapping)
    }

    static let vahvistamme = "Vahvistamme asiakas- ja palveluohjauksen kehittämistä erityisasiantuntijan palkkaamisella."
    static let boldSentence = "Asiakasohjaus on matalan kynnyksen integroitunutta palvelua."

    static let plan: [Block] = [
        line("Hankesuunnitelma", bold: true, size: 36),
        line("1 Hankkeen tausta", bold: true, size: 32),
        line("Kanta-Hämeessä on jo tehty paljon kehittämistyötä. Nykyinen hanke rakentuu aikaisemman työn pohjalle:"),
        line("3 Toimenpiteet", bold: true, size: 32),
        line("3.2 Asiakas- ja palveluohjaus", bold: true, size: 28),
        line(vahvistamme),
        // A bold sentence of the narrative, at the body's size: text, not a heading.
        line(boldSentence, bold: true),
        // Bold at the body's size, but its number continues "3": an area like 3.2.
        line("3.4 Kuntoutus", bold: true),
        line("Monialaisen kuntoutuksen kehittämisen tavoitteena on väestön toiminta-, työ- ja opiskelukyvyn tukeminen."),
    ]

    @Test func planTitleAndTypedNumberHeadings() throws {
        let report = try Self.read(Self.plan, mapping: "hankesuunnitelma-2021")
        #expect(report.sections.map(\.kind) == [.title, .planBackground, .planActions])
        #expect(report.sections[0].content.map(\.text) == ["Hankesuunnitelma"])
        #expect(report.sections[0].content.first?.role == "title")
        let actions = report.sections[2]
        #expect(actions.heading == "3 Toimenpiteet")
        #expect(actions.subsections.map(\.kind) == [.planActionArea, .planActionArea])
        #expect(actions.subsections.map(\.heading) == ["3.2 Asiakas- ja palveluohjaus", "3.4 Kuntoutus"])
        #expect(actions.subsections[0].content.map(\.text) == [Self.vahvistamme, Self.boldSentence])
        #expect(report.warnings.filter { $0.code == .headingUnsure }.isEmpty)
    }

    /// A bold numbered line that names no heading of the template and does not continue the
    /// open section's number stays text, and Arvio says so in the document's words.
    @Test func unsureNumberedLineStaysTextWithAWarning() throws {
        var body = Self.plan
        body.insert(Self.line("5.1 Uusi kokeilu", bold: true), at: 6)
        let report = try Self.read(body, mapping: "hankesuunnitelma-2021")
        let area = report.sections[2].subsections[0]
        #expect(area.content.map(\.text) == [Self.vahvistamme, "5.1 Uusi kokeilu", Self.boldSentence])
        let warnings = report.warnings.filter { $0.code == .headingUnsure }.map(\.message)
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains("“5.1 Uusi kokeilu” (under “3 Toimenpiteet”)") == true)
        #expect(warnings.first?.contains("/") == false)  // no block paths such as "6/r0"
    }

    static let itaUusimaa = "Itä-Uudenmaan Tulevaisuuden sosiaali- ja terveyskeskus -hanke, raportointi 15.5.2021"
    static let ohjelma = "Sosiaali- ja terveyskeskus -ohjelman hankkeet velvoitetaan tekemään oma-arviointia kehittämistoiminnan etenemistä ja tuloksia koskien."

    @Test func omaArviointiTitleInBoldLargerNormalText() throws {
        let report = try Self.read([
            Self.line("Oma-arviointi", bold: true, size: 36),
            Self.line(Self.itaUusimaa, size: 26, style: "Subtitle"),
            Self.line(" THL:n ohjeistus oma-arviointiin", bold: true, size: 32),
            Self.line(Self.ohjelma),
        ], mapping: "thl-oma-arviointi-2021-kevat")
        #expect(report.sections.first?.kind == .title)
        #expect(report.sections.first?.content.map(\.text) == ["Oma-arviointi", Self.itaUusimaa])
        #expect(report.sections.dropFirst().first?.kind == .instructions)
        #expect(report.period?.period.description == "2021-04")  // "raportointi 15.5.2021": spring 2021
        #expect(report.period?.evidence.hasPrefix("title") == true)
    }

    /// Bold at the body's size is not a title: only larger type makes one.
    @Test func boldBodySizedFirstLineIsNotTheTitle() throws {
        let report = try Self.read([Self.line("Oma-arviointi", bold: true), Self.line(Self.ohjelma)],
                                   mapping: "thl-oma-arviointi-2021-kevat")
        #expect(report.sections.map(\.kind) == [.instructions])
        #expect(report.sections.first?.content.map(\.text) == ["Oma-arviointi", Self.ohjelma])
    }
}
