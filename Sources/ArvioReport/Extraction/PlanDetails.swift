import ArvioWordML
import Foundation

/// What a hankesuunnitelma carries besides its sections: footnotes, and the colour that marks
/// the new content of an update ("Merkitse selkeästi esim. eri värillä olennaiset täydennykset").
enum PlanDetails {
    static func fill(_ report: inout Report, document: WordDocument) {
        var plan = report.plan ?? ProjectPlan()
        plan.footnotes = document.footnotes.map {
            Footnote(id: $0.id, text: $0.blocks.map(\.plainText).joined(separator: "\n"))
        }
        // The additions colour: the most used explicit run colour on body text that is not a
        // heading's or a guidance text's (Word's grey 7F7F7F), if it is used in several paragraphs.
        var counts: [String: Int] = [:]
        for (index, block) in document.body.enumerated() {
            guard case .paragraph(let paragraph) = block, paragraph.headingLevel == nil, !paragraph.isTitle else { continue }
            for colour in Set(paragraph.runs.compactMap(\.format.color)) where !isNeutral(colour) { counts[colour, default: 0] += 1 }
            _ = index
        }
        if let (colour, used) = counts.max(by: { $0.value < $1.value }), used >= 2 {
            plan.additionsColour = colour
            for (index, block) in document.body.enumerated() {
                for (path, paragraph) in paragraphs(block, at: [index]) {
                    let marked = paragraph.runs.filter { $0.format.color == colour }.map(\.text).joined()
                    // Nearly every paragraph has no run in the colour: no Foundation trimming of "".
                    guard !marked.allSatisfy(\.isWhitespace) else { continue }
                    plan.additions.append(MarkedText(at: BlockPath(path), text: marked, wholeParagraph: marked == paragraph.text))
                }
            }
        }
        report.plan = plan
    }

    private static func isNeutral(_ colour: String) -> Bool {
        ["000000", "7F7F7F", "808080", "595959", "404040", "FFFFFF", "17365D", "365F91", "4F81BD", "1F3864", "2F5496", "1F4E79"]
            .contains(colour)
    }

    private static func paragraphs(_ block: Block, at path: [Int]) -> [([Int], Paragraph)] {
        switch block {
        case .paragraph(let paragraph): return [(path, paragraph)]
        case .table(let table):
            var result: [([Int], Paragraph)] = []
            for (r, row) in table.rows.enumerated() {
                for (c, cell) in row.cells.enumerated() {
                    for (b, inner) in cell.blocks.enumerated() { result += paragraphs(inner, at: path + [r, c, b]) }
                }
            }
            return result
        }
    }
}
