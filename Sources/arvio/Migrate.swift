import ArgumentParser
import ArvioMessages
import ArvioPackage
import ArvioReport
import ArvioWordML
import Foundation

/// `arvio migrate PLAN.docx`: a hankesuunnitelma as structured data, part by part.
struct Migrate: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "migrate",
        abstract: HelpPhrase.migrate.now,
        discussion: HelpDiscussion.migrate.now) }

    @Argument(help: ArgumentHelp(HelpPhrase.migrateFile.now, valueName: HelpPhrase.valueFile.now))
    var file: String

    @Option(name: .shortAndLong, help: ArgumentHelp(HelpPhrase.migrateOutput.now, valueName: HelpPhrase.valueFile.now))
    var output: String?

    @Flag(help: ArgumentHelp(HelpPhrase.json.now))
    var json = false

    @Flag(help: ArgumentHelp(HelpPhrase.force.now))
    var force = false

    @OptionGroup var mappingOptions: MappingOptions

    func run() throws {
        try OutputExtension.requireReportData(output, input: file, command: "migrate", json: json)
        let mappings = try mappingOptions.load()
        let document = try ReportFailure.reading(file) { try DocxReader.read(file) }
        var report = try ReportFailure.reading(file) {
            try ReportImporter.build(document, file: file, mappings: mappings, mappingName: mappingOptions.mapping)
        }
        var lines: [String]
        if report.kind == .hankesuunnitelma {
            PlanMigration.complete(&report, document: document)
            lines = ["\(report.project.name ?? file): hankesuunnitelma (\(report.template ?? "?")), every part:"]
            lines += PlanMigration.summary(report)
        } else {
            lines = ["\(file) is \(report.kind == .unknown ? "not a THL document Arvio knows" : "\(report.kind.withArticle) (template \(report.template ?? "?"))"), not a plan: migrated the way `arvio import` reads it."]
        }
        lines += report.warnings.map { "  note: \($0.message)" }

        let format: ReportWriter.Format = json ? .json : output.map(ReportWriter.format(forPath:)) ?? .yaml
        if let output {
            try ReportFailure.reading(output) {
                try OutputFile.write(to: output, inputs: [file], force: force) { write in
                    try ReportWriter.write(report, as: format, to: write)
                }
            }
            let language = CommandLineLanguage.current
            lines.insert("arvio: " + StatusPhrase.wrotePlaced.say(language, ["file": output, "share": language.percent(report.coverage.canonicalShare)]), at: 0)
        } else {
            try ReportWriter.write(report, as: format) { StandardStream.output.write($0) }
        }
        StandardStream.error.write(lines.joined(separator: "\n") + "\n")
    }
}
