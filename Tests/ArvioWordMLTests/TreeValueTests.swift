import Foundation
import Testing
@testable import ArvioWordML

/// The tree's values behave as values, whatever storage they share underneath.
@Suite struct TreeValueTests {
    @Test func aChangedCopyOfAFormatLeavesTheOriginalAlone() {
        var heading = RunFormat()
        heading.bold = true
        var coloured = heading
        coloured.color = "0070C0"
        #expect(heading.color == nil && heading.bold)
        #expect(coloured.color == "0070C0" && coloured.bold)
        #expect(heading != coloured)
        #expect(RunFormat().bold == false)
    }

    @Test func formatsWithTheSameFieldsAreEqualAndHashAlike() {
        var first = RunFormat(), second = RunFormat()
        first.italic = true
        first.underline = "single"
        second.underline = "single"
        second.italic = true
        #expect(first == second)
        #expect(Set([first, second]).count == 1)
        second.italic = false
        #expect(first != second)
    }

    @Test func formatEncodesItsFieldsAsAPlainStructWould() throws {
        var format = RunFormat()
        format.bold = true
        format.verticalAlign = "superscript"
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(format), as: UTF8.self)
        #expect(json == #"{"allCaps":false,"bold":true,"hidden":false,"italic":false,"smallCaps":false,"strike":false,"verticalAlign":"superscript"}"#)
    }

    @Test func runsWithoutARevisionStillTakeOne() {
        var run = TextRun(text: "Tavoite")
        #expect(run.revision == nil && run.contentControl == nil)
        run.contentControl = ContentControl(id: nil, tag: "goal", alias: nil)
        #expect(run.contentControl?.tag == "goal" && run.revision == nil)
        run.contentControl = nil
        #expect(run == TextRun(text: "Tavoite"))
    }

    @Test func tableTextHasCellsByTabsRowsAndParagraphsByNewlines() {
        func paragraph(_ inlines: [Inline]) -> Block {
            var paragraph = Paragraph(source: SourceRef(part: "word/document.xml", line: 1, element: 0))
            paragraph.inlines = inlines
            return .paragraph(paragraph)
        }
        func cell(_ blocks: [Block]) -> TableCell {
            TableCell(column: 0, columnSpan: 1, rowSpan: 1, verticalMerge: nil, fill: nil, blocks: blocks, element: 0)
        }
        let box = Inline.textBox([paragraph([.text(TextRun(text: "laatikko"))])])
        let rows = [
            TableRow(cells: [cell([paragraph([.text(TextRun(text: "Tavoite"))])]),
                             cell([paragraph([.text(TextRun(text: "a"))]), paragraph([.text(TextRun(text: "b"))])])],
                     isHeader: false, gridBefore: 0, gridAfter: 0, revision: nil, element: 0),
            // A text box first in its paragraph starts no new line, whatever came before in the table.
            TableRow(cells: [cell([paragraph([box])]), cell([])],
                     isHeader: false, gridBefore: 0, gridAfter: 0, revision: nil, element: 0),
        ]
        let table = Block.table(Table(grid: [], rows: rows, styleId: nil, source: SourceRef(part: "word/document.xml", line: 1, element: 0)))
        #expect(table.plainText == "Tavoite\ta\nb\nlaatikko\t")
    }
}
