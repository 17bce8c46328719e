// arvio-fuzz: the reader and import under libFuzzer.
//
//   make fuzz FUZZ_SECONDS=60
//
// builds this target with `-sanitize=fuzzer,address -D ARVIO_FUZZ` (libFuzzer then supplies
// `main`) and runs it on the seed corpus (Corpora/ and Tests/Fixtures/hostile) with the
// dictionary Tests/Fuzz/wordml.dict. A plain `swift build` builds the same file without the
// fuzzer runtime as a replayer: `arvio-fuzz FILE...` runs each file through the same entry point,
// so a crash file from Tests/Fixtures/fuzz can be reproduced and debugged without sanitizers.
//
// One input is either a whole .docx (it starts with "PK" or any other bytes: it is written to a
// temporary file as it is) or, when it starts with "<", the XML of the main document part, which
// is wrapped in a small package with fixed styles and numbering — or, when a `<w:styles` root
// shows in its first bytes, the styles part, wrapped with a fixed document that uses headings,
// a list and a character style. The XML forms get past the zip layer's checksums, so mutations
// reach the XML, WordprocessingML and report layers.
// Findings are crashes, hangs and unbounded memory: every thrown error is an answer.

import ArvioPackage
import ArvioReport
import ArvioWordML
import Foundation

enum FuzzInput {
    static let mappings: MappingSet = {
        do { return try MappingSet.defaults() } catch { fatalError("built-in mappings do not load: \(error)") }
    }()

    static let scratch: String = {
        let folder = NSTemporaryDirectory() + "arvio-fuzz-\(ProcessInfo.processInfo.processIdentifier)"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: FuzzInput.scratch) }  // not left in /tmp
        return folder
    }()

    /// Reads and imports one input. Returns what happened, for the replayer's output.
    @discardableResult
    static func run(_ bytes: [UInt8]) -> String {
        let file = scratch + "/input.docx"
        if bytes.first == UInt8(ascii: "<") {
            let parts = MinimalPackage.isStyles(bytes)
                ? MinimalPackage.parts(document: Array(MinimalPackage.document.utf8), styles: bytes)
                : MinimalPackage.parts(document: bytes)
            do { try PackageWriter.create(file, parts: parts) } catch {
                return "could not wrap: \(error)"
            }
        } else {
            guard FileManager.default.createFile(atPath: file, contents: Data(bytes)) else { return "could not write \(file)" }
        }
        defer { try? FileManager.default.removeItem(atPath: file) }
        let read = Result { () throws(PackageError) -> WordDocument in try DocxReader.read(file) }
        let document: WordDocument
        switch read {
        case .success(let read): document = read
        case .failure(let error): return "refused: \(error.code)"
        }
        do {
            let report = try ReportImporter.build(document, file: file, mappings: mappings)
            return "imported: \(report.kind), \(report.goals.count) goals, \(report.warnings.count) warnings"
        } catch {
            return "import failed: \(error)"
        }
    }

}

/// The parts around a fuzzed main document: content types, relationships, styles with headings
/// and a list paragraph, and numbering with a decimal and a bullet list nine levels deep.
enum MinimalPackage {
    /// A styles part rather than a document: its root, `<w:styles`, within the first 512 bytes.
    static func isStyles(_ bytes: [UInt8]) -> Bool {
        let root = Array("<w:styles".utf8), head = Array(bytes.prefix(512))
        guard head.count >= root.count else { return false }
        return (0 ... head.count - root.count).contains { head[$0 ..< $0 + root.count].elementsEqual(root) }
    }

    static func parts(document: [UInt8], styles: [UInt8] = Array(styles.utf8)) -> [(name: String, bytes: [UInt8])] {
        [
            ("[Content_Types].xml", Array(contentTypes.utf8)),
            ("_rels/.rels", Array(packageRelationships.utf8)),
            ("word/document.xml", document),
            ("word/_rels/document.xml.rels", Array(documentRelationships.utf8)),
            ("word/styles.xml", styles),
            ("word/numbering.xml", Array(numbering.utf8)),
        ]
    }

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>\
        </Types>
        """
    static let packageRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
        </Relationships>
        """
    static let documentRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>\
        </Relationships>
        """
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    /// The document around a fuzzed styles part: Word's heading, list and character style ids.
    static let document: String = {
        var text = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="\#(wordNamespace)"><w:body>"#
        for (style, words) in [("Title", "Oma-arviointi"), ("Heading1", "Tavoite 1"), ("Heading2", "Toimenpiteet"),
                               ("ListParagraph", "Ensimmäinen kohta"), ("Normal", "Tekstiä")] {
            text += #"<w:p><w:pPr><w:pStyle w:val="\#(style)"/></w:pPr><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr>"#
                + #"<w:t>\#(words)</w:t></w:r></w:p>"#
        }
        text += #"<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr><w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"#
        return text + "</w:body></w:document>"
    }()
    static let styles: String = {
        var text = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="\#(wordNamespace)">"#
        text += #"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>"#
        for level in 1 ... 3 {
            text += #"<w:style w:type="paragraph" w:styleId="Heading\#(level)"><w:name w:val="heading \#(level)"/>"#
                + #"<w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="\#(level - 1)"/></w:pPr></w:style>"#
        }
        text += #"<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/></w:style>"#
        return text + "</w:styles>"
    }()
    static let numbering: String = {
        var text = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="\#(wordNamespace)">"#
        for (id, format) in [(0, "decimal"), (1, "bullet")] {
            text += #"<w:abstractNum w:abstractNumId="\#(id)">"#
            for level in 0 ..< 9 {
                let label = format == "bullet" ? "•" : (0 ... level).map { "%\($0 + 1)." }.joined()
                text += #"<w:lvl w:ilvl="\#(level)"><w:start w:val="1"/><w:numFmt w:val="\#(format)"/>"#
                    + #"<w:lvlText w:val="\#(label)"/></w:lvl>"#
            }
            text += "</w:abstractNum>"
        }
        text += #"<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>"#
        return text + "</w:numbering>"
    }()
}

#if ARVIO_FUZZ
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzInput.run(bytes)
    return 0
}

/// libFuzzer's own driver. SwiftPM links every executable with its own `main`, so libFuzzer's
/// `main` is not used; ours hands the command line to the driver instead.
@_extern(c, "LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32
#endif

@main
enum ArvioFuzzMain {
    static func main() {
        #if ARVIO_FUZZ
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzTestOneInput))
        #else
        let files = CommandLine.arguments.dropFirst()
        if files.isEmpty {
            print("usage: arvio-fuzz FILE...  (replays fuzz inputs; `make fuzz` builds the fuzzer itself)")
            exit(64)
        }
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else { print("\(file): cannot be read"); continue }
            print("\(file): \(FuzzInput.run(Array(data)))")
        }
        #endif
    }
}
