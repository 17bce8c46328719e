import ArvioRender
import ArvioReport
import Foundation
import Testing

/// What a coordinator sees in the Markdown: golden-ish lines of seeds 003, 000 and 002.
@Suite struct MarkdownRendererTests {
    static let kymenlaakso = try! RenderCorpus.report("seeds/003-kymenlaakso-oma-arviointi-2021.word.docx")

    @Test func goalsSectionsAndProcessGoalsOf003() throws {
        let markdown = MarkdownRenderer.render(Self.kymenlaakso)
        let lines = markdown.components(separatedBy: "\n")
        #expect(lines.first == "# Oma-arviointi")
        #expect(lines.contains("> Oma-arviointi · Hanke: Kymenlaakson tulevaisuuden sote-keskus hanke · Alue: Kymenlaakso · Kausi: 11/21 · Pohja: thl-oma-arviointi-2021-syksy"))
        let goalHeadings = lines.filter { $0.hasPrefix("## ") && $0.dropFirst(3).first?.isNumber == true }
        #expect(goalHeadings == NationalGoal.allCases.map { "## \($0.rawValue). \($0.canonicalTitle)" })
        #expect(lines.contains("### Tehdyt kehittämistoimenpiteet ja prosessitavoitteiden seurannan ja arvioinnin tulokset"))
        #expect(lines.contains("### Hyötytavoitteiden seurannan ja arvioinnin tulokset"))
        #expect(lines.contains("#### 1.1 Kiireettömät ajat toteutuvat viikon sisällä yhteydenotosta."))
        // Readiness: one column per period, the values as written.
        #expect(lines.contains("| Prosessitavoite | 5/21 | 11/21 | 5/22 | 11/22 | 5/23 | 11/23 |"))
        #expect(lines.contains("| 1.1 Kiireettömät ajat toteutuvat viikon sisällä yhteydenotosta. | - | 50 % |   |   |   |   |"))
        #expect(lines.contains("| 4.1. Kolmannen sektorin palvelut ovat osa asiakasohjauksen asiakkaalle tarjottavaa palveluvalikkoa. | - | 75 % |   |   |   |   |"))
        // Two process goals in one cell: paragraphs joined by <br>.
        #expect(lines.contains { $0.hasPrefix("| 1.5 Vastaanottoaikojen saatavuus paranee merkittävästi nykytilasta.<br><br>1.6 Virtausmallilla") })
        // Indicators: hyötytavoite once, then "〃"; a value spanning Lähtötila–11/21 then "←".
        #expect(lines.contains("| Hyötytavoite | Mittari | Lähtötila | 5/21 | 11/21 | 5/22 | 11/22 | 5/23 | 11/23 |"))
        #expect(lines.contains("| 〃 | Suun terveydenhuollon 3kk hoitotakuu | - | - | Ei saatavilla |   |   |   |   |"))
        #expect(lines.contains { $0.contains("| Lähtötasoa ei saatavilla") && $0.contains("| ← | ← |") })
        // Nested bullets: two spaces per level; the numbered scale keeps its numbers.
        #expect(lines.contains("- Valmistuneet"))
        #expect(lines.contains("  - Mielenterveys- ja päihdehuollon asiointipalvelu on viety tuotantoon."))
        #expect(lines.contains("1. Ei aloitettu (0 %)"))
        #expect(lines.contains("5. Valmis / osa normaalitoimintaa (100 %)"))
        // Annex 1 has its work package merged down the rows: an HTML table.
        #expect(lines.contains { $0.hasPrefix("<tr><td rowspan=\"6\">1.  Työn murros terveysasemien") })
        #expect(lines.contains("## Liite 2; Alkuperäisen haun mukaiset prosessimittarit / alkuperäiset työpaketit"))
        #expect(markdown == MarkdownRenderer.render(Self.kymenlaakso), "the same report gives the same text")
    }

    @Test func placeholdersInItalics() throws {
        let markdown = MarkdownRenderer.render(try RenderCorpus.report("seeds/000-oma-arviointi-2020.word.docx"))
        #expect(markdown.contains("\n### Hankkeen tavoitteet\n\n*< Kuvaus hankkeen omista hyötytavoitteista >*\n"))
        #expect(markdown.contains("\n*< Kuvaus tavoitteiden toteutumisen seurannan ja arvioinnin tuloksista >*\n"))
    }

    @Test func trafficLightsAsWordsIn002() throws {
        let report = try RenderCorpus.report("seeds/002-etela-pohjanmaa-loppuyhteenveto.word.docx")
        let markdown = MarkdownRenderer.render(report)
        let lines = markdown.components(separatedBy: "\n")
        let header = "| Hankkeen tulostavoite | Prosessitavoite | Kehittämistoimenpide | Hyötytavoitteet | Mittarit | Tulos | Tulos: väri | Eteneminen | Eteneminen: väri |"
        #expect(lines.filter { $0 == header }.count == Set(report.results.map { $0.at.components[0] }).count)
        let rows = lines.filter { $0.hasPrefix("| ") && $0 != header && !$0.hasPrefix("| ---") }
        #expect(rows.count == report.results.count)
        let words = ["red": "Punainen", "yellow": "Keltainen", "green": "Vihreä"]
        for (row, line) in zip(report.results, rows) {
            let cells = line.components(separatedBy: " | ")
            #expect(cells[6] == (row.resultLight.map { words[$0.rawValue]! } ?? " "), "\(line)")
            #expect(cells[8].hasPrefix(row.progressLight.map { words[$0.rawValue]! } ?? " "), "\(line)")
        }
        #expect(lines.contains("| Alueella on yhtenäinen sote-keskuksen malli ja se on käytössä sovituksen mukaisesti |   | Yhtenäisen laaja-alaisen sote-keskuksen mallin luominen, konseptointi ja käyttöönotto vaiheittain sovituksen mukaisesti, toteutuu osana kaikkia kehittämistoimenpiteitä - ja kokonaisuuksia | 1,2,3,4,5 | Yhtenäinen malli on luotu ja konseptoitu, malli on käyttöönotettu sovituksen mukaisesti |   | Punainen |   | Punainen |"))
        // Logo text nobody placed: at the end, with its position.
        #expect(markdown.hasSuffix("## Muut tekstit (ei sijoitettu)\n\n- kohta 17: Sote-udistus *(decoration the mapping ignores (logo or text-box text))*\n- kohta 18: Etelä-Pohjanmaa<br>Tulevaisuuden sote-keskus *(decoration the mapping ignores (logo or text-box text))*\n"))
    }

    /// Text that looks like Markdown stays text: pipes in tables, emphasis marks, a leading
    /// "1." or "#", HTML-like "<tag" — escaped on the way out and read back as written.
    @Test func markupInTextIsEscapedAndReadBack() throws {
        var report = Report(source: SourceInfo(file: "x.docx", mainPart: "word/document.xml"), kind: .omaArviointi,
                            mapping: "thl-oma-arviointi-2021-syksy")
        var goal = BenefitGoalPart(number: 2, title: NationalGoal.ennaltaehkaisy.canonicalTitle, heading: "2 Toiminnan painotuksen siirtäminen", headingAt: BlockPath([0]))
        var section = Section(kind: .monitoring, heading: "Seurannan ja arvioinnin tulokset", headingAt: BlockPath([1]))
        let texts = ["Kyllä | ei", "1. kierros valmis", "# ei otsikko", "*tähti* ja _alaviiva_ ja [hakasulku]", "<b>ei html</b> & &amp;",
                     "- ei luettelo", "Kaksi\nriviä", "\\ kenoviiva"]
        section.content = texts.enumerated().map { ContentBlock(at: BlockPath([2 + $0.offset]), text: $0.element) }
        section.content.append(ContentBlock(at: BlockPath([20]), type: "table", rows: [[["Sarake | A"], ["B"]], [["x|y", "toinen"], ["*"]], [["a <br> b"], ["〃"]]]))
        section.content.append(ContentBlock(at: BlockPath([21]), text: "> lainaus"))
        var subsection = Section(kind: .other, heading: "Tavoite #", headingAt: BlockPath([22]))
        subsection.content = [ContentBlock(at: BlockPath([23]), text: "Alla")]
        section.subsections = [subsection]
        goal.sections = [section]
        report.goals = [goal]

        let markdown = MarkdownRenderer.render(report)
        #expect(markdown.contains("\nKyllä | ei\n"))
        #expect(markdown.contains("\n1\\. kierros valmis\n"))
        #expect(markdown.contains("\n\\# ei otsikko\n"))
        #expect(markdown.contains("\n\\*tähti\\* ja \\_alaviiva\\_ ja \\[hakasulku\\]\n"))
        #expect(markdown.contains("\n\\<b>ei html\\</b> & \\&amp;\n"))
        #expect(markdown.contains("\n\\- ei luettelo\n"))
        #expect(markdown.contains("\nKaksi<br>riviä\n"))
        #expect(markdown.contains("| Sarake \\| A | B |"))
        #expect(markdown.contains("| x\\|y<br>toinen | \\* |"))

        let read = MarkdownReader.read(markdown, mappings: RenderCorpus.mappings)
        let back = try #require(read.goals.first?.sections.first)
        #expect(back.kind == .monitoring)
        #expect(markdown.contains("\n#### Tavoite \\#\n"))
        #expect(back.content.compactMap(\.text) == texts + ["> lainaus"])
        #expect(back.content.first { $0.type == "table" }?.rows == [[["Sarake | A"], ["B"]], [["x|y", "toinen"], ["*"]], [["a <br> b"], ["〃"]]])
        #expect(back.subsections.map(\.heading) == ["Tavoite #"])
        #expect(back.subsections.first?.content.compactMap(\.text) == ["Alla"])
    }
}
