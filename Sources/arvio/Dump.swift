import ArgumentParser
import ArvioMessages
import ArvioPackage
import ArvioReport
import ArvioWordML
import Foundation

/// `arvio dump FILE.docx`: the document tree, to see exactly what Arvio read.
struct Dump: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "dump",
        abstract: HelpPhrase.dump.now,
        discussion: HelpDiscussion.dump.now) }

    @Argument(help: ArgumentHelp(HelpPhrase.docxToRead.now, valueName: HelpPhrase.valueFile.now))
    var file: String

    @Flag(help: ArgumentHelp(HelpPhrase.dumpJSON.now))
    var json = false

    @Option(help: ArgumentHelp(HelpPhrase.dumpTrackChanges.now, valueName: HelpPhrase.valueTrackChanges.now))
    var trackChanges: TrackedChanges = .accept

    func run() throws {
        let document = try ReportFailure.reading(file) {
            try DocxReader.read(file, options: ReadOptions(trackedChanges: trackChanges))
        }
        if json {
            // In chunks, as `arvio import` prints: a large document's JSON never sits in memory whole.
            try ReportWriter.write(document, as: .json) { StandardStream.output.write($0) }
        } else {
            StandardStream.output.write(TreeDump.render(document))
        }
    }
}

extension TrackedChanges: ExpressibleByArgument {}
