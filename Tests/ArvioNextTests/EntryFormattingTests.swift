import Foundation
import Testing
@testable import ArvioNext
import ArvioPackage
import ArvioReport
import ArvioWordML
import ArvioXML

/// New entries take the section's paragraph style and the document's own guidance formatting,
/// never the direct formatting of whichever run came last: `next` three times in a row writes
/// three entries that look alike.
@Suite struct EntryFormattingTests {
    /// A body paragraph as written: its text, its properties and its first text run's properties.
    struct WrittenParagraph: Equatable {
        var text: String
        var paragraphProperties: String
        var runProperties: String
    }

    static func paragraphs(_ path: String) throws -> [WrittenParagraph] {
        let package = try WordPackage.open(path)
        let bytes = try package.bytes(of: package.mainPart)
        let spans = XMLSpans(bytes)
        func raw(_ ordinal: Int) -> String { String(decoding: bytes[spans[ordinal].start ..< spans[ordinal].end], as: UTF8.self) }
        var result: [WrittenParagraph] = []
        for ordinal in 0 ..< spans.count where spans.localName(of: ordinal) == "p" && spans.localName(of: spans[ordinal].parent) == "body" {
            var text = ""
            var firstRun: Int?
            var inner = ordinal + 1
            while inner < spans.count, spans[inner].start < spans[ordinal].end {
                if spans.localName(of: inner) == "t" {
                    text += String(decoding: bytes[spans[inner].contentStart ..< spans[inner].contentEnd], as: UTF8.self)
                    if firstRun == nil { firstRun = spans[inner].parent }
                }
                inner += 1
            }
            let pPr = spans.children(of: ordinal).first { spans.localName(of: $0) == "pPr" }.map(raw) ?? ""
            let rPr = firstRun.flatMap { run in spans.children(of: run).first { spans.localName(of: $0) == "rPr" } }.map(raw) ?? ""
            text = text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&amp;", with: "&")
            result.append(WrittenParagraph(text: text, paragraphProperties: pPr, runProperties: rPr))
        }
        return result
    }

    static let seeds = ["000-oma-arviointi-2020.word.docx", "001-ita-uusimaa-oma-arviointi-2021.word.docx",
                        "003-kymenlaakso-oma-arviointi-2021.word.docx"]

    @Test(arguments: seeds) func threeRunsWriteThreeEntriesThatLookAlike(_ name: String) throws {
        var input = NextCorpus.path(name)
        var periods: [PeriodKey] = []
        for round in 1 ... 3 {
            let document = try DocxReader.read(input)
            let report = try ReportImporter.build(document, file: input, mappings: NextCorpus.mappings)
            let outcome = try NextPeriod.prepare(file: input, document: document, report: report, updates: nil, options: NextOptions())
            let output = NextCorpus.temporaryFolder().appendingPathComponent("round\(round)-\(name)").path
            try PackageWriter.write(from: input, to: output, replacements: outcome.replacements)
            periods.append(outcome.period)
            input = output
        }
        #expect(Set(periods).count == 3, "\(name): \(periods)")
        let written = try Self.paragraphs(input)
        // Labels and guidance lines as THL's template and Arvio write them ("Huhtikuu 2022:",
        // "< Kuvaus huhtikuun 2022 tilanteesta >"), typed here from the period names.
        let labels = periods.map { ($0.half == .spring ? "Huhtikuu " : "Lokakuu ") + "\($0.year):" }
        let guidance = periods.map { "< Kuvaus \($0.half == .spring ? "huhtikuun" : "lokakuun") \($0.year) tilanteesta >" }
        for texts in [labels, guidance] {
            // In each section the three entries stand one after the other: group them in threes.
            let found = written.filter { texts.contains($0.text) }
            #expect(found.count % 3 == 0 && !found.isEmpty, "\(name): \(found.count) of \(texts)")
            for start in stride(from: 0, to: found.count - 2, by: 3) {
                let group = Array(found[start ..< start + 3])
                #expect(group.map(\.text) == texts, "\(name): entries in order")
                #expect(group.allSatisfy { $0.runProperties == group[0].runProperties }, "\(name): \(group.map(\.runProperties))")
                #expect(group.allSatisfy { $0.paragraphProperties == group[0].paragraphProperties }, "\(name): \(group.map(\.paragraphProperties))")
            }
        }
        // The guidance line is never bold.
        #expect(!written.filter { guidance.contains($0.text) }.contains { $0.runProperties.contains(":b/>") }, "\(name)")
    }
}
