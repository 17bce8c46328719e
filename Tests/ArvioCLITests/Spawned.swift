import ArvioDevSupport
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `arvio` as a child process with its standard output where a test wants it — a path such as
/// /dev/full, or a pipe whose reading end is already closed — and, for the interruption tests,
/// started without waiting so that the test can signal it.
enum Spawned {
    enum Output {
        case file(String)
        /// A pipe nobody reads: the first write fails with EPIPE.
        case closedPipe
    }

    struct Finished {
        /// False when the process died of a signal instead of exiting.
        let exited: Bool
        let status: Int32
        let signal: Int32
        let stderr: String
    }

    struct Started {
        let pid: pid_t
        let stderrPath: String
    }

    static func start(_ arguments: [String], stdout: Output, environment: [String: String] = [:]) throws -> Started {
        let executable = try Arvio.located.get().path
        let stderrPath = ScratchFolder.url("arvio-stderr").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        var pipeEnds: [Int32] = [-1, -1]
        switch stdout {
        case .file(let path):
            posix_spawn_file_actions_addopen(&actions, 1, path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        case .closedPipe:
            // The reading end is closed at once; the writing end is close-on-exec, so another
            // test's child started meanwhile does not keep it (the child gets it through dup2).
            guard pipe(&pipeEnds) == 0 else { throw POSIXError(.EIO) }
            close(pipeEnds[0])
            _ = fcntl(pipeEnds[1], F_SETFD, FD_CLOEXEC)
            posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
        }
        defer { if pipeEnds[1] >= 0 { close(pipeEnds[1]) } }
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        let variables = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let envp: [UnsafeMutablePointer<CChar>?] = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in envp { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        return Started(pid: pid, stderrPath: stderrPath)
    }

    /// Waits for the process to end, ten minutes at most (then it is killed, and reported as
    /// killed): a run that hangs fails its test instead of stalling the suite.
    static func wait(_ started: Started) -> Finished {
        var polls = 0
        while !hasEnded(started) && polls < 60_000 {
            usleep(10_000)
            polls += 1
        }
        if polls == 60_000 { kill(started.pid, SIGKILL) }
        var status: Int32 = 0
        while waitpid(started.pid, &status, 0) < 0 && errno == EINTR {}
        let signal = status & 0x7F
        let stderr = (try? String(contentsOfFile: started.stderrPath, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(atPath: started.stderrPath)
        return Finished(exited: signal == 0, status: (status >> 8) & 0xFF, signal: signal, stderr: stderr)
    }

    /// True once the process has ended (it is then reaped by `wait`, which returns at once).
    static func hasEnded(_ started: Started) -> Bool {
        var info = siginfo_t()
        return waitid(P_PID, id_t(started.pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info.si_signo == SIGCHLD
    }

    static func run(_ arguments: [String], stdout: Output, environment: [String: String] = [:]) throws -> Finished {
        wait(try start(arguments, stdout: stdout, environment: environment))
    }

    /// Polls (a few milliseconds apart) until `condition` holds or the process has ended; true
    /// when the condition held while it was still running. Bounded by the process's own run.
    static func waitWhileRunning(_ started: Started, until condition: () -> Bool) -> Bool {
        while !hasEnded(started) {
            if condition() { return true }
            usleep(2_000)
        }
        return false
    }

    /// Processes whose command line mentions `text` (a test's scratch folder): what a run left running.
    static func processes(mentioning text: String) -> [String] {
        let ids = ((try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []).filter { Int32($0) != nil }
        return ids.compactMap { id in
            guard let data = FileManager.default.contents(atPath: "/proc/\(id)/cmdline"), !data.isEmpty else { return nil }
            let line = String(decoding: data.map { $0 == 0 ? 0x20 : $0 }, as: UTF8.self)
            return line.contains(text) && Int32(id) != getpid() ? "\(id): \(line)" : nil
        }
    }

    /// True when `pid` is no process any more (or a reused number running something else).
    static func isGone(_ pid: pid_t, command: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return true }
        let state = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8))?
            .split(separator: ")").last?.split(separator: " ").first
        if state == "Z" { return true }  // dead, waiting for a parent to collect it
        return !String(decoding: data, as: UTF8.self).hasPrefix(command)
    }

    /// Temporary names Arvio leaves only when something went wrong (".arvio-PID-N…").
    static func temporaries(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasPrefix(".arvio-") }.sorted()
    }
}
