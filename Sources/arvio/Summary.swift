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
        discussion: """
            THL asks for a short dated summary of every report in Innokylä, written after the previous one. \
            This prints a date line ("Oma-arviointi 5/22, 15.5.2022" and the day it was written) and one short \
            paragraph under each Innokylä heading, quoted from the report itself: this period's dated entries \
            ("Huhtikuu 2022: …") of the development actions, monitoring results and process goals or, in a report \
            without dated entries, the last paragraphs of those sections. Each paragraph stops at a sentence end \
            within --max-chars. A goal with nothing new says "Ei uutta raportoitavaa tällä kaudella." Read it \
            through before pasting: it is a draft in the report's own words.

            Headings: one per national goal, five in all, as the mapping's `innokylaHeadings` lists them (see \
            `arvio mappings`). The 2021 autumn template asks for text under "neljän otsikon" (four headings) while \
            the programme has five goals; Arvio keeps goal 5 (Kustannusten nousun hillintä) as its own fifth \
            paragraph by default, so nothing the report says about costs is lost and the paragraph can be pasted \
            wherever Innokylä wants it. --four-headings folds goal 5 into the fourth paragraph as a closing \
            sentence instead — the reports treat cost containment as the result of goals 1–4.

            --append FILE adds the summary after the earlier ones in FILE (created if missing): the earlier text \
            is kept byte for byte, a blank line separates, and the file is replaced in one step, so an \
            interrupted run never leaves it half-written.
            """) }

    @Argument(help: ArgumentHelp(HelpPhrase.summaryFile.now))
    var file: String

    @Option(help: ArgumentHelp(HelpPhrase.summaryAppend.now, valueName: "file"))
    var append: String?

    @Option(help: ArgumentHelp(HelpPhrase.summaryMax.now, valueName: "n"))
    var maxChars = 600

    @Option(help: ArgumentHelp(HelpPhrase.summaryDate.now, valueName: "yyyy-mm-dd"))
    var date: String?

    @Flag(help: ArgumentHelp(HelpPhrase.summaryFour.now))
    var fourHeadings = false

    @OptionGroup var mappingOptions: MappingOptions

    func validate() throws {
        if maxChars < 100 { throw ValidationError("--max-chars \(maxChars): give at least 100 characters.") }
        if let date, Self.day(date) == nil {
            throw ValidationError("--date \(date): give a date as yyyy-mm-dd, e.g. 2022-05-13.")
        }
    }

    func run() throws {
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
        for note in summary.notes { StandardStream.error.write("arvio: \(note)\n") }
        guard let append else {
            StandardStream.output.write(summary.markdown)
            return
        }
        try ReportFailure.reading(append) {
            let earlier = try Self.existingText(append)
            if String(decoding: earlier, as: UTF8.self).contains("## \(summary.reportName) (") {
                StandardStream.error.write("arvio: \(append) already has a summary of this report; the new one goes after it.\n")
            }
            let combined = earlier + Self.separator(after: earlier) + Data(summary.markdown.utf8)
            try OutputFile.write(combined, to: append, inputs: [file], force: true)
        }
        StandardStream.error.write("arvio: added the \(summary.period?.columnLabel ?? "") summary to \(append)\n")
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
        var code: String {
            switch self {
            case .notAReport: "ARVIO-SUMMARY-NOT-A-REPORT"
            case .notText: "ARVIO-APPEND-NOT-TEXT"
            case .unreadable: "ARVIO-CANNOT-WRITE"
            }
        }
        var exitCode: Int32 {
            switch self {
            case .notAReport: 31
            case .notText, .unreadable: 73
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
            }
        }
    }
}
