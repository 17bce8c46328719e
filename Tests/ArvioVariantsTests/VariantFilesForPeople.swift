import ArvioDevSupport
import ArvioVariants
import Foundation
import Testing

/// `make variants`: writes every variant of every seed rendition into ARVIO_VARIANTS_OUT, named
/// "<seed>.<variant>.docx", for a person to open in Word or LibreOffice. A plain `swift test`
/// writes them into its scratch folder instead, so the file route of the writer runs every time.
@Suite struct VariantFilesForPeople {
    static let folder = ProcessInfo.processInfo.environment["ARVIO_VARIANTS_OUT"].map { URL(fileURLWithPath: $0) }
        ?? ScratchFolder.url("arvio-variants")

    @Test func writeVariants() throws {
        let folder = Self.folder
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var written = 0
        // What each variant changed, so a reader of the folder sees which ones differ from their
        // original at all (000 has no heading styles, pandoc writes no merged cells, …).
        var lines = ["file\tedits\tnotes"]
        for variant in VariantCorpus.cases {
            let name = variant.seed.replacingOccurrences(of: ".docx", with: "") + ".\(variant.name).docx"
            let summary = try VariantWriter.write(VariantCorpus.seedPath(variant.seed), idioms: variant.idioms,
                                                  to: folder.appendingPathComponent(name).path)
            let edits = variant.idioms.map { "\($0)=\(summary.edits[$0] ?? 0)" }.joined(separator: " ")
            lines.append("\(name)\t\(edits)\t\(summary.notes.joined(separator: "; "))")
            written += 1
        }
        try (lines.joined(separator: "\n") + "\n").write(to: folder.appendingPathComponent("variants.tsv"), atomically: true, encoding: .utf8)
        #expect(written == VariantCorpus.cases.count)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".docx") }
        #expect(files.count == VariantCorpus.cases.count, "\(files.count) .docx files in \(folder.path)")
        print("\(written) variants written to \(folder.path)")
    }
}
