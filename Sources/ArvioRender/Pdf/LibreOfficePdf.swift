import ArvioCore
import ArvioPackage
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `arvio pdf`: a Word document as PDF, converted by LibreOffice run headless. Each run has
/// its own LibreOffice profile (so a LibreOffice the coordinator has open, or another run, is
/// never in the way) and a time limit; LibreOffice's output goes to files, never to a pipe one
/// of its child processes could keep open. The PDF is written into a hidden folder beside the
/// target and renamed into place, so a failed run leaves no half-written file. Every temporary
/// file and folder is removed afterwards, also when Arvio is interrupted (`TemporaryFiles`
/// stops LibreOffice's process group and removes them).
public enum LibreOfficePdf {
    /// The environment variable that names the `soffice` program to use.
    public static let environmentVariable = "ARVIO_SOFFICE"
    /// What a Debian or Ubuntu user runs to get it (Writer without the desktop parts).
    public static let installCommand = "sudo apt-get install libreoffice-writer-nogui"

    public enum Failure: Error, CoordinatorFacingError {
        case notInstalled(looked: String)
        case failed(String)
        case timedOut(seconds: Int)
        case cannotWrite(String, reason: String)
        case diskFull(String)

        public var code: String {
            switch self {
            case .notInstalled: "ARVIO-NO-LIBREOFFICE"
            case .failed: "ARVIO-PDF-FAILED"
            case .timedOut: "ARVIO-PDF-TIMEOUT"
            case .cannotWrite: "ARVIO-CANNOT-WRITE"
            case .diskFull: "ARVIO-DISK-FULL"
            }
        }

        public var exitCode: Int32 {
            switch self {
            case .notInstalled: 40
            case .failed, .timedOut: 41
            case .cannotWrite, .diskFull: 73
            }
        }

        public func message(file: String) -> String {
            switch self {
            case .notInstalled(let looked):
                "\(file): a PDF needs LibreOffice, which was not found (\(looked)). Install it with `\(installCommand)`, or set \(environmentVariable) to its soffice program."
            case .failed(let reason):
                "\(file): LibreOffice could not make a PDF of it (\(reason))."
            case .timedOut(let seconds):
                "\(file): LibreOffice did not finish the PDF within \(seconds) seconds and was stopped; try again, or give more time with --timeout."
            case .cannotWrite(let path, let reason):
                "\(path): cannot be written (\(reason))."
            case .diskFull(let path):
                DiskFull.message(path)
            }
        }
    }

    /// The `soffice` program: $ARVIO_SOFFICE when set (and then only that), else `soffice` or
    /// `libreoffice` on the PATH, else LibreOffice's usual install places.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws(Failure) -> String {
        let files = FileManager.default
        if let chosen = environment[environmentVariable], !chosen.isEmpty {
            guard files.isExecutableFile(atPath: chosen) else { throw .notInstalled(looked: "\(environmentVariable)=\(chosen) is not a program") }
            return chosen
        }
        let path = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map(String.init)
        var candidates = path.flatMap { ["\($0)/soffice", "\($0)/libreoffice"] }
        candidates += ["/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice",
                       "/Applications/LibreOffice.app/Contents/MacOS/soffice"]
        if let found = candidates.first(where: { files.isExecutableFile(atPath: $0) }) { return found }
        throw .notInstalled(looked: "no soffice on the PATH or in /usr/lib/libreoffice, /opt/libreoffice")
    }

    /// Converts `input` (.docx) to the PDF `output` and returns its page count (nil when it
    /// cannot be read from the file). The caller has checked that `output` may be written.
    @discardableResult
    public static func convert(_ input: String, to output: String, soffice: String, timeout: Int = 180) throws(Failure) -> Int? {
        let files = FileManager.default
        let target = URL(fileURLWithPath: output).standardizedFileURL
        // The PDF is made beside its target (so the final rename stays on one file system);
        // the profile, a few megabytes LibreOffice writes on first start, in the temporary folder.
        let work = TemporaryFiles.make(in: target.deletingLastPathComponent(), suffix: "pdf")
        let profile = TemporaryFiles.make(in: files.temporaryDirectory, suffix: "profile")
        defer {
            TemporaryFiles.remove(work)
            TemporaryFiles.remove(profile)
        }
        do {
            try files.createDirectory(at: work, withIntermediateDirectories: false)
            try files.createDirectory(at: profile, withIntermediateDirectories: false)
        } catch {
            if DiskFull.caused(error) { throw .diskFull(output) }
            throw .cannotWrite(output, reason: "the folder is missing or not writable")
        }
        // LibreOffice names its output after the input: a copy with a plain name keeps that
        // predictable whatever the coordinator's file is called.
        let ext = URL(fileURLWithPath: input).pathExtension.isEmpty ? "docx" : URL(fileURLWithPath: input).pathExtension
        let copy = work.appendingPathComponent("document.\(ext)")
        do { try files.copyItem(at: URL(fileURLWithPath: input), to: copy) } catch {
            if DiskFull.caused(error) { throw .diskFull(output) }
            throw .failed("the file could not be read")
        }
        let pdf = work.appendingPathComponent("document.pdf")
        let log = work.appendingPathComponent("libreoffice.log")
        guard files.createFile(atPath: log.path, contents: nil) else {
            throw isFull(work, needing: 1) ? .diskFull(output) : .cannotWrite(output, reason: "the folder is not writable")
        }

        let arguments = ["-env:UserInstallation=\(profile.absoluteString)", "--headless", "--invisible", "--nologo",
                         "--norestore", "--nodefault", "--nolockcheck", "--convert-to", "pdf:writer_pdf_Export",
                         "--outdir", work.path, copy.path]
        let status = try run(soffice, arguments, log: log, timeout: timeout)
        if status == timedOutStatus { throw .timedOut(seconds: timeout) }
        guard let data = files.contents(atPath: pdf.path), data.starts(with: Array("%PDF-".utf8)) else {
            // LibreOffice says little when it runs out of room: a disk with less free space than
            // the document itself is the likelier cause.
            let size = (try? files.attributesOfItem(atPath: input)[.size] as? Int) ?? 0
            if isFull(work, needing: max(size, 1)) { throw .diskFull(output) }
            throw .failed(status == 0 ? "it wrote no PDF: \(lastLine(of: log))" : "exit status \(status): \(lastLine(of: log))")
        }
        if rename(pdf.path, target.path) != 0 {
            throw .cannotWrite(output, reason: String(cString: strerror(errno)))
        }
        return PdfPageCount.count(data)
    }

    /// Less room left in `folder`'s file system than `bytes`.
    static func isFull(_ folder: URL, needing bytes: Int) -> Bool {
        var info = statvfs()
        guard statvfs(folder.path, &info) == 0 else { return false }
        return UInt64(info.f_bavail) * UInt64(info.f_frsize) < UInt64(bytes)
    }

    /// What `run` returns when LibreOffice was stopped for taking too long.
    static let timedOutStatus: Int32 = 124

    /// Runs soffice in a process group of its own (LibreOffice starts helper processes; the
    /// group is stopped whole after the time limit, and by `TemporaryFiles` when Arvio is
    /// interrupted), with the default reaction to signals that Arvio itself handles, and its
    /// output and errors to `log`. Returns its exit status, 128 + the signal that ended it, or
    /// `timedOutStatus`.
    private static func run(_ soffice: String, _ arguments: [String], log: URL, timeout: Int) throws(Failure) -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log.path, O_WRONLY | O_APPEND, 0)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        posix_spawnattr_setpgroup(&attributes, 0)
        var defaults = sigset_t(), none = sigset_t()
        sigemptyset(&defaults)
        for number in [SIGINT, SIGTERM, SIGHUP, SIGPIPE] { sigaddset(&defaults, number) }
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &none)

        let argv: [UnsafeMutablePointer<CChar>?] = ([soffice] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var spawned: Int32 = 0
        let started = TemporaryFiles.start {
            var pid: pid_t = 0
            spawned = posix_spawn(&pid, soffice, &actions, &attributes, argv, environ)
            return spawned == 0 ? pid : nil
        }
        guard let pid = started else {
            throw .failed("LibreOffice could not be started: \(String(cString: strerror(spawned)))")
        }
        defer { TemporaryFiles.finished(group: pid) }

        // Waits without reaping (WNOWAIT): while the leader is not reaped its group id cannot be
        // reused, so stopping "the group" afterwards never reaches an unrelated process.
        let deadline = Date().addingTimeInterval(TimeInterval(timeout))
        var stopping: Date?
        while true {
            var info = siginfo_t()
            let waited = waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT)
            if waited == 0 && info.si_signo == SIGCHLD { break }
            if waited != 0 && errno != EINTR { break }
            let now = Date()
            if stopping == nil && now >= deadline {
                killpg(pid, SIGTERM)
                stopping = now
            } else if let since = stopping, now.timeIntervalSince(since) >= 10 {
                killpg(pid, SIGKILL)
            }
            usleep(50_000)
        }
        killpg(pid, SIGKILL)  // helpers LibreOffice left running in its group
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        TemporaryFiles.haltIfEnding()
        if stopping != nil { return timedOutStatus }
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }

    private static func lastLine(of log: URL) -> String {
        let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard let last = lines.last else { return "no message" }
        return last.count > 200 ? String(last.prefix(200)) + "…" : last
    }
}
