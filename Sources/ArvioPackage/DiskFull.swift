import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A full disk (ENOSPC) or a used-up quota (EDQUOT), told apart from other write failures so
/// that every writer says so plainly (ARVIO-DISK-FULL) instead of "not writable".
public enum DiskFull {
    public static func errno(_ number: Int32) -> Bool {
        number == ENOSPC || number == EDQUOT
    }

    /// Foundation reports ENOSPC as `CocoaError.fileWriteOutOfSpace`, sometimes only as the
    /// underlying POSIX error.
    public static func caused(_ error: any Error) -> Bool {
        if let posix = error as? POSIXError { return errno(posix.code.rawValue) }
        let ns = error as NSError
        if ns.domain == NSCocoaErrorDomain && ns.code == CocoaError.fileWriteOutOfSpace.rawValue { return true }
        if ns.domain == NSPOSIXErrorDomain { return errno(Int32(ns.code)) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? any Error { return caused(underlying) }
        return false
    }

    /// The one line for ARVIO-DISK-FULL.
    public static func message(_ path: String) -> String {
        "\(path): cannot be written: the disk is full. Make room on it, or write to another disk with -o; nothing was left behind."
    }
}
