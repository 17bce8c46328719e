import Foundation
import Testing
@testable import ArvioReport
import ArvioWordML

/// Nothing is lost: every paragraph of the body (tables and text boxes included) lands in the
/// report, in a canonical field or in `unmapped`, as often as it occurs in the document.
@Suite struct CoverageTests {
    @Test(arguments: ReportCorpus.allFiles) func everyParagraphLandsInTheReport(_ file: String) throws {
        let document = try ReportCorpus.document(file)
        let report = try ReportImporter.build(document, file: file, mappings: ReportCorpus.mappings)
        var available: [String: Int] = [:]
        for text in ReportTexts.all(report) { available[text, default: 0] += 1 }
        var missing: [String] = []
        for text in TreeText.paragraphs(document.body) where !text.isEmpty {
            if let count = available[text], count > 0 { available[text] = count - 1 } else { missing.append(text) }
        }
        #expect(missing.isEmpty, "\(file): \(missing.count) paragraphs missing, first: \(missing.first ?? "")")
        #expect(report.coverage.bodyCharacters == report.coverage.canonicalCharacters + report.coverage.unmappedCharacters)
    }

    /// The importer counts block characters while placing blocks; counting them afresh from the
    /// document tree gives the same coverage.
    @Test(arguments: ReportCorpus.seedFiles) func coverageCountedWhilePlacingEqualsACountFromTheTree(_ file: String) throws {
        let document = try ReportCorpus.document(file)
        let report = try ReportImporter.build(document, file: file, mappings: ReportCorpus.mappings)
        #expect(report.coverage == CoverageCounter.count(document: document, report: report))
    }

    /// The five seeds: at least 98 % of the text in canonical fields (the rest is decoration).
    @Test(arguments: ReportCorpus.seedFiles) func seedsAreAlmostAllCanonical(_ file: String) throws {
        let report = try ReportCorpus.report(file)
        #expect(report.coverage.canonicalShare >= 0.98, "\(file): \(report.coverage.canonicalShare)")
    }
}
