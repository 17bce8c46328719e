import ArvioCore
import ArvioMessages
import ArvioPackage
import ArvioReport
import ArvioRender
import Foundation

/// Reads `--updates`: an edited report in YAML/JSON (the shape `arvio import` writes) or an
/// edited Markdown rendering (`arvio render --to md`, `arvio next --to md`), checks that it was
/// made from this report, and sorts what it changes. The command line and the web page share it.
public enum UpdatesReader {
    /// `text` of the updates file named `name` (its extension says the format).
    public static func read(_ text: String, name: String, original: Report, period: PeriodKey?,
                            mappings: MappingSet) throws -> PeriodUpdates {
        let ext = (name as NSString).pathExtension.lowercased()
        let edited: Report
        switch ext {
        case "yaml", "yml", "json":
            let format: ReportWriter.Format = ext == "json" ? .json : .yaml
            do { edited = try ReportWriter.decode(text, as: format) } catch {
                throw UpdatesFailure.malformed(ModelDecodingProblem.describe(error, text: text, format: format))
            }
        case "md", "markdown":
            edited = MarkdownReader.read(text, mappings: mappings, mappingName: original.mapping, file: name)
        default:
            throw UpdatesFailure.unknownFormat(ext)
        }
        try verify(edited, belongsTo: original, period: period)
        // The Markdown of `next --to md` already names the new period; an import's YAML the old one.
        let chosen = period ?? original.period?.period.next ?? edited.period?.period ?? .baseline
        return PeriodUpdates.difference(original: original, edited: edited, period: chosen)
    }

    /// The bytes of an updates file as text, or why not: a .docx given by mistake is named as one.
    public static func text(of data: Data) throws -> String {
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) { throw UpdatesFailure.notText(UpdatesPhrase.wordOrZip.message) }
        guard let text = String(data: data, encoding: .utf8) else { throw UpdatesFailure.notText(UpdatesPhrase.notUTF8.message) }
        return text
    }

    /// Region, kind and period (the report's own or the one being prepared) must be the report's.
    static func verify(_ edited: Report, belongsTo original: Report, period: PeriodKey?) throws {
        let made = UpdatesFailure.Origin(edited)
        let this = UpdatesFailure.Origin(original)
        if edited.kind != original.kind && edited.kind != .unknown {
            throw UpdatesFailure.mismatch(madeFrom: made, report: this)
        }
        if let theirs = edited.project.region, let ours = original.project.region,
           TextKey.normalise(theirs) != TextKey.normalise(ours) {
            throw UpdatesFailure.mismatch(madeFrom: made, report: this)
        }
        if let theirs = edited.period?.period, let ours = original.period?.period {
            let accepted: Set<PeriodKey> = [ours, ours.next, period].compactMap { $0 }.reduce(into: []) { $0.insert($1) }
            if !accepted.contains(theirs) { throw UpdatesFailure.mismatch(madeFrom: made, report: this) }
        }
    }
}

public enum UpdatesFailure: Error, Sendable, Equatable, CoordinatorFacingError, SaysItsLine {
    /// Which report a file was made from, in the coordinator's words.
    public struct Origin: Sendable, Equatable, CustomStringConvertible {
        public var region: String?
        public var kind: DocumentKind
        public var period: PeriodKey?

        public init(_ report: Report) {
            region = report.project.region ?? report.project.name
            kind = report.kind
            period = report.period?.period
        }

        public var description: String { said.english }

        /// "Kymenlaakso's oma-arviointi 11/21"; in Finnish and Swedish the kind in their words.
        public var said: Message {
            let kind: Message
            switch self.kind {
            case .omaArviointi: kind = Self.kind(.kindReport, english: self.kind)
            case .hankesuunnitelma: kind = Self.kind(.kindPlan, english: self.kind)
            case .loppuTiivistelma: kind = Self.kind(.kindFinalSummary, english: self.kind)
            case .unknown: kind = Self.kind(.kindUnknown, english: self.kind)
            }
            let parts = [region.map { UpdatesPhrase.originRegion.with(["region": $0]) }, kind, period.map { .verbatim(" \($0.columnLabel)") }]
            return Message.joined(parts.compactMap { $0 }, separator: "")
        }

        /// The label's word in the sentence ("oma-arviointi"); English keeps the model's name.
        private static func kind(_ label: Label, english: DocumentKind) -> Message {
            Message(Texts(fi: label[.fi].lowercased(), sv: label[.sv].lowercased(), en: english.rawValue))
        }
    }

    case notText(Message)
    case unknownFormat(String)
    case malformed(ModelDecodingProblem)
    case mismatch(madeFrom: Origin, report: Origin)
    /// THL's own text changed without `--allow-template-edits`.
    case templateText(ParagraphEdit)

    public var code: String {
        switch self {
        case .notText, .unknownFormat, .malformed: "ARVIO-BAD-UPDATES"
        case .mismatch: "ARVIO-UPDATES-MISMATCH"
        case .templateText: "ARVIO-UPDATES-TEMPLATE-TEXT"
        }
    }

    public var exitCode: Int32 {
        switch self {
        case .notText, .unknownFormat, .malformed: 22
        case .mismatch: 23
        case .templateText: 24
        }
    }

    public func message(file: String) -> String { said(file: file).english }

    /// The line in every language, naming the file and where in it, or which report it was made from.
    public func said(file: String) -> Message {
        let name = Message.verbatim(file)
        return switch self {
        case .notText(let what): UpdatesPhrase.notText.with(parts: ["file": name, "what": what])
        case .unknownFormat(let ext): UpdatesPhrase.unknownFormat.with(parts: ["file": name, "ext": .verbatim(ext)])
        case .malformed(let problem): UpdatesPhrase.malformed.with(parts: ["file": name, "problem": problem.said])
        case .mismatch(let made, let report): UpdatesPhrase.mismatch.with(parts: ["file": name, "made": made.said, "report": report.said])
        case .templateText(let edit): UpdatesPhrase.templateText.with(parts: ["file": name, "edit": edit.message])
        }
    }
}
