import ArgumentParser
import ArvioMessages
import ArvioCore
import ArvioPackage
import ArvioReport
import Foundation

/// `arvio summary REPORT.docx`: the dated Innokylä summary, to print or to append after the
/// earlier ones.
struct Summary: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "summary",
        abstract: HelpPhrase.summary.now,
        discussion: HelpDiscussion.summary.now) }

    @Argument(help: ArgumentHelp(HelpPhrase.summaryFile.now, valueName: HelpPhrase.valueFile.now))
    var file: String

    @Option(help: ArgumentHelp(HelpPhrase.summaryAppend.now, valueName: HelpPhrase.valueFile.now))
    var append: String?

    @Option(help: ArgumentHelp(HelpPhrase.summaryMax.now, valueName: "n"))
    var maxChars = 600

    @Option(help: ArgumentHelp(HelpPhrase.summaryDate.now, valueName: HelpPhrase.valueDay.now))
    var date: String?

    @Flag(help: ArgumentHelp(HelpPhrase.summaryFour.now))
    var fourHeadings = false

    @OptionGroup var mappingOptions: MappingOptions

    func validate() throws {
        if maxChars < 100 { throw ValidationError(UsagePhrase.maxChars.say(CommandLineLanguage.current, ["value": "\(maxChars)"])) }
        if let date, Self.day(date) == nil {
            throw ValidationError(UsagePhrase.date.say(CommandLineLanguage.current, ["value": date]))
        }
    }

    func run() throws {
        if let append {
            // Before any work, and before its text is read: a named pipe would block the read, a
            // device never ends, a folder has no text (ARVIO-OUTPUT-NOT-FILE); the report itself is refused too.
            try ReportFailure.reading(append) {
                do { try OutputFile.check(append, inputs: [file], force: true) } catch OutputFile.Failure.notAFile(_, let what) {
                    throw SummaryFailure.appendNotAFile(what)
                }
            }
        }
        let mappings = try mappingOptions.load()
        let report = try ReportFailure.reading(file) {
            try ReportImporter.importReport(file, mappings: mappings, mappingName: mappingOptions.mapping)
        }
        try ReportFailure.reading(file) {
            guard report.kind == .omaArviointi else { throw SummaryFailure.notAReport(report.kind) }
        }
        let headings = mappings[report.mapping]?.innokylaHeadings ?? mappings["thl-common"]?.innokylaHeadings
        let written = date.flatMap(Self.day) ?? Self.today()
        let summary = SummaryBuilder.summarise(report, headings: headings, written: written,
                                               options: .init(maxCharacters: maxChars, fourHeadings: fourHeadings))
        for note in summary.notes { StandardStream.error.write("arvio: \(note[CommandLineLanguage.current])\n") }
        guard let append else {
            StandardStream.output.write(summary.markdown)
            return
        }
        try ReportFailure.reading(append) {
            let earlier = try Self.existingText(append)
            if String(decoding: earlier, as: UTF8.self).contains("## \(summary.reportName) (") {
                StandardStream.error.write("arvio: " + SummaryPhrase.alreadyHasSummary.say(CommandLineLanguage.current, ["file": append]) + "\n")
            }
            let combined = earlier + Self.separator(after: earlier) + Data(summary.markdown.utf8)
            try OutputFile.write(combined, to: append, inputs: [file], force: true)
        }
        StandardStream.error.write("arvio: " + SummaryPhrase.added.say(CommandLineLanguage.current, ["period": summary.period?.columnLabel ?? "", "file": append]) + "\n")
    }

    /// The file's bytes as they are (empty when it does not exist yet); refused when not text.
    static func existingText(_ path: String) throws -> Data {
        guard FileManager.default.fileExists(atPath: path) else { return Data() }
        guard let data = FileManager.default.contents(atPath: path) else { throw SummaryFailure.unreadable }
        guard String(data: data, encoding: .utf8) != nil, !data.contains(0) else { throw SummaryFailure.notText }
        return data
    }

    /// A blank line between the earlier summaries and the new one, whatever the file ends with.
    static func separator(after earlier: Data) -> Data {
        if earlier.isEmpty || earlier.suffix(2) == Data("\n\n".utf8) { return Data() }
        return Data((earlier.last == UInt8(ascii: "\n") ? "\n" : "\n\n").utf8)
    }

    static func day(_ text: String) -> CalendarDay? {
        guard let day = CalendarDay(iso: text) else { return nil }
        var components = DateComponents()
        (components.year, components.month, components.day) = (day.year, day.month, day.day)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let date = calendar.date(from: components),
              calendar.dateComponents([.day], from: date).day == day.day else { return nil }
        return day
    }

    static func today() -> CalendarDay {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        return CalendarDay(year: parts.year!, month: parts.month!, day: parts.day!)
    }

    enum SummaryFailure: Error, CoordinatorFacingError {
        case notAReport(DocumentKind)
        case notText
        case unreadable
        /// `--append` names a folder, a device or a named pipe: said in --append's words, not -o's.
        case appendNotAFile(String)
        var code: String {
            switch self {
            case .notAReport: "ARVIO-SUMMARY-NOT-A-REPORT"
            case .notText: "ARVIO-APPEND-NOT-TEXT"
            case .unreadable: "ARVIO-CANNOT-WRITE"
            case .appendNotAFile: "ARVIO-OUTPUT-NOT-FILE"
            }
        }
        var exitCode: Int32 {
            switch self {
            case .notAReport: 31
            case .notText, .unreadable, .appendNotAFile: 73
            }
        }
        func message(file: String) -> String {
            switch self {
            case .notAReport(let kind):
                "\(file): this is \(kind.withArticle), not an oma-arviointi report; Innokylä summaries are written of reports."
            case .notText:
                "\(file): is not a UTF-8 text file; Arvio appends summaries only to text or Markdown files."
            case .unreadable:
                "\(file): exists but cannot be read."
            case .appendNotAFile(let what):
                "\(file): is \(what), not a file; --append adds the summary to an ordinary text or Markdown file. Give such a file's name."
            }
        }
    }
}
