import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The temporary files and folders this process keeps beside its outputs, and the programs it
/// runs, so that an interruption (Ctrl-C, SIGTERM, SIGHUP) can remove and stop them before the
/// process ends, and so that a later run recognises what a process killed outright (SIGKILL, a
/// power cut) left behind.
///
/// Every temporary name is ".arvio-PID-HOST-N.SUFFIX" (".arvio-4711-9c3e1a-1.tmp"): short, so it
/// fits beside any output name the file system allows (the output's own name is not part of it);
/// the PID tells a later run on the same machine (HOST, a short hash of its name: folders are
/// shared between machines) whether its writer is still alive. libzip names its own temporary
/// file after the archive it closes ("….tmp.XXXXXX"), so that one carries the prefix too.
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

    /// This machine in six hex digits (FNV-1a of its host name).
    public static let host: String = {
        var name = [CChar](repeating: 0, count: 256)
        gethostname(&name, name.count - 1)
        var hash: UInt32 = 2_166_136_261
        for byte in String(cString: name).utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return String(String(hash, radix: 16).suffix(6)).leftPadded(to: 6)
    }()

    /// A fresh temporary path in `folder` (".arvio-4711-3.tmp"), registered until `release`.
    /// Leftovers of dead processes in that folder are removed first (once per folder).
    public static func make(in folder: URL, suffix: String = "tmp") -> URL {
        let folderPath = folder.standardizedFileURL.path
        sweep(folderPath)
        state.lock.lock()
        defer { state.lock.unlock() }
        state.counter += 1
        let url = URL(fileURLWithPath: folderPath).appendingPathComponent("\(prefix)\(ownPID)-\(host)-\(state.counter).\(suffix)")
        state.live.insert(url.path)
        state.folders.insert(folderPath)
        return url
    }

    /// A temporary folder made elsewhere (`arvio serve`'s session folders), removed with the
    /// others if the process is interrupted.
    public static func register(_ url: URL) {
        state.lock.lock()
        defer { state.lock.unlock() }
        state.live.insert(url.path)
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

    /// Starts a program in its own process group (`spawn` returns its pid, the group's id, or
    /// nil), to be stopped with everything it started when this process is interrupted. Started
    /// and registered in one step, so that an interruption meanwhile cannot miss it.
    public static func start(_ spawn: () -> pid_t?) -> pid_t? {
        state.lock.lock()
        if state.exiting {
            state.lock.unlock()
            haltIfEnding()
        }
        defer { state.lock.unlock() }
        guard let group = spawn() else { return nil }
        state.groups.insert(group)
        return group
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
        let own = "\(prefix)\(ownPID)-\(host)-"
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
            guard let (pid, machine) = writer(of: name), machine == host, pid != ownPID, !isRunning(pid) else { continue }
            try? FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(name))
        }
    }

    /// The PID and machine in a temporary name ".arvio-4711-9c3e1a-3.tmp" (and libzip's
    /// "….tmp.Ab12Cd"), else nil.
    static func writer(of name: String) -> (pid: pid_t, host: String)? {
        guard name.hasPrefix(prefix) else { return nil }
        let fields = name.dropFirst(prefix.count).split(separator: "-", maxSplits: 2)
        guard fields.count == 3, let pid = pid_t(fields[0]), pid > 0, fields[1].count == 6 else { return nil }
        return (pid, String(fields[1]))
    }

    /// kill(pid, 0) fails with ESRCH only when no such process exists (EPERM: another user's).
    static func isRunning(_ pid: pid_t) -> Bool {
        kill(pid, 0) == 0 || errno != ESRCH
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
