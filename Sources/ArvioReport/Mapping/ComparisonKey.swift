/// A normalised key made ready for many comparisons: its length in characters is counted once,
/// and for plain text (`PlainText`: Finnish, ASCII, common punctuation) edit distance and suffix
/// checks run on scalars and bytes instead of `Character`s, with the same results.
struct ComparisonKey {
    let text: String
    /// Characters, as `String.count`.
    let count: Int
    /// Every character is one plain scalar.
    let isPlain: Bool
    /// The scalars of a key compared many times (a mapping's), kept rather than rebuilt for each comparison.
    private let keptScalars: [UInt32]?

    /// `keepingScalars` for a mapping's keys, each compared with many paragraphs; a paragraph's
    /// key builds its scalars only if a comparison needs them.
    init(_ text: String, keepingScalars: Bool = false) {
        self.text = text
        (count, isPlain) = PlainText.characterCount(text)
        keptScalars = keepingScalars && isPlain ? text.unicodeScalars.map(\.value) : nil
    }

    var isEmpty: Bool { text.isEmpty }

    /// The scalars, when they are the characters; built on demand, as only keys of nearly the
    /// same length are ever compared scalar by scalar.
    var scalars: [UInt32]? { isPlain ? keptScalars ?? text.unicodeScalars.map(\.value) : nil }

    /// `text == other.text`. Plain texts are equal exactly when their bytes are (no plain scalar
    /// is canonically equivalent to another), so keys of different lengths differ at once.
    func hasSameText(_ other: ComparisonKey) -> Bool {
        guard isPlain, other.isPlain else { return text == other.text }
        return count == other.count && text.utf8.elementsEqual(other.text.utf8)
    }

    /// `text.hasSuffix(other.text)`: for plain keys a byte comparison (UTF-8 cannot match in the
    /// middle of a scalar, and plain scalars are characters).
    func hasSuffix(_ other: ComparisonKey) -> Bool {
        guard isPlain, other.isPlain else { return text.hasSuffix(other.text) }
        let mine = text.utf8, theirs = other.text.utf8
        return mine.count >= theirs.count && mine.suffix(theirs.count).elementsEqual(theirs)
    }
}

extension TextKey {
    /// `matches(key.text, candidate.text)` without building character arrays, and without any
    /// edit distance when the lengths already differ by more than is allowed.
    static func matches(_ key: ComparisonKey, _ candidate: ComparisonKey) -> Bool {
        let allowed = min(3, candidate.count / 12)
        if allowed == 0 || abs(key.count - candidate.count) > allowed { return key.hasSameText(candidate) }
        if key.hasSameText(candidate) { return true }
        guard let a = key.scalars, let b = candidate.scalars else { return distance(key.text, candidate.text, limit: allowed) <= allowed }
        if EditDistance.lowerBound(a, b) > allowed { return false }
        return EditDistance.levenshtein(a, b, limit: allowed) <= allowed
    }
}
