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
        discussion: """
            Without -o the PDF goes beside the report, named from the project's region, the kind of document and a \
            date: Kymenlaakso-oma-arviointi-2021-11-15.pdf. The date is the deadline of the period the report covers \
            (15.11.2021 for the October 2021 report); when the period cannot be found in the report, it is today's date.

            Needs LibreOffice (on Debian or Ubuntu: sudo apt-get install libreoffice-writer-nogui). Arvio looks for \
            its soffice program on the PATH and in the usual install folders; set ARVIO_SOFFICE to use another one. \
            Each run uses a LibreOffice profile of its own, so an open LibreOffice window is never in the way, and \
            is stopped after --timeout seconds. The PDF is written complete or not at all.

            Exit status 40: LibreOffice is not installed; 41: LibreOffice failed or ran out of time; 73: the output \
            cannot be written (exists without --force, is the input, or the folder is not writable).
            """) }

    @Argument(help: ArgumentHelp(HelpPhrase.pdfFile.now))
    var file: String

    @Option(name: .shortAndLong, help: ArgumentHelp(HelpPhrase.pdfOutput.now, valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp(HelpPhrase.pdfTimeout.now, valueName: "seconds"))
    var timeout: Int = 180

    @Flag(help: ArgumentHelp(HelpPhrase.force.now))
    var force = false

    @OptionGroup var mappingOptions: MappingOptions

    func validate() throws {
        guard timeout > 0 else { throw ValidationError("--timeout must be a number of seconds above 0.") }
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
        let count = pages.map { " (\($0) page\($0 == 1 ? "" : "s"))" } ?? ""
        StandardStream.error.write("arvio: wrote \(destination)\(count)\n")
    }

    /// Region, kind and the period's deadline (else today): "Kymenlaakso-oma-arviointi-2021-11-15.pdf".
    static func defaultName(for report: Report, input: String) -> String {
        let kind = report.kind == .unknown ? "raportti" : report.kind.rawValue
        let date = report.period.map { DatedFileName.isoDate(deadlineOf: $0.period) } ?? DatedFileName.today()
        return DatedFileName.make(for: report, kind: kind, date: date, extension: "pdf", beside: input)
    }
}
