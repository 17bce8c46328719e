import ArgumentParser
import ArvioMessages
import ArvioPackage
import ArvioReport
import ArvioWordML
import Foundation

/// `arvio import FILE.docx`: the structured report as YAML or JSON.
struct Import: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "import",
        abstract: HelpPhrase.importCommand.now,
        discussion: HelpDiscussion.importCommand.now) }

    @Argument(help: ArgumentHelp(HelpPhrase.importFiles.now, valueName: HelpPhrase.valueFile.now))
    var files: [String] = []

    @Option(name: .shortAndLong, help: ArgumentHelp(HelpPhrase.importOutput.now, valueName: HelpPhrase.valueFile.now))
    var output: String?

    @Flag(help: ArgumentHelp(HelpPhrase.json.now))
    var json = false

    @Flag(help: ArgumentHelp(HelpPhrase.force.now))
    var force = false

    @Option(help: ArgumentHelp(HelpPhrase.jobsRead.now, valueName: "n"))
    var jobs: Int?

    @OptionGroup var mappingOptions: MappingOptions
    @OptionGroup var warningOptions: WarningOptions

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError(ArgumentParserPhrase.missingArgument.say(CommandLineLanguage.current, ["argument": "<\(HelpPhrase.valueFile.now)>"])) }
        if let jobs, jobs < 1 { throw ValidationError(UsagePhrase.jobs.say(CommandLineLanguage.current, ["value": "\(jobs)"])) }
        if BatchInputs.isBatch(files, output: output), output == nil {
            throw ValidationError(UsagePhrase.severalNeedFolderImport.now)
        }
    }

    func run() throws {
        let mappings = try mappingOptions.load()
        if let folder = output, BatchInputs.isBatch(files, output: output) {
            return try runBatch(into: folder, mappings: mappings)
        }
        let file = files[0]
        try OutputExtension.requireReportData(output, input: file, command: "import", json: json)
        let report = try ReportFailure.reading(file) {
            try ReportImporter.importReport(file, mappings: mappings, mappingName: mappingOptions.mapping)
        }
        try warningOptions.show(report, file: file)
        let format: ReportWriter.Format = json ? .json : output.map(ReportWriter.format(forPath:)) ?? .yaml
        // Written in chunks as it is made: the whole text of a large report never sits in memory.
        if let output {
            try ReportFailure.reading(output) {
                try OutputFile.write(to: output, inputs: [file], force: force) { write in
                    try ReportWriter.write(report, as: format, to: write)
                }
            }
            let language = CommandLineLanguage.current
            let wrote = StatusPhrase.wroteImport.with(parts: ["file": .verbatim(output), "kind": report.kind.said(), "goals": .verbatim("\(report.goals.count)"),
                                                              "share": .verbatim(language.percent(report.coverage.canonicalShare))])
            StandardStream.error.write("arvio: " + wrote[language] + "\n")
        } else {
            try ReportWriter.write(report, as: format) { StandardStream.output.write($0) }
        }
    }

    /// `arvio import FOLDER… -o OUTFOLDER`: every document on its own thread, a summary CSV.
    private func runBatch(into folder: String, mappings: MappingSet) throws {
        let mappingName = mappingOptions.mapping
        try BatchRun.requireMapping(mappingName, in: mappings)
        let inputs = try BatchInputs.documents(files, outputFolder: folder)
        try BatchRun.prepare(outputFolder: folder, inputs: inputs, force: force)
        let format: ReportWriter.Format = json ? .json : .yaml
        let ext = json ? "json" : "yaml"
        let everyInput = BatchRun.identities(inputs)
        let (force, warningOptions) = (force, warningOptions)
        let rows = BatchRun.run(inputs, jobs: jobs ?? BatchRun.defaultJobs, verb: .importing) { input in
            BatchRun.capture(input.file) {
                let report = try ReportImporter.importReport(input.file, mappings: mappings, mappingName: mappingName)
                try warningOptions.refuseInBatch(report, file: input.file)
                let destination = "\(input.outputStem).\(ext)"
                // Streamed like a single import: with --jobs N, N large reports never sit in memory as text.
                try BatchRun.write(to: destination, inputs: everyInput, file: input.file, force: force) { write in
                    try ReportWriter.write(report, as: format, to: write)
                }
                return BatchRow(report, file: input.file, output: destination)
            }
        }
        try BatchRun.finish(rows, outputFolder: folder, inputs: inputs.map(\.file), force: force, done: .imported)
    }
}

extension BatchRow {
    /// A report's figures for the summary.
    init(_ report: Report, file: String, output: String) {
        self.init(file: file, output: output, kind: report.kind.rawValue,
                  period: report.period.map { "\($0.period)" } ?? "", goals: String(report.goals.count),
                  coverage: String(format: "%.1f", 100 * report.coverage.canonicalShare),
                  warnings: String(report.warnings.count))
    }
}

/// `arvio inspect FILE.docx`: the outline of what went where.
struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: HelpPhrase.inspect.now)

    @Argument(help: ArgumentHelp(HelpPhrase.docxToRead.now, valueName: HelpPhrase.valueFile.now))
    var file: String

    @OptionGroup var mappingOptions: MappingOptions
    @OptionGroup var warningOptions: WarningOptions

    func run() throws {
        let mappings = try mappingOptions.load()
        let report = try ReportFailure.reading(file) {
            try ReportImporter.importReport(file, mappings: mappings, mappingName: mappingOptions.mapping)
        }
        try warningOptions.show(report, file: file, onStandardError: false)
        StandardStream.output.write(InspectRenderer.render(report, language: CommandLineLanguage.current))
    }
}
