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

import ArvioDevSupport
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
            // The package around it as the property tests' reports have it (ArvioDevSupport).
            let parts = MinimalPackage.isStyles(bytes)
                ? MinimalPackage.parts(document: Array(MinimalPackage.stylesDocument.utf8), styles: bytes)
                : MinimalPackage.parts(document: bytes)
            do { try DocxArchive.write(file, parts: parts.map { ($0.name, .data($0.bytes)) }) } catch {
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
