import ArvioPackage

/// Which view of tracked changes the tree shows. Every change is listed in
/// `WordDocument.revisions` with author and date whichever view is chosen.
public enum TrackedChanges: String, Sendable, CaseIterable {
    /// As if every change were accepted (what Word shows with "No Markup"); the default.
    case accept
    /// As if every change were rejected: the original text.
    case reject
    /// Both inserted and deleted text, each run marked with its revision.
    case all
}

public struct ReadOptions: Sendable {
    public var trackedChanges: TrackedChanges = .accept
    public var limits: PackageLimits = .default
    public init(trackedChanges: TrackedChanges = .accept, limits: PackageLimits = .default) {
        self.trackedChanges = trackedChanges
        self.limits = limits
    }
}
