import ArvioCore
import ArvioPackage
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
import ArvioDevSupport
#endif

/// Every crafted file (Tests/Fixtures/hostile) and every input the fuzzer found a problem with
/// (Tests/Fixtures/fuzz) through the `arvio` binary: it never crashes, answers in bounded time,
/// memory and output, and says what is wrong only in lines of the documented shape
/// (`arvio: … [ARVIO-…]`) with a documented exit status.
///
/// The bounds are far above what a debug build needs (about 0.5 s and 32 MB each on the project
/// machine) and far below what an unbounded read would take (the zip bomb unpacks to 200 MB).
@Suite struct ResourceBoundsTests {
    static let maxSeconds = 20.0
    static let maxResidentMegabytes = 160.0
    static let maxOutputBytes = 1 << 20

    static let fixtures: [String] = Corpus.fixtures("hostile") + Corpus.fixtures("fuzz")

    @Test func theFixtureFoldersAreFound() {
        #expect(Self.fixtures.filter { $0.hasPrefix("hostile/") }.count == HostileFixtures.refusals.count + HostileFixtures.readable.count)
        // Tests/Fixtures/fuzz/README.md lists two: utf16-lone-surrogate.docx, cut-closes-end-tag.docx.
        #expect(Self.fixtures.filter { $0.hasPrefix("fuzz/") }.count == 2)
    }

    @Test(arguments: fixtures)
    func boundedAndWellSpoken(_ fixture: String) throws {
        let path = Repository.root.appendingPathComponent("Tests/Fixtures/\(fixture)").path
        let documented = Set(ErrorCatalogue.errors.compactMap(\.exitCode)).union([0])
        for command in [["import", path], ["dump", "--json", path], ["inspect", path]] {
            let run = try Measured.run(command)
            let name = "\(command[0]) \(fixture)"
            #expect(run.exited, "\(name) crashed (signal \(run.signal))")
            #expect(documented.contains(run.status), "\(name): exit status \(run.status) is not documented; stderr: \(run.stderr)")
            #expect(run.seconds < Self.maxSeconds, "\(name) took \(run.seconds) s")
            #expect(run.maxResidentMegabytes < Self.maxResidentMegabytes, "\(name) used \(run.maxResidentMegabytes) MB")
            #expect(run.stdoutBytes < Self.maxOutputBytes, "\(name) printed \(run.stdoutBytes) bytes")
            for line in run.stderr.split(separator: "\n") {
                #expect(line.hasPrefix("arvio: ") && line.hasSuffix("]") && line.contains(" [ARVIO-"),
                        "\(name): a line on stderr not in Arvio's shape: \(line)")
            }
            if run.status != 0 { #expect(run.stdoutBytes == 0, "\(name) printed output and failed") }
        }
    }
}

/// Runs the `arvio` binary and measures it: wall time, peak resident memory, bytes written to
/// stdout, and stderr. `environment` adds to (or replaces in) the test's own environment.
///
/// The peak memory is GNU time's `%M` (Debian package `time`, installed by `make setup`): a child
/// started with posix_spawn begins its `ru_maxrss` at the parent's high-water mark on Linux, so
/// `wait4`'s figure for the child is never below the test process's own peak (which grows with
/// every suite that ran before), while GNU time forks from its own small process.
enum Measured {
    struct Run {
        var exited: Bool
        var status: Int32
        var signal: Int32
        var seconds: Double
        var maxResidentMegabytes: Double
        var stdoutBytes: Int
        var stderr: String
    }

    /// `stdout`: where standard output goes instead of a scratch file (e.g. /dev/full).
    static func run(_ arguments: [String], environment: [String: String] = [:], stdout: String? = nil) throws -> Run {
        let executable = try Arvio.located.get().path
        let scratch = ScratchFolder.url("arvio-measured")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outPath = stdout ?? scratch.appendingPathComponent("stdout").path
        let errPath = scratch.appendingPathComponent("stderr").path

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let gnuTime = "/usr/bin/time"
        guard FileManager.default.isExecutableFile(atPath: gnuTime) else {
            throw MeasuredError.noGNUTime
        }
        let timePath = scratch.appendingPathComponent("time").path
        let command = [gnuTime, "-f", "%M", "-o", timePath, executable] + arguments
        let argv: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        let variables = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let envp: [UnsafeMutablePointer<CChar>?] = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in envp { free(pointer) } }

        let start = Date()
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, gnuTime, &actions, nil, argv, envp)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = Date().timeIntervalSince(start)

        // GNU time writes "Command terminated by signal N" when arvio was killed, then %M (kilobytes).
        let report = ((try? String(contentsOfFile: timePath, encoding: .utf8)) ?? "").split(separator: "\n")
        let killedBy = report.first { $0.hasPrefix("Command terminated by signal ") }
            .flatMap { Int32($0.split(separator: " ").last ?? "") }
        let signal = killedBy ?? (status & 0x7F)
        guard let kilobytes = report.last.flatMap({ Double($0.trimmingCharacters(in: .whitespaces)) }) else {
            throw MeasuredError.noMemoryFigure(String(report.joined(separator: " / ")))
        }
        return Run(exited: signal == 0, status: (status >> 8) & 0xFF, signal: signal, seconds: seconds,
                   maxResidentMegabytes: kilobytes / 1024,
                   stdoutBytes: (try? FileManager.default.attributesOfItem(atPath: outPath)[.size] as? Int) ?? 0,
                   stderr: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
    }
}

enum MeasuredError: Error, CustomStringConvertible {
    case noGNUTime
    case noMemoryFigure(String)

    var description: String {
        switch self {
        case .noGNUTime: "/usr/bin/time is missing: `make setup` installs it (Debian package time)"
        case .noMemoryFigure(let report): "GNU time reported no peak memory: \(report)"
        }
    }
}
