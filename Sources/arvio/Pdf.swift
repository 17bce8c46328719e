import ArgumentParser
import ArvioMessages
import ArvioPackage
import ArvioRender
import ArvioReport
import ArvioWordML
import Foundation

/// `arvio pdf REPORT.docx`: the PDF to upload to Innokylä, through LibreOffice.
struct Pdf: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "pdf",
        abstract: HelpPhrase.pdf.now,
        discussion: HelpDiscussion.pdf.now) }

    @Argument(help: ArgumentHelp(HelpPhrase.pdfFile.now, valueName: HelpPhrase.valueFile.now))
    var file: String

    @Option(name: .shortAndLong, help: ArgumentHelp(HelpPhrase.pdfOutput.now, valueName: HelpPhrase.valueFile.now))
    var output: String?

    @Option(help: ArgumentHelp(HelpPhrase.pdfTimeout.now, valueName: HelpPhrase.valueSeconds.now))
    var timeout: Int = 180

    @Flag(help: ArgumentHelp(HelpPhrase.force.now))
    var force = false

    @OptionGroup var mappingOptions: MappingOptions

    func validate() throws {
        guard timeout > 0 else { throw ValidationError(UsagePhrase.timeout.now) }
    }

    func run() throws {
        try OutputExtension.require(output, input: file, writes: "`arvio pdf` writes a PDF", fitting: ["pdf"])
        let mappings = try mappingOptions.load()
        let report = try ReportFailure.reading(file) {
            try ReportImporter.importReport(file, mappings: mappings, mappingName: mappingOptions.mapping)
        }
        let soffice = try ReportFailure.reading(file) { try LibreOfficePdf.locate() }
        let destination = output ?? Self.defaultName(for: report, input: file)
        try ReportFailure.reading(destination) { try OutputFile.check(destination, inputs: [file], force: force) }
        let pages = try ReportFailure.reading(file) {
            try LibreOfficePdf.convert(file, to: destination, soffice: soffice, timeout: timeout)
        }
        let phrase: StatusPhrase = switch pages { case nil: .wrote; case 1: .wroteOnePage; default: .wrotePages }
        StandardStream.error.write("arvio: " + phrase.say(CommandLineLanguage.current, ["file": destination, "count": pages.map { "\($0)" } ?? ""]) + "\n")
    }

    /// Region, kind and the period's deadline (else today): "Kymenlaakso-oma-arviointi-2021-11-15.pdf".
    static func defaultName(for report: Report, input: String) -> String {
        let kind = report.kind == .unknown ? "raportti" : report.kind.rawValue
        let date = report.period.map { DatedFileName.isoDate(deadlineOf: $0.period) } ?? DatedFileName.today()
        return DatedFileName.make(for: report, kind: kind, date: date, extension: "pdf", beside: input)
    }
}
