import Testing
@testable import ArvioReport
import ArvioMessages

/// `arvio check` flags an indicator whose baseline ("Lähtötila") cell is empty. Seed 003
/// (../shared/seeds/003) has 24 indicator rows; 22 baselines are written ("9,4 %", "-",
/// "Lähtötasoa ei saatavilla, …") and two are empty: 003:764 "Konsultaatioiden määrä
/// erityistasolle / Kontaktien määrä perustasolla" under goal 4's "Yhteistyö erityistason
/// palveluiden ja muiden sidosryhmien kanssa tiivistyy ja syventyy." (003:763), and 003:827
/// "Etävastaanotot / Kaikki vastaanotot %" under goal 5's "Kustannuskehitys saadaan leikattua
/// THL:n arviosta …".
@Suite struct BaselineCheckTests {
    static let file = "seeds/003-kymenlaakso-oma-arviointi-2021.word.docx"

    @Test func seed003FlagsItsTwoEmptyBaselinesOnly() throws {
        let report = try ReportCorpus.report(Self.file)
        #expect(report.goals.flatMap(\.indicators).count == 24)
        let findings = ReviewCheck.review(report).filter { $0.rule == "baseline-empty" }
        #expect(findings.count == 2, "\(findings)")
        #expect(findings.map(\.goal) == [4, 5])
        #expect(findings.allSatisfy { $0.severity == .fix && $0.place == "indicator table" })
        #expect(findings.first?.message == "the baseline of indicator “Konsultaatioiden määrä erityistasolle /…” is empty (benefit goal “Yhteistyö erityistason palveluiden ja m…”)")
        #expect(findings.first?.says[.fi] == "mittarin ”Konsultaatioiden määrä erityistasolle /…” lähtötila on tyhjä (hyötytavoite ”Yhteistyö erityistason palveluiden ja m…”)")
        #expect(findings.first?.says[.sv] == "utgångsläget för indikatorn ”Konsultaatioiden määrä erityistasolle /…” är tomt (nyttomål ”Yhteistyö erityistason palveluiden ja m…”)")
        #expect(findings.last?.message.hasPrefix("the baseline of indicator “Etävastaanotot / Kaikki vastaanotot %”") == true, "\(findings)")
        #expect(findings.last?.message.contains("(benefit goal “Kustannuskehitys saadaan leikattua THL:…”)") == true, "\(findings)")
    }

    /// The same report with those two baselines written: no baseline finding at all.
    @Test func seed003WithEveryBaselineWrittenHasNone() throws {
        var report = try ReportCorpus.report(Self.file)
        for goal in report.goals.indices {
            for row in report.goals[goal].indicators.indices where report.goals[goal].indicators[row].baseline?.text.allSatisfy(\.isWhitespace) == true {
                report.goals[goal].indicators[row].baseline = CellValue(raw: ["12 %"])
            }
        }
        #expect(ReviewCheck.review(report).filter { $0.rule == "baseline-empty" }.isEmpty)
    }

    /// A table without a Lähtötila column (no baseline read at all) is not an empty baseline.
    @Test func noBaselineColumnIsNoFinding() throws {
        var report = try ReportCorpus.report(Self.file)
        for goal in report.goals.indices {
            for row in report.goals[goal].indicators.indices { report.goals[goal].indicators[row].baseline = nil }
        }
        #expect(ReviewCheck.review(report).filter { $0.rule == "baseline-empty" }.isEmpty)
    }
}
