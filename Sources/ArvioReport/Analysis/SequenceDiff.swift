/// An order-aware difference of two lists of texts (paragraphs, table rows): the longest common
/// subsequence stays, the rest is added or removed, and a removed text followed by a similar
/// added one in the same gap counts as changed. Texts are compared by `TextKey.normalise`, so
/// a no-break space or a trailing space alone is no change.
public enum SequenceDiff {
    public enum Operation: Equatable, Sendable {
        case same(old: Int, new: Int)
        case added(new: Int)
        case removed(old: Int)
        case changed(old: Int, new: Int)
    }

    public static func compare(_ old: [String], _ new: [String]) -> [Operation] {
        let a = old.map(TextKey.normalise), b = new.map(TextKey.normalise)
        // lengths[i][j]: LCS of a[i...] and b[j...].
        var lengths = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var operations: [Operation] = []
        var removed: [Int] = [], added: [Int] = []
        func flush() {
            operations += pair(removed, added, a, b)
            removed = []
            added = []
        }
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                flush()
                operations.append(.same(old: i, new: j))
                i += 1
                j += 1
            } else if j < b.count, i == a.count || lengths[i][j + 1] >= lengths[i + 1][j] {
                added.append(j)
                j += 1
            } else {
                removed.append(i)
                i += 1
            }
        }
        flush()
        return operations
    }

    /// One gap: removed and added texts, paired in order where they are alike.
    private static func pair(_ removed: [Int], _ added: [Int], _ a: [String], _ b: [String]) -> [Operation] {
        var operations: [Operation] = []
        var nextAdded = 0
        for old in removed {
            if let match = added[nextAdded...].firstIndex(where: { similar(a[old], b[$0]) }) {
                for skipped in added[nextAdded ..< match] { operations.append(.added(new: skipped)) }
                operations.append(.changed(old: old, new: added[match]))
                nextAdded = match + 1
            } else {
                operations.append(.removed(old: old))
            }
        }
        for rest in added[nextAdded...] { operations.append(.added(new: rest)) }
        return operations
    }

    /// Half or more of the words shared (Dice coefficient on word sets).
    static func similar(_ x: String, _ y: String) -> Bool {
        let left = Set(x.split(separator: " ")), right = Set(y.split(separator: " "))
        guard !left.isEmpty || !right.isEmpty else { return true }
        return Double(2 * left.intersection(right).count) / Double(left.count + right.count) >= 0.5
    }
}
