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
        discussion: HelpDiscussion.diff.now) }

    @Argument(help: ArgumentHelp(HelpPhrase.diffOld.now, valueName: HelpPhrase.valueOld.now))
    var old: String

    @Argument(help: ArgumentHelp(HelpPhrase.diffNew.now, valueName: HelpPhrase.valueNew.now))
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
