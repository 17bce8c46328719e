import ArvioCore
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
        case .unknownPeriod, .notAReport, .periodNotAfter, .unsupportedEncoding: break
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
            guard let report = try? ReportImporter.importReport(file, mappings: NextCorpus.mappings) else { continue }
            for warning in ReportWarnings.of(report) {
                seen[warning.code, default: 0] += 1
                #expect(warning.code != "ARVIO-W-OTHER", "\(file): a warning with no code of its own: \(warning.message)")
                #expect(ErrorCatalogue.entry(warning.code) != nil, "\(warning.code) is not in ErrorCatalogue")
                #expect(!warning.line(file: file).contains("\n"))
            }
        }
        #expect(seen.count >= 3, "\(seen)")
    }

    /// The classification by wording, for each remark the importer can make.
    @Test func remarksAreClassifiedByTheirWording() {
        let samples: [(String, String)] = [
            ("No known template wording found; read with the shared THL mapping only. Use --mapping to choose one.", "ARVIO-W-NO-TEMPLATE"),
            ("No known template wording found in the Markdown; read with the shared THL mapping.", "ARVIO-W-MARKDOWN"),
            ("The Markdown names the mapping 'x', which is not known; the mapping was detected from the text.", "ARVIO-W-MARKDOWN"),
            ("The reporting period could not be found in the title, header or tables.", "ARVIO-W-NO-PERIOD"),
            ("National goal(s) 4, 5 not found.", "ARVIO-W-MISSING-GOAL"),
            ("Process goal 1.1 of goal 1 has no narrative heading (\"1.1 …\").", "ARVIO-W-PROCESS-GOAL"),
            ("Narrative \"1.2 Jotain\" of goal 1 has no row in the readiness table.", "ARVIO-W-PROCESS-GOAL"),
            ("Readiness table row 40/r3 has no cell under the process-goal column; kept as text only.", "ARVIO-W-TABLE"),
            ("Indicator table at block 12 is outside a national goal; its rows are kept as text only.", "ARVIO-W-TABLE"),
            ("Annex \"Liite 1\" has a second table with other columns at block 9; its rows are kept as text only.", "ARVIO-W-TABLE"),
            ("Table at block 7 looks like a readiness table; its rows are kept as text only.", "ARVIO-W-TABLE"),
            ("Risk table row 3/r2: probability “x” is not a number 1–5; kept as written.", "ARVIO-W-TABLE"),
            ("word/document.xml line 4: imported content (altChunk, relationship rId9) is not read", "ARVIO-W-NOT-READ"),
            ("word/document.xml line 5: text inside unsupported <w:foo> kept as a paragraph", "ARVIO-W-UNSUPPORTED"),
            ("Something nobody has classified yet.", "ARVIO-W-OTHER"),
        ]
        for (text, code) in samples { #expect(ReportWarnings.code(of: text) == code, "\(text)") }
    }
}
