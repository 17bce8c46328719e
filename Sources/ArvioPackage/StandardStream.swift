import ArvioCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Standard output or standard error, written with write(2) so that a failure is seen rather
/// than trapped: Foundation's `FileHandle.write(_:)` ends the process with a crash report when
/// the disk is full (`> /dev/full`) or the reader has gone. Writes from several threads (a
/// batch's failure lines) come out whole, one after the other.
public struct StandardStream: Sendable {
    public let descriptor: Int32
    /// How a message names it: "standard output".
    public let name: String

    public static let output = StandardStream(descriptor: STDOUT_FILENO, name: "standard output")
    public static let error = StandardStream(descriptor: STDERR_FILENO, name: "standard error")

    /// Why a write did not get through.
    public enum WriteFailure: Error, Sendable {
        /// The reader went away (EPIPE): `arvio dump FILE | head` once head has its lines.
        case readerGone
        /// Any other error of write(2), e.g. ENOSPC on a full disk or /dev/full.
        case failed(errno: Int32)
    }

    /// The failure as the coordinator sees it: one line with ARVIO-WRITE-FAILED.
    public struct Failure: Error, CoordinatorFacingError {
        public let stream: String
        public let errno: Int32
        public var code: String { "ARVIO-WRITE-FAILED" }
        public var exitCode: Int32 { ErrorCatalogue.writeFailedExitCode }
        public func message(file _: String) -> String {
            let reason = errno == ENOSPC || errno == EDQUOT ? "the disk is full" : String(cString: strerror(errno))
            return "\(stream): cannot be written (\(reason)), so the output is incomplete. Send it to a file on a disk with room, or use -o FILE."
        }
    }

    private static let lock = NSLock()

    /// Writes every byte, or says why it could not.
    public func tryWrite(_ bytes: UnsafeRawBufferPointer) throws(WriteFailure) {
        if let failure = writeAll(bytes) { throw failure }
    }

    public func tryWrite(_ text: String) throws(WriteFailure) {
        if let failure = Array(text.utf8).withUnsafeBytes({ writeAll($0) }) { throw failure }
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer) -> WriteFailure? {
        TemporaryFiles.haltIfEnding()
        Self.lock.lock()
        defer { Self.lock.unlock() }
        guard var next = bytes.baseAddress else { return nil }
        var left = bytes.count
        while left > 0 {
            let written = Glibc.write(descriptor, next, left)
            if written < 0 {
                if errno == EINTR { continue }
                return errno == EPIPE ? .readerGone : .failed(errno: errno)
            }
            next += written
            left -= written
        }
        return nil
    }

    /// For a command-line program: writes, or ends the process when the stream cannot take it —
    /// quietly with status 0 when the reader has gone (EPIPE: it has what it wanted), else with
    /// one ARVIO-WRITE-FAILED line on standard error and its exit status. Temporary files and
    /// started programs are cleared away first (`TemporaryFiles.removeAllForExit`).
    public func write(_ text: String) {
        if let failure = Array(text.utf8).withUnsafeBytes({ writeAll($0) }) { end(failure) }
    }

    public func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        if let failure = writeAll(UnsafeRawBufferPointer(bytes)) { end(failure) }
    }

    public func write(_ data: Data) {
        if let failure = data.withUnsafeBytes({ writeAll($0) }) { end(failure) }
    }

    /// The line first: once `removeAllForExit` has begun, writes wait for the process to end.
    private func end(_ failure: WriteFailure) -> Never {
        switch failure {
        case .readerGone:
            TemporaryFiles.removeAllForExit()
            exit(0)
        case .failed(let number):
            let failure = Failure(stream: name, errno: number)
            if descriptor != STDERR_FILENO {
                // Nothing more can be done when standard error fails too: the status says it.
                try? StandardStream.error.tryWrite("arvio: \(failure.message(file: name)) [\(failure.code)]\n")
            }
            TemporaryFiles.removeAllForExit()
            exit(failure.exitCode)
        }
    }
}
