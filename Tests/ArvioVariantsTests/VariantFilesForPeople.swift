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
        for variant in VariantCorpus.cases {
            let name = variant.seed.replacingOccurrences(of: ".docx", with: "") + ".\(variant.name).docx"
            try VariantWriter.write(VariantCorpus.seedPath(variant.seed), idioms: variant.idioms,
                                    to: folder.appendingPathComponent(name).path)
            written += 1
        }
        #expect(written == VariantCorpus.cases.count)
        print("\(written) variants written to \(folder.path)")
    }
}
