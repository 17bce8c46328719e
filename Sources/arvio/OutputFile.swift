import ArvioPackage
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
        try check(path, inputs: inputs, force: force)
        let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        let folder = target.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).arvio-\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: data) else {
            try? FileManager.default.removeItem(at: temporary)  // a partly written file, if the disk filled up
            throw Failure.cannotWrite(path, reason: "the folder is missing or not writable")
        }
        if rename(temporary.path, target.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw Failure.cannotWrite(path, reason: reason)
        }
    }
}
