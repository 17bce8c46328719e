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
    public var section: String
    public var what: String
}

/// What `arvio next` produced: the changed parts, the next version's model, and the to-do list.
public struct NextOutcome: Sendable {
    public var period: PeriodKey
    /// Part name → new bytes; every other part is copied unchanged.
    public var replacements: [String: [UInt8]]
    public var report: Report
    public var todo: [TodoItem]
    /// How conventions were applied ("new entries after THL's guidance text, as in the 2020 template").
    public var notes: [String]
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
