import ArgumentParser
import ArvioMessages
import ArvioPackage
import ArvioReport
import Foundation

/// `arvio diff OLD.docx NEW.docx`: what changed between two versions of a report.
struct Diff: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "diff",
        abstract: HelpPhrase.diff.now,
        discussion: """
            THL asks that "mahdollinen edistyminen tai muutos tulee selkeästi näkyviin": this lists it. Both files \
            are read as `arvio import` reads them; goals are matched by number, sections by their heading, process \
            goals by their number (1.1), table rows by their key (process goal, metric, development area), so text \
            added above does not make everything below look changed.

            Printed per goal: paragraphs added (+), removed (-) and changed (~, old then new, in order); readiness \
            and indicator values per period that were filled, emptied or changed; rows and columns added or \
            removed in the results, problem, annex, plan and risk tables; and a changed title or period. --md \
            prints the same as Markdown. The exit status is 0 whether or not anything changed.
            """) }

    @Argument(help: ArgumentHelp(HelpPhrase.diffOld.now))
    var old: String

    @Argument(help: ArgumentHelp(HelpPhrase.diffNew.now))
    var new: String

    @Flag(name: .customLong("md"), help: ArgumentHelp(HelpPhrase.diffMarkdown.now))
    var markdown = false

    @OptionGroup var mappingOptions: MappingOptions

    func run() throws {
        let mappings = try mappingOptions.load()
        let before = try ReportFailure.reading(old) {
            try ReportImporter.importReport(old, mappings: mappings, mappingName: mappingOptions.mapping)
        }
        let after = try ReportFailure.reading(new) {
            try ReportImporter.importReport(new, mappings: mappings, mappingName: mappingOptions.mapping)
        }
        let diff = ReportComparer.compare(before, after)
        let (oldName, newName) = (URL(fileURLWithPath: old).lastPathComponent, URL(fileURLWithPath: new).lastPathComponent)
        let language = CommandLineLanguage.current
        let text = markdown ? DiffRenderer.markdown(diff, old: oldName, new: newName, language: language)
            : DiffRenderer.text(diff, old: oldName, new: newName, language: language)
        StandardStream.output.write(text)
    }
}
