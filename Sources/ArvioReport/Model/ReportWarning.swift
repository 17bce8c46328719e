import ArvioMessages

/// A remark Arvio makes while reading a document, as a coordinator sees it: a stable code from
/// `ErrorCatalogue.warnings` given where the remark arises, and one line of plain language that
/// names places by their heading text, never by internal block paths.
public struct ReportWarning: Codable, Equatable, Hashable, Sendable {
    /// The catalogue codes of warnings (`ErrorCatalogue.warnings`; a test keeps the two equal).
    public enum Code: String, Codable, Sendable, CaseIterable {
        case noTemplate = "ARVIO-W-NO-TEMPLATE"
        case noPeriod = "ARVIO-W-NO-PERIOD"
        case guessedPeriod = "ARVIO-W-GUESSED-PERIOD"
        case missingGoal = "ARVIO-W-MISSING-GOAL"
        case missingSection = "ARVIO-W-MISSING-SECTION"
        case unmapped = "ARVIO-W-UNMAPPED"
        case table = "ARVIO-W-TABLE"
        case processGoal = "ARVIO-W-PROCESS-GOAL"
        case notRead = "ARVIO-W-NOT-READ"
        case unsupported = "ARVIO-W-UNSUPPORTED"
        case markdown = "ARVIO-W-MARKDOWN"
        case headingUnsure = "ARVIO-W-HEADING-UNSURE"
        case periodUnread = "ARVIO-W-PERIOD-UNREAD"
        case planEmptyGoal = "ARVIO-W-PLAN-EMPTY-GOAL"
        case planNoPhases = "ARVIO-W-PLAN-NO-PHASES"
        /// Given by no warning of this version; kept so YAML and JSON written by earlier ones still read.
        case other = "ARVIO-W-OTHER"
    }

    public var code: Code
    /// The library's English line, as written into YAML/JSON.
    public var message: String
    /// The same in any language; a warning read back from YAML/JSON has its English only.
    public var said: Message

    public init(_ code: Code, _ message: String) {
        self.init(code, Message.verbatim(message))
    }

    public init(_ code: Code, _ said: Message) {
        self.code = code
        self.message = said.english
        self.said = said
    }

    enum CodingKeys: String, CodingKey { case code, message }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(try container.decode(Code.self, forKey: .code), try container.decode(String.self, forKey: .message))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encode(message, forKey: .message)
    }

    // Two warnings are the same when they say the same (each is said once).
    public static func == (lhs: ReportWarning, rhs: ReportWarning) -> Bool { lhs.code == rhs.code && lhs.message == rhs.message }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(code)
        hasher.combine(message)
    }

    /// `FILE: warning: MESSAGE [CODE]`, the shape of every error line.
    public func line(file: String) -> String { "\(file): warning: \(message) [\(code.rawValue)]" }
}

extension Array where Element == ReportWarning {
    /// Adds a warning unless the same one is there already: each is said once.
    public mutating func add(_ warning: ReportWarning) {
        if !contains(warning) { append(warning) }
    }

    public mutating func add(_ code: ReportWarning.Code, _ message: String) { add(ReportWarning(code, message)) }

    public mutating func add(_ code: ReportWarning.Code, _ said: Message) { add(ReportWarning(code, said)) }
}

/// Every warning a report carries: the remarks made while reading and building it
/// (`Report.warnings`) and what the model itself shows — a guessed period, text no section
/// claimed — each once, in that order.
public enum ReportWarnings {
    public static func of(_ report: Report) -> [ReportWarning] {
        var result: [ReportWarning] = []
        for warning in report.warnings { result.add(warning) }
        if let period = report.period, period.guessed {
            result.add(.guessedPeriod, WarningPhrase.guessedPeriod.with(parts: ["period": .verbatim(period.period.columnLabel), "evidence": period.said]))
        }
        if let first = report.unmapped.first {
            let count = report.unmapped.count
            let characters = report.unmapped.reduce(0) { $0 + $1.text.count }
            let sample = first.text.count > 60 ? String(first.text.prefix(60)) + "…" : first.text
            result.add(.unmapped, (count == 1 ? WarningPhrase.unmappedOne : .unmappedMany)
                .with(["count": "\(count)", "characters": "\(characters)", "sample": sample]))
        }
        return result
    }
}
