import ArvioRender
import ArvioReport
import ArvioWordML
import Foundation
import Testing

/// Every list label comes back from the rendered .docx exactly as the report holds it: real
/// bullets and numbers where Word can produce the label, literal level text where it cannot.
@Suite struct ListLabelTests {
    @Test func labelsSurviveTheRendering() throws {
        let labels: [(String, Int)] = [
            ("•", 0), ("o", 1), ("▪", 2), ("o", 1), ("•", 0),         // Word's own bullets by level
            ("–", 0), ("-", 0), ("➢", 1), ("•", 1),                    // other bullet characters
            ("1.", 0), ("2.", 0), ("1.", 1), ("2.", 1), ("3.", 0),       // nested numbering
            ("1.", 0), ("4.", 0), ("5.", 0),                           // a restart, then a jump
            ("a)", 0), ("b)", 0), ("iv.", 0), ("B.", 1),               // letters and Roman numerals
            ("1.2.", 0), ("TP 1", 1), ("", 0),                          // no list format makes these
        ]
        var report = Report(source: SourceInfo(file: "x.docx", mainPart: "word/document.xml"), kind: .unknown, mapping: "thl-common")
        var section = Section(kind: .other, heading: "Luettelot", headingAt: BlockPath([0]))
        section.content = labels.enumerated().map { index, label in
            ContentBlock(at: BlockPath([index + 1]), text: "kohta \(index)", list: ListMark(label: label.0, level: label.1),
                         style: "List Paragraph")
        }
        report.sections = [section]
        let folder = try RenderCorpus.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("lists.docx").path
        try DocxRenderer.write(report, to: output)
        let document = try DocxReader.read(output)
        let read = document.body.compactMap { block -> ListItem? in
            if case .paragraph(let paragraph) = block { return paragraph.list }
            return nil
        }
        #expect(read.map(\.label) == labels.map(\.0))
        #expect(read.map(\.level) == labels.map(\.1))
        #expect(read[9].format == "decimal" && read[17].format == "lowerLetter" && read[19].format == "lowerRoman")
    }
}
