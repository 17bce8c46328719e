import ArvioCore
import ArvioPackage
import Foundation

/// Writes a result the safe way: into a temporary file beside the target, then renamed over
/// it, so a failure never leaves a half-written file; never onto the input (recognised by
/// device and inode, so a hard link or a symbolic link to it counts too); only over an ordinary
/// file, and an existing one only with --force.
enum OutputFile {
    enum Failure: Error, CoordinatorFacingError {
        case wouldOverwriteInput(String)
        case exists(String)
        case danglingLink(String)
        case notAFile(String, what: String)
        case cannotWrite(String, reason: String)
        case diskFull(String)

        var code: String {
            switch self {
            case .wouldOverwriteInput: "ARVIO-OUTPUT-IS-INPUT"
            case .exists, .danglingLink: "ARVIO-OUTPUT-EXISTS"
            case .notAFile: "ARVIO-OUTPUT-NOT-FILE"
            case .cannotWrite: "ARVIO-CANNOT-WRITE"
            case .diskFull: "ARVIO-DISK-FULL"
            }
        }
        var exitCode: Int32 { 73 }
        func message(file _: String) -> String {
            switch self {
            case .wouldOverwriteInput(let path):
                "\(path): this is the input file; Arvio never writes over it. Choose another name with -o."
            case .exists(let path):
                "\(path): already exists. Choose another name with -o, or add --force to replace it."
            case .danglingLink(let path):
                "\(path): is a link to a file that does not exist. Add --force to replace the link with the output, or choose another name with -o."
            case .notAFile(let path, let what):
                "\(path): is \(what), not a file; Arvio replaces only ordinary files, even with --force. Choose a file name with -o."
            case .cannotWrite(let path, let reason):
                "\(path): cannot be written (\(reason)). Check that the folder exists and that you may write there, or choose another name with -o."
            case .diskFull(let path):
                DiskFull.message(path)
            }
        }
    }

    /// A file whatever its name: hard links, symbolic links and "./" spellings of it are equal.
    struct Identity: Hashable {
        let device: UInt64
        let inode: UInt64
    }

    /// The identity of what `path` names (links followed), nil when nothing is there.
    static func identity(of path: String) -> Identity? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    /// Refuses a target that is one of the inputs, is not an ordinary file (a folder, a device
    /// such as /dev/null, a FIFO), is a link to nothing without --force, or exists without --force.
    static func check(_ path: String, inputs: [String], force: Bool) throws {
        var link = stat()
        guard lstat(path, &link) == 0 else { return }  // nothing there (a missing folder shows when writing)
        var info = stat()
        guard stat(path, &info) == 0 else {
            if force { return }
            throw Failure.danglingLink(path)
        }
        let identity = Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        if inputs.contains(where: { Self.identity(of: $0) == identity }) { throw Failure.wouldOverwriteInput(path) }
        if info.st_mode & S_IFMT != S_IFREG { throw Failure.notAFile(path, what: kind(info.st_mode)) }
        if !force { throw Failure.exists(path) }
    }

    static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: "a folder"
        case S_IFCHR, S_IFBLK: "a device"
        case S_IFIFO: "a named pipe (FIFO)"
        case S_IFSOCK: "a socket"
        default: "not an ordinary file"
        }
    }

    /// Where the bytes go: through a link to an existing file, that file (the link stays);
    /// otherwise the name as given (a link to nothing, replaced only after --force).
    static func destination(_ path: String) -> String {
        guard let real = realpath(path, nil) else { return path }
        defer { free(real) }
        return String(cString: real)
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
        let target = destination(path)
        let temporary = TemporaryFiles.make(in: URL(fileURLWithPath: target).deletingLastPathComponent())
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            let number = errno
            TemporaryFiles.release(temporary)
            throw failure(path, errno: number)
        }
        do {
            var closed = false
            defer { if !closed { close(descriptor) } }
            try contents { chunk in
                let number = Self.writeAll(chunk, to: descriptor)
                if number != 0 { throw failure(path, errno: number) }
            }
            closed = true
            if close(descriptor) != 0 { throw failure(path, errno: errno) }
        } catch {
            TemporaryFiles.remove(temporary)  // a partly written file, if the disk filled up
            throw error
        }
        if rename(temporary.path, target) != 0 {
            let reason = String(cString: strerror(errno))
            TemporaryFiles.remove(temporary)
            throw Failure.cannotWrite(path, reason: reason)
        }
        TemporaryFiles.release(temporary)
    }

    static func failure(_ path: String, errno number: Int32) -> Failure {
        DiskFull.errno(number) ? .diskFull(path) : .cannotWrite(path, reason: "the folder is missing or not writable")
    }

    /// write(2) until every byte is out; 0, or the errno of the failure (ENOSPC on a full disk).
    private static func writeAll(_ chunk: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> Int32 {
        guard var next = chunk.baseAddress else { return 0 }
        var left = chunk.count
        while left > 0 {
            let written = Foundation.write(descriptor, next, left)
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return written < 0 ? errno : EIO }
            next += written
            left -= written
        }
        return 0
    }
}
