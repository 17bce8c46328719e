import Foundation
import Synchronization
import Testing
@testable import ArvioWeb

/// At most `limit` conversions at once, however many are asked for; all of them finish.
@Suite struct ConversionGateTests {
    final class Probe: Sendable {
        let state = Mutex((running: 0, most: 0))
        func enter() { state.withLock { $0.running += 1; $0.most = max($0.most, $0.running) } }
        func leave() { state.withLock { $0.running -= 1 } }
        var most: Int { state.withLock { $0.most } }
    }

    @Test(arguments: [1, 2])
    func neverMoreThanTheLimitAtOnce(limit: Int) async throws {
        let gate = ConversionGate(limit: limit)
        let probe = Probe()
        let results = try await withThrowingTaskGroup(of: Int.self) { group in
            for index in 0..<12 {
                group.addTask {
                    try await gate.run {
                        probe.enter()
                        defer { probe.leave() }
                        usleep(2_000)  // long enough for the others to be waiting
                        return index
                    }
                }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(results.sorted() == Array(0..<12))
        #expect(probe.most <= limit)
        #expect(await gate.queued == 0)
    }
}
