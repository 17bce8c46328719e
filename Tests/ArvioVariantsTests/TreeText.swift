import ArvioWordML

/// The document body as Arvio's WordML reader sees it, reduced to text: one line per
/// non-empty paragraph (list label, then text; in table cells too), in reading order.
/// Styles, formatting, merges and content-control tags are left out: variants change them.
enum TreeText {
    static func lines(_ document: WordDocument) -> [String] {
        var lines: [String] = []
        func visit(_ block: Block) {
            switch block {
            case .paragraph(let paragraph):
                let text = collapse((paragraph.list.map { $0.label + " " } ?? "") + paragraph.text)
                if !text.isEmpty { lines.append(text) }
            case .table(let table):
                for row in table.rows { for cell in row.cells { cell.blocks.forEach(visit) } }
            }
        }
        document.body.forEach(visit)
        return lines
    }

    /// Runs of whitespace as one space, none at the ends: a typed "1. " and a list label "1."
    /// followed by Word's tab read alike.
    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
    }
}
