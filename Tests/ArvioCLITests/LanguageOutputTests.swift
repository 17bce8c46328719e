import ArvioDevSupport
import Foundation
import Testing

/// What the commands print, through the binary, in the language `--lang`, `ARVIO_LANG` or `LANG`
/// chooses. Expected lines are written by hand from the seeds: seed 001 has five "Seurannan ja
/// arvioinnin tulokset" sections with THL's guidance only (DiffCheckCommandTests) and ten dated
/// entries to write for 11/21 (NextCorpus.entriesBySeed); seed 003's demo lines are README's;
/// seed 002 keeps two texts, 53 characters, unplaced (Tests/Golden/report/seeds/002-…word.docx.yaml).
@Suite struct LanguageOutputTests {
    static func seed(_ name: String) -> String { Repository.root.appendingPathComponent("Corpora/seeds/\(name)").path }
    static let seed001 = seed("001-ita-uusimaa-oma-arviointi-2021.word.docx")
    static let seed003 = seed("003-kymenlaakso-oma-arviointi-2021.word.docx")
    /// LANG alone decides (an ARVIO_LANG of the machine running the tests is cleared).
    static func lang(_ value: String) -> [String: String] { ["LANG": value, "ARVIO_LANG": ""] }

    @Test func checkInFinnishFromLANG() throws {
        let run = try ArvioBinary.run(["check", Self.seed001], environment: Self.lang("fi_FI.UTF-8"))
        #expect(run.status == 1)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0 == "  korjaa “Seurannan ja arvioinnin tulokset”: THL:n ohjeteksti on paikallaan, mutta sen alle ei ole kirjoitettu mitään" }.count == 5,
                "\(run.stdout)")
        #expect(lines.contains("Tavoite 1 Saatavuus, oikea-aikaisuus, jatkuvuus"))
        #expect(lines.last == "Ei vielä valmis lähetettäväksi: korjattavaa 5, katsottavaa 0.")
    }

    @Test func checkInSwedishFromTheFlagAndFromARVIO_LANG() throws {
        for (arguments, environment) in [(["--lang", "sv", "check", Self.seed001], Self.lang("fi_FI.UTF-8")),
                                         (["check", Self.seed001], ["ARVIO_LANG": "sv", "LANG": "fi_FI.UTF-8"])] {
            let run = try ArvioBinary.run(arguments, environment: environment)
            #expect(run.status == 1)
            let lines = run.stdout.split(separator: "\n").map(String.init)
            #expect(lines.filter { $0 == "  rätta “Seurannan ja arvioinnin tulokset”: THL:s anvisningstext finns kvar, men ingenting är skrivet under den" }.count == 5,
                    "\(run.stdout)")
            #expect(lines.contains("Mål 5 Kustannusten nousun hillintä"))
            #expect(lines.last == "Inte klar att skickas: 5 att rätta, 0 att titta på.")
        }
    }

    @Test func inspectInFinnish() throws {
        let run = try ArvioBinary.run(["--lang", "fi", "inspect", Self.seed003], environment: [:])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("  laji: oma-arviointi   pohja: v2021b   säännöt: thl-oma-arviointi-2021-syksy"))
        #expect(lines.contains("  alue: Kymenlaakso"))
        #expect(lines.contains("  kattavuus: 100,0 % leipätekstistä nimetyissä osissa, 0,0 % sijoittamatta (61184 merkkiä kaikkiaan)"))
        #expect(lines.contains("Kansalliset tavoitteet"))
        #expect(lines.contains { $0.hasPrefix("      processGoal: ”1.1 Kiireettömät ajat toteutuvat viikon sisällä yhteydenotosta.” — ") })
        #expect(lines.contains { $0.hasPrefix("    baseline: ”Lähtötilanteen arvioinnin tulokset” — 3 kappaletta") })
    }

    @Test func aWarningsDetailInFinnish() throws {
        let run = try ArvioBinary.run(["--lang", "fi", "import", Self.seed("002-etela-pohjanmaa-loppuyhteenveto.word.docx")], environment: [:])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains(": varoitus: "), "\(run.stderr)")
        #expect(run.stderr.contains("— 2 tekstikohtaa (53 merkkiä) ei osunut mihinkään pohjan osioon, ja ne ovat tallessa kohdassa ”unmapped”; ensimmäinen: ”Sote-udistus”. [ARVIO-W-UNMAPPED]"),
                "\(run.stderr)")
    }

    @Test func nextInSwedishAndDiffInFinnish() throws {
        let folder = ScratchFolder.url("arvio-language")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("next.docx").path
        let next = try ArvioBinary.run(["next", Self.seed001, "-o", output, "--lang", "sv"], environment: [:])
        #expect(next.status == 0, "\(next.stderr)")
        let lines = next.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Skrev \(output): versionen för 11/21 (lokakuu 2021, rapporteras senast 15.11.2021).")
        #expect(lines.contains("  Rapporteringsschemats rad 15.11.2021 är skuggad ljusgul."))
        #expect(lines.filter { $0.hasSuffix(": skriv läget (Lokakuu 2021)") }.count == 10, "\(next.stdout)")
        #expect(lines.contains("  Mål 1 Saatavuus, oikea-aikaisuus, jatkuvuus"))

        let diff = try ArvioBinary.run(["diff", Self.seed001, output], environment: Self.lang("fi_FI.UTF-8"))
        #expect(diff.status == 0, "\(diff.stderr)")
        let diffLines = diff.stdout.split(separator: "\n").map(String.init)
        #expect(diffLines.first == "Muutokset tiedostosta 001-ita-uusimaa-oma-arviointi-2021.word.docx tiedostoon next.docx:")
        #expect(diffLines.contains("  kausi: ”5/21 (15.5.2021)” → ”11/21 (15.11.2021)”"))
        #expect(diffLines.contains("Tavoite 1 Saatavuus, oikea-aikaisuus, jatkuvuus"))
        #expect(diffLines.last?.hasPrefix("Kappaleita lisätty 20, poistettu 0, ") == true, "ten entries, each a label and its guidance: \(diffLines.last ?? "")")
    }

    /// A batch's closing line (its progress bar shows only on a terminal).
    @Test func aBatchsClosingLineInFinnish() throws {
        let folder = ScratchFolder.url("arvio-language-batch")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("tulokset").path
        let run = try ArvioBinary.run(["--lang", "fi", "import", Self.seed001, Self.seed003, "-o", output], environment: [:])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.hasSuffix("arvio: luettu kaikki 2 tiedostoa kansioon \(output) (yhteenveto: \(output)/arvio-summary.csv)\n"), "\(run.stderr)")
    }

    /// `--help`: the summaries and the option help; ArgumentParser's own headings stay English.
    @Test func helpInFinnishAndSwedish() throws {
        func flat(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        let check = try ArvioBinary.run(["--lang", "fi", "check", "--help"], environment: [:])
        #expect(check.status == 0)
        #expect(flat(check.stdout).contains("OVERVIEW: Tarkistaa raportin tai hankesuunnitelman kuten arvioija ennen Innokylään vientiä."))
        #expect(flat(check.stdout).contains("Epäonnistu myös ”katso”-merkityistä havainnoista."))
        #expect(flat(check.stdout).contains("Raportti tai hankesuunnitelma (.docx)."))
        let root = try ArvioBinary.run(["--help"], environment: Self.lang("sv_FI.UTF-8"))
        #expect(root.status == 0)
        #expect(flat(root.stdout).contains("Läser THL:s självvärderingsrapporter och projektplaner (.docx) som strukturerad data."))
        #expect(flat(root.stdout).contains("Förbereder nästa periods version av en självvärderingsrapport"))
        let english = try ArvioBinary.run(["--help"], environment: Self.lang("C.UTF-8"))
        #expect(flat(english.stdout).contains("Read THL oma-arviointi reports and hankesuunnitelma plans (.docx) as structured data."))
    }
}
