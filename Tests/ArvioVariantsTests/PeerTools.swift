import ArvioDevSupport
import Foundation

/// Other programs the variants are opened with (python's XML parser, python-docx, LibreOffice).
enum PeerTools {
    static func which(_ tool: String) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = "\(folder)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Debian's python3-docx lives with /usr/bin/python3; prefer that python.
    static let python: String? = FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") ? "/usr/bin/python3" : which("python3")
    static let pythonHasDocx: Bool = python.map { (try? run($0, ["-c", "import docx"]))?.status == 0 } ?? false

    /// Runs a tool under `timeout`, its output going to a file: a pipe could stay open after a
    /// timeout in a child the tool started (LibreOffice does that) and block the test.
    static func run(_ executable: String, _ arguments: [String], timeout: Int = 120) throws -> (status: Int32, output: String) {
        let log = ScratchFolder.url("arvio-variant-peer").appendingPathExtension("log")
        try FileManager.default.createDirectory(at: log.deletingLastPathComponent(), withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        let handle = try FileHandle(forWritingTo: log)
        defer { try? handle.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        process.arguments = ["--kill-after=10", "\(timeout)", executable] + arguments
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        return (process.terminationStatus, output)
    }
}
