import Foundation
import Testing
@testable import ArvioNext
import ArvioPackage
import ArvioReport
import ArvioWordML

/// `next` of `next` never writes a period's dated entries twice. Expected counts come from the
/// seeds (DOMAIN §3.2), not from Arvio: `NextCorpus.entriesBySeed`, counted by hand in the seeds'
/// text (000: 9, 001: 10, 003: 28, with the lines they come from).
@Suite struct NextOfNextTests {
    static func expectedEntries(_ name: String) throws -> Int {
        try #require(NextCorpus.entriesBySeed[String(name.prefix(3))], "\(name): no hand count for its seed")
    }

    /// Dated entries of `period` in every period section of a report.
    static func entries(_ report: Report, _ period: PeriodKey) -> Int {
        PeriodSections.all(report).reduce(0) { count, section in count + section.entries.filter { $0.period == period }.count }
    }

    @Test func everyOmaArviointiRenditionIsHere() {
        #expect(NextCorpus.reports.count == 9, "\(NextCorpus.reports)")
    }

    @Test(arguments: NextCorpus.reports) func nextOfNextNeverRepeatsAPeriodsEntries(_ name: String) throws {
        let first = try NextCorpus.run(name)
        let period = first.outcome.period
        let expected = try Self.expectedEntries(name)
        #expect(Self.entries(first.after, period) == expected, "\(name): first next")

        // The second `next`, on the first one's output.
        let document = try DocxReader.read(first.output)
        let report = try ReportImporter.build(document, file: first.output, mappings: NextCorpus.mappings)
        do {
            let second = try NextPeriod.prepare(file: first.output, document: document, report: report, updates: nil, options: NextOptions())
            #expect(second.period > period, "\(name): the second next prepares \(second.period) after \(period)")
            let output = NextCorpus.temporaryFolder().appendingPathComponent("second-" + name).path
            try PackageWriter.write(from: first.output, to: output, replacements: second.replacements)
            let after = try ReportImporter.importReport(output, mappings: NextCorpus.mappings, mappingName: report.mapping)
            #expect(Self.entries(after, period) == expected, "\(name): \(period) entries written again")
            #expect(Self.entries(after, second.period) == expected, "\(name): \(second.period) entries")
        } catch let failure as NextFailure {
            // Only a guessed period may be refused, and only because its next period is written already.
            #expect(report.period?.guessed == true, "\(name): refused \(failure) although the period was stated")
            #expect(failure == .periodGuessed(guess: report.period!.period, period: period, entries: expected,
                                              evidence: report.period!.evidence), "\(name)")
        }
    }

    /// 003's pandoc rendition has no title, header or File > Info: its period is guessed from the
    /// readiness tables' last filled column (11/21, 003:61–113), so a second `next` would add the
    /// 28 "Huhtikuu 2022:" entries again; it is refused with its own code, and with --period it
    /// prepares the period after.
    @Test func aGuessedPeriodThatWouldRepeatIsRefused() throws {
        let name = "003-kymenlaakso-oma-arviointi-2021.pandoc.docx"
        let first = try NextCorpus.run(name)
        let document = try DocxReader.read(first.output)
        let report = try ReportImporter.build(document, file: first.output, mappings: NextCorpus.mappings)
        #expect(report.period?.guessed == true && report.period?.period == PeriodKey(year: 2021, half: .autumn))
        let april2022 = PeriodKey(year: 2022, half: .spring)
        #expect(throws: NextFailure.periodGuessed(guess: PeriodKey(year: 2021, half: .autumn), period: april2022, entries: 28,
                                                  evidence: report.period!.evidence)) {
            try NextPeriod.prepare(file: first.output, document: document, report: report, updates: nil, options: NextOptions())
        }
        let failure = NextFailure.periodGuessed(guess: PeriodKey(year: 2021, half: .autumn), period: april2022, entries: 28, evidence: "x")
        #expect(failure.code == "ARVIO-NEXT-PERIOD-GUESSED" && failure.exitCode == 35)
        #expect(!failure.message(file: "r.docx").contains("\n"))
        // Asked for the period that is written already: refused too, never written twice.
        #expect(throws: NextFailure.entriesWritten(april2022, entries: 28)) {
            try NextPeriod.prepare(file: first.output, document: document, report: report, updates: nil,
                                   options: NextOptions(period: april2022))
        }
        // Told the next one, it prepares it.
        let october2022 = PeriodKey(year: 2022, half: .autumn)
        let outcome = try NextPeriod.prepare(file: first.output, document: document, report: report, updates: nil,
                                             options: NextOptions(period: october2022))
        #expect(outcome.period == october2022)
    }
}
