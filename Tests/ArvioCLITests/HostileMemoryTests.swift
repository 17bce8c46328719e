import ArvioDevSupport
import Foundation
import Testing

/// The inputs built to exhaust memory (`HostileFixtures.memoryHungry`, with their bounds), each
/// read by `arvio dump` in a child process of its own and measured by GNU time (`Measured`,
/// `make setup` installs it): never in the shared test process, where other suites run at the
/// same time.
@Suite struct HostileMemoryTests {
    @Test func theThreeAreThere() {
        #expect(HostileFixtures.memoryHungry.map(\.file) == ["zip-bomb.docx", "zip-bomb-lying-header.docx", "billion-laughs.docx"])
    }

    @Test(arguments: HostileFixtures.memoryHungry)
    func refusedWithoutHoldingTheContent(_ test: HostileFixtures.Refusal) throws {
        let run = try Measured.run(["dump", test.path])
        #expect(run.exited, "crashed (signal \(run.signal))")
        #expect(run.status == test.exitCode && run.stderr.contains("[\(test.code)]"), "\(run.stderr)")
        let bound = try #require(test.maxMegabytes)
        #expect(run.maxResidentMegabytes < bound, "peak \(run.maxResidentMegabytes) MB")
    }
}
