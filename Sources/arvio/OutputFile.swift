import ArvioCore
import Foundation

/// Writes a result the safe way: into a temporary file beside the target, then renamed over
/// it, so a failure never leaves a half-written file; never onto the input; an existing file
/// only with --force.
enum OutputFile {
    enum Failure: Error, CoordinatorFacingError {
        case wouldOverwriteInput(String)
        case exists(String)
        case cannotWrite(String, reason: String)

        var code: String {
            switch self {
            case .wouldOverwriteInput: "ARVIO-OUTPUT-IS-INPUT"
            case .exists: "ARVIO-OUTPUT-EXISTS"
            case .cannotWrite: "ARVIO-CANNOT-WRITE"
            }
        }
        var exitCode: Int32 { 73 }
        func message(file _: String) -> String {
            switch self {
            case .wouldOverwriteInput(let path):
                "\(path): this is the input file; Arvio never writes over it. Choose another name with -o."
            case .exists(let path):
                "\(path): already exists. Choose another name with -o, or add --force to replace it."
            case .cannotWrite(let path, let reason):
                "\(path): cannot be written (\(reason)). Check that the folder exists and that you may write there, or choose another name with -o."
            }
        }
    }

    /// Refuses a target that is one of the inputs, or exists without --force.
    static func check(_ path: String, inputs: [String], force: Bool) throws {
        let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        for input in inputs where URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath() == target {
            throw Failure.wouldOverwriteInput(path)
        }
        if FileManager.default.fileExists(atPath: target.path) && !force { throw Failure.exists(path) }
    }

    static func write(_ data: Data, to path: String, inputs: [String], force: Bool) throws {
        try write(to: path, inputs: inputs, force: force) { write in
            try data.withUnsafeBytes { try write($0.bindMemory(to: UInt8.self)) }
        }
    }

    /// Streams the contents into the temporary file as `contents` makes them (a large report's
    /// text is never whole in memory), then renames it over the target. A failure of
    /// `contents` removes the temporary file and is thrown as it is.
    static func write(to path: String, inputs: [String], force: Bool,
                      contents: ((UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Void) throws {
        try check(path, inputs: inputs, force: force)
        let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        let folder = target.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).arvio-\(ProcessInfo.processInfo.processIdentifier).tmp")
        let cannotWrite = Failure.cannotWrite(path, reason: "the folder is missing or not writable")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw cannotWrite }
        do {
            defer { close(descriptor) }
            try contents { chunk in
                guard Self.writeAll(chunk, to: descriptor) else { throw cannotWrite }
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)  // a partly written file, if the disk filled up
            throw error
        }
        if rename(temporary.path, target.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw Failure.cannotWrite(path, reason: reason)
        }
    }

    /// write(2) until every byte is out; false on an error such as a full disk.
    private static func writeAll(_ chunk: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> Bool {
        guard var next = chunk.baseAddress else { return true }
        var left = chunk.count
        while left > 0 {
            let written = Foundation.write(descriptor, next, left)
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return false }
            next += written
            left -= written
        }
        return true
    }
}
