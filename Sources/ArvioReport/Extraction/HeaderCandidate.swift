import ArvioWordML

/// A table cell as header matching sees it: the heading keys of its non-blank paragraphs
/// joined by a space, and of the first alone (a header may carry a second line of guidance).
struct HeaderCandidate {
    let column: Int
    private let keys: [MatchKey]

    init(_ cell: TableCell) { self.init(column: cell.column, texts: ContentBlock.cellTexts(cell.blocks)) }

    /// A cell at grid column `column` whose paragraphs are `texts`.
    init(column: Int, texts: [String]) {
        self.column = column
        let paragraphs = texts.filter { !$0.allSatisfy(\.isWhitespace) }
        switch paragraphs.count {
        case 0: keys = []
        case 1: keys = [MatchKey(TextKey.heading(paragraphs[0]))]  // joined and first are the same text
        default: keys = [MatchKey(TextKey.heading(paragraphs.joined(separator: " "))), MatchKey(TextKey.heading(paragraphs[0]))]
        }
    }

    /// The role whose header this cell is, among `headers` (one rule's, from `HeaderKeys`).
    func role(in headers: HeaderKeys) -> String? {
        headers.keys.first { wanted in keys.contains(where: wanted.key.isMatched(by:)) }?.role
    }
}

/// The header wordings of a table rule as heading keys.
struct HeaderKeys {
    let keys: [(role: String, key: MatchKey)]

    init(_ rule: TemplateMapping.TableRule) {
        keys = rule.columns.flatMap { column in column.headers.map { (role: column.role, key: MatchKey(TextKey.heading($0))) } }
    }
}
