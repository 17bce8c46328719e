import ArvioMessages
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
    /// Section, process goal or table: "“Seurannan ja arvioinnin tulokset”", "readiness table" (`at[.fi]`).
    public var at: Message
    /// Stable identifier of the rule: "unfilled-guidance", "period-column-empty", …
    public var rule: String
    /// What is wrong, in any language (`says[.fi]`).
    public var says: Message

    public var place: String { at.english }
    public var message: String { says.english }

    public init(_ severity: Severity, goal: Int?, place: Message, rule: String, message: Message) {
        self.severity = severity
        self.goal = goal
        self.at = place
        self.rule = rule
        self.says = message
    }

    /// A place that is a heading of the document: the same words in every language.
    public init(_ severity: Severity, goal: Int?, place: String, rule: String, message: Message) {
        self.init(severity, goal: goal, place: .verbatim(place), rule: rule, message: message)
    }
}

/// The page count of the document as a PDF, when one could be made.
public enum PageCount: Sendable, Equatable {
    case counted(Int)
    /// Why there is no count ("LibreOffice is not installed").
    case skipped(Message)
}
