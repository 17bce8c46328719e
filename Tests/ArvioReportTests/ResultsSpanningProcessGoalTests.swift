import Testing
@testable import ArvioReport
import ArvioWordML

/// Seed 002's results table (../shared/seeds/002, DOMAIN §4.4): two rows open with one cell
/// spanning "Hankkeen tulostavoite" and "Prosessitavoite" (MANIFEST notes: "Tulostavoite+
/// Prosessitavoite when the first field is non-empty"). The seed text lists them among the rows
/// of an outcome goal written above them, and DOMAIN §4.4 counts them as none of the eight
/// outcome goals (l.39, 40, 58, 72, 94, 107, 116, 125), so each is a process goal of the
/// outcome goal above:
/// - l.44 "Sovitut palvelut ovat tarjolla ilta- ja viikonloppuaikaan." under l.40 "Kiireettömään
///   hoitoon ja palveluun pääsee 7 vuorokaudessa. Hoidon ja palvelun jatkuvuus on turvattu.";
/// - l.79 "Perhekeskuksen ja sivistystoimen yhteistyöryhmätoiminta on syventynyt" under l.72
///   "Lasten, nuorten ja perheiden palvelut ovat yhtenäiset ja riittävät.".
@Suite struct ResultsSpanningProcessGoalTests {
    static let sovitut = "Sovitut palvelut ovat tarjolla ilta- ja viikonloppuaikaan."
    static let perhekeskuksen = "Perhekeskuksen ja sivistystoimen yhteistyöryhmätoiminta on syventynyt"
    static let kiireettomaan = "Kiireettömään hoitoon ja palveluun pääsee 7 vuorokaudessa. Hoidon ja palvelun jatkuvuus on turvattu."
    static let lasten = "Lasten, nuorten ja perheiden palvelut ovat yhtenäiset ja riittävät."

    /// The renditions that keep the span (`w:gridSpan="2"`); pandoc's drops it (see
    /// `ResultsAndPlanTablesTests.sixtyRowsUnderEightOutcomeGoals`).
    @Test(arguments: ["word", "libreoffice"])
    func spanningProcessGoalsHaveTheOutcomeGoalAbove(_ rendition: String) throws {
        let report = try ReportCorpus.report("seeds/002-etela-pohjanmaa-loppuyhteenveto.\(rendition).docx")
        let sovitut = try #require(report.results.first { $0.processGoal == [Self.sovitut] })
        #expect(sovitut.outcomeGoal == [Self.kiireettomaan])
        #expect(sovitut.outcomeGoalFromAbove == true)
        // l.44's own cells: action, national goals, metric.
        #expect(sovitut.action == ["Palveluaikojen laajentaminen ilta- ja viikonloppuvastaanottoihin."])
        #expect(sovitut.nationalGoalsRaw == "1, 3, 4,")
        #expect(sovitut.metrics == ["Virka-ajan ulkopuolisten vastaanottojen määrä."])
        let perhekeskuksen = try #require(report.results.first { $0.processGoal == [Self.perhekeskuksen] })
        #expect(perhekeskuksen.outcomeGoal == [Self.lasten])
        #expect(perhekeskuksen.outcomeGoalFromAbove == true)
        #expect(perhekeskuksen.action == ["Yhteistyöryhmätoiminnan syventäminen sivistystoimen kanssa (varhaiskasvatus, perusopetus)"])
        // Every row of the table has an outcome goal now (60 rows, DOMAIN §4.4), and only these two
        // take theirs from above through a spanning cell.
        #expect(report.results.count == 60)
        #expect(report.results.allSatisfy { !$0.outcomeGoal.joined().isEmpty })
        #expect(report.results.filter { $0.outcomeGoalFromAbove == true }.map(\.processGoal) == [[Self.sovitut], [Self.perhekeskuksen]])
        #expect(!report.warnings.contains { $0.message.contains("spans the outcome-goal and process-goal columns") })
        #expect(!report.warnings.contains { $0.message.contains("has an outcome goal but no process goal") })
    }

    /// pandoc's rendition loses the span (MANIFEST: "gridSpan cells 0"): l.44 and l.79 stand in
    /// the outcome-goal column beside an empty process-goal cell, as l.39 "Alueella on yhtenäinen
    /// sote-keskuksen malli …" does of its own (the first row, no warning). The document no
    /// longer says which they are: they are read as written, and a warning names each row by its
    /// first words and the outcome goal above it.
    @Test func pandocsLostSpansAreNamedInWarnings() throws {
        let report = try ReportCorpus.report("seeds/002-etela-pohjanmaa-loppuyhteenveto.pandoc.docx")
        let warnings = report.warnings.filter { $0.code == .table && $0.message.contains("has an outcome goal but no process goal") }
        #expect(warnings.count == 2, "\(report.warnings.map(\.message))")
        #expect(warnings.first?.message.contains("row 7 (“Sovitut palvelut ovat tarjolla ilta- ja…”)") == true)
        #expect(warnings.first?.message.contains("below the rows of the outcome goal “Kiireettömään hoitoon ja palveluun pääsee 7 vuorokaudessa. …”") == true)
        #expect(warnings.first?.said[.fi].contains("rivi 7 (”Sovitut palvelut ovat tarjolla ilta- ja…”): rivillä on tulostavoite mutta ei prosessitavoitetta") == true)
        #expect(warnings.last?.message.contains("(“Perhekeskuksen ja sivistystoimen yhteis…”)") == true)
        #expect(warnings.last?.message.contains("“Lasten, nuorten ja perheiden palvelut ovat yhtenäiset ja ri…”") == true)
        let sovitut = try #require(report.results.first { $0.outcomeGoal == [Self.sovitut] })
        #expect(sovitut.outcomeGoalFromAbove == nil)
    }

    /// The first table without its rows l.39–43 (the two outcome goals above l.44): the spanning
    /// row is then the first data row, the document does not say its outcome goal, and a warning
    /// names the row by its first words.
    @Test func aSpanningFirstRowIsNamedInAWarning() throws {
        let file = "seeds/002-etela-pohjanmaa-loppuyhteenveto.word.docx"
        var document = try ReportCorpus.document(file)
        let first = try #require(WarningsInFinnishAndSwedishTests.tables(document).first)
        WarningsInFinnishAndSwedishTests.edit(&document, table: first) { table in
            table.rows.removeSubrange(1 ... 5)
        }
        let report = try ReportImporter.build(document, file: file, mappings: ReportCorpus.mappings)
        let sovitut = try #require(report.results.first { $0.processGoal == [Self.sovitut] })
        #expect(sovitut.outcomeGoal.isEmpty)
        let warning = try WarningsInFinnishAndSwedishTests.said(report, .table, containing: "spans the outcome-goal and process-goal columns")
        #expect(warning.message.contains("row 2 (“Sovitut palvelut ovat tarjolla ilta- ja…”)"))
        #expect(warning.said[.fi].contains("rivi 2 (”Sovitut palvelut ovat tarjolla ilta- ja…”)"))
        #expect(warning.said[.fi].contains("kattaa sekä tulostavoitteen että prosessitavoitteen sarakkeen"))
        // The rows after it, whose outcome cell is empty, are not given its process goal either.
        let palveluketjut = try #require(report.results.first { $0.processGoal.first?.hasPrefix("Yhteisesti sovitut palveluketjut") == true })
        #expect(palveluketjut.outcomeGoal.joined().isEmpty)
    }
}
