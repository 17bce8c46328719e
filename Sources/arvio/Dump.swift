import ArgumentParser
import ArvioPackage
import ArvioReport
import ArvioWordML
import Foundation

/// `arvio dump FILE.docx`: the document tree, to see exactly what Arvio read.
struct Dump: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump",
        abstract: "Show everything Arvio reads from a .docx: paragraphs, lists, tables, notes, changes.",
        discussion: """
            Prints one line per paragraph (style, heading level, list label as Word shows it, text) and \
            per table row and cell (spans, merged cells, shading). Use --json for the full tree.
            """)

    @Argument(help: "The Word document (.docx) to read.")
    var file: String

    @Flag(help: "Print the full document tree as JSON instead of readable text.")
    var json = false

    @Option(help: "Which text to show where the document has tracked changes: accept (as if accepted), reject (the original), or all (both, marked).")
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
