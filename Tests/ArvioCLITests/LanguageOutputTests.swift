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

    @Test func checkInFinnishFromLANG() throws {
        let run = try ArvioBinary.run(["check", Self.seed001], environment: ArvioBinary.languageEnvironment(["LANG": "fi_FI.UTF-8"]))
        #expect(run.status == 1)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0 == "  korjaa ”Seurannan ja arvioinnin tulokset”: THL:n ohjeteksti on paikallaan, mutta sen alle ei ole kirjoitettu mitään" }.count == 5,
                "\(run.stdout)")
        #expect(lines.contains("Tavoite 1 Saatavuus, oikea-aikaisuus, jatkuvuus"))
        #expect(lines.last == "Ei vielä valmis lähetettäväksi: korjattavaa 5, katsottavaa 0.")
    }

    @Test func checkInSwedishFromTheFlagAndFromARVIO_LANG() throws {
        for (arguments, environment) in [(["--lang", "sv", "check", Self.seed001], ArvioBinary.languageEnvironment(["LANG": "fi_FI.UTF-8"])),
                                         (["check", Self.seed001], ["ARVIO_LANG": "sv", "LANG": "fi_FI.UTF-8"])] {
            let run = try ArvioBinary.run(arguments, environment: environment)
            #expect(run.status == 1)
            let lines = run.stdout.split(separator: "\n").map(String.init)
            #expect(lines.filter { $0 == "  rätta ”Seurannan ja arvioinnin tulokset”: THL:s anvisningstext finns kvar, men ingenting är skrivet under den" }.count == 5,
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
        #expect(lines.contains("  kausi: 11/21 (2021-10), lähde: kansilehti: ”…15.11.2021”"), "seed 003's title block: raportointi 15.11.2021")
        #expect(lines.contains("  kattavuus: 100,0 % leipätekstistä nimetyissä osissa, 0,0 % sijoittamatta (61184 merkkiä kaikkiaan)"))
        #expect(lines.contains("Kansalliset tavoitteet"))
        // The section kinds in Finnish, not the model's names (processGoal, baseline, title).
        #expect(lines.contains("  kansilehti: (ei otsikkoa) — 3 kappaletta"), "\(run.stdout)")
        #expect(lines.contains { $0.hasPrefix("      prosessitavoite: ”1.1 Kiireettömät ajat toteutuvat viikon sisällä yhteydenotosta.” — ") })
        #expect(lines.contains("    lähtötilanne: ”Lähtötilanteen arvioinnin tulokset” — 3 kappaletta"))
        #expect(lines.contains { $0.hasPrefix("    hyötytavoitteiden seuranta: ”Hyötytavoitteiden seurannan ja arvioinnin tulokset” — ") })
        #expect(!lines.contains { $0.contains("baseline:") || $0.contains("processGoal:") })
    }

    @Test func inspectInSwedish() throws {
        let run = try ArvioBinary.run(["inspect", Self.seed001], environment: ArvioBinary.languageEnvironment(["LANG": "sv_FI.UTF-8"]))
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("  period: 5/21 (2021-04), källa: titelsidan: ”…15.5.2021”"), "\(run.stdout)")
        #expect(lines.contains("    utgångsläge: ”Lähtötilanteen arvioinnin tulokset” — 3 stycken"), "\(run.stdout)")
        #expect(lines.contains { $0.hasPrefix("    uppföljning och utvärdering: ”Seurannan ja arvioinnin tulokset” — ") })
    }

    /// `next --updates`: the list of changes printed before writing. The updates are seed 001's
    /// own Markdown (`next --to md`) with one word group edited in goal 1's first paragraph
    /// ("eri kehittämiskokonaisuuksien" → "neljän kehittämiskokonaisuuden") and one sentence
    /// written under goal 1's first "Lokakuu 2021:" entry (Tehdyt kehittämistoimenpiteet).
    @Test func theUpdatesChangeListInFinnishAndSwedish() throws {
        let folder = ScratchFolder.url("arvio-language-updates")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let markdown = folder.appendingPathComponent("seuraava.md").path
        let made = try ArvioBinary.run(["next", Self.seed001, "--to", "md", "-o", markdown], environment: ArvioBinary.languageEnvironment(["LANG": "C.UTF-8"]))
        #expect(made.status == 0, "\(made.stderr)")
        var lines = try String(contentsOfFile: markdown, encoding: .utf8).components(separatedBy: "\n")
        let paragraph = try #require(lines.firstIndex { $0.hasPrefix("Itä-Uudenmaan alueella tavoitteet on jaoteltu eri kehittämiskokonaisuuksien") })
        lines[paragraph] = lines[paragraph].replacingOccurrences(of: "eri kehittämiskokonaisuuksien", with: "neljän kehittämiskokonaisuuden")
        let guidance = try #require(lines.firstIndex(of: "*< Kuvaus lokakuun 2021 tilanteesta >*"))
        lines.insert(contentsOf: ["", "Asiakasohjauksen malli otettiin käyttöön kolmessa kunnassa."], at: guidance + 1)
        let updates = folder.appendingPathComponent("paivitykset.md").path
        try lines.joined(separator: "\n").write(toFile: updates, atomically: true, encoding: .utf8)

        let finnish = try ArvioBinary.run(["--lang", "fi", "next", Self.seed001, "--updates", updates, "-o", folder.appendingPathComponent("fi.docx").path],
                                          environment: [:])
        #expect(finnish.status == 0, "\(finnish.stderr)")
        #expect(Array(finnish.stdout.split(separator: "\n").prefix(3)) == [
            "\(updates): muutoksia 2:",
            "  - Tavoite 1, ”Hankkeen tavoitteet ja prosessitavoitteet”: muutettu kappale ”Itä-Uudenmaan alueella tavoitteet on jaoteltu eri kehittämiskokonai…”: ”…jaoteltu eri kehittämiskokonaisuuksien mukaisiin…” → ”…jaoteltu neljän kehittämiskokonaisuuden mukaisiin…”",
            "  - Tavoite 1, ”Tehdyt kehittämistoimenpiteet”: uusi kappale merkintään ”Lokakuu 2021”: ”Asiakasohjauksen malli otettiin käyttöön kolmessa kunnassa.”",
        ], "\(finnish.stdout)")

        let swedish = try ArvioBinary.run(["next", Self.seed001, "--updates", updates, "-o", folder.appendingPathComponent("sv.docx").path],
                                          environment: ArvioBinary.languageEnvironment(["LANG": "sv_FI.UTF-8"]))
        #expect(swedish.status == 0, "\(swedish.stderr)")
        #expect(Array(swedish.stdout.split(separator: "\n").prefix(3)) == [
            "\(updates): 2 ändringar:",
            "  - Mål 1, ”Hankkeen tavoitteet ja prosessitavoitteet”: ändrat stycke ”Itä-Uudenmaan alueella tavoitteet on jaoteltu eri kehittämiskokonai…”: ”…jaoteltu eri kehittämiskokonaisuuksien mukaisiin…” → ”…jaoteltu neljän kehittämiskokonaisuuden mukaisiin…”",
            "  - Mål 1, ”Tehdyt kehittämistoimenpiteet”: nytt stycke i anteckningen ”Lokakuu 2021”: ”Asiakasohjauksen malli otettiin käyttöön kolmessa kunnassa.”",
        ], "\(swedish.stdout)")

        let english = try ArvioBinary.run(["next", Self.seed001, "--updates", updates, "-o", folder.appendingPathComponent("en.docx").path],
                                          environment: ArvioBinary.languageEnvironment(["LANG": "C.UTF-8"]))
        #expect(english.status == 0, "\(english.stderr)")
        #expect(english.stdout.contains("  - Goal 1, “Tehdyt kehittämistoimenpiteet”: new paragraph in the Lokakuu 2021 entry: “Asiakasohjauksen malli otettiin käyttöön kolmessa kunnassa.”"),
                "\(english.stdout)")
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

        let diff = try ArvioBinary.run(["diff", Self.seed001, output], environment: ArvioBinary.languageEnvironment(["LANG": "fi_FI.UTF-8"]))
        #expect(diff.status == 0, "\(diff.stderr)")
        let diffLines = diff.stdout.split(separator: "\n").map(String.init)
        #expect(diffLines.first == "Muutokset tiedostosta 001-ita-uusimaa-oma-arviointi-2021.word.docx tiedostoon next.docx:")
        #expect(diffLines.contains("  kausi: ”5/21 (15.5.2021)” → ”11/21 (15.11.2021)”"))
        #expect(diffLines.contains("Tavoite 1 Saatavuus, oikea-aikaisuus, jatkuvuus"))
        #expect(diffLines.last?.hasPrefix("Kappaleita lisätty 20, poistettu 0, ") == true, "ten entries, each a label and its guidance: \(diffLines.last ?? "")")
    }

    /// The line after writing a file: seed 003 has five goals and 100.0 % of its text placed (README's demo).
    @Test func theWroteLineInFinnishAndSwedish() throws {
        let folder = ScratchFolder.url("arvio-language-wrote")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let finnish = folder.appendingPathComponent("fi.yaml").path
        let fi = try ArvioBinary.run(["--lang", "fi", "import", Self.seed003, "-o", finnish], environment: [:])
        #expect(fi.status == 0 && fi.stderr == "arvio: kirjoitettu \(finnish) (oma-arviointi, tavoitteita 5, 100,0 % tekstistä sijoitettu)\n", "\(fi.stderr)")
        let swedish = folder.appendingPathComponent("sv.docx").path
        let sv = try ArvioBinary.run(["render", Self.seed003, "--to", "docx", "-o", swedish], environment: ArvioBinary.languageEnvironment(["LANG": "sv_FI.UTF-8"]))
        #expect(sv.status == 0 && sv.stderr == "arvio: skrev \(swedish) (5 mål)\n", "\(sv.stderr)")
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

    /// An updates file that cannot be used: the same one line in the coordinator's language, still
    /// naming the file and where in it (a hand-written YAML: line 3, "  file: [not, a, text]", has
    /// a list at column 9 where `source.file` takes one text) or which report it was made from
    /// (seed 003's `next --to md` names 5/22, the period after its 11/21; seed 001 is 5/21).
    @Test func updatesFileErrorsInFinnishAndSwedish() throws {
        let folder = ScratchFolder.url("arvio-language-updates-errors")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let broken = folder.appendingPathComponent("broken.yaml").path
        try "schemaVersion: 1\nsource:\n  file: [not, a, text]\n".write(toFile: broken, atomically: true, encoding: .utf8)
        let never = folder.appendingPathComponent("never.docx").path
        let finnish = try ArvioBinary.run(["--lang", "fi", "next", Self.seed003, "--updates", broken, "-o", never], environment: [:])
        #expect(finnish.status == 22)
        #expect(finnish.stderr == "arvio: \(broken): rivi 3, sarake 9: kohdassa ”source.file” pitäisi olla yksi teksti tai luku. Anna YAML, jonka `arvio import` kirjoitti, uuden kauden teksti lisättynä. [ARVIO-BAD-UPDATES]\n",
                "\(finnish.stderr)")
        let swedish = try ArvioBinary.run(["next", Self.seed003, "--updates", broken, "-o", never], environment: ArvioBinary.languageEnvironment(["LANG": "sv_FI.UTF-8"]))
        #expect(swedish.status == 22)
        #expect(swedish.stderr == "arvio: \(broken): rad 3, kolumn 9: vid ”source.file” väntades en enda text eller ett tal. Ge den YAML som `arvio import` skrev, med den nya periodens text tillagd. [ARVIO-BAD-UPDATES]\n",
                "\(swedish.stderr)")
        let english = try ArvioBinary.run(["next", Self.seed003, "--updates", broken, "-o", never], environment: ArvioBinary.languageEnvironment(["LANG": "C.UTF-8"]))
        #expect(english.stderr.hasPrefix("arvio: \(broken): line 3, column 9: expected a single text or number at “source.file”. Give the YAML"), "\(english.stderr)")

        let markdown = folder.appendingPathComponent("kymenlaakso.md").path
        #expect(try ArvioBinary.run(["next", Self.seed003, "--to", "md", "-o", markdown], environment: ArvioBinary.languageEnvironment(["LANG": "C.UTF-8"])).status == 0)
        let mismatch = try ArvioBinary.run(["--lang", "fi", "next", Self.seed001, "--updates", markdown, "-o", never], environment: [:])
        #expect(mismatch.status == 23)
        #expect(mismatch.stderr == "arvio: \(markdown): tämä päivitystiedosto on tehty toisesta raportista (Kymenlaakso, oma-arviointi 5/22) kuin tämä raportti (Itä-Uusimaa, oma-arviointi 5/21). Anna tästä raportista tehty päivitystiedosto. [ARVIO-UPDATES-MISMATCH]\n",
                "\(mismatch.stderr)")
        #expect(!FileManager.default.fileExists(atPath: never))
    }

    /// `summary`'s note on a guessed period: seed 003's pandoc rendition has no dated title, so
    /// its period is read from the latest filled table column, 11/21
    /// (Tests/Golden/report/seeds/003-kymenlaakso-oma-arviointi-2021.pandoc.docx.yaml: "guessed: true").
    @Test func aSummaryNoteInFinnishAndSwedish() throws {
        let file = Self.seed("003-kymenlaakso-oma-arviointi-2021.pandoc.docx")
        let finnish = try ArvioBinary.run(["--lang", "fi", "summary", file, "--date", "2022-05-20"], environment: [:])
        #expect(finnish.status == 0, "\(finnish.stderr)")
        #expect(finnish.stderr.contains("arvio: Kausi 11/21 pääteltiin (viimeisin täytetty taulukon sarake 11/21); tarkista päiväysrivi.\n"), "\(finnish.stderr)")
        let swedish = try ArvioBinary.run(["summary", file, "--date", "2022-05-20"], environment: ArvioBinary.languageEnvironment(["LANG": "sv_FI.UTF-8"]))
        #expect(swedish.stderr.contains("arvio: Perioden 11/21 härleddes (den senast ifyllda tabellkolumnen 11/21); kontrollera datumraden.\n"), "\(swedish.stderr)")
        let english = try ArvioBinary.run(["summary", file, "--date", "2022-05-20"], environment: ArvioBinary.languageEnvironment(["LANG": "C.UTF-8"]))
        #expect(english.stderr.contains("arvio: The period 11/21 was inferred (latest filled table column 11/21); check the date line.\n"), "\(english.stderr)")
        #expect(finnish.stdout == english.stdout, "the summary itself is the report's own words in every language")
    }
}
