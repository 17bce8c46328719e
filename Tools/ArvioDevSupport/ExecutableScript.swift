import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a stand-in program (a shell script) the tests then run. Opened close-on-exec and
/// closed before anything runs it: a write descriptor that a child spawned meanwhile by another
/// test inherits makes running the script fail with "Text file busy" (seen once in a full run).
public enum ExecutableScript {
    public static func write(_ text: String, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        guard written == bytes.count else { throw POSIXError(.EIO) }
        chmod(path, 0o755)
    }
}
