/// Counting characters (`String.count`) is grapheme breaking over the whole text; these answer
/// the questions the importer asks without it where the text allows.
extension StringProtocol {
    /// `count <= limit`, walking at most `limit` characters: a long paragraph is not counted to the end.
    func hasAtMost(_ limit: Int) -> Bool {
        guard limit >= 0 else { return false }
        guard let end = index(startIndex, offsetBy: limit, limitedBy: endIndex) else { return true }
        return end == endIndex
    }
}

extension String {
    /// `count`, from the UTF-8 bytes when every scalar is below U+0300 and there is no CR: then
    /// each scalar is a character of its own (see `ComparisonKey`), so characters are the bytes
    /// that start a scalar.
    var characterCount: Int {
        var starts = 0
        for byte in utf8 {
            if byte >= 0xCC || byte == 0x0D { return count }
            if byte & 0xC0 != 0x80 { starts += 1 }
        }
        return starts
    }
}
