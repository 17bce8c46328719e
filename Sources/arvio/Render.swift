import ArgumentParser
import ArvioMessages
import ArvioCore
import ArvioPackage
import ArvioRender
import ArvioReport
import Foundation

/// `arvio render MODEL.yaml|FILE.docx --to md|docx`: the report as Markdown to read and edit,
/// or as a fresh .docx in Arvio's THL-style template.
struct Render: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "render",
        abstract: HelpPhrase.render.now,
        discussion: HelpDiscussion.render.now) }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, docx
    }

    @Argument(help: ArgumentHelp(HelpPhrase.renderFile.now, valueName: HelpPhrase.valueFile.now))
    var file: String

    @Option(help: ArgumentHelp(HelpPhrase.renderTo.now, valueName: "md|docx"))
    var to: Format

    @Option(name: .shortAndLong, help: ArgumentHelp(HelpPhrase.renderOutput.now, valueName: HelpPhrase.valueFile.now))
    var output: String?

    @Flag(help: ArgumentHelp(HelpPhrase.force.now))
    var force = false

    @OptionGroup var mappingOptions: MappingOptions

    func run() throws {
        switch to {
        case .md: try OutputExtension.require(output, input: file, writes: "`arvio render --to md` writes Markdown", fitting: ["md", "markdown"],
                                              otherwise: "or give --to docx for a Word document")
        case .docx: try OutputExtension.require(output, input: file, writes: "`arvio render --to docx` writes a Word document", fitting: ["docx"],
                                                otherwise: "or give --to md for Markdown")
        }
        let report = try loadReport()
        switch to {
        case .md:
            let text = MarkdownRenderer.render(report)
            if let output {
                try ReportFailure.reading(output) {
                    try OutputFile.write(Data(text.utf8), to: output, inputs: [file], force: force)
                }
                StandardStream.error.write("arvio: " + StatusPhrase.wrote.say(CommandLineLanguage.current, ["file": output]) + "\n")
            } else {
                StandardStream.output.write(text)
            }
        case .docx:
            let destination = output ?? Self.defaultDocxName(for: file)
            try ReportFailure.reading(destination) {
                try OutputFile.check(destination, inputs: [file], force: force)
                try DocxRenderer.write(report, to: destination)
            }
            StandardStream.error.write("arvio: " + StatusPhrase.wroteGoals.say(CommandLineLanguage.current, ["file": destination, "goals": "\(report.goals.count)"]) + "\n")
        }
    }

    private func loadReport() throws -> Report {
        let ext = (file as NSString).pathExtension.lowercased()
        guard ["yaml", "yml", "json"].contains(ext) else {
            let mappings = try mappingOptions.load()
            return try ReportFailure.reading(file) {
                try ReportImporter.importReport(file, mappings: mappings, mappingName: mappingOptions.mapping)
            }
        }
        return try ReportFailure.reading(file) {
            guard let data = FileManager.default.contents(atPath: file) else { throw ModelFailure.missing }
            guard let text = String(data: data, encoding: .utf8) else { throw ModelFailure.unreadable("not UTF-8 text") }
            do {
                return try ReportWriter.decode(text, as: ext == "json" ? .json : .yaml)
            } catch {
                throw ModelFailure.unreadable("not a report as `arvio import` writes it: \(Self.oneLine(error))")
            }
        }
    }

    /// A decoding error's description on one line, short enough to read.
    static func oneLine(_ error: any Error) -> String {
        let words = String(describing: error).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return words.count > 240 ? String(words.prefix(240)) + "…" : words
    }

    /// "raportti.docx" → "raportti-uusi-pohja.docx", beside the input.
    static func defaultDocxName(for input: String) -> String {
        let url = URL(fileURLWithPath: input)
        let name = FileNameLength.fitting(url.deletingPathExtension().lastPathComponent, suffix: "-uusi-pohja.docx")
        return url.deletingLastPathComponent().appendingPathComponent(name).path
    }

    enum ModelFailure: Error, CoordinatorFacingError {
        case missing
        case unreadable(String)
        var code: String {
            switch self {
            case .missing: "ARVIO-NOT-FOUND"
            case .unreadable: "ARVIO-BAD-MODEL"
            }
        }
        var exitCode: Int32 {
            switch self {
            case .missing: 66
            case .unreadable: 13
            }
        }
        func message(file: String) -> String {
            switch self {
            case .missing: "\(file): no such file. Check the name and the folder."
            case .unreadable(let reason): "\(file): cannot be read (\(reason)). Give `arvio render` the YAML or JSON that `arvio import` wrote, or the .docx itself."
            }
        }
    }
}
