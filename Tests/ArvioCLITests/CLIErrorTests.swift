import Foundation
import Testing

/// `arvio dump` on every hostile fixture, as a coordinator runs it: the built binary in a child
/// process. A refusal is exactly one line on stderr naming the file and its [ARVIO-…] code,
/// nothing on stdout, and the exit status documented in `arvio --help`.
@Suite struct CLIErrorTests {
    struct Refusal: Sendable, CustomTestStringConvertible {
        let file: String
        let code: String
        let exitCode: Int32
        var testDescription: String { file }
    }

    /// The exit codes as documented in Sources/arvio/Arvio.swift: 10 not a Word document,
    /// 11 old .doc, 12 password-protected, 13 damaged, 14 no main document, 15 broken or refused
    /// XML, 16 zip bomb, 17 unsafe zip contents.
    static let refusals: [Refusal] = [
        Refusal(file: "zip-bomb.docx", code: "ARVIO-TOO-LARGE", exitCode: 16),
        Refusal(file: "zip-bomb-lying-header.docx", code: "ARVIO-TOO-LARGE", exitCode: 16),
        Refusal(file: "xxe.docx", code: "ARVIO-XML-DOCTYPE", exitCode: 15),
        Refusal(file: "billion-laughs.docx", code: "ARVIO-XML-DOCTYPE", exitCode: 15),
        Refusal(file: "truncated.docx", code: "ARVIO-DAMAGED", exitCode: 13),
        Refusal(file: "legacy.doc.docx", code: "ARVIO-LEGACY-DOC", exitCode: 11),
        Refusal(file: "legacy.doc", code: "ARVIO-LEGACY-DOC", exitCode: 11),
        Refusal(file: "encrypted.docx", code: "ARVIO-ENCRYPTED", exitCode: 12),
        Refusal(file: "nested-tables.docx", code: "ARVIO-XML-TOO-DEEP", exitCode: 15),
        Refusal(file: "empty.docx", code: "ARVIO-EMPTY", exitCode: 10),
        Refusal(file: "duplicate-entries.docx", code: "ARVIO-UNSAFE-ZIP", exitCode: 17),
        Refusal(file: "not-a-zip.docx", code: "ARVIO-NOT-DOCX", exitCode: 10),
        Refusal(file: "missing-main-part.docx", code: "ARVIO-NO-MAIN-PART", exitCode: 14),
        Refusal(file: "malformed-xml.docx", code: "ARVIO-XML-MALFORMED", exitCode: 15),
        Refusal(file: "path-traversal.docx", code: "ARVIO-UNSAFE-ZIP", exitCode: 17),
    ]

    @Test(arguments: refusals)
    func dumpRefusesWithOneLineAndTheDocumentedStatus(_ refusal: Refusal) throws {
        let path = Repository.root.appendingPathComponent("Tests/Fixtures/hostile/\(refusal.file)").path
        let run = try Arvio.run(["dump", path])

        #expect(run.exited, "arvio crashed (signal \(run.status))")
        #expect(run.status == refusal.exitCode, "stderr: \(run.stderr)")
        #expect(run.stdout.isEmpty, "stdout: \(run.stdout.prefix(200))")
        #expect(run.stderr.hasSuffix("\n") && run.stderr.filter(\.isNewline).count == 1,
                "stderr is not exactly one line: \(run.stderr)")
        #expect(run.stderr.contains(path), "stderr does not name the file: \(run.stderr)")
        #expect(run.stderr.contains("[\(refusal.code)]"), "stderr lacks [\(refusal.code)]: \(run.stderr)")
    }

    @Test func dumpReadsARealDocument() throws {
        let path = Repository.root.appendingPathComponent("Corpora/seeds/000-oma-arviointi-2020.word.docx").path
        let run = try Arvio.run(["dump", path])
        #expect(run.exited)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(!run.stdout.isEmpty)
        #expect(run.stderr.isEmpty, "stderr: \(run.stderr)")
    }

    @Test func missingFileIsNotFound() throws {
        let path = Repository.root.appendingPathComponent("Tests/Fixtures/hostile/no-such-file.docx").path
        let run = try Arvio.run(["dump", path])
        #expect(run.status == 66)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.filter(\.isNewline).count == 1 && run.stderr.contains("[ARVIO-NOT-FOUND]"))
    }
}

enum Repository {
    /// The package root, from this file's place in it (Tests/ArvioCLITests/…).
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
}

/// The `arvio` executable that `swift test` built alongside the tests, run as a child process.
enum Arvio {
    struct Run {
        /// False when the process died of a signal (a crash) instead of exiting.
        let exited: Bool
        let status: Int32
        let stdout: String
        let stderr: String
    }

    struct NotBuilt: Error, CustomStringConvertible {
        let searched: [String]
        var description: String {
            "arvio executable not found; run `swift build` first (searched: \(searched.joined(separator: ", ")))"
        }
    }

    /// Found once per test run; every test reports the same problem if there is one.
    static let located = Result { () throws(NotBuilt) -> URL in try executable() }

    /// The products directory holds both the test bundle and `arvio` (`swift test` builds and
    /// links every product, so no test-target dependency on the executable is needed). On Linux
    /// the test runner is itself an executable there (Bundle.main); on macOS it loads a .xctest
    /// bundle from there. ARVIO_BINARY overrides, for testing an installed build.
    static func executable() throws(NotBuilt) -> URL {
        var candidates: [URL] = []
        if let override = ProcessInfo.processInfo.environment["ARVIO_BINARY"] {
            candidates.append(URL(fileURLWithPath: override))
        }
        for bundle in [Bundle.main] + Bundle.allBundles {
            var directory = bundle.bundleURL
            if directory.pathExtension == "xctest" { directory.deleteLastPathComponent() }
            candidates.append(directory.appendingPathComponent("arvio"))
            if let executable = bundle.executableURL {
                candidates.append(executable.deletingLastPathComponent().appendingPathComponent("arvio"))
            }
        }
        candidates.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("arvio"))
        for scratch in [".build-hostile", ".build"] {
            candidates.append(Repository.root.appendingPathComponent("\(scratch)/debug/arvio"))
        }
        for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate.path) {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                return candidate
            }
        }
        throw NotBuilt(searched: candidates.map(\.path))
    }

    /// Output goes to temporary files, not pipes, so a large dump can never fill a pipe and stall.
    static func run(_ arguments: [String]) throws -> Run {
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("arvio-cli-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)

        let process = Process()
        process.executableURL = try located.get()
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Run(exited: process.terminationReason == .exit, status: process.terminationStatus,
                   stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                   stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }
}
