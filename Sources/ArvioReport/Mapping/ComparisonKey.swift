/// A normalised key made ready for many comparisons: its length in characters is counted once,
/// and when every character is a single scalar below U+0300 (all Finnish and ASCII text) its
/// scalars are kept, so edit distance and suffix checks run on scalars instead of `Character`s.
/// Below U+0300 no scalar joins its neighbour into one character (except CR LF, excluded) and
/// no two scalars are canonically equivalent, so scalar and character comparison agree.
struct ComparisonKey {
    let text: String
    /// Characters, as `String.count`.
    let count: Int
    /// nil when some character may be more (or other) than one plain scalar.
    let scalars: [UInt32]?

    init(_ text: String) {
        self.text = text
        if text.utf8.allSatisfy({ $0 < 0xCC && $0 != 0x0D }) {  // lead bytes from 0xCC encode U+0300 and up
            let scalars = text.unicodeScalars.map(\.value)
            self.scalars = scalars
            count = scalars.count
        } else {
            scalars = nil
            count = text.count
        }
    }

    var isEmpty: Bool { text.isEmpty }

    /// `text.hasSuffix(other.text)`.
    func hasSuffix(_ other: ComparisonKey) -> Bool {
        guard let mine = scalars, let theirs = other.scalars else { return text.hasSuffix(other.text) }
        return mine.count >= theirs.count && mine[(mine.count - theirs.count)...].elementsEqual(theirs)
    }
}

extension TextKey {
    /// `matches(key.text, candidate.text)` without building character arrays, and without any
    /// edit distance when the lengths already differ by more than is allowed.
    static func matches(_ key: ComparisonKey, _ candidate: ComparisonKey) -> Bool {
        let allowed = min(3, candidate.count / 12)
        if allowed == 0 || abs(key.count - candidate.count) > allowed { return key.text == candidate.text }
        if key.text == candidate.text { return true }
        guard let a = key.scalars, let b = candidate.scalars else { return distance(key.text, candidate.text, limit: allowed) <= allowed }
        return EditDistance.levenshtein(a, b, limit: allowed) <= allowed
    }
}
