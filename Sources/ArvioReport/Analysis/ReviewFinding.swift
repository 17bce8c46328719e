/// One thing a THL reviewer would flag in a report or plan before it goes to Innokylä.
public struct ReviewFinding: Sendable, Equatable {
    public enum Severity: String, Sendable, Comparable {
        /// Must be fixed before uploading.
        case fix
        /// Worth a look; fails the check only with --strict.
        case look
        /// A check that could not be made, or a fact to know; never fails.
        case note

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            let order: [Severity] = [.fix, .look, .note]
            return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
        }
    }

    public var severity: Severity
    /// National goal number; nil for the document as a whole.
    public var goal: Int?
    /// Section, process goal or table: "“Seurannan ja arvioinnin tulokset”", "readiness table".
    public var place: String
    /// Stable identifier of the rule: "unfilled-guidance", "period-column-empty", …
    public var rule: String
    public var message: String

    public init(_ severity: Severity, goal: Int?, place: String, rule: String, message: String) {
        self.severity = severity
        self.goal = goal
        self.place = place
        self.rule = rule
        self.message = message
    }
}

/// The page count of the document as a PDF, when one could be made.
public enum PageCount: Sendable, Equatable {
    case counted(Int)
    /// Why there is no count ("LibreOffice is not installed").
    case skipped(String)
}
