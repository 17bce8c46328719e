import ArvioMessages
import ArvioReport
import Foundation

public struct NextOptions: Sendable {
    /// The period to prepare; nil = the one after the report's own period.
    public var period: PeriodKey?
    /// Write every insertion as a Word tracked change.
    public var trackChanges: Bool
    public var author: String
    public var date: Date
    /// Apply `--updates` edits to THL's own text (preamble, Vinkkejä, Käsitteet, the schedule)
    /// instead of refusing them.
    public var allowTemplateEdits: Bool

    public init(period: PeriodKey? = nil, trackChanges: Bool = false, author: String = "Arvio", date: Date = Date(),
                allowTemplateEdits: Bool = false) {
        self.period = period
        self.trackChanges = trackChanges
        self.author = author
        self.date = date
        self.allowTemplateEdits = allowTemplateEdits
    }
}

/// Something the coordinator still has to write or check, by goal and section.
public struct TodoItem: Sendable, Equatable, Codable {
    public var goal: Int?
    /// A heading of the document, or a part Arvio names ("readiness table").
    public var place: Message
    public var task: Message

    public var section: String { place.english }
    public var what: String { task.english }

    public init(goal: Int?, place: Message, task: Message) {
        self.goal = goal
        self.place = place
        self.task = task
    }

    public init(goal: Int?, section: String, what: String) {
        self.init(goal: goal, place: .verbatim(section), task: .verbatim(what))
    }

    enum CodingKeys: String, CodingKey { case goal, section, what }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(goal: try container.decodeIfPresent(Int.self, forKey: .goal),
                  section: try container.decode(String.self, forKey: .section), what: try container.decode(String.self, forKey: .what))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(goal, forKey: .goal)
        try container.encode(section, forKey: .section)
        try container.encode(what, forKey: .what)
    }
}

/// What `arvio next` produced: the changed parts, the next version's model, and the to-do list.
public struct NextOutcome: Sendable {
    public var period: PeriodKey
    /// Part name → new bytes; every other part is copied unchanged.
    public var replacements: [String: [UInt8]]
    public var report: Report
    public var todo: [TodoItem]
    /// How conventions were applied ("new entries after THL's guidance text, as in the 2020 template").
    public var notes: [Message]
}

public enum NextFailure: Error, Sendable, Equatable {
    case unknownPeriod
    case notAReport(DocumentKind)
    case periodNotAfter(PeriodKey, current: PeriodKey)
    case unsupportedEncoding(String)
    /// The period was guessed, and the report already has `entries` dated entries of the period
    /// after the guess: it is most likely already that period's version.
    case periodGuessed(guess: PeriodKey, period: PeriodKey, entries: Int, evidence: String)
    /// `--period` names a period whose dated entries the report already has.
    case entriesWritten(PeriodKey, entries: Int)
}
