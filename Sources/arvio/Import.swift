import ArgumentParser
import ArvioReport
import ArvioWordML
import Foundation

/// `arvio import FILE.docx`: the structured report as YAML or JSON.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read an oma-arviointi, hankesuunnitelma or final summary (.docx) into structured data (YAML or JSON).",
        discussion: """
            Finds the template from the document's wording (or use --mapping), then places every piece of
            text under its national goal and section. Text no rule recognises is kept in "unmapped" with
            its position, so nothing is lost. Writes YAML to the screen, or to -o FILE (.yaml or .json).
            """)

    @Argument(help: "The Word document (.docx) to read.")
    var file: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (.yaml, .yml or .json) instead of the screen.", valueName: "file"))
    var output: String?

    @Flag(help: "Print JSON instead of YAML.")
    var json = false

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    @OptionGroup var mappingOptions: MappingOptions

    func run() throws {
        let mappings = try mappingOptions.load()
        let report = try ReportFailure.reading(file) {
            try ReportImporter.importReport(file, mappings: mappings, mappingName: mappingOptions.mapping)
        }
        let format: ReportWriter.Format = json ? .json : output.map(ReportWriter.format(forPath:)) ?? .yaml
        let text = try ReportWriter.encode(report, as: format)
        if let output {
            try ReportFailure.reading(output) {
                try OutputFile.write(Data(text.utf8), to: output, inputs: [file], force: force)
            }
            FileHandle.standardError.write(Data("arvio: wrote \(output) (\(report.kind.rawValue), \(report.goals.count) goals, \(String(format: "%.1f", 100 * report.coverage.canonicalShare)) % of the text placed)\n".utf8))
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}

/// `arvio inspect FILE.docx`: the outline of what went where.
struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show how Arvio understood a document: template, period, goals and sections, coverage, warnings.")

    @Argument(help: "The Word document (.docx) to read.")
    var file: String

    @OptionGroup var mappingOptions: MappingOptions

    func run() throws {
        let mappings = try mappingOptions.load()
        let report = try ReportFailure.reading(file) {
            try ReportImporter.importReport(file, mappings: mappings, mappingName: mappingOptions.mapping)
        }
        FileHandle.standardOutput.write(Data(InspectRenderer.render(report).utf8))
    }
}
