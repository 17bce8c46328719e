import ArvioDevSupport
import Foundation
import Testing

/// The inputs built to exhaust memory, each read by `arvio dump` in a child process of its own
/// and measured by GNU time (`Measured`, `make setup` installs it): never in the shared test
/// process, where other suites run at the same time. The bounds are generous — a debug build
/// needs about 32 MB for any of these — and still far below what holding the content would take:
/// the zip bomb unpacks to over 200 MB, the lying header to 50 MB (Tests/Fixtures/hostile/README.md),
/// billion laughs to gigabytes.
@Suite struct HostileMemoryTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var fixture: String
        var code: String
        var maxMegabytes: Double
        var testDescription: String { fixture }
    }

    static let cases: [Case] = [
        Case(fixture: "zip-bomb.docx", code: "ARVIO-TOO-LARGE", maxMegabytes: 150),
        Case(fixture: "zip-bomb-lying-header.docx", code: "ARVIO-TOO-LARGE", maxMegabytes: 75),
        Case(fixture: "billion-laughs.docx", code: "ARVIO-XML-DOCTYPE", maxMegabytes: 150),
    ]

    @Test(arguments: cases)
    func refusedWithoutHoldingTheContent(_ test: Case) throws {
        let path = Repository.path("Tests/Fixtures/hostile/\(test.fixture)")
        let run = try Measured.run(["dump", path])
        #expect(run.exited, "crashed (signal \(run.signal))")
        #expect(run.status != 0 && run.stderr.contains("[\(test.code)]"), "\(run.stderr)")
        #expect(run.maxResidentMegabytes < test.maxMegabytes, "peak \(run.maxResidentMegabytes) MB")
    }
}
