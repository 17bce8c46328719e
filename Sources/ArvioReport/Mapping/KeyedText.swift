/// A paragraph's text with what matching asks of it worked out once. Placing a paragraph tries
/// it as decoration, heading and guidance text; each wants its length and its normalised key,
/// and normalising is the costliest step, so it is done once, and only when a rule needs it.
struct KeyedText {
    let text: String
    /// `text.count`.
    let characterCount: Int
    /// Every character is one plain scalar (`PlainText`).
    let isPlain: Bool
    private var normalisedKey: String?
    private var headingKey: String?

    init(_ text: String) {
        self.text = text
        (characterCount, isPlain) = PlainText.characterCount(text)
    }

    /// `TextKey.normalise(text)`.
    mutating func normalised() -> String {
        if let normalisedKey { return normalisedKey }
        let key = TextKey.normalise(text)
        normalisedKey = key
        return key
    }

    /// `TextKey.heading(text)`.
    mutating func heading() -> String {
        if let headingKey { return headingKey }
        let key = TextKey.heading(normalised: normalised())
        headingKey = key
        return key
    }

    /// The characters of `text` with spaces (not line breaks) trimmed from both ends as
    /// `Whitespace.whitespaces` does, when that trimmed text starts with "<" and ends with ">";
    /// nil otherwise. Plain text is read off its scalars (each is a character), without building
    /// the trimmed string.
    func bracketedCount() -> Int? {
        guard isPlain else {
            let trimmed = Whitespace.whitespaces.trimmed(text)
            return trimmed.hasPrefix("<") && trimmed.hasSuffix(">") ? trimmed.count : nil
        }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !Whitespace.whitespaces.contains($0) }),
              scalars[first] == "<" else { return nil }
        let last = scalars.lastIndex(where: { !Whitespace.whitespaces.contains($0) })!
        guard scalars[last] == ">" else { return nil }
        return scalars.distance(from: first, to: last) + 1
    }
}
