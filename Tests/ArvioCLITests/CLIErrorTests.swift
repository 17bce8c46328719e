import ArvioDevSupport
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

/// The `arvio` executable that `swift test` built alongside the tests, run as a child process
/// (ArvioDevSupport's ArvioBinary and ProcessRunner, shared by every test target).
enum Arvio {
    typealias Run = ProcessRun
    static var located: Result<URL, ArvioBinary.NotBuilt> { ArvioBinary.located }
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Run {
        try ArvioBinary.run(arguments, environment: environment)
    }
}
