import ArgumentParser
import ArvioMessages
import ArvioPackage
import ArvioRender
import ArvioReport
import ArvioWordML
import Foundation

/// `arvio init PLAN --period 2021-10`: the project's first oma-arviointi, from its plan.
struct Init: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "init",
        abstract: HelpPhrase.initCommand.now,
        discussion: HelpDiscussion.initCommand.now) }

    @Argument(help: ArgumentHelp(HelpPhrase.initPlan.now, valueName: HelpPhrase.valueFile.now))
    var file: String

    @Option(help: ArgumentHelp(HelpPhrase.initPeriod.now, valueName: HelpPhrase.valueMonth.now))
    var period: String?

    @Option(name: .shortAndLong, help: ArgumentHelp(HelpPhrase.initOutput.now, valueName: HelpPhrase.valueFile.now))
    var output: String?

    @Flag(help: ArgumentHelp(HelpPhrase.force.now))
    var force = false

    @OptionGroup var mappingOptions: MappingOptions

    func validate() throws {
        if let period, PeriodKey(notation: period) == nil {
            throw ValidationError(UsagePhrase.period.say(CommandLineLanguage.current, ["value": period, "example": "2021-10"]))
        }
    }

    func run() throws {
        let chosen = period.flatMap(PeriodKey.init(notation:)) ?? PeriodKey.nextDue(from: Date())
        try OutputExtension.require(output, input: file, writes: "`arvio init` writes a Word document", fitting: ["docx"])
        let plan = try loadPlan()
        let destination = output ?? DatedFileName.make(for: plan, kind: "oma-arviointi",
                                                       date: DatedFileName.isoDate(deadlineOf: chosen),
                                                       extension: "docx", beside: file)
        let report = try ReportFailure.reading(file) {
            try FirstReport.build(from: plan, period: chosen, file: (destination as NSString).lastPathComponent)
        }
        try ReportFailure.reading(destination) {
            try OutputFile.check(destination, inputs: [file], force: force)
            try DocxRenderer.write(report, to: destination, furniture: FirstReport.pageFurniture(report))
        }
        StandardStream.output.write(Self.summary(report, plan: plan, destination: destination))
    }

    private func loadPlan() throws -> Report {
        let ext = (file as NSString).pathExtension.lowercased()
        if ["yaml", "yml", "json"].contains(ext) {
            return try ReportFailure.reading(file) {
                guard let data = FileManager.default.contents(atPath: file) else { throw Render.ModelFailure.missing }
                guard let text = String(data: data, encoding: .utf8) else { throw Render.ModelFailure.unreadable("not UTF-8 text") }
                do {
                    return try ReportWriter.decode(text, as: ext == "json" ? .json : .yaml)
                } catch {
                    throw Render.ModelFailure.unreadable("not a report as `arvio migrate` writes it: \(Render.oneLine(error))")
                }
            }
        }
        let mappings = try mappingOptions.load()
        let document = try ReportFailure.reading(file) { try DocxReader.read(file) }
        var plan = try ReportFailure.reading(file) {
            try ReportImporter.build(document, file: file, mappings: mappings, mappingName: mappingOptions.mapping)
        }
        PlanMigration.complete(&plan, document: document)
        return plan
    }

    /// Where the report went, what came from the plan, and what is left to write.
    static func summary(_ report: Report, plan: Report, destination: String, language: Language = CommandLineLanguage.current) -> String {
        let period = report.period?.period
        let when = period.map { NextPhrase.reportBy.say(language, ["column": $0.columnLabel, "deadline": $0.deadline]) } ?? ""
        var lines = [NextPhrase.wroteFirst.say(language, ["destination": destination, "period": when, "template": report.template ?? "?"])]
        let rows = plan.plan?.results ?? []
        lines.append(NextPhrase.fromPlan[language])
        for goal in report.goals {
            let goalRows = rows.filter { $0.goal == goal.number }
            let text = plan.goals.first { $0.number == goal.number }?.content.filter { !$0.isEmpty }.count ?? 0
            let metrics = goalRows.reduce(0) { $0 + $1.metric.filter { !$0.allSatisfy(\.isWhitespace) }.count }
            lines.append("  " + NextPhrase.planGoal.say(language, [
                "number": "\(goal.number)", "title": NationalGoal(rawValue: goal.number)?.shortTitle ?? "",
                "paragraphs": "\(text)", "rows": "\(goalRows.count)", "metrics": "\(metrics)",
            ]))
        }
        // What `arvio check` will flag as "fix" until it is written: the same list, from the same rules.
        let toWrite = ReviewCheck.review(report).filter { $0.severity == .fix }
        lines.append(NextPhrase.toWrite.say(language, ["count": "\(toWrite.count)"]))
        for finding in toWrite {
            let goal = finding.goal.map { NextPhrase.goal.say(language, ["number": "\($0)", "title": ""]) }
            lines.append("  - " + (goal ?? "") + "\(finding.at[language]): \(finding.says[language])")
        }
        lines += report.warnings.map { "  \(NextPhrase.note[language]): \($0.said[language])" }
        return lines.joined(separator: "\n") + "\n"
    }
}
