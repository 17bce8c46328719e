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
        var lines: [Message]
        if report.kind == .hankesuunnitelma {
            PlanMigration.complete(&report, document: document)
            lines = [MigratePhrase.heading.with(["name": report.project.name ?? file, "template": report.template ?? "?"])]
            lines += PlanMigration.summary(report)
        } else if report.kind == .unknown {
            lines = [MigratePhrase.notAPlanUnknown.with(["file": file])]
        } else {
            lines = [MigratePhrase.notAPlan.with(parts: ["file": .verbatim(file), "kind": report.kind.said(english: report.kind.withArticle),
                                                         "template": .verbatim(report.template ?? "?")])]
        }
        lines += report.warnings.map { MigratePhrase.note.with(parts: ["note": $0.said]) }
        let language = CommandLineLanguage.current

        let format: ReportWriter.Format = json ? .json : output.map(ReportWriter.format(forPath:)) ?? .yaml
        if let output {
            try ReportFailure.reading(output) {
                try OutputFile.write(to: output, inputs: [file], force: force) { write in
                    try ReportWriter.write(report, as: format, to: write)
                }
            }
            lines.insert(Message.joined([.verbatim("arvio: "), StatusPhrase.wrotePlaced.with(["file": output, "share": language.percent(report.coverage.canonicalShare)])],
                                        separator: ""), at: 0)
        } else {
            try ReportWriter.write(report, as: format) { StandardStream.output.write($0) }
        }
        StandardStream.error.write(lines.map { $0[language] }.joined(separator: "\n") + "\n")
    }
}
