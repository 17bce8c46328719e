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
        discussion: HelpDiscussion.check.now) }

    @Argument(help: ArgumentHelp(HelpPhrase.checkFile.now, valueName: HelpPhrase.valueFile.now))
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
