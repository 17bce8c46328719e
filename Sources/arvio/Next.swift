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
        discussion: """
            Copies the report and, for the next period (after the one the report covers, or --period): \
            adds a dated entry ("Huhtikuu 2022:") to every development-actions, monitoring and process-goal \
            section, in the style of that section's own text; fills the period's column of the readiness and \
            indicator tables where --updates gives values; moves the dates on the title page, in the page \
            header and in the document properties to the new period; shades the period's row of the reporting \
            schedule. Everything else is copied unchanged. Prints what is still to be written.

            --updates takes the YAML that `arvio import` wrote, or the Markdown of `arvio render --to md`, \
            after you have added the new period's text to it.

            Many reports at once: `arvio next FOLDER… -o OUTFOLDER` (files and folders; folders are searched \
            with their subfolders for *.docx), in parallel (--jobs, all cores by default). Each new version goes \
            into OUTFOLDER under the input's name with the period and today's date, subfolders kept. A file \
            that cannot be prepared (e.g. a plan, code 31) is reported on one line and skipped. \
            OUTFOLDER/arvio-summary.csv lists every file with its new period, what is left to fill in, and \
            the error code of those that failed. Exit status 2 when some files failed.
            """) }

    @Argument(help: ArgumentHelp(HelpPhrase.nextFiles.now, valueName: "file"))
    var files: [String] = []

    @Option(name: .shortAndLong, help: ArgumentHelp(HelpPhrase.nextOutput.now, valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp(HelpPhrase.jobsPrepare.now, valueName: "n"))
    var jobs: Int?

    @Option(help: ArgumentHelp(HelpPhrase.nextPeriod.now, valueName: "yyyy-mm"))
    var period: String?

    @Option(help: ArgumentHelp(HelpPhrase.nextUpdates.now, valueName: "file"))
    var updates: String?

    @Flag(help: ArgumentHelp(HelpPhrase.nextTrackChanges.now))
    var trackChanges = false

    @Flag(help: ArgumentHelp(HelpPhrase.nextAllowTemplateEdits.now))
    var allowTemplateEdits = false

    @Option(help: ArgumentHelp(HelpPhrase.nextAuthor.now, valueName: "name"))
    var author: String = "Arvio"

    @Flag(help: ArgumentHelp(HelpPhrase.force.now))
    var force = false

    @Option(help: ArgumentHelp(HelpPhrase.nextTo.now, valueName: "format"))
    var to: String = "docx"

    @OptionGroup var mappingOptions: MappingOptions
    @OptionGroup var warningOptions: WarningOptions

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("Missing expected argument '<file>'") }
        guard ["docx", "md"].contains(to) else { throw ValidationError("--to \(to): choose docx or md.") }
        if let period, PeriodKey(notation: period) == nil {
            throw ValidationError("--period \(period): give the status month as yyyy-04 or yyyy-10, e.g. 2022-04.")
        }
        if let jobs, jobs < 1 { throw ValidationError("--jobs \(jobs): give 1 or more.") }
        if BatchInputs.isBatch(files, output: output) {
            if output == nil { throw ValidationError("Several files or a folder: give -o FOLDER for the new versions.") }
            if updates != nil { throw ValidationError("--updates belongs to one report: leave it out when preparing several.") }
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
        let (force, markdown) = (force, to == "md")
        let rows = BatchRun.run(inputs, jobs: jobs ?? BatchRun.defaultJobs, verb: .preparing) { input in
            BatchRun.capture(input.file) {
                let file = input.file
                let document = try DocxReader.read(file)
                let report = try ReportImporter.build(document, file: file, mappings: mappings, mappingName: mappingName)
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
    static func render(_ updates: PeriodUpdates, file: String) -> String {
        let lines = updates.changeList
        guard !lines.isEmpty else { return "\(file): nothing new compared with the report.\n" }
        return (["\(file): \(lines.count) change(s):"] + lines.map { "  - " + $0 }).joined(separator: "\n") + "\n"
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
