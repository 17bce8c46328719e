import ArvioDevSupport
import ArvioPackage
import Foundation
import Testing

/// Table and reading warnings through the binary, in the language `--lang`, `ARVIO_LANG` or
/// `LANG` chooses. The table warning needs a document that has one: seed 002 with an empty copy
/// of its first results table's third row (a data row: "Kiireettömään hoitoon ja palveluun
/// pääsee 7 vuorokaudessa…") put in after it, so row 4 of "TAULUKKO 1. Hankkeen tulostavoitteet,
/// prosessitavoitteet ja niiden arviointi." (002:36, cut at 60 characters) is empty.
@Suite struct WarningLanguageCommandTests {
    static let seed002 = Repository.root.appendingPathComponent("Corpora/seeds/002-etela-pohjanmaa-loppuyhteenveto.word.docx").path
    static let stress012 = Repository.root.appendingPathComponent("Corpora/external/apache-poi/stress012.docx").path

    /// Seed 002 with an empty row 4 in its first table, written to `folder`.
    static func withEmptyRow(in folder: URL) throws -> String {
        let package = try WordPackage.open(seed002)
        let xml = String(decoding: try package.bytes(of: package.mainPart), as: UTF8.self)
        let table = try #require(xml.range(of: "<w:tbl>"))
        var rowStart = table.upperBound
        var row: Range<String.Index>?
        for _ in 0 ..< 3 {
            let start = try #require(xml.range(of: "<w:tr[ >]", options: .regularExpression, range: rowStart ..< xml.endIndex))
            let end = try #require(xml.range(of: "</w:tr>", range: start.upperBound ..< xml.endIndex))
            row = start.lowerBound ..< end.upperBound
            rowStart = end.upperBound
        }
        let third = try #require(row)
        let empty = String(xml[third])
            .replacingOccurrences(of: "<w:t(?: [^>]*)?>[^<]*</w:t>", with: "", options: .regularExpression)
            .replacingOccurrences(of: "<w:shd [^>]*/>", with: "", options: .regularExpression)
        var edited = xml
        edited.insert(contentsOf: empty, at: third.upperBound)
        let path = folder.appendingPathComponent("tyhja-rivi.docx").path
        try PackageWriter.write(from: seed002, to: path, replacements: [package.mainPart: Array(edited.utf8)])
        return path
    }

    @Test func anEmptyResultsRowInEachLanguage() throws {
        try ProcessRunner.inScratch("arvio-warning-language") { folder in
            let file = try Self.withEmptyRow(in: folder)
            let caption = "TAULUKKO 1. Hankkeen tulostavoitteet, prosessitavoitteet ja…"

            let finnish = try ArvioBinary.run(["--lang", "fi", "inspect", file], environment: ArvioBinary.languageEnvironment([:]))
            #expect(finnish.status == 0, "\(finnish.stderr)")
            let lines = finnish.stdout.split(separator: "\n").map(String.init)
            #expect(lines.contains("Tarkista ensin (2)"), "\(finnish.stdout)")
            #expect(lines.contains("  - Tulostaulukko ”\(caption)”, rivi 4 on tyhjä; se ohitettiin. [ARVIO-W-TABLE]"), "\(finnish.stdout)")

            let swedish = try ArvioBinary.run(["inspect", file], environment: ArvioBinary.languageEnvironment(["ARVIO_LANG": "sv"]))
            #expect(swedish.status == 0, "\(swedish.stderr)")
            #expect(swedish.stdout.split(separator: "\n").contains("  - Resultattabellen ”\(caption)”, rad 4 är tom; den hoppades över. [ARVIO-W-TABLE]"),
                    "\(swedish.stdout)")

            // English: the library's line, as before the translation.
            let english = try ArvioBinary.run(["inspect", file], environment: ArvioBinary.languageEnvironment(["LANG": "C.UTF-8"]))
            #expect(english.stdout.split(separator: "\n").contains("  - The results table “\(caption)”: row 4 is empty; skipped. [ARVIO-W-TABLE]"),
                    "\(english.stdout)")

            // `import` says it on standard error: the catalogue's meaning and what to do, then the detail.
            let imported = try ArvioBinary.run(["import", file, "--lang", "fi"], environment: ArvioBinary.languageEnvironment([:]))
            #expect(imported.status == 0, "\(imported.stderr)")
            #expect(imported.stderr.contains("\(file): varoitus: Taulukkoa tai sen riviä ei voitu lukea lajinsa mukaisena (valmiusaste, mittarit, tulokset …); sen teksti on tallessa. Vertaa Arvion nimeämää taulukkoa pohjan taulukkoon. — Tulostaulukko ”\(caption)”, rivi 4 on tyhjä; se ohitettiin. [ARVIO-W-TABLE]"),
                    "\(imported.stderr)")
        }
    }

    /// stress012.docx imports an HTML file (altChunk): said in plain words, no part or line.
    @Test func importedContentInSwedish() throws {
        let run = try ArvioBinary.run(["import", Self.stress012], environment: ArvioBinary.languageEnvironment(["LANG": "sv_FI.UTF-8"]))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains(" — Innehåll som importerats till dokumentet från en annan fil (en webbsida, HTML) läses inte. Öppna dokumentet i Word och spara det igen, så att innehållet blir en del av det. [ARVIO-W-NOT-READ]"),
                "\(run.stderr)")
        #expect(!run.stderr.contains("word/document.xml"), "\(run.stderr)")
    }
}
