import ArgumentParser
import ArvioMessages
import ArvioPackage
import ArvioRender
import ArvioReport
import ArvioWordML
import Foundation

/// `arvio check FILE.docx`: is it ready to upload?
struct Check: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "check",
        abstract: HelpPhrase.check.now,
        discussion: """
            Each finding names its goal and section and is marked:

            fix: THL's guidance text ("< Kuvaus … >") with nothing written under it; a heading with nothing \
            under it; this period's dated entry ("Huhtikuu 2022:") missing, or still holding only the guidance \
            `arvio next` put there; empty cells in this period's column of the readiness and indicator tables \
            ("-" counts as an answer); dates that disagree between the title page, the page header or footer and \
            the document properties; in a plan, no additions marked in a colour, or more than 25 pages (not \
            counting the cover and the table of contents).

            look: an empty section outside the goals, an empty cell in a single-period annex column, a period \
            that is not in the reporting schedule, a file last saved before its period began, a period Arvio \
            had to infer.

            note: a check that could not be made (no LibreOffice for the page count) or a fact to know.

            A plan's pages are counted in a PDF that LibreOffice makes (headless, with its own temporary profile \
            and a time limit); without LibreOffice that check is skipped with a note, and --no-pages skips it.

            Exit status: 0 ready to upload (nothing to fix; with --strict, nothing to look at either); 1 there \
            are findings; the codes in `arvio --help` (10–17, 66, …) when the file cannot be read.
            """) }

    @Argument(help: ArgumentHelp(HelpPhrase.checkFile.now))
    var file: String

    @Flag(help: ArgumentHelp(HelpPhrase.checkStrict.now))
    var strict = false

    @Flag(help: ArgumentHelp(HelpPhrase.checkNoPages.now))
    var noPages = false

    @OptionGroup var mappingOptions: MappingOptions

    func run() throws {
        let mappings = try mappingOptions.load()
        let document = try ReportFailure.reading(file) { try DocxReader.read(file) }
        let report = try ReportFailure.reading(file) {
            try ReportImporter.build(document, file: file, mappings: mappings, mappingName: mappingOptions.mapping)
        }
        let pages: PageCount? = report.kind == .hankesuunnitelma && !noPages ? Self.countPages(file) : nil
        let findings = ReviewCheck.review(report, facts: DocumentFacts.collect(document), pages: pages)
        let name = URL(fileURLWithPath: file).lastPathComponent
        StandardStream.output.write(CheckRenderer.text(findings, report: report, file: name, strict: strict, language: CommandLineLanguage.current))
        if !ReviewCheck.isReady(findings, strict: strict) { throw ExitCode(1) }
    }

    /// The page count of the document as LibreOffice lays it out, or why there is none.
    static func countPages(_ file: String) -> PageCount {
        let soffice: String
        do {
            soffice = try LibreOfficePdf.locate()
        } catch {
            return .skipped(CheckPhrase.noLibreOffice.with(["command": LibreOfficePdf.installCommand]))
        }
        let folder = TemporaryFiles.make(in: FileManager.default.temporaryDirectory, suffix: "check")
        defer { TemporaryFiles.remove(folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            guard let count = try LibreOfficePdf.convert(file, to: folder.appendingPathComponent("check.pdf").path,
                                                         soffice: soffice, timeout: 120) else {
                return .skipped(.verbatim("the PDF LibreOffice made has no readable page count"))
            }
            return .counted(count)
        } catch let failure as LibreOfficePdf.Failure {
            return .skipped(.verbatim(failure.message(file: URL(fileURLWithPath: file).lastPathComponent)))
        } catch {
            return .skipped(.verbatim("the PDF could not be made (\(error.localizedDescription))"))
        }
    }
}
