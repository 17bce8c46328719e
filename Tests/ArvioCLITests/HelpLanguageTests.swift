import ArvioDevSupport
import Foundation
import Testing

/// `--help` and ArgumentParser's usage errors, through the binary, in the language `--lang`,
/// `ARVIO_LANG` or `LANG` chooses: ArgumentParser's own headings and sentences too, not only
/// Arvio's summaries. The Finnish and Swedish words are written here by hand; the English ones
/// are ArgumentParser's (its HelpGenerator and ErrorMessageGenerator) and must not be left in.
@Suite struct HelpLanguageTests {
    /// Help text with its wrapping undone, so a sentence is found whatever the line width.
    static func flat(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
    static let englishHeadings = ["OVERVIEW:", "USAGE:", "ARGUMENTS:", "OPTIONS:", "SUBCOMMANDS:", "Show help information.",
                                  "Show the version.", "for detailed help", "(default:", "<subcommand>", "<options>"]

    @Test func aCommandsHelpInFinnish() throws {
        let check = try ArvioBinary.run(["--lang", "fi", "check", "--help"], environment: [:])
        #expect(check.status == 0, "\(check.stderr)")
        let text = Self.flat(check.stdout)
        #expect(text.hasPrefix("KUVAUS: Tarkistaa raportin tai hankesuunnitelman kuten arvioija ennen Innokylään vientiä."), "\(check.stdout)")
        #expect(text.contains("KÄYTTÖ: arvio check <tiedosto>"))
        #expect(text.contains("ARGUMENTIT: <tiedosto> Raportti tai hankesuunnitelma (.docx)."))
        #expect(text.contains("VALITSIMET:"))
        #expect(text.contains("--strict Epäonnistu myös ”katso”-merkityistä havainnoista."))
        #expect(text.contains("-h, --help Näytä ohje."))
        // The long explanation (Check.swift's discussion), Finnish too.
        #expect(text.contains("korjaa: THL:n ohjeteksti (”< Kuvaus … >”), jonka alle ei ole kirjoitettu mitään;"))
        #expect(!text.contains("Each finding names its goal"))
        for english in Self.englishHeadings { #expect(!check.stdout.contains(english), "\(english) left in English") }
    }

    /// ArgumentParser's "(default: 600)" after an option's help.
    @Test func aDefaultValueInFinnish() throws {
        let summary = try ArvioBinary.run(["--lang", "fi", "summary", "--help"], environment: [:])
        #expect(summary.status == 0, "\(summary.stderr)")
        #expect(Self.flat(summary.stdout).contains("--max-chars <n> Kappaleen enimmäispituus merkkeinä. (oletus: 600)"), "\(summary.stdout)")
        #expect(Self.flat(summary.stdout).contains("--date <vvvv-kk-pp> Tiivistelmän kirjoituspäivä (oletus: tänään)."))
        #expect(!summary.stdout.contains("(default:"))
    }

    @Test func theRootHelpInSwedishFromLANG() throws {
        let root = try ArvioBinary.run(["--help"], environment: ArvioBinary.languageEnvironment(["LANG": "sv_FI.UTF-8"]))
        #expect(root.status == 0, "\(root.stderr)")
        let text = Self.flat(root.stdout)
        #expect(text.hasPrefix("ÖVERSIKT: Läser THL:s självvärderingsrapporter och projektplaner (.docx) som strukturerad data."), "\(root.stdout)")
        #expect(text.contains("Slutkoder: 0 klart; 1 `arvio check` hittade något att rätta före uppladdningen;"))
        #expect(text.contains("ANVÄNDNING: arvio <kommando>"))
        #expect(text.contains("ALTERNATIV: --version Visa versionen. -h, --help Visa hjälpen."))
        #expect(text.contains("KOMMANDON: import Läser en självvärdering"))
        #expect(text.contains("Mer hjälp om varje kommando: 'arvio help <kommando>'."))
        #expect(!text.contains("Exit codes:"))
        for english in Self.englishHeadings { #expect(!root.stdout.contains(english), "\(english) left in English") }
    }

    @Test func aCommandsHelpInSwedishFromTheFlag() throws {
        let next = try ArvioBinary.run(["--lang", "sv", "next", "--help"], environment: ArvioBinary.languageEnvironment(["LANG": "fi_FI.UTF-8"]))
        #expect(next.status == 0, "\(next.stderr)")
        let text = Self.flat(next.stdout)
        #expect(text.contains("ANVÄNDNING: arvio next [<alternativ>] [<fil> ...]"), "\(next.stdout)")
        #expect(text.contains("Kopierar rapporten och, för nästa period"))
        #expect(text.contains("--period <åååå-mm> Perioden som förbereds"))
        #expect(text.contains("--author <namn> Författarnamnet på spårade ändringar. (standard: Arvio)"))
        for english in Self.englishHeadings { #expect(!next.stdout.contains(english), "\(english) left in English") }
    }

    /// English stays ArgumentParser's own.
    @Test func theHelpInEnglishIsArgumentParsers() throws {
        let root = try ArvioBinary.run(["--help"], environment: ArvioBinary.languageEnvironment(["LANG": "C.UTF-8"]))
        let text = Self.flat(root.stdout)
        #expect(text.hasPrefix("OVERVIEW: Read THL oma-arviointi reports and hankesuunnitelma plans (.docx) as structured data."))
        #expect(text.contains("Exit codes: 0 done;"))
        #expect(text.contains("USAGE: arvio <subcommand> OPTIONS: --version Show the version. -h, --help Show help information. SUBCOMMANDS: import"))
        #expect(text.hasSuffix("See 'arvio help <subcommand>' for detailed help."))
        let check = try ArvioBinary.run(["check", "--help"], environment: ArvioBinary.languageEnvironment(["LANG": "C.UTF-8"]))
        #expect(Self.flat(check.stdout).contains("fix: THL's guidance text (\"< Kuvaus … >\") with nothing written under it;"))
    }

    @Test func usageErrorsInFinnish() throws {
        let unknown = try ArvioBinary.run(["--lang", "fi", "import", "--bogus", "raportti.docx"], environment: [:])
        #expect(unknown.status == 64)
        let lines = unknown.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("Virhe: Tuntematon valitsin '--bogus'") == true, "\(unknown.stderr)")
        #expect(lines.count == 3 && lines[1].hasPrefix("Käyttö: arvio import [<tiedosto> ...] [--output <tiedosto>]"), "\(unknown.stderr)")
        #expect(lines.last == "  Lisätietoja: 'arvio import --help'.")

        // Arvio's own refusal, said in the same words as ArgumentParser's.
        let missing = try ArvioBinary.run(["--lang", "fi", "import"], environment: [:])
        #expect(missing.status == 64)
        #expect(missing.stderr.hasPrefix("Virhe: Komennosta puuttuu '<tiedosto>'\nKäyttö: arvio import "), "\(missing.stderr)")
    }

    @Test func usageErrorsInSwedish() throws {
        let run = try ArvioBinary.run(["next", "--period"], environment: ArvioBinary.languageEnvironment(["LANG": "sv_FI.UTF-8"]))
        #expect(run.status == 64)
        let lines = run.stderr.split(separator: "\n").map(String.init)
        #expect(lines == [
            "Fel: Värde saknas för '--period <åååå-mm>'",
            "Hjälp:  --period <åååå-mm>  Perioden som förbereds, enligt lägesmånaden: 2022-04 (rapporteras senast 15.5.2022) eller 2022-10 (senast 15.11.2022).",
            "Användning: arvio next [<alternativ>] [<fil> ...]",
            "  Mer information: 'arvio next --help'.",
        ], "\(run.stderr)")
        let jobs = try ArvioBinary.run(["--lang", "sv", "import", "a.docx", "b.docx", "-o", "ut", "--jobs", "0"], environment: [:])
        #expect(jobs.status == 64)
        #expect(jobs.stderr.hasPrefix("Fel: --jobs 0: ange 1 eller fler.\nAnvändning: arvio import "), "\(jobs.stderr)")
    }

    @Test func usageErrorsInEnglishAreArgumentParsers() throws {
        let run = try ArvioBinary.run(["next", "--period"], environment: ArvioBinary.languageEnvironment(["LANG": "C.UTF-8"]))
        #expect(run.status == 64)
        let lines = run.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first == "Error: Missing value for '--period <yyyy-mm>'", "\(run.stderr)")
        #expect(lines.last == "  See 'arvio next --help' for more information.")
    }
}
