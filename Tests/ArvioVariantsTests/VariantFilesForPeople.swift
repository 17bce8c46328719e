import ArvioVariants
import Foundation
import Testing

/// `make variants`: writes every variant of every seed rendition into ARVIO_VARIANTS_OUT, named
/// "<seed>.<variant>.docx", for a person to open in Word or LibreOffice. Runs only when that
/// folder is given; a plain `swift test` skips it and says why.
@Suite struct VariantFilesForPeople {
    static let folder = ProcessInfo.processInfo.environment["ARVIO_VARIANTS_OUT"]

    @Test(.enabled(if: folder != nil, "writes files only for `make variants` (ARVIO_VARIANTS_OUT is not set)"))
    func writeVariants() throws {
        let folder = URL(fileURLWithPath: Self.folder!)
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
        print("\(written) variants written to \(folder.path)")
    }
}
