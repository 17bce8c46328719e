import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The temporary files and folders this process keeps beside its outputs, and the programs it
/// runs, so that an interruption (Ctrl-C, SIGTERM, SIGHUP) can remove and stop them before the
/// process ends, and so that a later run recognises what a process killed outright (SIGKILL, a
/// power cut) left behind.
///
/// Every temporary name is ".arvio-PID-N.SUFFIX": short, so it fits beside any output name the
/// file system allows (the output's own name is not part of it), and the PID tells a later run
/// whether its writer is still alive. libzip names its own temporary file after the archive it
/// closes ("….tmp.XXXXXX"), so that one carries the prefix too.
public enum TemporaryFiles {
    static let prefix = ".arvio-"

    private final class State: @unchecked Sendable {
        let lock = NSLock()
        var counter = 0
        /// Paths made by `make` and not yet released.
        var live: Set<String> = []
        /// Folders that held one of our temporaries (libzip's file lands there too).
        var folders: Set<String> = []
        /// Folders already cleared of dead processes' leftovers.
        var swept: Set<String> = []
        /// Process groups of the programs we run (LibreOffice).
        var groups: Set<pid_t> = []
        var exiting = false
    }

    private static let state = State()
    private static var ownPID: pid_t { getpid() }

    /// A fresh temporary path in `folder` (".arvio-4711-3.tmp"), registered until `release`.
    /// Leftovers of dead processes in that folder are removed first (once per folder).
    public static func make(in folder: URL, suffix: String = "tmp") -> URL {
        let folderPath = folder.standardizedFileURL.path
        sweep(folderPath)
        state.lock.lock()
        defer { state.lock.unlock() }
        state.counter += 1
        let url = URL(fileURLWithPath: folderPath).appendingPathComponent("\(prefix)\(ownPID)-\(state.counter).\(suffix)")
        state.live.insert(url.path)
        state.folders.insert(folderPath)
        return url
    }

    /// The temporary became the output (renamed) or was removed.
    public static func release(_ url: URL) {
        state.lock.lock()
        defer { state.lock.unlock() }
        state.live.remove(url.path)
    }

    /// Removes the temporary (file or folder) and forgets it.
    public static func remove(_ url: URL) {
        try? FileManager.default.removeItem(at: url)
        release(url)
    }

    /// A program started in its own process group (`group` is its leader's pid), to be stopped
    /// with everything it started when this process is interrupted.
    public static func started(group: pid_t) {
        state.lock.lock()
        defer { state.lock.unlock() }
        state.groups.insert(group)
    }

    public static func finished(group: pid_t) {
        state.lock.lock()
        defer { state.lock.unlock() }
        state.groups.remove(group)
    }

    /// For an interruption or a fatal write failure, just before the process ends: stops the
    /// programs this process started and removes every temporary it made. Runs once; a second
    /// caller (another signal) returns at once and lets the first finish.
    public static func removeAllForExit() {
        state.lock.lock()
        guard !state.exiting else {
            state.lock.unlock()
            return
        }
        state.exiting = true
        let (groups, live, folders) = (state.groups, state.live, state.folders)
        state.lock.unlock()
        for group in groups { killpg(group, SIGKILL) }
        // Reaped here, so that no dead child lingers in the process table after we are gone
        // (a container's init may never reap it); a few seconds at most.
        for group in groups {
            for _ in 0 ..< 100 where waitpid(group, nil, WNOHANG) == 0 { usleep(20_000) }
        }
        for path in live { try? FileManager.default.removeItem(atPath: path) }
        // libzip's own temporary beside ours has a name we never saw: anything of this process's.
        let own = "\(prefix)\(ownPID)-"
        for folder in folders {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where name.hasPrefix(own) {
                try? FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(name))
            }
        }
    }

    /// Once an interruption is being handled, other threads stop where they are (instead of
    /// reporting the stopped LibreOffice as a failure and exiting with its status): the handler
    /// ends the process.
    public static func haltIfEnding() {
        state.lock.lock()
        let ending = state.exiting
        state.lock.unlock()
        guard ending else { return }
        while true { pause() }
    }

    /// Removes leftovers in `folder` of Arvio processes that are no longer running.
    static func sweep(_ folder: String) {
        state.lock.lock()
        let first = state.swept.insert(folder).inserted
        state.lock.unlock()
        guard first else { return }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
            guard let pid = writer(of: name), pid != ownPID, !isRunning(pid) else { continue }
            try? FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(name))
        }
    }

    /// The PID in a temporary name ".arvio-4711-3.tmp" (and libzip's "….tmp.Ab12Cd"), else nil.
    static func writer(of name: String) -> pid_t? {
        guard name.hasPrefix(prefix) else { return nil }
        let rest = name.dropFirst(prefix.count)
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, rest.dropFirst(digits.count).hasPrefix("-"), let pid = pid_t(digits), pid > 0 else { return nil }
        return pid
    }

    /// kill(pid, 0) fails with ESRCH only when no such process exists (EPERM: another user's).
    static func isRunning(_ pid: pid_t) -> Bool {
        kill(pid, 0) == 0 || errno != ESRCH
    }
}
