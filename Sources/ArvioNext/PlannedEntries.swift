import ArvioReport

/// Where `arvio next` will add the next period's dated entries, for a form that asks for their
/// text before the file is written (`arvio serve`): the same plan `NextPeriod.prepare` follows.
public struct PlannedEntry: Sendable, Equatable {
    public var goal: Int
    public var section: SectionKind
    /// The section's (or process goal's) heading as written.
    public var heading: String
    /// "1.1" for a process goal's narrative, else nil.
    public var processGoal: String?
}

extension NextPeriod {
    public static func plannedEntries(_ report: Report) -> [PlannedEntry] {
        EntryPlanner.plan(report).map {
            PlannedEntry(goal: $0.goal, section: $0.section, heading: $0.sectionHeading, processGoal: $0.processGoal)
        }
    }
}
