extension StringProtocol {
    /// The text without white space or line breaks at either end (what `Character.isWhitespace`
    /// calls white space: spaces of every width, tabs, line and paragraph breaks).
    /// Foundation's `trimmingCharacters(in:)` first copies the whole text to UTF-16; for every
    /// paragraph of a report that cost more than reading the paragraph.
    public var trimmed: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first ... last])
    }
}
