/// Counting characters (`String.count`) is grapheme breaking over the whole text; these answer
/// the importer's questions from the UTF-8 bytes where that is exact. A scalar below U+0300
/// (lead byte below 0xCC) never joins a neighbour into one character except CR LF, so in text
/// made of such scalars, without CR, every scalar is a character.
extension String {
    /// The number of scalars when every one is below U+0300 and none is CR (then it is `count`); nil otherwise.
    var plainScalarCount: Int? {
        var starts = 0
        for byte in utf8 {
            if byte >= 0xCC || byte == 0x0D { return nil }
            if byte & 0xC0 != 0x80 { starts += 1 }
        }
        return starts
    }

    /// `count`.
    var characterCount: Int { plainScalarCount ?? count }

    /// `count <= limit`, without counting a long paragraph to its end.
    func hasAtMost(_ limit: Int) -> Bool {
        guard limit >= 0 else { return false }
        if utf8.count <= limit { return true }  // never more characters than bytes
        var starts = 0
        for byte in utf8 {
            if byte >= 0xCC || byte == 0x0D { return walkedHasAtMost(limit) }
            // Each plain scalar so far starts a character of its own.
            if byte & 0xC0 != 0x80 { starts += 1; if starts > limit { return false } }
        }
        return true
    }

    private func walkedHasAtMost(_ limit: Int) -> Bool {
        guard let end = index(startIndex, offsetBy: limit, limitedBy: endIndex) else { return true }
        return end == endIndex
    }
}
