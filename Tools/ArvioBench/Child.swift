// Running another program and reading its own resource use (wait4), so each child's CPU time is
// its own rather than a running total over every child.
//
// Peak memory needs care on Linux: a process started with posix_spawn (vfork + exec) starts its
// ru_maxrss at the parent's high-water mark, so wait4's ru_maxrss of a child is never below the
// bench's own peak. When asked, the child is therefore started under GNU time (/usr/bin/time,
// which forks from its own small process) and its `%M` is read instead.

import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct ChildRun {
    /// Exit status, or 128 + the signal that ended it, or -1 when it could not be started.
    var status: Int32
    var wall: Double
    /// User + system seconds of the child and of the descendants it waited for.
    var cpu: Double
    /// The child's peak resident memory in bytes (the largest of it and its waited-for
    /// descendants), from GNU time; nil when not asked for or /usr/bin/time is missing.
    var peakMemory: Int?
    var succeeded: Bool { status == 0 }
}

let gnuTime: String? = FileManager.default.isExecutableFile(atPath: "/usr/bin/time") ? "/usr/bin/time" : nil

/// Runs `executable` with `arguments`, standard input from /dev/null and standard output and
/// error into `output` (a file, never a pipe), and waits for it. With `measureMemory`, under
/// GNU time for the child's own peak memory (its start adds about a millisecond).
func runChild(_ executable: String, _ arguments: [String], output: String = "/dev/null",
              measureMemory: Bool = false) -> ChildRun {
    if measureMemory, let gnuTime {
        let report = (scratchFolder as NSString).appendingPathComponent("time-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(atPath: report) }
        var run = spawn(gnuTime, ["-f", "%M", "-o", report, executable] + arguments, output: output)
        run.peakMemory = peakMemory(inTimeReport: report)
        return run
    }
    return spawn(executable, arguments, output: output)
}

/// The peak resident memory in bytes that GNU time (`-f %M -o report`) wrote to `report`.
func peakMemory(inTimeReport report: String) -> Int? {
    let lastLine = (try? String(contentsOfFile: report, encoding: .utf8))?.split(separator: "\n").last
    return lastLine.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }.map { $0 * 1024 }
}

private func spawn(_ executable: String, _ arguments: [String], output: String) -> ChildRun {
    #if canImport(Glibc)
    var actions = posix_spawn_file_actions_t()
    #else
    var actions: posix_spawn_file_actions_t?
    #endif
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)

    let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    #if canImport(Glibc)
    let environment = environ
    #else
    let environment = _NSGetEnviron().pointee
    #endif

    var pid: pid_t = 0
    let start = clock.now
    guard posix_spawn(&pid, executable, &actions, nil, argv, environment) == 0 else {
        return ChildRun(status: -1, wall: 0, cpu: 0, peakMemory: nil)
    }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    let wall = seconds(clock.now - start)
    let signal = status & 0x7f
    let code = signal == 0 ? (status >> 8) & 0xff : 128 + signal
    return ChildRun(status: code, wall: wall, cpu: cpuSeconds(of: usage), peakMemory: nil)
}

/// The path of this very program, for re-running it as a child.
func ownExecutable() -> String {
    if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
    return Bundle.main.executablePath ?? CommandLine.arguments[0]
}
