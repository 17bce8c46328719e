/// Levenshtein distance with an early exit once every path costs more than `limit`: then the
/// result is `limit + 1`. Otherwise the exact distance.
enum EditDistance {
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
