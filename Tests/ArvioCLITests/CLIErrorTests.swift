import ArvioDevSupport
import Foundation
import Testing

/// `arvio dump` on every hostile fixture, as a coordinator runs it: the built binary in a child
/// process. A refusal is exactly one line on stderr naming the file and its [ARVIO-…] code,
/// nothing on stdout, and the exit status documented in `arvio --help` (`HostileFixtures`).
@Suite struct CLIErrorTests {
    /// The shared table names every file of Tests/Fixtures/hostile, so a new fixture without an
    /// expectation fails here.
    @Test func theTableNamesEveryHostileFixture() {
        #expect(HostileFixtures.refusals.count == HostileFixtures.expectedRefusals)
        let listed = Set(HostileFixtures.refusals.map(\.file) + HostileFixtures.readable)
        let inFolder = Set(Corpus.fixtures("hostile").map { String($0.dropFirst("hostile/".count)) })
        #expect(inFolder.count == HostileFixtures.expectedRefusals + HostileFixtures.readable.count)
        #expect(listed == inFolder)
    }

    @Test(arguments: HostileFixtures.refusals)
    func dumpRefusesWithOneLineAndTheDocumentedStatus(_ refusal: HostileFixtures.Refusal) throws {
        let path = refusal.path
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
        let path = HostileFixtures.path("no-such-file.docx")
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
