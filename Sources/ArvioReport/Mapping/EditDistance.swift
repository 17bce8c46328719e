/// Levenshtein distance with an early exit once every path costs more than `limit`: then the
/// result is `limit + 1`. Otherwise the exact distance.
enum EditDistance {
    /// A cheap bound from below: an edit changes the counts of scalar values by at most 2 in
    /// all, so half the total difference of the counts (values folded modulo 64) is never more
    /// than the distance. Rejects most unrelated texts of similar length before any table.
    static func lowerBound(_ a: [UInt32], _ b: [UInt32]) -> Int {
        var counts = [Int32](repeating: 0, count: 64)
        for value in a { counts[Int(value & 63)] += 1 }
        for value in b { counts[Int(value & 63)] -= 1 }
        return (counts.reduce(0) { $0 + Int(abs($1)) } + 1) / 2
    }

    static func levenshtein<Element: Equatable>(_ a: [Element], _ b: [Element], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count > limit ? limit + 1 : a.count }
        var previous = Array(0 ... b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1 ... a.count {
            current[0] = i
            var rowMinimum = i
            let character = a[i - 1]
            for j in 1 ... b.count {
                let value = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (character == b[j - 1] ? 0 : 1))
                current[j] = value
                rowMinimum = Swift.min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
