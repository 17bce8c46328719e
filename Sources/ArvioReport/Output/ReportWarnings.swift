/// A warning as a coordinator sees it: a stable code from `ErrorCatalogue.warnings` and one
/// line of plain language.
public struct ReportWarning: Equatable, Sendable {
    public var code: String
    public var message: String

    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    /// `FILE: warning: MESSAGE [CODE]`, the shape of every error line.
    public func line(file: String) -> String { "\(file): warning: \(message) [\(code)]" }
}

/// Every warning a report carries, with its code: the remarks made while reading and building
/// it (`Report.warnings`, kept as text in the model) and what the model itself shows — a
/// guessed period, text no section claimed.
public enum ReportWarnings {
    public static func of(_ report: Report) -> [ReportWarning] {
        var result = report.warnings.map { ReportWarning(code: code(of: $0), message: $0) }
        if let period = report.period, period.guessed {
            result.append(ReportWarning(
                code: "ARVIO-W-GUESSED-PERIOD",
                message: "the reporting period \(period.period.columnLabel) was guessed from the \(period.evidence), not stated in the title or header."))
        }
        if let first = report.unmapped.first {
            let count = report.unmapped.count
            let characters = report.unmapped.reduce(0) { $0 + $1.text.count }
            let sample = first.text.count > 60 ? String(first.text.prefix(60)) + "…" : first.text
            result.append(ReportWarning(
                code: "ARVIO-W-UNMAPPED",
                message: "\(count) piece\(count == 1 ? "" : "s") of text (\(characters) characters) matched no section of the template and \(count == 1 ? "is" : "are") kept under 'unmapped'; the first, at block \(first.at): “\(sample)”."))
        }
        return result
    }

    /// The code of a remark made while reading, by the words each kind of remark starts with.
    /// A remark nobody has given a code yet gets ARVIO-W-OTHER (a test over the corpus and the
    /// generated reports checks that none does).
    public static func code(of warning: String) -> String {
        let rules: [(String, (String) -> Bool)] = [
            ("ARVIO-W-NO-TEMPLATE", { $0.hasPrefix("No known template wording found;") }),
            ("ARVIO-W-MARKDOWN", { $0.hasPrefix("No known template wording found in the Markdown") || $0.hasPrefix("The Markdown names the mapping") }),
            ("ARVIO-W-NO-PERIOD", { $0.hasPrefix("The reporting period could not be found") }),
            ("ARVIO-W-MISSING-GOAL", { $0.hasPrefix("National goal(s)") }),
            ("ARVIO-W-PROCESS-GOAL", { $0.hasPrefix("Process goal ") || $0.hasPrefix("Narrative ") }),
            ("ARVIO-W-TABLE", { text in
                let head = text.prefix { $0 != "“" && $0 != "\"" }
                return ["Readiness table", "Indicator table", "Annex table", "Problem/objective table", "Results table",
                        "Plan results table", "Risk table", "Table at block"].contains { head.hasPrefix($0) }
                    || (text.hasPrefix("Annex \"") && text.contains("has a second table"))
            }),
            ("ARVIO-W-NOT-READ", { $0.contains(": imported content (altChunk") }),
            ("ARVIO-W-UNSUPPORTED", { $0.contains(": text inside unsupported <") }),
        ]
        return rules.first { $0.1(warning) }?.0 ?? "ARVIO-W-OTHER"
    }
}
