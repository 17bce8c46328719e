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
    /// Formatting nothing reads is left out of the parts' bytes before parsing (see
    /// `UnreadFormatting`): faster, and the document read is the same. Off only to check that.
    public var skipsUnreadFormatting = true
    /// The least share of a document part worth leaving out (a tenth); 0 cuts whatever can be
    /// cut, which the fuzzer uses to try the cut on small inputs.
    public var unreadFormattingShare = UnreadFormatting.defaultShare
    public init(trackedChanges: TrackedChanges = .accept, limits: PackageLimits = .default, skipsUnreadFormatting: Bool = true) {
        self.trackedChanges = trackedChanges
        self.limits = limits
        self.skipsUnreadFormatting = skipsUnreadFormatting
    }
}
