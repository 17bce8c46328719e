import Foundation

/// One finished run of a program: how it ended and what it printed.
public struct ProcessRun: Sendable {
    /// False when a signal ended it.
    public var exited: Bool
    public var status: Int32
    public var stdout: String
    public var stderr: String

    public var succeeded: Bool { exited && status == 0 }

    /// Both streams, standard output first: what a failing peer said, for a test's message.
    public var output: String { stdout + stderr }
}

/// Runs a program to its end, stdin from /dev/null. Output goes to files in a scratch folder, not
/// pipes, so a large dump can never fill a pipe and stall, and a child the program leaves behind
/// after a timeout (LibreOffice does that) cannot hold a pipe open and block the test. `environment`
/// adds to (or replaces in) the test's own environment. With `timeout` (seconds) the program runs
/// under coreutils' `timeout`, killed 10 s after its TERM if it lingers: status 124 when it timed out.
public enum ProcessRunner {
    public static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:],
                           in directory: URL? = nil, timeout: Int? = nil) throws -> ProcessRun {
        if let timeout {
            return try run("/usr/bin/timeout", ["--kill-after=10", "\(timeout)", executable] + arguments,
                           environment: environment, in: directory)
        }
        let scratch = ScratchFolder.url("arvio-run")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        if let directory { process.currentDirectoryURL = directory }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return ProcessRun(exited: process.terminationReason == .exit, status: process.terminationStatus,
                          stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                          stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// Runs `body` with a fresh scratch folder, removed afterwards.
    public static func inScratch<T>(_ name: String = "arvio-test", _ body: (URL) throws -> T) throws -> T {
        let folder = ScratchFolder.url(name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try body(folder)
    }
}

/// The built `arvio` binary the end-to-end tests run: $ARVIO_BINARY, else next to the test bundle,
/// else .build/debug/arvio.
public enum ArvioBinary {
    public struct NotBuilt: Error, CustomStringConvertible {
        public var searched: [String]
        public var description: String {
            "the arvio binary is not built (run `swift build`); looked at \(searched.joined(separator: ", "))"
        }
    }

    public static let located: Result<URL, NotBuilt> = Result { () throws(NotBuilt) -> URL in try locate() }

    public static func locate() throws(NotBuilt) -> URL {
        var candidates: [URL] = []
        if let override = ProcessInfo.processInfo.environment["ARVIO_BINARY"] {
            candidates.append(URL(fileURLWithPath: override))
        }
        for bundle in [Bundle.main] + Bundle.allBundles {
            var directory = bundle.bundleURL
            if directory.pathExtension == "xctest" { directory.deleteLastPathComponent() }
            candidates.append(directory.appendingPathComponent("arvio"))
            if let executable = bundle.executableURL {
                candidates.append(executable.deletingLastPathComponent().appendingPathComponent("arvio"))
            }
        }
        candidates.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("arvio"))
        candidates.append(Repository.root.appendingPathComponent(".build/debug/arvio"))
        if let found = candidates.first(where: { Peers.isProgram($0.path) }) { return found }
        throw NotBuilt(searched: candidates.map(\.path))
    }

    /// Runs `arvio arguments…`.
    public static func run(_ arguments: [String], environment: [String: String] = [:], in directory: URL? = nil) throws -> ProcessRun {
        try ProcessRunner.run(try located.get().path, arguments, environment: environment, in: directory)
    }

    /// An environment in which only `values` choose the language of Arvio's messages: the
    /// `ARVIO_LANG` and `LANG` of the machine running the tests are cleared.
    public static func languageEnvironment(_ values: [String: String] = [:]) -> [String: String] {
        ["ARVIO_LANG": "", "LANG": ""].merging(values) { $1 }
    }
}
