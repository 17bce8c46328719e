import ArvioCore
import Foundation

/// `arvio pdf`: a Word document as PDF, converted by LibreOffice run headless. Each run has
/// its own LibreOffice profile (so a LibreOffice the coordinator has open, or another run, is
/// never in the way) and a time limit; LibreOffice's output goes to files, never to a pipe one
/// of its child processes could keep open. The PDF is written into a hidden folder beside the
/// target and renamed into place, so a failed run leaves no half-written file. Every temporary
/// file and folder is removed afterwards.
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

        public var code: String {
            switch self {
            case .notInstalled: "ARVIO-NO-LIBREOFFICE"
            case .failed: "ARVIO-PDF-FAILED"
            case .timedOut: "ARVIO-PDF-TIMEOUT"
            case .cannotWrite: "ARVIO-CANNOT-WRITE"
            }
        }

        public var exitCode: Int32 {
            switch self {
            case .notInstalled: 40
            case .failed, .timedOut: 41
            case .cannotWrite: 73
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
        let unique = "\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        // The PDF is made beside its target (so the final rename stays on one file system);
        // the profile, a few megabytes LibreOffice writes on first start, in the temporary folder.
        let work = target.deletingLastPathComponent().appendingPathComponent(".arvio-pdf-\(unique)", isDirectory: true)
        let profile = files.temporaryDirectory.appendingPathComponent("arvio-libreoffice-\(unique)", isDirectory: true)
        defer {
            try? files.removeItem(at: work)
            try? files.removeItem(at: profile)
        }
        do {
            try files.createDirectory(at: work, withIntermediateDirectories: false)
            try files.createDirectory(at: profile, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(output, reason: "the folder is missing or not writable")
        }
        // LibreOffice names its output after the input: a copy with a plain name keeps that
        // predictable whatever the coordinator's file is called.
        let ext = URL(fileURLWithPath: input).pathExtension.isEmpty ? "docx" : URL(fileURLWithPath: input).pathExtension
        let copy = work.appendingPathComponent("document.\(ext)")
        do { try files.copyItem(at: URL(fileURLWithPath: input), to: copy) } catch {
            throw .failed("the file could not be read")
        }
        let pdf = work.appendingPathComponent("document.pdf")
        let log = work.appendingPathComponent("libreoffice.log")
        _ = files.createFile(atPath: log.path, contents: nil)

        let arguments = ["-env:UserInstallation=\(profile.absoluteString)", "--headless", "--invisible", "--nologo",
                         "--norestore", "--nodefault", "--nolockcheck", "--convert-to", "pdf:writer_pdf_Export",
                         "--outdir", work.path, copy.path]
        let status = try run(soffice, arguments, log: log, timeout: timeout)
        if status == 124 || status == 137 { throw .timedOut(seconds: timeout) }
        guard let data = files.contents(atPath: pdf.path), data.starts(with: Array("%PDF-".utf8)) else {
            throw .failed(status == 0 ? "it wrote no PDF: \(lastLine(of: log))" : "exit status \(status): \(lastLine(of: log))")
        }
        if rename(pdf.path, target.path) != 0 {
            throw .cannotWrite(output, reason: String(cString: strerror(errno)))
        }
        return PdfPageCount.count(data)
    }

    /// Runs soffice under /usr/bin/timeout when there is one (it stops LibreOffice's whole
    /// process group), with a timer of our own as the backstop; output and errors to `log`.
    private static func run(_ soffice: String, _ arguments: [String], log: URL, timeout: Int) throws(Failure) -> Int32 {
        let process = Process()
        let timeoutProgram = "/usr/bin/timeout"
        if FileManager.default.isExecutableFile(atPath: timeoutProgram) {
            process.executableURL = URL(fileURLWithPath: timeoutProgram)
            process.arguments = ["--kill-after=10", "\(timeout)", soffice] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: soffice)
            process.arguments = arguments
        }
        process.standardInput = FileHandle.nullDevice
        do {
            let handle = try FileHandle(forWritingTo: log)
            defer { try? handle.close() }
            process.standardOutput = handle
            process.standardError = handle
            try process.run()
        } catch {
            throw .failed("LibreOffice could not be started: \(error.localizedDescription)")
        }
        let backstop = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(timeout + 20), execute: backstop)
        process.waitUntilExit()
        backstop.cancel()
        if process.terminationReason == .uncaughtSignal { return 137 }
        return process.terminationStatus
    }

    private static func lastLine(of log: URL) -> String {
        let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard let last = lines.last else { return "no message" }
        return last.count > 200 ? String(last.prefix(200)) + "…" : last
    }
}
