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
}
