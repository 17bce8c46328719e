import ArvioDevSupport
import ArvioPackage
import Foundation
import Testing

/// The lines that were English whatever the language (issue 19's last ones), through the binary
/// in Finnish and Swedish, each with English as it was. Expected lines are written by hand; the
/// counts of seed 004 are PlanCommandsTests' English ones (10 paragraphs of background, 8 phases
/// from syksy 2020 to syksy 2023, 13 development areas, 56 results rows, 11 risks, 8 footnotes,
/// 20 passages in 0070C0), seed 002's one warning is its unplaced text (LanguageOutputTests).
@Suite struct LastEnglishLinesTests {
    static func seed(_ name: String) -> String { Repository.root.appendingPathComponent("Corpora/seeds/\(name)").path }
    static let seed002 = seed("002-etela-pohjanmaa-loppuyhteenveto.word.docx")
    static let seed003 = seed("003-kymenlaakso-oma-arviointi-2021.word.docx")
    static let plan004 = seed("004-kanta-hame-hankesuunnitelma-2021.word.docx")
    /// Only what a test gives decides the language (the machine's ARVIO_LANG and LANG cleared).
    static func lines(_ text: String) -> [String] { text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    // MARK: migrate's account of the plan

    @Test func migrateSaysThePlansPartsInFinnishAndSwedish() throws {
        try ProcessRunner.inScratch("arvio-last-english") { folder in
            let yaml = folder.appendingPathComponent("suunnitelma.yaml").path
            let finnish = try ArvioBinary.run(["--lang", "fi", "migrate", Self.plan004, "-o", yaml], environment: ArvioBinary.languageEnvironment())
            #expect(finnish.status == 0, "\(finnish.stderr)")
            for line in ["arvio: kirjoitettu \(yaml) (100,0 % tekstistä sijoitettu)",
                         "Kanta-Hämeen Tulevaisuuden sosiaali- ja terveyskeskus -hanke: hankesuunnitelma (plan2021), osa osalta:",
                         "  Hankkeen tausta: kappaleita 10", "  Prosessitavoitteet: kappaleita 2; vaiheita 8: syksy 2020 … syksy 2023",
                         "  Toimenpiteet: kehittämiskokonaisuuksia 13", "  Tulokset ja vaikutukset: rivejä 56 — TAVOITE 1: 21, 2: 8, 3: 6, 4: 18, 5: 3",
                         "  Riskit ja niihin varautuminen: riskejä 11 sekä asteikkojen rivi", "  alaviitteitä: 8",
                         "  uusi sisältö merkitty värillä 0070C0: kohtia 20"] {
                #expect(Self.lines(finnish.stderr).contains(line), "missing “\(line)” in:\n\(finnish.stderr)")
            }
            #expect(!finnish.stderr.contains("paragraph") && !finnish.stderr.contains("phases") && !finnish.stderr.contains("footnotes"))

            let swedish = try ArvioBinary.run(["migrate", Self.plan004, "-o", yaml, "--force"], environment: ArvioBinary.languageEnvironment(["LANG": "sv_FI.UTF-8"]))
            #expect(swedish.status == 0, "\(swedish.stderr)")
            for line in ["arvio: skrev \(yaml) (100,0 % av texten placerad)",
                         "Kanta-Hämeen Tulevaisuuden sosiaali- ja terveyskeskus -hanke: projektplan (plan2021), del för del:",
                         "  Hankkeen tausta: 10 stycken", "  Prosessitavoitteet: 2 stycken; antal faser 8: syksy 2020 … syksy 2023",
                         "  Toimenpiteet: antal utvecklingshelheter 13", "  Tulokset ja vaikutukset: antal rader 56 — TAVOITE 1: 21, 2: 8, 3: 6, 4: 18, 5: 3",
                         "  Riskit ja niihin varautuminen: antal risker 11 och raden med skalorna", "  fotnoter: 8",
                         "  nytt innehåll markerat med färgen 0070C0: 20 ställen"] {
                #expect(Self.lines(swedish.stderr).contains(line), "missing “\(line)” in:\n\(swedish.stderr)")
            }
        }
    }

    @Test func migrateOfAReportSaysWhatItIsInFinnish() throws {
        let run = try ArvioBinary.run(["--lang", "fi", "migrate", Self.seed003], environment: ArvioBinary.languageEnvironment())
        #expect(run.status == 0, "\(run.stderr)")
        // Seed 003 is an oma-arviointi in the autumn 2021 template (LanguageOutputTests.inspectInFinnish).
        #expect(Self.lines(run.stderr).contains(
            "\(Self.seed003) ei ole hankesuunnitelma vaan oma-arviointi (pohja v2021b): se luettiin samoin kuin `arvio import` sen lukee."), "\(run.stderr)")
    }

    /// Seed 004 with its phases unnumbered: "Hankkeen vaiheet ovat 1) lähtötilanteen arviointi
    /// syksy 2020, 2) …" (004, under "Prosessitavoitteet") without the "1) ", so the list no longer
    /// starts at 1 and no phase is read.
    static func planWithoutPhases(in folder: URL) throws -> String {
        let package = try WordPackage.open(plan004)
        let xml = String(decoding: try package.bytes(of: package.mainPart), as: UTF8.self)
        let marker = "Hankkeen vaiheet ovat 1) lähtötilanteen"
        #expect(xml.components(separatedBy: marker).count == 2, "seed 004 says its phases once")
        let edited = xml.replacingOccurrences(of: marker, with: "Hankkeen vaiheet ovat lähtötilanteen")
        let path = folder.appendingPathComponent("ei-vaiheita.docx").path
        try PackageWriter.write(from: plan004, to: path, replacements: [package.mainPart: Array(edited.utf8)])
        return path
    }

    @Test func aPlanWithoutPhasesHasItsOwnWarningCode() throws {
        try ProcessRunner.inScratch("arvio-last-english") { folder in
            let plan = try Self.planWithoutPhases(in: folder)
            let yaml = folder.appendingPathComponent("suunnitelma.yaml").path
            let finnish = try ArvioBinary.run(["--lang", "fi", "migrate", plan, "-o", yaml], environment: ArvioBinary.languageEnvironment())
            #expect(finnish.status == 0, "\(finnish.stderr)")
            #expect(Self.lines(finnish.stderr).contains("  Prosessitavoitteet: kappaleita 2; vaiheita 0"), "\(finnish.stderr)")
            #expect(Self.lines(finnish.stderr).contains("  huom.: Otsikon ”Prosessitavoitteet” alta ei löytynyt numeroituja vaiheita (”1) … 2) …”)."),
                    "\(finnish.stderr)")
            let written = try String(contentsOfFile: yaml, encoding: .utf8)
            #expect(written.contains("- code: ARVIO-W-PLAN-NO-PHASES\n"), "the YAML keeps the warning with its code")
            #expect(!written.contains("ARVIO-W-OTHER"))

            let swedish = try ArvioBinary.run(["--lang", "sv", "migrate", plan], environment: ArvioBinary.languageEnvironment())
            #expect(Self.lines(swedish.stderr).contains("  obs.: Inga numrerade faser (”1) … 2) …”) hittades under ”Prosessitavoitteet”."), "\(swedish.stderr)")

            let english = try ArvioBinary.run(["migrate", plan], environment: ArvioBinary.languageEnvironment())
            #expect(Self.lines(english.stderr).contains("  Prosessitavoitteet: 2 paragraphs; 0 phases"), "\(english.stderr)")
            #expect(Self.lines(english.stderr).contains("  note: No numbered phases (“1) … 2) …”) found under “Prosessitavoitteet”."), "\(english.stderr)")
        }
    }

    // MARK: import's line and --strict

    @Test func importNamesTheKindInTheRunsLanguage() throws {
        try ProcessRunner.inScratch("arvio-last-english") { folder in
            let yaml = folder.appendingPathComponent("raportti.yaml").path
            let swedish = try ArvioBinary.run(["--lang", "sv", "import", Self.seed003, "-o", yaml], environment: ArvioBinary.languageEnvironment())
            #expect(swedish.stderr == "arvio: skrev \(yaml) (självvärdering, 5 mål, 100,0 % av texten placerad)\n")
            // stress012 (apache-poi) is no THL document: its kind is unknown.
            let other = Repository.root.appendingPathComponent("Corpora/external/apache-poi/stress012.docx").path
            let finnish = try ArvioBinary.run(["--lang", "fi", "import", other, "-o", yaml, "--force"], environment: ArvioBinary.languageEnvironment())
            // Its warnings come first; the line of what was written is the last.
            #expect(Self.lines(finnish.stderr).dropLast().last?.hasPrefix("arvio: kirjoitettu \(yaml) (tuntematon asiakirja, tavoitteita 0, ") == true, "\(finnish.stderr)")
            let english = try ArvioBinary.run(["import", other, "-o", yaml, "--force"], environment: ArvioBinary.languageEnvironment())
            #expect(Self.lines(english.stderr).dropLast().last?.hasPrefix("arvio: wrote \(yaml) (unknown, 0 goals, ") == true, "\(english.stderr)")
        }
    }

    @Test func strictRefusesInEachLanguage() throws {
        try ProcessRunner.inScratch("arvio-last-english") { folder in
            let yaml = folder.appendingPathComponent("out.yaml").path
            let cases: [(String, String)] = [
                ("fi", "arvio: \(Self.seed002): yllä on 1 varoitus, ja `--strict` annettiin, joten mitään ei kirjoitettu. Korjaa se, mistä varoitus kertoo, tai jätä `--strict` pois. [ARVIO-STRICT]"),
                ("sv", "arvio: \(Self.seed002): 1 varning ovan, och `--strict` angavs, så ingenting skrevs. Åtgärda det som varningen säger eller utelämna `--strict`. [ARVIO-STRICT]"),
                ("en", "arvio: \(Self.seed002): 1 warning above, and --strict was given, so nothing was written. Fix what it says, or leave out --strict. [ARVIO-STRICT]"),
            ]
            for (language, expected) in cases {
                let run = try ArvioBinary.run(["--lang", language, "import", Self.seed002, "--strict", "-o", yaml], environment: ArvioBinary.languageEnvironment())
                #expect(run.status == 19)
                #expect(Self.lines(run.stderr).dropLast().last == expected, "\(run.stderr)")
            }
            // In a batch the warnings are not printed, so the line says how to list them.
            let out = folder.appendingPathComponent("erä").path
            let batch = try ArvioBinary.run(["--lang", "fi", "import", Self.seed002, Self.seed003, "--strict", "-o", out + "/"], environment: ArvioBinary.languageEnvironment())
            #expect(batch.status == 2, "\(batch.stderr)")
            #expect(Self.lines(batch.stderr).contains(
                "arvio: \(Self.seed002): asiakirjasta on 1 varoitus, ja `--strict` annettiin, joten siitä ei kirjoitettu mitään (`arvio inspect \(Self.seed002)` näyttää varoituksen). Korjaa se, mistä varoitus kertoo, tai jätä `--strict` pois. [ARVIO-STRICT]"),
                    "\(batch.stderr)")
            #expect(!batch.stderr.contains("lueteltu yllä"))
        }
    }

    // MARK: ArgumentParser's rarer words

    @Test func rarerUsageErrorsInFinnishAndSwedish() throws {
        let invalid = try ArvioBinary.run(["--lang", "fi", "dump", "---x"], environment: ArvioBinary.languageEnvironment())
        #expect(invalid.status == 64)
        #expect(Self.lines(invalid.stderr).first == "Virhe: Virheellinen valitsin: ---x", "\(invalid.stderr)")
        let invalidSv = try ArvioBinary.run(["--lang", "sv", "dump", "---x"], environment: ArvioBinary.languageEnvironment())
        #expect(Self.lines(invalidSv.stderr).first == "Fel: Ogiltigt alternativ: ---x", "\(invalidSv.stderr)")
        let invalidEn = try ArvioBinary.run(["dump", "---x"], environment: ArvioBinary.languageEnvironment())
        #expect(Self.lines(invalidEn.stderr).first == "Error: Invalid option: ---x", "\(invalidEn.stderr)")

        // "-oo": an unknown option, or -o given "o" with no value after it.
        let composite = try ArvioBinary.run(["--lang", "fi", "import", Self.seed003, "-oo"], environment: ArvioBinary.languageEnvironment())
        #expect(Array(Self.lines(composite.stderr).prefix(2)) == ["Virhe: Tuntematon valitsin '-oo'",
                                                                  "   tai: Valitsimelta puuttuu arvo: '-o <tiedosto>' kohdassa '-oo'"], "\(composite.stderr)")
        let compositeSv = try ArvioBinary.run(["--lang", "sv", "import", Self.seed003, "-oo"], environment: ArvioBinary.languageEnvironment())
        #expect(Array(Self.lines(compositeSv.stderr).prefix(2)) == ["Fel: Okänt alternativ '-oo'",
                                                                    "   eller: Värde saknas för '-o <fil>' i '-oo'"], "\(compositeSv.stderr)")

        // Two allowed values are joined by "and" in ArgumentParser's English.
        let two = try ArvioBinary.run(["--lang", "fi", "render", Self.seed003, "--to", "xx"], environment: ArvioBinary.languageEnvironment())
        #expect(Self.lines(two.stderr).first == "Virhe: Arvo 'xx' ei kelpaa kohtaan '--to <md|docx>'. Anna jokin näistä: 'md' tai 'docx'.", "\(two.stderr)")
        let twoEn = try ArvioBinary.run(["render", Self.seed003, "--to", "xx"], environment: ArvioBinary.languageEnvironment())
        #expect(Self.lines(twoEn.stderr).first == "Error: The value 'xx' is invalid for '--to <md|docx>'. Please provide one of 'md' and 'docx'.", "\(twoEn.stderr)")
    }

    @Test func mappingsHeadingInFinnishAndSwedish() throws {
        for (language, heading) in [("fi", "Raporttipohjien vastaavuudet (valitse valitsimella --mapping NIMI):"),
                                    ("sv", "Mappningar för rapportmallar (välj med --mapping NAMN):"),
                                    ("en", "Template mappings (use with --mapping NAME):")] {
            let run = try ArvioBinary.run(["--lang", language, "mappings"], environment: ArvioBinary.languageEnvironment())
            #expect(run.status == 0)
            #expect(Self.lines(run.stdout).first == heading, "\(run.stdout)")
        }
    }

    // MARK: serve

    /// "(default: a free one)" is the help's own; ArgumentParser added "(default: 0)" after it.
    @Test(arguments: [("fi", "  --port <portti>         Kuuntele tätä porttia (oletus: jokin vapaa)."),
                      ("sv", "  --port <port>           Lyssna på den här porten (standard: en ledig)."),
                      ("en", "  --port <port>           Listen on this port (default: a free one).")])
    func servesPortDefaultIsSaidOnce(_ language: String, _ expected: String) throws {
        let run = try ArvioBinary.run(["--lang", language, "serve", "--help"], environment: ArvioBinary.languageEnvironment())
        #expect(run.status == 0)
        let lines = Self.lines(run.stdout)
        let index = try #require(lines.firstIndex { $0.hasPrefix("  --port ") }, "\(run.stdout)")
        #expect(lines[index] == expected)
        #expect(!lines[index + 1].contains("0)"), "a second default on the next line: \(lines[index + 1])")
    }

    @Test func aTakenPortIsOneLineInFinnish() throws {
        let taken = try TakenPort()
        let run = try ArvioBinary.run(["--lang", "fi", "serve", "--port", "\(taken.port)"], environment: ArvioBinary.languageEnvironment())
        #expect(run.status == 50)
        #expect(run.stderr == "arvio: 127.0.0.1:\(taken.port): `arvio serve` ei voi kuunnella tätä osoitetta ja porttia: portti on toisen ohjelman käytössä, alle 1024:n portti vaatii ylläpitäjän oikeudet, tai `--host` ei ole tämän koneen osoite. Valitse toinen `--port` tai jätä se pois, jolloin Arvio valitsee vapaan portin; anna `--host`-valitsimelle tämän koneen osoite. [ARVIO-CANNOT-LISTEN]\n")
    }

    // MARK: broken YAML

    /// A mapping file whose line 3, `  - "Lähtötilanne`, opens a quotation that never closes:
    /// libyaml stops at the end of the file (line 4, column 1).
    @Test func aBrokenMappingFileInTheCoordinatorsWords() throws {
        try ProcessRunner.inScratch("arvio-last-english") { folder in
            let mappings = folder.appendingPathComponent("mappings")
            try FileManager.default.createDirectory(at: mappings, withIntermediateDirectories: true)
            let file = mappings.appendingPathComponent("rikki.yaml").path
            try Data("name: rikki\ndetect:\n  - \"Lähtötilanne\n".utf8).write(to: URL(fileURLWithPath: file))
            let finnish = try ArvioBinary.run(["--lang", "fi", "import", Self.seed003, "--mappings", mappings.path], environment: ArvioBinary.languageEnvironment())
            #expect(finnish.status == 20)
            #expect(finnish.stderr == "arvio: \(file), rivi 4, sarake 1: vastaavuustiedosto ei ole kelvollista YAML:ia: lainausmerkillä alkava teksti ei pääty: sulkeva lainausmerkki puuttuu jostain ylempää. Korjaa vastaavuustiedosto tai jätä `--mappings` pois. [ARVIO-BAD-MAPPING]\n")
            let swedish = try ArvioBinary.run(["--lang", "sv", "import", Self.seed003, "--mappings", mappings.path], environment: ArvioBinary.languageEnvironment())
            #expect(swedish.stderr == "arvio: \(file), rad 4, kolumn 1: mappningsfilen är inte giltig YAML: en text som börjar med citattecken tar aldrig slut: det avslutande citattecknet saknas någonstans ovanför. Rätta mappningsfilen eller utelämna `--mappings`. [ARVIO-BAD-MAPPING]\n")
            let english = try ArvioBinary.run(["import", Self.seed003, "--mappings", mappings.path], environment: ArvioBinary.languageEnvironment())
            #expect(english.stderr == "arvio: \(file) line 4, column 1: not valid YAML (found unexpected end of stream). Fix the mapping file or leave out --mappings. [ARVIO-BAD-MAPPING]\n")
        }
    }

    /// An updates file whose line 2, `  - a: b: c`, has a second ": " after a value: libyaml stops
    /// at that colon, the 9th character of the line.
    @Test func aBrokenUpdatesFileInTheCoordinatorsWords() throws {
        try ProcessRunner.inScratch("arvio-last-english") { folder in
            let updates = folder.appendingPathComponent("paivitykset.yaml").path
            try Data("goals:\n  - a: b: c\n".utf8).write(to: URL(fileURLWithPath: updates))
            let out = folder.appendingPathComponent("out.docx").path
            let finnish = try ArvioBinary.run(["--lang", "fi", "next", Self.seed003, "--updates", updates, "-o", out], environment: ArvioBinary.languageEnvironment())
            #expect(finnish.status == 22)
            #expect(finnish.stderr == "arvio: \(updates): rivi 2, sarake 9: YAML-teksti on rikki: kaksoispiste (:) on kohdassa, jossa sitä ei voi olla; jos se kuuluu tekstiin, pane koko teksti lainausmerkkeihin, muuten tarkista sisennys. Anna YAML, jonka `arvio import` kirjoitti, uuden kauden teksti lisättynä. [ARVIO-BAD-UPDATES]\n")
            let swedish = try ArvioBinary.run(["--lang", "sv", "next", Self.seed003, "--updates", updates, "-o", out], environment: ArvioBinary.languageEnvironment())
            #expect(swedish.stderr.contains(": rad 2, kolumn 9: YAML-texten är trasig: ett kolon (:) står där det inte kan stå; hör det till texten, sätt hela texten inom citattecken, annars kontrollera indraget."), "\(swedish.stderr)")
            let english = try ArvioBinary.run(["next", Self.seed003, "--updates", updates, "-o", out], environment: ArvioBinary.languageEnvironment())
            #expect(english.stderr == "arvio: \(updates): line 2, column 9: the YAML is not well-formed (mapping values are not allowed in this context). Give the YAML that `arvio import` wrote, with the new period's text added. [ARVIO-BAD-UPDATES]\n")
        }
    }
}
