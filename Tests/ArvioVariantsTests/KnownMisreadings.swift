/// (seed · variant) pairs Arvio reads differently from their original today, and why. Keyed
/// by `VariantCorpus.Case.description`. Each entry is a reader bug issue 15 asks to fix; when
/// the fix lands the case fails with "known issue was not recorded" and the entry goes.
enum KnownMisreadings {
    static let report: [String: String] = [:]
    static let tree: [String: String] = [:]
}
