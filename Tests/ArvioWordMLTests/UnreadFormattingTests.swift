import ArvioDevSupport
import ArvioPackage
import ArvioXML
import Foundation
import Testing
@testable import ArvioWordML

/// Fonts, sizes, borders and the other formatting nothing reads are left out of the story parts
/// before parsing (`UnreadFormatting`); the document read must be exactly the one read without
/// the cut, ordinals and lines included, since `next` finds elements again by them.
@Suite struct UnreadFormattingTests {
    static func json(_ path: String, skipping: Bool) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(DocxReader.read(path, options: ReadOptions(skipsUnreadFormatting: skipping)))
    }

    @Test func everyDocumentInCorporaReadsTheSameWithTheFormattingLeftOut() throws {
        var cut = 0
        for relative in CorpusReadTests.files {
            let path = SeedCorpus.repositoryRoot.appendingPathComponent("Corpora").appendingPathComponent(relative).path
            guard let package = try? WordPackage.open(path), let bytes = try? package.bytes(of: package.mainPart) else { continue }
            if UnreadFormatting.story.cut(bytes) != nil { cut += 1 }
            #expect(try Self.json(path, skipping: true) == Self.json(path, skipping: false), "\(relative)")
        }
        // A tenth of the part or more (`UnreadFormatting.defaultShare`): Word's and LibreOffice's
        // files mostly, not pandoc's or the small test files of other projects.
        #expect(cut >= 30, "documents with formatting worth leaving out: \(cut)")
    }

    /// The Russian report, half of whose 12.6 MB is fonts, sizes and cell borders: every element
    /// left keeps the ordinal and line it has in the whole part.
    @Test func theElementsLeftKeepTheirOrdinalsAndLines() throws {
        let path = SeedCorpus.repositoryRoot.appendingPathComponent("Corpora/external/apache-poi/bug65649.docx").path
        let package = try WordPackage.open(path)
        let bytes = try package.bytes(of: package.mainPart)
        let shorter = try #require(UnreadFormatting.story.cut(bytes))
        #expect(shorter.bytes.count * 2 < bytes.count)
        let whole = try XMLTreeReader.parse(bytes, part: package.mainPart)
        let skimmed = try XMLTreeReader.parse(bytes, part: package.mainPart, skipping: UnreadFormatting.story)
        let unread = Set(UnreadFormatting.properties.map { "w:" + $0 })
        var expected: [String] = [], found: [String] = []
        func walk(_ element: XMLElement, into list: inout [String], skipping names: Set<String>) {
            guard !names.contains(element.name) else { return }
            list.append("\(element.name) \(element.ordinal) \(element.line)")
            for child in element.childElements { walk(child, into: &list, skipping: names) }
        }
        walk(whole, into: &expected, skipping: unread)
        walk(skimmed, into: &found, skipping: [])
        #expect(found.count == expected.count)
        #expect(found == expected)
    }

    /// Property elements where they do not belong, holding text or a run: kept, so what the reader
    /// makes of them (a warning and the text as a paragraph, or the run read through) is unchanged.
    /// Tags libxml2 refuses stay in the part, and the error is the part's own (nil: refused).
    @Test(arguments: [
        ("<w:rFonts><w:r><w:t>text in a font element</w:t></w:r></w:rFonts>", "text in a font element"),
        ("<w:p><w:tcBorders><w:r><w:t>a run in a border</w:t></w:r></w:tcBorders></w:p>", "a run in a border"),
        ("<w:p><w:r><w:rPr><w:sz>12</w:sz></w:rPr><w:t>beside a size with text</w:t></w:r></w:p>", "beside a size with text"),
        ("<w:p><w:pPr><w:ind><w:tab/></w:ind></w:pPr><w:r><w:t>a tab in an indent</w:t></w:r></w:p>", "a tab in an indent"),
        ("<w:p><w:r><w:rPr><w:lang w:val=\"fi-FI\"/><w:sz w:val=\"24\"/></w:rPr><w:t>plain formatting</w:t></w:r></w:p>", "plain formatting"),
        ("<w:p><w:r><w:rPr><w:sz w:val=\"1\" w:val=\"2\"/></w:rPr><w:t>an attribute twice</w:t></w:r></w:p>", nil),
        ("<w:p><w:r><w:rPr><w:sz x:val=\"1\"/></w:rPr><w:t>an undeclared prefix</w:t></w:r></w:p>", nil),
        ("<w:p><w:r><w:rPr><w:sz w:val=\"&#0;\"/></w:rPr><w:t>a NUL reference</w:t></w:r></w:p>", nil),
        ("<w:p w:val=\"a><w:sz/>\"><w:r><w:t>a tag inside an attribute value</w:t></w:r></w:p>", nil),
        // Found by the fuzzer: the size's own ">" stood in for the end tag's.
        ("<w:p><w:r><w:t>an end tag without its bracket</w:t></w:r<w:sz w:val=\"24\"/>></w:p>", nil),
    ] as [(String, String?)])
    func oddPlacesReadAsBefore(body: String, text: String?) throws {
        let document = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"#
            + body + "<w:sectPr/></w:body></w:document>"
        let source = SeedCorpus.folder.appendingPathComponent("000-oma-arviointi-2020.word.docx").path
        let file = ScratchFolder.url("unread-formatting").appendingPathExtension("docx").path
        try PackageWriter.write(from: source, to: file, replacements: ["word/document.xml": Array(document.utf8)])
        func outcome(_ skipping: Bool) -> Result<String, PackageError> {
            Result { () throws(PackageError) -> String in
                let document = try DocxReader.read(file, options: ReadOptions(skipsUnreadFormatting: skipping))
                return document.body.map(\.plainText).joined(separator: "\n") + "\n" + document.warnings.map(\.text).joined(separator: "\n")
            }
        }
        let whole = outcome(false), skimmed = outcome(true)
        #expect("\(whole)" == "\(skimmed)")
        switch (text, whole) {
        case (let text?, .success(let read)): #expect(read.contains(text), "\(read)")
        case (nil, .failure(.xml(.malformed))): break
        default: Issue.record("unexpected: \(whole)")
        }
    }
}
