import Foundation

/// Matchers already built, shared by every import in the process: keying a mapping's phrases
/// cost as much as placing a small report's paragraphs, and a batch imports with the same few
/// mappings throughout.
final class MatcherCache: @unchecked Sendable {
    static let shared = MatcherCache()
    /// Searched by equality, not hashed (as `HeaderKeys`): comparing a mapping with the very same
    /// value (shared storage) is cheap where hashing reads every phrase.
    private var matchers: [MappingMatcher] = []
    private let lock = NSLock()
    /// More mappings than any set holds; past it the oldest matcher is built again when needed.
    private static let capacity = 32

    func matcher(for mapping: TemplateMapping) -> MappingMatcher {
        lock.lock()
        defer { lock.unlock() }
        if let cached = matchers.first(where: { $0.mapping == mapping }) { return cached }
        let matcher = MappingMatcher(mapping)
        if matchers.count == Self.capacity { matchers.removeFirst() }
        matchers.append(matcher)
        return matcher
    }
}
