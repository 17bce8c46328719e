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
        discussion: """
            Writes THL's oma-arviointi template of the period — up to 2021-04 the spring 2021 generation (v2021a), \
            from 2021-10 the autumn 2021 one (v2021b) — with THL's instructions, tips, concepts and reporting \
            schedule, the title "<project>, raportointi 15.11.2021", the project and period in the page header and \
            page numbers in the footer, then the five national goals. v2021b: under every goal, "Hankkeen \
            tulostavoitteet ja prosessitavoitteet" gets the plan's benefit-goal text; the readiness table \
            (Kehittämistoiminnan valmiusaste) lists the osatavoitteet/toimenpiteet of the plan's results table \
            (TAVOITE n) as process goals 1.1, 1.2, …, each with its own narrative, and the indicator table their \
            mittarit and tulostavoitteet, with an empty column for the period. v2021a: "Hankkeen tavoitteet ja \
            prosessitavoitteet" gets the plan's text and osatavoitteet, "Arvioinnin mittarit/kriteerit" the \
            mittarit. The sections written period by period get THL's guidance text and an empty entry dated for \
            the period ("Lokakuu 2021:"), the way `arvio next` adds the later ones; the methods and baseline \
            sections, written once, THL's guidance text. What is left to write is listed as `arvio check` will flag \
            it. Without --period: the next report due (the first 15.5. or 15.11. from today).

            The plan is a .docx, or the YAML/JSON `arvio migrate` wrote. Without -o the report goes beside the plan \
            as <region>-oma-arviointi-<deadline>.docx (e.g. Kanta-Häme-oma-arviointi-2021-11-15.docx). Arvio never \
            writes over the plan; an existing output is replaced only with --force. Exit status 34: the file is not \
            a hankesuunnitelma.
            """) }

    @Argument(help: ArgumentHelp(HelpPhrase.initPlan.now))
    var file: String

    @Option(help: ArgumentHelp(HelpPhrase.initPeriod.now, valueName: "yyyy-mm"))
    var period: String?

    @Option(name: .shortAndLong, help: ArgumentHelp(HelpPhrase.initOutput.now, valueName: "file"))
    var output: String?

    @Flag(help: ArgumentHelp(HelpPhrase.force.now))
    var force = false

    @OptionGroup var mappingOptions: MappingOptions

    func validate() throws {
        if let period, PeriodKey(notation: period) == nil {
            throw ValidationError("--period \(period): give the status month as yyyy-04 or yyyy-10, e.g. 2021-10.")
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
