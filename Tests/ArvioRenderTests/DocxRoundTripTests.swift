import ArvioDevSupport
import ArvioPackage
import ArvioRender
import ArvioReport
import ArvioReportTestSupport
import ArvioWordML
import Foundation
import Testing

/// import(seed) → DocxRenderer → import again with the original's mapping gives the same
/// report (see `ComparableReport` for the few fields that may differ), and the rendered file
/// is a valid package that Arvio and Python's zipfile read without complaint.
@Suite struct DocxRoundTripTests {
    @Test(arguments: RenderCorpus.seedFiles)
    func roundTrip(_ seed: String) throws {
        let original = try RenderCorpus.report(seed)
        let folder = try RenderCorpus.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("rendered.docx").path
        try DocxRenderer.write(original, to: output)

        let document = try DocxReader.read(output)
        #expect(document.warnings.isEmpty, "\(document.warnings)")
        let again = try ReportImporter.build(document, file: output, mappings: RenderCorpus.mappings, mappingName: original.mapping)
        if let title = original.source.title { #expect(again.source.title == title) }
        #expect(again.goals.map(\.number) == original.goals.map(\.number))

        let (expected, actual) = ComparableReport.docx(original: original, rendered: again)
        #expect(actual == expected)
        if actual != expected {
            let a = try ReportWriter.encode(expected, as: .yaml).components(separatedBy: "\n")
            let b = try ReportWriter.encode(actual, as: .yaml).components(separatedBy: "\n")
            let first = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
            Issue.record("\(seed): first difference at YAML line \(first + 1):\n  expected: \(a[safe: first] ?? "<end>")\n  actual:   \(b[safe: first] ?? "<end>")")
        }
    }

    @Test(arguments: ["seeds/000-oma-arviointi-2020.word.docx", "seeds/002-etela-pohjanmaa-loppuyhteenveto.word.docx",
                      "seeds/004-kanta-hame-hankesuunnitelma-2021.pandoc.docx"])
    func pythonZipfileOpensIt(_ seed: String) throws {
        let folder = try RenderCorpus.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("rendered.docx").path
        try DocxRenderer.write(try RenderCorpus.report(seed), to: output)
        let script = """
            import sys, zipfile, xml.dom.minidom
            z = zipfile.ZipFile(sys.argv[1])
            assert z.testzip() is None
            for name in z.namelist():
                xml.dom.minidom.parseString(z.read(name))
            print(" ".join(sorted(z.namelist())))
            """
        let (status, out) = try run("/usr/bin/env", ["python3", "-c", script, output])
        #expect(status == 0, "\(out)")
        for part in ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/document.xml", "word/styles.xml",
                     "word/numbering.xml", "word/_rels/document.xml.rels"] {
            #expect(out.contains(part), "\(part) missing: \(out)")
        }
    }

    @Test func templateHasRealHeadingListAndPlaceholderStyles() throws {
        let report = try RenderCorpus.report("seeds/000-oma-arviointi-2020.word.docx")
        let parts = Dictionary(uniqueKeysWithValues: DocxRenderer.render(report).map { ($0.name, String(decoding: $0.bytes, as: UTF8.self)) })
        let styles = try #require(parts["word/styles.xml"])
        for level in 1 ... 3 {
            #expect(styles.contains("w:styleId=\"Heading\(level)\"><w:name w:val=\"heading \(level)\"/>"))
            #expect(styles.contains("<w:outlineLvl w:val=\"\(level - 1)\"/>"))
        }
        for id in ["Title", "ListParagraph", "TableGrid"] { #expect(styles.contains("w:styleId=\"\(id)\"")) }
        #expect(styles.contains("w:styleId=\"Placeholder\"><w:name w:val=\"Placeholder\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:rPr><w:i/><w:iCs/><w:color w:val=\"7F7F7F\"/>"))
        let numbering = try #require(parts["word/numbering.xml"])
        #expect(numbering.contains("<w:numFmt w:val=\"bullet\"/>"))
        #expect(numbering.contains("<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/>"))
        let core = try #require(parts["docProps/core.xml"])
        #expect(core.contains("<dc:title>Tulevaisuuden sosiaali- ja terveyskeskus -hankkeen oma-arviointi 11/2020</dc:title>"))
        let document = try #require(parts["word/document.xml"])
        #expect(document.contains("<w:pStyle w:val=\"Placeholder\"/></w:pPr><w:r><w:t xml:space=\"preserve\">&lt; Kuvaus hankkeen omista hyötytavoitteista &gt;</w:t>"))
        #expect(document.contains("<w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t xml:space=\"preserve\"> 1. Palveluiden yhdenvertaisen"))
        // The same report always gives the same parts.
        #expect(DocxRenderer.render(report).map(\.bytes) == DocxRenderer.render(report).map(\.bytes))
    }

    /// A plan's goal headings carry no number in their text (Word numbers them): the rendering
    /// numbers them with the goal-heading list, and the heading text stays as written.
    @Test func unnumberedGoalHeadingsGetListNumbers() throws {
        let report = try RenderCorpus.report("seeds/004-kanta-hame-hankesuunnitelma-2021.word.docx")
        let folder = try RenderCorpus.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("plan.docx").path
        try DocxRenderer.write(report, to: output)
        let document = try DocxReader.read(output)
        let headings = document.body.compactMap { block -> Paragraph? in
            if case .paragraph(let paragraph) = block, paragraph.headingLevel == 1, paragraph.list != nil { return paragraph }
            return nil
        }
        #expect(headings.map(\.text) == report.goals.compactMap(\.heading))
        #expect(headings.compactMap(\.list?.label) == ["1.", "2.", "3.", "4.", "5."])
    }

    private func run(_ executable: String, _ arguments: [String]) throws -> (Int32, String) {
        let run = try ProcessRunner.run(executable, arguments)
        return (run.status, run.stdout + run.stderr)
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
