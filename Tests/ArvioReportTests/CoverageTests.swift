import ArvioDevSupport
import Foundation
import Testing
@testable import ArvioReport
import ArvioReportTestSupport
import ArvioWordML

/// Nothing is lost: every paragraph of the body (tables and text boxes included) lands in the
/// report, in a canonical field or in `unmapped`, as often as it occurs in the document.
@Suite struct CoverageTests {
    @Test(arguments: ReportCorpus.allFiles) func everyParagraphLandsInTheReport(_ file: String) throws {
        let document = try ReportCorpus.document(file)
        let report = try ReportImporter.build(document, file: file, mappings: ReportCorpus.mappings)
        let missing = ReportTexts.missingParagraphs(of: document, in: report)
        #expect(missing.isEmpty, "\(file): \(missing.count) paragraphs missing, first: \(missing.first ?? "")")
        #expect(report.coverage.bodyCharacters == report.coverage.canonicalCharacters + report.coverage.unmappedCharacters)
    }

    /// The characters the importer counts in the body agree with MANIFEST.json's `text_chars`,
    /// measured by python-docx on the same file (Corpora/seeds/MANIFEST.md). The two count
    /// whitespace differently (tabs and breaks between runs), so the importer's count is at most
    /// MANIFEST's and at least 97 % of it; a lost paragraph or table would take more.
    @Test(arguments: ReportCorpus.seedFiles) func bodyCharactersAgreeWithTheManifest(_ file: String) throws {
        let report = try ReportCorpus.report(file)
        let data = try Data(contentsOf: Corpus.seedsFolder.appendingPathComponent("MANIFEST.json"))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let entry = try #require((root["files"] as? [String: Any])?[String(file.dropFirst("seeds/".count))] as? [String: Any])
        let measured = try #require((entry["measured"] as? [String: Any])?["text_chars"] as? Int)
        #expect(report.coverage.bodyCharacters <= measured, "\(file): \(report.coverage.bodyCharacters) > \(measured)")
        #expect(Double(report.coverage.bodyCharacters) >= 0.97 * Double(measured), "\(file): \(report.coverage.bodyCharacters) of \(measured)")
    }

    /// The five seeds: at least 98 % of the text in canonical fields (the rest is decoration).
    @Test(arguments: ReportCorpus.seedFiles) func seedsAreAlmostAllCanonical(_ file: String) throws {
        let report = try ReportCorpus.report(file)
        #expect(report.coverage.canonicalShare >= 0.98, "\(file): \(report.coverage.canonicalShare)")
    }
}
