import ArgumentParser
import ArvioMessages
import ArvioNext
import ArvioPackage
import ArvioReport
import ArvioRender
import ArvioWordML
import Foundation

/// `arvio next LAST.docx`: the next period's dated version, ready to fill in and upload.
struct Next: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "next",
        abstract: HelpPhrase.next.now,
        discussion: HelpDiscussion.next.now) }

    @Argument(help: ArgumentHelp(HelpPhrase.nextFiles.now, valueName: HelpPhrase.valueFile.now))
    var files: [String] = []

    @Option(name: .shortAndLong, help: ArgumentHelp(HelpPhrase.nextOutput.now, valueName: HelpPhrase.valueFile.now))
    var output: String?

    @Option(help: ArgumentHelp(HelpPhrase.jobsPrepare.now, valueName: "n"))
    var jobs: Int?

    @Option(help: ArgumentHelp(HelpPhrase.nextPeriod.now, valueName: HelpPhrase.valueMonth.now))
    var period: String?

    @Option(help: ArgumentHelp(HelpPhrase.nextUpdates.now, valueName: HelpPhrase.valueFile.now))
    var updates: String?

    @Flag(help: ArgumentHelp(HelpPhrase.nextTrackChanges.now))
    var trackChanges = false

    @Flag(help: ArgumentHelp(HelpPhrase.nextAllowTemplateEdits.now))
    var allowTemplateEdits = false

    @Option(help: ArgumentHelp(HelpPhrase.nextAuthor.now, valueName: HelpPhrase.valueName.now))
    var author: String = "Arvio"

    @Flag(help: ArgumentHelp(HelpPhrase.force.now))
    var force = false

    @Option(help: ArgumentHelp(HelpPhrase.nextTo.now, valueName: HelpPhrase.valueFormat.now))
    var to: String = "docx"

    @OptionGroup var mappingOptions: MappingOptions
    @OptionGroup var warningOptions: WarningOptions

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError(ArgumentParserPhrase.missingArgument.say(CommandLineLanguage.current, ["argument": "<\(HelpPhrase.valueFile.now)>"])) }
        guard ["docx", "md"].contains(to) else { throw ValidationError(UsagePhrase.nextTo.say(CommandLineLanguage.current, ["value": to])) }
        if let period, PeriodKey(notation: period) == nil {
            throw ValidationError(UsagePhrase.period.say(CommandLineLanguage.current, ["value": period, "example": "2022-04"]))
        }
        if let jobs, jobs < 1 { throw ValidationError(UsagePhrase.jobs.say(CommandLineLanguage.current, ["value": "\(jobs)"])) }
        if BatchInputs.isBatch(files, output: output) {
            if output == nil { throw ValidationError(UsagePhrase.severalNeedFolderNext.now) }
            if updates != nil { throw ValidationError(UsagePhrase.updatesInBatch.now) }
        }
    }

    func run() throws {
        let mappings = try mappingOptions.load()
        if let folder = output, BatchInputs.isBatch(files, output: output) {
            return try runBatch(into: folder, mappings: mappings)
        }
        let file = files[0]
        try OutputExtension.requireNext(output, input: file, to: to)
        let document = try ReportFailure.reading(file) { try DocxReader.read(file) }
        let report = try ReportFailure.reading(file) {
            try ReportImporter.build(document, file: file, mappings: mappings, mappingName: mappingOptions.mapping)
        }
        try warningOptions.show(report, file: file)
        let requested = period.flatMap(PeriodKey.init(notation:))
        let target = requested ?? report.period?.period.next
        let supplied = try updates.map { path in
            try ReportFailure.reading(path) { try UpdatesFile.read(path, original: report, period: target, mappings: mappings) }
        }
        let options = NextOptions(period: requested, trackChanges: trackChanges, author: author,
                                  allowTemplateEdits: allowTemplateEdits)
        let outcome = try ReportFailure.reading(file) {
            try NextPeriod.prepare(file: file, document: document, report: report, updates: supplied, options: options)
        }
        if let supplied, let updatesFile = updates {
            // Before anything is written. Markdown on standard output must stay clean: the list
            // then goes to standard error.
            let listing = Data(UpdatesListing.render(supplied, file: updatesFile).utf8)
            if to == "md" && output == nil { StandardStream.error.write(listing) } else { StandardStream.output.write(listing) }
        }
        let inputs = [file] + (updates.map { [$0] } ?? [])
        if to == "md" {
            let markdown = MarkdownRenderer.render(outcome.report)
            guard let output else {
                StandardStream.output.write(markdown)
                StandardStream.error.write(NextSummary.render(outcome, destination: "standard output"))
                return
            }
            try ReportFailure.reading(output) { try OutputFile.write(Data(markdown.utf8), to: output, inputs: inputs, force: force) }
            StandardStream.output.write(NextSummary.render(outcome, destination: output))
            return
        }
        let destination = output ?? NextPeriod.defaultOutputName(for: file, period: outcome.period)
        try ReportFailure.reading(destination) {
            try OutputFile.check(destination, inputs: inputs, force: force)
            try PackageWriter.write(from: file, to: destination, replacements: outcome.replacements)
        }
        StandardStream.output.write(NextSummary.render(outcome, destination: destination))
    }

    /// `arvio next FOLDER… -o OUTFOLDER`: every report on its own thread, a summary CSV.
    private func runBatch(into folder: String, mappings: MappingSet) throws {
        let mappingName = mappingOptions.mapping
        try BatchRun.requireMapping(mappingName, in: mappings)
        let inputs = try BatchInputs.documents(files, outputFolder: folder)
        try BatchRun.prepare(outputFolder: folder, inputs: inputs, force: force)
        let everyInput = BatchRun.identities(inputs)
        let options = NextOptions(period: period.flatMap(PeriodKey.init(notation:)), trackChanges: trackChanges, author: author)
        let (force, markdown, warningOptions) = (force, to == "md", warningOptions)
        let rows = BatchRun.run(inputs, jobs: jobs ?? BatchRun.defaultJobs, verb: .preparing) { input in
            BatchRun.capture(input.file) {
                let file = input.file
                let document = try DocxReader.read(file)
                let report = try ReportImporter.build(document, file: file, mappings: mappings, mappingName: mappingName)
                try warningOptions.refuseInBatch(report, file: file)
                let outcome = try NextPeriod.prepare(file: file, document: document, report: report, updates: nil, options: options)
                var destination = NextPeriod.defaultOutputName(for: input.outputStem + ".docx", period: outcome.period)
                if markdown {
                    destination = (destination as NSString).deletingPathExtension + ".md"
                    let text = MarkdownRenderer.render(outcome.report)
                    try BatchRun.write(Data(text.utf8), to: destination, inputs: everyInput, file: file, force: force)
                } else {
                    try BatchRun.checkNotAnInput(destination, inputs: everyInput)
                    try OutputFile.check(destination, inputs: [file], force: force)
                    try PackageWriter.write(from: file, to: destination, replacements: outcome.replacements)
                }
                var row = BatchRow(report, file: file, output: destination)
                row.period = "\(outcome.period)"
                row.todo = String(outcome.todo.count)
                return row
            }
        }
        try BatchRun.finish(rows, outputFolder: folder, inputs: inputs.map(\.file), force: force, done: .prepared)
    }
}

/// What `--updates` changes, printed before anything is written.
enum UpdatesListing {
    static func render(_ updates: PeriodUpdates, file: String, language: Language = CommandLineLanguage.current) -> String {
        let lines = updates.changes
        guard !lines.isEmpty else { return UpdatesPhrase.nothingNew.say(language, ["file": file]) + "\n" }
        return ([UpdatesPhrase.changes.say(language, ["file": file, "count": "\(lines.count)"])] + lines.map { "  - " + $0[language] })
            .joined(separator: "\n") + "\n"
    }
}

/// What `arvio next` tells the coordinator: where the file is, and the to-do list by goal.
enum NextSummary {
    static func render(_ outcome: NextOutcome, destination: String, language: Language = CommandLineLanguage.current) -> String {
        let wording = PeriodWording(outcome.period)
        var lines = [NextPhrase.wrote.say(language, ["destination": destination, "column": wording.shortColumn,
                                                     "entry": wording.entryLabel.lowercased(), "deadline": wording.deadline])]
        for note in outcome.notes { lines.append("  \(note[language])") }
        if outcome.todo.isEmpty {
            lines.append(NextPhrase.nothingLeft[language])
        } else {
            lines.append(NextPhrase.todo.say(language, ["count": "\(outcome.todo.count)"]))
            let byGoal = Dictionary(grouping: outcome.todo, by: \.goal)
            for goal in byGoal.keys.sorted(by: { ($0 ?? 0) < ($1 ?? 0) }) {
                lines.append("  " + (goal.map { NextPhrase.goal.say(language, ["number": "\($0)", "title": NationalGoal(rawValue: $0)?.shortTitle ?? ""]) }
                    ?? NextPhrase.wholeReport[language]))
                for item in byGoal[goal]! { lines.append("    - \(item.place[language]): \(item.task[language])") }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
