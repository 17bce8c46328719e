import ArvioCore
import ArvioDevSupport
import Foundation
import Testing
import ArvioNext
import ArvioPackage
import ArvioReport
import ArvioWordML
import ArvioXML

/// The library's errors and warnings against `ErrorCatalogue` (this target sees every library
/// layer; the command line's own errors are checked through the binary in ArvioCLITests).
@Suite struct ErrorCatalogueConsistencyTests {
    /// One value of every case. The switches below have no `default`, so a new case does not
    /// compile until it is added here, and so checked against the catalogue.
    static let packageErrors: [PackageError] = [
        .fileNotFound, .unreadable(reason: "r"), .empty, .notAZip(looksLike: "a PDF"), .legacyWordDocument,
        .passwordProtected, .encryptedEntry("word/document.xml"), .damaged(reason: "r"),
        .missingMainPart(expected: "word/document.xml"), .unsafeEntryName("../x"), .duplicateEntry("word/document.xml"),
        .tooManyEntries(limit: 20_000), .entryTooLarge(entry: "word/document.xml", limit: 256 << 20),
        .totalTooLarge(limit: 1 << 30), .suspiciousCompression(entry: "word/document.xml", ratio: 1000),
        .suspiciousTotalCompression(ratio: 1000),
        .sizeMismatch(entry: "word/document.xml", declared: 1000),
        .xml(.doctypeRefused(part: "word/document.xml", line: 2)), .xml(.tooDeep(part: "word/document.xml", line: 3, limit: 256)),
        .xml(.malformed(part: "word/document.xml", line: 4, message: "m")),
    ]

    static let nextFailures: [NextFailure] = [
        .unknownPeriod, .notAReport(.hankesuunnitelma),
        .periodNotAfter(PeriodKey(year: 2021, half: .spring), current: PeriodKey(year: 2021, half: .autumn)),
        .unsupportedEncoding("word/document.xml"),
        .periodGuessed(guess: PeriodKey(year: 2021, half: .autumn), period: PeriodKey(year: 2022, half: .spring), entries: 28,
                       evidence: "latest filled table column 11/21"),
        .entriesWritten(PeriodKey(year: 2022, half: .spring), entries: 28),
    ]

    private static func exhaustive(_ error: PackageError) {
        switch error {
        case .fileNotFound, .unreadable, .empty, .notAZip, .legacyWordDocument, .passwordProtected, .encryptedEntry,
             .damaged, .missingMainPart, .unsafeEntryName, .duplicateEntry, .tooManyEntries, .entryTooLarge,
             .totalTooLarge, .suspiciousCompression, .suspiciousTotalCompression, .sizeMismatch, .xml(.doctypeRefused), .xml(.tooDeep), .xml(.malformed):
            break
        }
    }

    private static func exhaustive(_ error: NextFailure) {
        switch error {
        case .unknownPeriod, .notAReport, .periodNotAfter, .unsupportedEncoding, .periodGuessed, .entriesWritten: break
        }
    }

    @Test func everyLibraryErrorHasItsCataloguedExitStatus() {
        var errors: [any CoordinatorFacingError] = Self.packageErrors + Self.nextFailures
        errors.append(MappingError(file: "m.yaml", line: 3, problem: "p"))
        errors.append(ReportImporter.Failure.unknownMapping("x", available: ["a"]))
        errors.append(PackageWriter.Failure.cannotWrite("out.docx", reason: "r"))
        for error in errors {
            let entry = ErrorCatalogue.entry(error.code)
            #expect(entry != nil, "\(error.code) is not in ErrorCatalogue")
            #expect(entry?.exitCode == error.exitCode, "\(error.code): exit \(error.exitCode), catalogue \(entry?.exitCode.map(String.init) ?? "none")")
            let message = error.message(file: "raportti.docx")
            #expect(!message.contains("\n"), "\(error.code): more than one line: \(message)")
            #expect(message.contains("raportti.docx") || error is MappingError || error is PackageWriter.Failure,
                    "\(error.code) does not name the file: \(message)")
        }
        Self.packageErrors.forEach(Self.exhaustive)
        Self.nextFailures.forEach(Self.exhaustive)
    }

    /// Every remark made while reading the corpus and the generated reports has a code of its
    /// own in the catalogue (none falls through to ARVIO-W-OTHER).
    @Test func everyWarningSeenHasItsOwnCode() throws {
        let corpus = NextCorpus.repositoryRoot.appendingPathComponent("Corpora")
        let files = (FileManager.default.enumerator(atPath: corpus.path)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(".docx") }.sorted().map { corpus.appendingPathComponent($0).path }
        // `find Corpora -name '*.docx' | wc -l`: 15 seed renditions and 74 external documents.
        #expect(files.count == 89, "a missing Corpora folder must fail, not pass with fewer files")
        let folder = NextCorpus.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var generated: [String] = []
        for index in 0 ..< 20 {
            let path = folder.appendingPathComponent("generated-\(index).docx").path
            try GeneratedReport(seed: 9_000 + UInt64(index)).write(to: path)
            generated.append(path)
        }
        var seen: [String: Int] = [:]
        for file in files + generated {
            let report: Report
            do { report = try ReportImporter.importReport(file, mappings: NextCorpus.mappings) } catch {
                Issue.record("\(file) does not import: \(error)")
                continue
            }
            for warning in ReportWarnings.of(report) {
                seen[warning.code.rawValue, default: 0] += 1
                #expect(warning.code != .other, "\(file): a warning with no code of its own: \(warning.message)")
                #expect(!warning.line(file: file).contains("\n"))
                // Places are named by heading and row words, never by block paths ("25/r2/c0/0").
                #expect(warning.message.range(of: #"\d+/r\d+"#, options: .regularExpression) == nil, "\(file): \(warning.message)")
            }
        }
        #expect(seen.count >= 3, "\(seen)")
    }

    /// Warnings carry their code from where they arise: every code the library can give is in
    /// the catalogue, and every warning of the catalogue is one the library can give.
    @Test func warningCodesAreTheCataloguesWarnings() {
        #expect(Set(ReportWarning.Code.allCases.map(\.rawValue)) == Set(ErrorCatalogue.warnings.map(\.code)))
        #expect(ErrorCatalogue.warnings.allSatisfy { $0.exitCode == nil })
    }

    /// Each warning is said once, however often the same thing is noticed.
    @Test func aWarningIsSaidOnce() {
        var warnings: [ReportWarning] = []
        warnings.add(.table, "The risk table under “Riskit”: row 3 is empty; skipped.")
        warnings.add(.table, "The risk table under “Riskit”: row 3 is empty; skipped.")
        warnings.add(.other, "The risk table under “Riskit”: row 3 is empty; skipped.")
        #expect(warnings.count == 2)
    }
}
