/// Counting characters (`String.count`) is grapheme breaking over the whole text; these answer
/// the importer's questions from the scalars where that is exact (see `PlainText`).
extension String {
    /// `count`.
    var characterCount: Int { PlainText.scalarCount(self) ?? count }

    /// `count <= limit`, without counting a long paragraph to its end.
    func hasAtMost(_ limit: Int) -> Bool {
        guard limit >= 0 else { return false }
        if utf8.count <= limit { return true }  // never more characters than bytes
        if let plain = PlainText.scalarCount(self, limit: limit) { return plain <= limit }
        guard let end = index(startIndex, offsetBy: limit, limitedBy: endIndex) else { return true }
        return end == endIndex
    }
}
