import ArvioWordML

/// A table cell as header matching sees it: its non-blank paragraphs, with their character
/// count and heading keys worked out once, however many table rules ask about the cell.
struct HeaderCandidate {
    let column: Int
    /// The cell's paragraphs that are not all whitespace.
    let paragraphs: [String]
    /// Characters of the paragraphs joined by a space when all are plain; counted on first use.
    private var plainCharacters: Int??
    /// The joined paragraphs' heading key, then the first paragraph's; keyed on first use.
    private var keys: [ComparisonKey]?

    init(_ cell: TableCell) { self.init(column: cell.column, texts: ContentBlock.cellTexts(cell.blocks)) }

    /// A cell at grid column `column` whose paragraphs are `texts`.
    init(column: Int, texts: [String]) {
        self.column = column
        // A paragraph starting with a printable ASCII byte starts with a character that is no
        // whitespace (one of several scalars is none either): most are kept unread, and when all
        // are, the array is shared instead of filtered.
        paragraphs = texts.allSatisfy(Self.startsPrintable) ? texts : texts.filter { !$0.allSatisfy(\.isWhitespace) }
    }

    private static func startsPrintable(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        return first > 0x20 && first < 0x7F
    }

    /// The role whose header this cell is, among `headers` (one rule's).
    mutating func role(in headers: HeaderKeys.Entry) -> String? {
        guard let first = paragraphs.first else { return nil }
        // A header cell is short: a long data cell cannot be one, so it is not normalised at all.
        guard first.hasAtMost(headers.longest * 2 + 20) else { return nil }
        // Nor can a cell shorter than every header allows ("2", "-" under the period columns):
        // a plain text's keys are never longer than the text.
        if plainCharacters == nil { plainCharacters = Self.plainCharacters(paragraphs) }
        if let characters = plainCharacters!, characters < headers.shortestMatch { return nil }
        if keys == nil {
            let firstKey = ComparisonKey(TextKey.heading(first))
            keys = paragraphs.count == 1 ? [firstKey, firstKey]
                : [ComparisonKey(TextKey.heading(paragraphs.joined(separator: " "))), firstKey]
        }
        for (role, wanted) in headers.keys where keys!.contains(where: { TextKey.matches($0, wanted) }) {
            return role
        }
        return nil
    }

    /// Characters of the paragraphs joined by a space, when every one is plain (`PlainText`).
    private static func plainCharacters(_ paragraphs: [String]) -> Int? {
        var total = paragraphs.count - 1
        for paragraph in paragraphs {
            guard let count = PlainText.scalarCount(paragraph) else { return nil }
            total += count
        }
        return total
    }
}
