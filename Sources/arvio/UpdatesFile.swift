import ArvioCore
import ArvioNext
import ArvioReport
import ArvioRender
import Foundation

/// Reads `--updates`: an edited report in YAML/JSON (the shape `arvio import` writes) or an
/// edited Markdown rendering (`arvio render --to md`).
enum UpdatesFile {
    enum Failure: Error, CoordinatorFacingError {
        case unreadable(String)
        case unknownFormat(String)
        var code: String { "ARVIO-BAD-UPDATES" }
        var exitCode: Int32 { 22 }
        func message(file: String) -> String {
            switch self {
            case .unreadable(let reason): "\(file): the updates file cannot be read (\(reason)). Give the YAML that `arvio import` wrote or the Markdown of `arvio render --to md`, with the new period's text added."
            case .unknownFormat(let ext): "\(file): updates must be .yaml, .yml, .json or .md, not .\(ext). Give the YAML that `arvio import` wrote or the Markdown of `arvio render --to md`."
            }
        }
    }

    static func read(_ path: String, original: Report, period: PeriodKey?, mappings: MappingSet) throws -> PeriodUpdates {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw Failure.unreadable("no such file, or not UTF-8 text")
        }
        let ext = (path as NSString).pathExtension.lowercased()
        let edited: Report
        switch ext {
        case "yaml", "yml", "json":
            do { edited = try ReportWriter.decode(text, as: ext == "json" ? .json : .yaml) } catch {
                throw Failure.unreadable("not a report as `arvio import` writes it: \(error)")
            }
        case "md", "markdown":
            edited = MarkdownReader.read(text, mappings: mappings, mappingName: original.mapping, file: path)
        default:
            throw Failure.unknownFormat(ext)
        }
        let chosen = period ?? edited.period?.period.next ?? original.period?.period.next ?? .baseline
        return PeriodUpdates.difference(original: original, edited: edited, period: chosen)
    }
}
