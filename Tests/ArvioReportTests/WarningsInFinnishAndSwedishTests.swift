import ArvioDevSupport
import ArvioMessages
import ArvioPackage
import Foundation
import Testing
@testable import ArvioReport
@testable import ArvioWordML

/// The report layer's warnings said in Finnish and Swedish, each made to happen on a seed with
/// one thing changed (as OmaArviointiTablesTests and ResultsAndPlanTablesTests change them) and
/// held to the words written by hand here. The place and row are the document's own words:
/// the caption or heading above the table (seed text, line named) and the row's first words.
/// English stays the library's line; where a test below quotes it, it is the line from before
/// the translation.
@Suite struct WarningsInFinnishAndSwedishTests {
    static func tables(_ document: WordDocument) -> [Int] {
        document.body.indices.filter { if case .table = document.body[$0] { true } else { false } }
    }

    static func edit(_ document: inout WordDocument, table index: Int, _ change: (inout Table) throws -> Void) rethrows {
        guard case .table(var table) = document.body[index] else { return }
        try change(&table)
        document.body[index] = .table(table)
    }

    static func setText(_ table: inout Table, row: Int, cell: Int, _ text: String) throws {
        let template = try #require(OmaArviointiTablesTests.firstParagraph(table.rows[row].cells[cell]))
        table.rows[row].cells[cell].blocks = [OmaArviointiTablesTests.paragraph(text, like: template)]
    }

    static func said(_ report: Report, _ code: ReportWarning.Code, containing english: String) throws -> ReportWarning {
        let found = report.warnings.filter { $0.code == code && $0.message.contains(english) }
        #expect(found.count == 1, "\(report.warnings.map(\.message))")
        return try #require(found.first)
    }

    // MARK: Seed 003: the indicator and readiness tables of goal 1

    /// The same two rows as `OmaArviointiTablesTests.unreadableRowsGoToWarningsAndRepeatedHeadersAreSkipped`:
    /// a row across goal 1's indicator table and a process goal without its number in goal 1's
    /// readiness table. The readiness table sits under "Tehdyt kehittämistoimenpiteet ja
    /// prosessitavoitteiden seurannan ja arvioinnin tulokset" (003:47, cut at 60 characters),
    /// the indicator table under "Hyötytavoitteiden seurannan ja arvioinnin tulokset".
    @Test func indicatorAndReadinessRows() throws {
        let file = "seeds/003-kymenlaakso-oma-arviointi-2021.word.docx"
        var document = try ReportCorpus.document(file)
        func tableIndex(_ header: String) -> Int? {
            Self.tables(document).first { index in
                guard case .table(let table) = document.body[index] else { return false }
                return table.rows.first?.cells.first.map { ContentBlock.cellTexts($0.blocks).first == header } ?? false
            }
        }
        let indicatorIndex = try #require(tableIndex("Hyötytavoite"))
        let readinessIndex = try #require(tableIndex("Prosessitavoite"))
        var indicatorRows = 0, readinessRows = 0
        try Self.edit(&document, table: indicatorIndex) { table in
            var across = table.rows[1]
            var wide = across.cells[1]
            wide.column = 0
            wide.columnSpan = table.grid.count
            wide.rowSpan = 1
            wide.verticalMerge = nil
            across.cells = [wide]
            table.rows.append(across)
            try? Self.setText(&table, row: table.rows.count - 1, cell: 0, "Huom! Mittarit päivitetään keväällä")
            indicatorRows = table.rows.count
        }
        try Self.edit(&document, table: readinessIndex) { table in
            table.rows.append(table.rows[2])
            try? Self.setText(&table, row: table.rows.count - 1, cell: 0, "Johtamisen kehittäminen")
            readinessRows = table.rows.count
        }
        let report = try ReportImporter.build(document, file: file, mappings: ReportCorpus.mappings)

        let metric = try Self.said(report, .table, containing: "has no metric cell of its own")
        #expect(metric.said[.fi] == "Mittaritaulukko otsikon ”Hyötytavoitteiden seurannan ja arvioinnin tulokset” alla (tavoite 1), rivi \(indicatorRows) (”Huom! Mittarit päivitetään keväällä”): rivillä ei ole omaa mittarisolua (koko taulukon levyinen rivi?); se on tallessa vain tekstinä.")
        #expect(metric.said[.sv] == "Indikatortabellen under ”Hyötytavoitteiden seurannan ja arvioinnin tulokset” (mål 1), rad \(indicatorRows) (”Huom! Mittarit päivitetään keväällä”): raden har ingen egen indikatorcell (en rad över hela tabellen?); den sparas bara som text.")
        #expect(metric.message == "The indicator table under “Hyötytavoitteiden seurannan ja arvioinnin tulokset” (goal 1): row \(indicatorRows) (“Huom! Mittarit päivitetään keväällä”) has no metric cell of its own (a row across the table?); kept as text only.")

        let number = try Self.said(report, .processGoal, containing: "has no process-goal number")
        #expect(number.said[.fi] == "Valmiusastetaulukko otsikon ”Tehdyt kehittämistoimenpiteet ja prosessitavoitteiden seura…” alla (tavoite 1), rivi \(readinessRows) (”Johtamisen kehittäminen”): prosessitavoitteella ei ole numeroa (”1.1 …”), joten Arvio ei löydä sen kuvausta. Numeroi se samoin kuin sen otsikko tekstissä.")
        #expect(number.said[.sv] == "Tabellen över beredskapsgrad under ”Tehdyt kehittämistoimenpiteet ja prosessitavoitteiden seura…” (mål 1), rad \(readinessRows) (”Johtamisen kehittäminen”): processmålet har inget nummer (”1.1 …”), så Arvio hittar inte dess beskrivning. Numrera det som dess rubrik i texten.")
    }

    /// Goal 1's readiness table with its period labels ("5/21" … "11/23", 003:63–68) blanked:
    /// nothing says which column is which period.
    @Test func readinessTableWithoutPeriodLabels() throws {
        let file = "seeds/003-kymenlaakso-oma-arviointi-2021.word.docx"
        var document = try ReportCorpus.document(file)
        let readinessIndex = try #require(Self.tables(document).first { index in
            guard case .table(let table) = document.body[index] else { return false }
            return table.rows.first?.cells.first.map { ContentBlock.cellTexts($0.blocks).first == "Prosessitavoite" } ?? false
        })
        try Self.edit(&document, table: readinessIndex) { table in
            for row in 0 ..< 2 {
                for cell in table.rows[row].cells.indices {
                    let text = ContentBlock.cellTexts(table.rows[row].cells[cell].blocks).joined()
                    if PeriodKey(notation: text.trimmingCharacters(in: .whitespaces)) != nil { try? Self.setText(&table, row: row, cell: cell, "Arvio") }
                }
            }
        }
        let report = try ReportImporter.build(document, file: file, mappings: ReportCorpus.mappings)
        let warning = try Self.said(report, .table, containing: "has no period labels")
        #expect(warning.said[.fi] == "Valmiusastetaulukko otsikon ”Tehdyt kehittämistoimenpiteet ja prosessitavoitteiden seura…” alla (tavoite 1): otsikkoriveillä ei ole kausien merkintöjä (”5/21”, ”11/21” …), joten sen arvoja ei lueta.")
        #expect(warning.said[.sv] == "Tabellen över beredskapsgrad under ”Tehdyt kehittämistoimenpiteet ja prosessitavoitteiden seura…” (mål 1): rubrikraderna har inga periodbeteckningar (”5/21”, ”11/21” …), så dess värden läses inte.")
    }

    /// Goal 1's readiness table with two of its period labels (003:63–68) written in ways Arvio
    /// does not read: "5/22" as "kesä 2022" (summer is no reporting period) and "11/22" as
    /// "10/2022" (the status month as a number). Each is named, in the coordinator's words, and
    /// the other four columns still read; the seed itself has no such warning.
    @Test func periodLikeHeaderCellsThatAreNotRead() throws {
        let file = "seeds/003-kymenlaakso-oma-arviointi-2021.word.docx"
        var document = try ReportCorpus.document(file)
        let seedReport = try ReportImporter.build(document, file: file, mappings: ReportCorpus.mappings)
        #expect(seedReport.warnings.filter { $0.code == .periodUnread }.isEmpty)
        let readinessIndex = try #require(Self.tables(document).first { index in
            guard case .table(let table) = document.body[index] else { return false }
            return table.rows.first?.cells.first.map { ContentBlock.cellTexts($0.blocks).first == "Prosessitavoite" } ?? false
        })
        try Self.edit(&document, table: readinessIndex) { table in
            for cell in table.rows[1].cells.indices {
                switch ContentBlock.cellTexts(table.rows[1].cells[cell].blocks).joined() {
                case "5/22": try Self.setText(&table, row: 1, cell: cell, "kesä 2022")
                case "11/22": try Self.setText(&table, row: 1, cell: cell, "10/2022")
                default: break
                }
            }
        }
        let report = try ReportImporter.build(document, file: file, mappings: ReportCorpus.mappings)
        let summer = try Self.said(report, .periodUnread, containing: "“kesä 2022”")
        #expect(summer.said[.fi] == "Valmiusastetaulukko otsikon ”Tehdyt kehittämistoimenpiteet ja prosessitavoitteiden seura…” alla (tavoite 1): otsikkosolua ”kesä 2022” ei tunnistettu kaudeksi, joten sen sarakkeen arvoja ei luettu raporttiin. Kirjoita kausi esimerkiksi ”5/22”, ”11/22”, ”Kevät 2022” tai ”Syksy 2022”.")
        #expect(summer.said[.sv] == "Tabellen över beredskapsgrad under ”Tehdyt kehittämistoimenpiteet ja prosessitavoitteiden seura…” (mål 1): rubrikcellen ”kesä 2022” kändes inte igen som en period, så kolumnens värden lästes inte in i rapporten. Skriv perioden till exempel ”5/22”, ”11/22”, ”Våren 2022” eller ”Hösten 2022”.")
        _ = try Self.said(report, .periodUnread, containing: "“10/2022”")
        #expect(report.warnings.filter { $0.code == .periodUnread }.count == 2)
        // 003:63–68: the other labels, 5/21, 11/21, 5/23 and 11/23, are read as before.
        let periods = Set(report.goals[0].processGoals.flatMap(\.readiness).map(\.period.columnLabel))
        #expect(periods == ["5/21", "11/21", "5/23", "11/23"])
    }

    // MARK: Seed 001: a problem → objective table

    /// Table 1 (001:46–49) without its first development-area row "Asiakasohjaus ja neuvonta":
    /// the problem and objective below it (001:51–52) come before any area.
    @Test func problemRowBeforeAnyArea() throws {
        let file = "seeds/001-ita-uusimaa-oma-arviointi-2021.word.docx"
        var document = try ReportCorpus.document(file)
        let first = try #require(Self.tables(document).first { index in
            guard case .table(let table) = document.body[index] else { return false }
            return table.rows.contains { $0.cells.contains { ContentBlock.cellTexts($0.blocks).first?.hasPrefix("Asiakasohjaus ja neuvonta") == true } }
        })
        Self.edit(&document, table: first) { table in
            table.rows.removeAll { $0.cells.count == 1 && ContentBlock.cellTexts($0.cells[0].blocks).first?.hasPrefix("Asiakasohjaus ja neuvonta") == true }
        }
        let report = try ReportImporter.build(document, file: file, mappings: ReportCorpus.mappings)
        let warning = try Self.said(report, .table, containing: "before any development-area row")
        #expect(warning.said[.fi] == "Ongelma → tavoite -taulukko ”Taulukko 1. Saatavuus, oikea-aikaisuus, jatkuvuus” (tavoite 1), rivi 3 (”Alueen kunnissa ei ole yhdenmukaista as…”) on ennen ensimmäistä kehittämiskokonaisuuden riviä (esim. ”Asiakasohjaus ja neuvonta”); se luettiin ilman kehittämiskokonaisuutta.")
        #expect(warning.said[.sv] == "Tabellen problem → mål ”Taulukko 1. Saatavuus, oikea-aikaisuus, jatkuvuus” (mål 1), rad 3 (”Alueen kunnissa ei ole yhdenmukaista as…”) står före den första raden för en utvecklingshelhet (t.ex. ”Asiakasohjaus ja neuvonta”); den lästes utan utvecklingshelhet.")
    }

    // MARK: Seed 002: the results table

    /// Table 3's header repeated after a page break and an empty row after it, as
    /// `ResultsAndPlanTablesTests.splitAndRepeatedHeadersAreNotDataRows` builds them: row 8 is
    /// empty, under "Kansalliset hyötytavoitteet" (002 §3.2, the last heading before the table).
    @Test func emptyResultsRow() throws {
        let file = "seeds/002-etela-pohjanmaa-loppuyhteenveto.word.docx"
        var document = try ReportCorpus.document(file)
        let third = Self.tables(document)[2]
        try Self.edit(&document, table: third) { table in
            var empty = table.rows[3]
            for cell in empty.cells.indices {
                empty.cells[cell].fill = nil
                let template = OmaArviointiTablesTests.firstParagraph(empty.cells[cell])
                empty.cells[cell].blocks = template.map { [OmaArviointiTablesTests.paragraph("", like: $0)] } ?? []
            }
            table.rows.insert(table.rows[0], at: 6)
            table.rows.insert(empty, at: 7)
        }
        let report = try ReportImporter.build(document, file: file, mappings: ReportCorpus.mappings)
        let warning = try Self.said(report, .table, containing: "is empty; skipped")
        #expect(warning.message == "The results table under “Kansalliset hyötytavoitteet”: row 8 is empty; skipped.")
        #expect(warning.said[.fi] == "Tulostaulukko otsikon ”Kansalliset hyötytavoitteet” alla, rivi 8 on tyhjä; se ohitettiin.")
        #expect(warning.said[.sv] == "Resultattabellen under ”Kansalliset hyötytavoitteet”, rad 8 är tom; den hoppades över.")
    }

    // MARK: Seed 004: the plan's results and risk tables

    /// "Taulukko 2" (004:465, the results table, 62 rows) without its first "TAVOITE 1: …" row:
    /// the 21 rows of goal 1 (DOMAIN §4.7: 21/8/6/18/3) are under no goal, the first of them
    /// "Asiakas- ja palveluohjauksen malli on luotu" (004:198).
    @Test func planRowsOutsideAGoal() throws {
        let file = "seeds/004-kanta-hame-hankesuunnitelma-2021.word.docx"
        var document = try ReportCorpus.document(file)
        let index = try #require(document.body.indices.first {
            if case .table(let table) = document.body[$0] { table.rows.count == 62 } else { false }
        })
        Self.edit(&document, table: index) { $0.rows.remove(at: 0) }
        let report = try ReportImporter.build(document, file: file, mappings: ReportCorpus.mappings)
        let warning = try Self.said(report, .table, containing: "not under a “TAVOITE n” row")
        #expect(warning.said[.fi] == "Tulostaulukko ”Taulukko 2 Hankkeen tulos- ja tuotostavoitteet sekä vaikutu…”: 21 riviä, ensimmäisenä rivi 2 (”Asiakas- ja palveluohjauksen malli on l…”), ei ole minkään ”TAVOITE n” -rivin alla; ne ovat tallessa vain tekstinä.")
        #expect(warning.said[.sv] == "Resultattabellen ”Taulukko 2 Hankkeen tulos- ja tuotostavoitteet sekä vaikutu…”: 21 rader, från rad 2 (”Asiakas- ja palveluohjauksen malli on l…”), står inte under någon ”TAVOITE n”-rad; de sparas bara som text.")
    }

    /// The risk table (004 "Taulukko 3", its caption below it at 004:556; DOMAIN §4.8): the first
    /// risk (004:498, row 3 after the header and the legend) with its likelihood written as a word,
    /// and an empty row at the end.
    @Test func riskTableRows() throws {
        let file = "seeds/004-kanta-hame-hankesuunnitelma-2021.word.docx"
        var document = try ReportCorpus.document(file)
        let index = try #require(Self.tables(document).first { index in
            guard case .table(let table) = document.body[index] else { return false }
            return ContentBlock.cellTexts(table.rows[0].cells[0].blocks).first == "Toiminnan kannalta merkitykselliset riskit"
        })
        var rows = 0
        try Self.edit(&document, table: index) { table in
            let first = try #require(table.rows.firstIndex { ContentBlock.cellTexts($0.cells[0].blocks).first?.hasPrefix("Toimintaympäristön muutoksen") == true })
            try Self.setText(&table, row: first, cell: 1, "suuri")
            var empty = table.rows[first]
            for cell in empty.cells.indices { try Self.setText(&empty, cell: cell) }
            table.rows.append(empty)
            rows = table.rows.count
        }
        let report = try ReportImporter.build(document, file: file, mappings: ReportCorpus.mappings)
        let score = try Self.said(report, .table, containing: "is not a number 1–5")
        let caption = "”Taulukko 3 Hankkeen toiminnan kannalta merkitykselliset ris…”"
        #expect(score.said[.fi] == "Riskitaulukko \(caption), rivi 3 (”Toimintaympäristön muutoksen vaikutukse…”): todennäköisyyden arvo ”suuri” ei ole luku 1–5; se on tallessa sellaisenaan.")
        #expect(score.said[.sv] == "Risktabellen \(caption), rad 3 (”Toimintaympäristön muutoksen vaikutukse…”): sannolikhetsvärdet ”suuri” är inte ett tal 1–5; det sparas som det är skrivet.")
        #expect(score.message == "The risk table “Taulukko 3 Hankkeen toiminnan kannalta merkitykselliset ris…”: row 3 (“Toimintaympäristön muutoksen vaikutukse…”): todennäköisyys “suuri” is not a number 1–5; kept as written.")
        let empty = try Self.said(report, .table, containing: "is empty; skipped")
        #expect(empty.said[.fi] == "Riskitaulukko \(caption), rivi \(rows) on tyhjä; se ohitettiin.")
        #expect(empty.said[.sv] == "Risktabellen \(caption), rad \(rows) är tom; den hoppades över.")
    }

    // MARK: The other table warnings, phrase by phrase

    /// The table warnings no seed edit above makes, each with a place and row as the readers
    /// give them (a heading above the table in goal 2, row 5 with its first words), said in
    /// Finnish and Swedish as written here.
    @Test func theOtherTableWarnings() {
        let place = WarningPhrase.placeInGoal.with(parts: ["place": WarningPhrase.placeUnder.with(["heading": "Kehittämistoiminnan valmiusaste"]),
                                                           "goal": .verbatim("2")])
        let row = WarningPhrase.rowWords.with(["number": "5", "words": "2.3 Perhekeskus"])
        func said(_ phrase: WarningPhrase, _ table: WarningPhrase? = nil, _ more: [String: Message] = [:]) -> Message {
            var parts = more
            parts["place"] = place
            parts["row"] = row
            if let table { parts["table"] = table.message }
            return phrase.with(parts: parts)
        }
        let under = "otsikon ”Kehittämistoiminnan valmiusaste” alla (tavoite 2)"
        let underSv = "under ”Kehittämistoiminnan valmiusaste” (mål 2)"
        let cases: [(Message, fi: String, sv: String)] = [
            (said(.tableOutsideGoal, .readinessTable),
             "Valmiusastetaulukko \(under) on kansallisten tavoitteiden ulkopuolella; sen rivit ovat tallessa vain tekstinä.",
             "Tabellen över beredskapsgrad \(underSv) står utanför de nationella målen; dess rader sparas bara som text."),
            (said(.tableOutsideGoal, .indicatorTable),
             "Mittaritaulukko \(under) on kansallisten tavoitteiden ulkopuolella; sen rivit ovat tallessa vain tekstinä.",
             "Indikatortabellen \(underSv) står utanför de nationella målen; dess rader sparas bara som text."),
            (said(.tableOutsideGoal, .problemTable),
             "Ongelma → tavoite -taulukko \(under) on kansallisten tavoitteiden ulkopuolella; sen rivit ovat tallessa vain tekstinä.",
             "Tabellen problem → mål \(underSv) står utanför de nationella målen; dess rader sparas bara som text."),
            (said(.noCellUnder, .problemTable, ["column": .verbatim("Keskeinen todennettu ongelma")]),
             "Ongelma → tavoite -taulukko \(under), rivi 5 (”2.3 Perhekeskus”): sarakkeessa ”Keskeinen todennettu ongelma” ei ole solua; rivi on tallessa vain tekstinä.",
             "Tabellen problem → mål \(underSv), rad 5 (”2.3 Perhekeskus”): ingen cell under ”Keskeinen todennettu ongelma”; raden sparas bara som text."),
            (said(.readinessAcross),
             "Valmiusastetaulukko \(under), rivi 5 (”2.3 Perhekeskus”) on yksi koko taulukon levyinen solu eikä prosessitavoite; se on tallessa vain tekstinä.",
             "Tabellen över beredskapsgrad \(underSv), rad 5 (”2.3 Perhekeskus”) är en enda cell över hela tabellen, inte ett processmål; den sparas bara som text."),
            (said(.indicatorNoPeriods),
             "Mittaritaulukko \(under): otsikkoriveillä ei ole kausien merkintöjä (”5/21”, ”11/21” …), joten vain lähtötilanteet luetaan.",
             "Indikatortabellen \(underSv): rubrikraderna har inga periodbeteckningar (”5/21”, ”11/21” …), så bara utgångslägena läses."),
            (said(.problemRowsBeforeArea, nil, ["count": .verbatim("3")]),
             "Ongelma → tavoite -taulukko \(under): 3 riviä, ensimmäisenä rivi 5 (”2.3 Perhekeskus”), on ennen ensimmäistä kehittämiskokonaisuuden riviä (esim. ”Asiakasohjaus ja neuvonta”); ne luettiin ilman kehittämiskokonaisuutta.",
             "Tabellen problem → mål \(underSv): 3 rader, från rad 5 (”2.3 Perhekeskus”), står före den första raden för en utvecklingshelhet (t.ex. ”Asiakasohjaus ja neuvonta”); de lästes utan utvecklingshelhet."),
            (said(.planGroupNoGoal),
             "Tulostaulukko \(under), rivi 5 (”2.3 Perhekeskus”) on ryhmän otsikkorivi, mutta se ei nimeä kansallista tavoitetta (TAVOITE 1–5); ryhmän rivit ovat tallessa vain tekstinä.",
             "Resultattabellen \(underSv), rad 5 (”2.3 Perhekeskus”) är rubrik för en grupp men anger inget nationellt mål (TAVOITE 1–5); gruppens rader sparas bara som text."),
            (said(.planRowNoGoal),
             "Tulostaulukko \(under), rivi 5 (”2.3 Perhekeskus”) ei ole minkään ”TAVOITE n” -rivin alla; se on tallessa vain tekstinä.",
             "Resultattabellen \(underSv), rad 5 (”2.3 Perhekeskus”) står inte under någon ”TAVOITE n”-rad; den sparas bara som text."),
            (said(.rowBeforeHeader, .resultsTable),
             "Tulostaulukko \(under), rivi 5 (”2.3 Perhekeskus”) on ennen otsikkoriviä; se on tallessa vain tekstinä.",
             "Resultattabellen \(underSv), rad 5 (”2.3 Perhekeskus”) står före rubrikraden; den sparas bara som text."),
            (said(.rowBeforeHeader, .riskTable),
             "Riskitaulukko \(under), rivi 5 (”2.3 Perhekeskus”) on ennen otsikkoriviä; se on tallessa vain tekstinä.",
             "Risktabellen \(underSv), rad 5 (”2.3 Perhekeskus”) står före rubrikraden; den sparas bara som text."),
            (said(.riskNotScore, nil, ["name": WarningPhrase.riskSeverity.message, "raw": .verbatim("korkea")]),
             "Riskitaulukko \(under), rivi 5 (”2.3 Perhekeskus”): vakavuuden arvo ”korkea” ei ole luku 1–5; se on tallessa sellaisenaan.",
             "Risktabellen \(underSv), rad 5 (”2.3 Perhekeskus”): allvarlighetsvärdet ”korkea” är inte ett tal 1–5; det sparas som det är skrivet."),
            (said(.annexNotUnderLiite),
             "Liitetaulukko \(under) ei ole ”Liite”-otsikon alla; sen rivit ovat tallessa vain tekstinä.",
             "Bilagetabellen \(underSv) står inte under en ”Liite”-rubrik; dess rader sparas bara som text."),
            (said(.annexOutsideColumns),
             "Liitetaulukko \(under), rivi 5 (”2.3 Perhekeskus”): rivillä on tekstiä otsikkorivin sarakkeiden ulkopuolella; se teksti on tallessa vain taulukossa.",
             "Bilagetabellen \(underSv), rad 5 (”2.3 Perhekeskus”): raden har text utanför rubrikradens kolumner; den texten sparas bara i tabellen."),
            (WarningPhrase.annexSecondTable.with(["title": "Liite 1; Täydennyshaun mukaiset prosessitavoitteiden mittarit."]),
             "Liitteessä ”Liite 1; Täydennyshaun mukaiset prosessitavoitteiden mittarit.” on toinen taulukko, jossa on eri sarakkeet; sen rivit ovat tallessa vain tekstinä.",
             "Bilagan ”Liite 1; Täydennyshaun mukaiset prosessitavoitteiden mittarit.” har en andra tabell med andra kolumner; dess rader sparas bara som text."),
        ]
        for (message, fi, sv) in cases {
            #expect(message[.fi] == fi)
            #expect(message[.sv] == sv)
        }
        // The file kinds imported content is named by.
        #expect(ReadingNoteWarning.format("docx")[.fi] == "Word-asiakirja")
        #expect(ReadingNoteWarning.format("docx")[.sv] == "ett Word-dokument")
        #expect(ReadingNoteWarning.format("mht")[.fi] == "verkkoarkisto, MHT")
        #expect(ReadingNoteWarning.format("mht")[.sv] == "ett webbarkiv, MHT")
        #expect(ReadingNoteWarning.format("txt")[.fi] == "pelkkää tekstiä")
        #expect(ReadingNoteWarning.format("txt")[.sv] == "ren text")
    }

    // MARK: Lines set like headings

    /// HeadingsByLookTests' plan: "5.1 Uusi kokeilu" in bold under "3 Toimenpiteet" is no
    /// heading of the template and does not continue "3".
    @Test func oneUnsureHeading() throws {
        var body = HeadingsByLookTests.plan
        body.insert(HeadingsByLookTests.line("5.1 Uusi kokeilu", bold: true), at: 6)
        let report = try HeadingsByLookTests.read(body, mapping: "hankesuunnitelma-2021")
        let warning = try #require(report.warnings.first { $0.code == .headingUnsure })
        #expect(warning.message == "1 line is set like a heading (bold or larger, numbered) but is no heading of the template, so Arvio read it as text: “5.1 Uusi kokeilu” (under “3 Toimenpiteet”). If one is a heading, give it a heading style (Otsikko 1, 2, …) or the template's wording.")
        #expect(warning.said[.fi] == "Yksi rivi on muotoiltu kuin otsikko (lihavoitu tai isompi, numeroitu), mutta se ei ole mikään pohjan otsikoista, joten Arvio luki sen tekstinä: ”5.1 Uusi kokeilu” (otsikon ”3 Toimenpiteet” alla). Jos se on otsikko, anna sille otsikkotyyli (Otsikko 1, 2, …) tai pohjan sanamuoto.")
        #expect(warning.said[.sv] == "En rad är formaterad som en rubrik (fet eller större, numrerad) men är ingen av mallens rubriker, så Arvio läste den som text: ”5.1 Uusi kokeilu” (under ”3 Toimenpiteet”). Om den är en rubrik, ge den ett rubrikformat (Rubrik 1, 2, …) eller mallens formulering.")
    }

    /// Five such lines: the first three named, the rest counted.
    @Test func manyUnsureHeadings() throws {
        var body = HeadingsByLookTests.plan
        for (offset, text) in ["5.1 Uusi kokeilu", "5.2 Toinen kokeilu", "5.3 Kolmas kokeilu", "5.4 Neljäs", "5.5 Viides"].enumerated() {
            body.insert(HeadingsByLookTests.line(text, bold: true), at: 6 + offset)
        }
        let report = try HeadingsByLookTests.read(body, mapping: "hankesuunnitelma-2021")
        let warning = try #require(report.warnings.first { $0.code == .headingUnsure })
        let named = "”5.1 Uusi kokeilu” (otsikon ”3 Toimenpiteet” alla), ”5.2 Toinen kokeilu” (otsikon ”3 Toimenpiteet” alla), ”5.3 Kolmas kokeilu” (otsikon ”3 Toimenpiteet” alla)"
        #expect(warning.said[.fi] == "5 riviä on muotoiltu kuin otsikot (lihavoitu tai isompi, numeroitu), mutta ne eivät ole pohjan otsikoita, joten Arvio luki ne tekstinä: \(named) ja 2 muuta. Jos jokin niistä on otsikko, anna sille otsikkotyyli (Otsikko 1, 2, …) tai pohjan sanamuoto.")
        #expect(warning.said[.sv].hasPrefix("5 rader är formaterade som rubriker (feta eller större, numrerade) men är inga av mallens rubriker, så Arvio läste dem som text: ”5.1 Uusi kokeilu” (under ”3 Toimenpiteet”), "),
                "\(warning.said[.sv])")
        #expect(warning.said[.sv].contains("(under ”3 Toimenpiteet”) och 2 till. Om någon av dem är en rubrik, ge den ett rubrikformat"), "\(warning.said[.sv])")
        #expect(warning.message.contains("(under “3 Toimenpiteet”) and 2 more. If one is a heading"), "\(warning.message)")
    }

    /// An oma-arviointi with its title only (001's, as HeadingsByLookTests builds it) has none of
    /// the five goals; their titles (DOMAIN §2) are quoted the language's way.
    @Test func missingGoalsQuotedTheLanguagesWay() throws {
        let report = try HeadingsByLookTests.read([
            HeadingsByLookTests.line("Oma-arviointi", bold: true, size: 36),
            HeadingsByLookTests.line(HeadingsByLookTests.itaUusimaa, size: 26, style: "Subtitle"),
        ], mapping: "thl-oma-arviointi-2021-kevat")
        let warning = try #require(report.warnings.first { $0.code == .missingGoal })
        #expect(warning.said[.fi].hasPrefix("Kansallisia tavoitteita 1, 2, 3, 4, 5 ei löytynyt: mikään otsikko ei mainitse niitä (”Palveluiden yhdenvertaisen saatavuuden, oikea-aikaisuuden ja jatkuvuuden parantaminen”, ”Toiminnan painotuksen"),
                "\(warning.said[.fi])")
        #expect(warning.said[.sv].hasSuffix(", ”Kustannusten nousun hillitseminen”)."), "\(warning.said[.sv])")
        #expect(warning.message.hasSuffix(", “Kustannusten nousun hillitseminen”)."), "\(warning.message)")
    }

    // MARK: What the Word reader could not read

    /// Apache POI's stress012.docx imports an HTML file (word/afchunk.htm, relationship
    /// AltChunkId1) with only an empty paragraph before it.
    @Test func importedContentInPlainWords() throws {
        let report = try ReportCorpus.report("external/apache-poi/stress012.docx")
        let warning = try #require(report.warnings.first { $0.code == .notRead })
        #expect(warning.message == "Content imported into the document from another file (a web page, HTML) is not read. Open the document in Word and save it again, so the content becomes part of it.")
        #expect(warning.said[.fi] == "Toisesta tiedostosta asiakirjaan tuotua sisältöä (verkkosivu, HTML) ei lueta. Avaa asiakirja Wordissa ja tallenna se uudelleen, niin sisältö tulee osaksi asiakirjaa.")
        #expect(warning.said[.sv] == "Innehåll som importerats till dokumentet från en annan fil (en webbsida, HTML) läses inte. Öppna dokumentet i Word och spara det igen, så att innehållet blir en del av det.")
        for language in Language.allCases {
            #expect(!warning.said[language].contains("word/") && !warning.said[language].contains("line 1"), "\(warning.said[language])")
        }
    }

    /// stress012 with a paragraph of text before the imported content: the warning says where
    /// the content stands by that text.
    @Test func importedContentNamedByTheTextBeforeIt() throws {
        let source = ReportCorpus.path("external/apache-poi/stress012.docx")
        let package = try WordPackage.open(source)
        let xml = String(decoding: try package.bytes(of: package.mainPart), as: UTF8.self)
        let edited = xml.replacingOccurrences(of: "<w:p><w:r><w:t></w:t></w:r></w:p>",
                                              with: "<w:p><w:r><w:t>Liite 3: kuntakyselyn tulokset</w:t></w:r></w:p>")
        #expect(edited != xml)
        let path = ScratchFolder.url("altchunk-after").appendingPathExtension("docx").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try PackageWriter.write(from: source, to: path, replacements: [package.mainPart: Array(edited.utf8)])
        let report = try ReportImporter.importReport(path, mappings: ReportCorpus.mappings)
        let warning = try #require(report.warnings.first { $0.code == .notRead })
        #expect(warning.said[.fi] == "Toisesta tiedostosta asiakirjaan tuotua sisältöä (verkkosivu, HTML) kohdan ”Liite 3: kuntakyselyn tulokset” jälkeen ei lueta. Avaa asiakirja Wordissa ja tallenna se uudelleen, niin sisältö tulee osaksi asiakirjaa.")
        #expect(warning.said[.sv] == "Innehåll som importerats till dokumentet från en annan fil (en webbsida, HTML) efter ”Liite 3: kuntakyselyn tulokset” läses inte. Öppna dokumentet i Word och spara det igen, så att innehållet blir en del av det.")
    }

    /// The notes as the reader makes them (PartReader, DocxReader), each said without its part and line.
    @Test func readingNotesInEachLanguage() {
        let rtf = ReadingNoteWarning.warning(ReadingNote(.notRead, "word/document.xml line 12: imported content (altChunk, relationship rId9) is not read",
                                                         subject: .importedContent(fileExtension: "rtf", after: "Liite 3: kuntakyselyn tulokset")))
        #expect(rtf.code == .notRead)
        #expect(rtf.said[.fi] == "Toisesta tiedostosta asiakirjaan tuotua sisältöä (RTF-asiakirja) kohdan ”Liite 3: kuntakyselyn tulokset” jälkeen ei lueta. Avaa asiakirja Wordissa ja tallenna se uudelleen, niin sisältö tulee osaksi asiakirjaa.")
        #expect(rtf.said[.sv] == "Innehåll som importerats till dokumentet från en annan fil (ett RTF-dokument) efter ”Liite 3: kuntakyselyn tulokset” läses inte. Öppna dokumentet i Word och spara det igen, så att innehållet blir en del av det.")
        #expect(rtf.message == "Content imported into the document from another file (an RTF document) after “Liite 3: kuntakyselyn tulokset” is not read. Open the document in Word and save it again, so the content becomes part of it.")

        let odd = ReadingNoteWarning.warning(ReadingNote(.notRead, "x", subject: .importedContent(fileExtension: "odt", after: nil)))
        #expect(odd.said[.fi].hasPrefix("Toisesta tiedostosta asiakirjaan tuotua sisältöä (.odt-tiedosto) ei lueta."))
        #expect(odd.said[.sv].hasPrefix("Innehåll som importerats till dokumentet från en annan fil (en .odt-fil) läses inte."))
        let missing = ReadingNoteWarning.warning(ReadingNote(.notRead, "x", subject: .importedContent(fileExtension: nil, after: nil)))
        #expect(missing.said[.fi].hasPrefix("Toisesta tiedostosta asiakirjaan tuotua sisältöä (tuntematonta tyyppiä) ei lueta."))

        let element = ReadingNoteWarning.warning(ReadingNote(.unsupported, "word/document.xml line 40: text inside unsupported <w:foo> kept as a paragraph",
                                                             subject: .unknownElement(name: "w:foo", text: "Hankkeen ohjausryhmä kokoontuu kuukausittain.")))
        #expect(element.code == .unsupported)
        #expect(element.said[.fi] == "Tuntemattoman elementin (<w:foo>) sisällä oleva teksti on tallessa omana kappaleenaan: ”Hankkeen ohjausryhmä kokoontuu kuukausittain.”.")
        #expect(element.said[.sv] == "Text i ett element som Arvio inte känner till (<w:foo>) sparas som ett eget stycke: ”Hankkeen ohjausryhmä kokoontuu kuukausittain.”.")

        let theme = ReadingNoteWarning.warning(ReadingNote(.partNotRead, "word/theme/theme1.xml (the theme) could not be read; theme colours are taken as Word last saved them",
                                                           subject: .theme))
        #expect(theme.code == .notRead)
        #expect(theme.said[.fi] == "Asiakirjan teemaa ei voitu lukea; teemavärit on otettu sellaisina kuin Word ne viimeksi tallensi.")
        #expect(theme.said[.sv] == "Dokumentets tema kunde inte läsas; temafärgerna tas som Word senast sparade dem.")
        #expect(!theme.message.contains("word/theme"))
    }

    // MARK: inspect's reason after an unplaced text

    /// Seed 002 keeps two decoration texts unplaced (Tests/Golden/report/seeds/002-…word.docx.yaml:
    /// "Sote-udistus" and "Etelä-Pohjanmaa Tulevaisuuden sote-keskus", logo text the mapping ignores).
    @Test func inspectSaysWhyATextIsUnplaced() throws {
        let report = try ReportCorpus.report("seeds/002-etela-pohjanmaa-loppuyhteenveto.word.docx")
        let finnish = InspectRenderer.render(report, language: .fi).split(separator: "\n").map(String.init)
        #expect(finnish.contains("  ”Sote-udistus” — koriste, jonka säännöt ohittavat (logon tai tekstiruudun teksti)"), "\(finnish.suffix(4))")
        let swedish = InspectRenderer.render(report, language: .sv).split(separator: "\n").map(String.init)
        #expect(swedish.contains("  ”Sote-udistus” — dekoration som reglerna hoppar över (text i en logotyp eller textruta)"), "\(swedish.suffix(4))")
        let english = InspectRenderer.render(report, language: .en).split(separator: "\n").map(String.init)
        #expect(english.contains("  “Sote-udistus” — decoration the mapping ignores (logo or text-box text)"), "\(english.suffix(4))")
        // The YAML keeps the English reason, as before.
        #expect(report.unmapped.first?.reason == "decoration the mapping ignores (logo or text-box text)")
    }
}

private extension WarningsInFinnishAndSwedishTests {
    /// Empties one cell of a row (no text, no shading).
    static func setText(_ row: inout TableRow, cell: Int) throws {
        row.cells[cell].fill = nil
        let template = try #require(OmaArviointiTablesTests.firstParagraph(row.cells[cell]))
        row.cells[cell].blocks = [OmaArviointiTablesTests.paragraph("", like: template)]
    }
}
