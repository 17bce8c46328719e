import ArvioCore
internal import CZip
import Foundation

/// Writes a new .docx from an existing one with some parts replaced or added. Every other
/// entry is copied as its original compressed bytes (libzip copies unchanged entries without
/// re-compressing), so what Arvio does not touch stays byte-for-byte identical. The result is
/// built in a temporary file beside the target (`TemporaryFiles`) and renamed into place only
/// when complete.
public enum PackageWriter {
    public enum Failure: Error, CoordinatorFacingError {
        case cannotWrite(String, reason: String)
        case diskFull(String)
        public var code: String {
            switch self {
            case .cannotWrite: "ARVIO-CANNOT-WRITE"
            case .diskFull: "ARVIO-DISK-FULL"
            }
        }
        public var exitCode: Int32 { 73 }
        public func message(file _: String) -> String {
            switch self {
            case .cannotWrite(let path, let reason): "\(path): cannot be written (\(reason)). Check that the folder exists and that you may write there, or choose another name."
            case .diskFull(let path): DiskFull.message(path)
            }
        }
    }

    /// The steps of a write that can fail. Tests fail each one on purpose (`failing:`) to check
    /// that no temporary file is left behind, whatever goes wrong.
    enum Step: CaseIterable, Sendable {
        case copy, open, store, close, rename
    }

    /// Copies `source` to `target` with `replacements` (part name → new bytes) applied.
    /// The caller has already checked that `target` may be written (not the input, --force).
    public static func write(from source: String, to target: String, replacements: [String: [UInt8]]) throws(Failure) {
        try write(from: source, to: target, replacements: replacements, failing: nil)
    }

    static func write(from source: String, to target: String, replacements: [String: [UInt8]],
                      failing: Step?) throws(Failure) {
        let temporary = TemporaryFiles.make(in: URL(fileURLWithPath: target).deletingLastPathComponent())
        let cleanup = { TemporaryFiles.remove(temporary) }
        do {
            try FileManager.default.copyItem(atPath: source, toPath: temporary.path)
            if failing == .copy { throw CocoaError(.fileWriteUnknown) }
        } catch {
            cleanup()
            if DiskFull.caused(error) { throw .diskFull(target) }
            throw .cannotWrite(target, reason: "the folder is missing or not writable")
        }
        var errorCode: Int32 = 0
        guard let archive = failing == .open ? nil : zip_open(temporary.path, 0, &errorCode) else {
            cleanup()
            throw .cannotWrite(target, reason: "libzip could not reopen the copy (error \(errorCode))")
        }
        // libzip reads the copy through the handle it holds and writes the new archive into a
        // file of its own named after it ("….tmp.XXXXXX"), renamed to the copy's name when
        // complete. Without the copy's name in the folder meanwhile, a process killed outright
        // leaves one file, not two (the copy's space goes back when its handle closes).
        unlink(temporary.path)
        // Buffers must outlive zip_close, which is when libzip reads them.
        var buffers: [UnsafeMutableRawBufferPointer] = []
        defer { for buffer in buffers { buffer.deallocate() } }
        for (name, bytes) in replacements.sorted(by: { $0.key < $1.key }) {
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 1)
            buffer.copyBytes(from: bytes)
            buffers.append(buffer)
            guard let zipSource = zip_source_buffer(archive, buffer.baseAddress, zip_uint64_t(bytes.count), 0) else {
                zip_discard(archive)
                cleanup()
                throw .cannotWrite(target, reason: "out of memory")
            }
            let index = zip_name_locate(archive, name, 0)
            let ok: Bool
            if failing == .store {
                ok = false
            } else if index >= 0 {
                ok = zip_file_replace(archive, zip_uint64_t(index), zipSource, 0) == 0
                if ok { zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_DEFLATE, 0) }
            } else {
                let added = zip_file_add(archive, name, zipSource, zip_flags_t(ZIP_FL_ENC_UTF_8))
                ok = added >= 0
                if ok { zip_set_file_compression(archive, zip_uint64_t(added), ZIP_CM_DEFLATE, 0) }
            }
            if !ok {
                zip_source_free(zipSource)
                zip_discard(archive)
                cleanup()
                throw .cannotWrite(target, reason: "could not store \(name)")
            }
        }
        if failing == .close || zip_close(archive) != 0 {
            let message = zip_get_error(archive).flatMap { zip_error_strerror($0) }.map { String(cString: $0) } ?? "zip error"
            let full = zip_get_error(archive).map { DiskFull.errno(zip_error_code_system($0)) } ?? false
            zip_discard(archive)
            cleanup()
            throw full ? .diskFull(target) : .cannotWrite(target, reason: message)
        }
        try rename(temporary, to: target, failing: failing)
    }

    /// The finished temporary becomes the target.
    private static func rename(_ temporary: URL, to target: String, failing: Step?) throws(Failure) {
        if failing == .rename || Foundation.rename(temporary.path, target) != 0 {
            let reason = String(cString: strerror(errno))
            TemporaryFiles.remove(temporary)
            throw .cannotWrite(target, reason: reason)
        }
        TemporaryFiles.release(temporary)
    }

    /// Writes a brand-new package from parts (name → bytes), in the order given.
    public static func create(_ target: String, parts: [(name: String, bytes: [UInt8])]) throws(Failure) {
        try create(target, parts: parts, failing: nil)
    }

    static func create(_ target: String, parts: [(name: String, bytes: [UInt8])], failing: Step?) throws(Failure) {
        let temporary = TemporaryFiles.make(in: URL(fileURLWithPath: target).deletingLastPathComponent())
        let cleanup = { TemporaryFiles.remove(temporary) }
        var errorCode: Int32 = 0
        guard let archive = failing == .open ? nil : zip_open(temporary.path, ZIP_CREATE | ZIP_EXCL, &errorCode) else {
            cleanup()
            throw .cannotWrite(target, reason: "the folder is missing or not writable")
        }
        var buffers: [UnsafeMutableRawBufferPointer] = []
        defer { for buffer in buffers { buffer.deallocate() } }
        for part in parts {
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(part.bytes.count, 1), alignment: 1)
            buffer.copyBytes(from: part.bytes)
            buffers.append(buffer)
            guard let zipSource = zip_source_buffer(archive, buffer.baseAddress, zip_uint64_t(part.bytes.count), 0) else {
                zip_discard(archive)
                cleanup()
                throw .cannotWrite(target, reason: "out of memory")
            }
            let added = failing == .store ? -1 : zip_file_add(archive, part.name, zipSource, zip_flags_t(ZIP_FL_ENC_UTF_8))
            if added < 0 {
                zip_source_free(zipSource)
                zip_discard(archive)
                cleanup()
                throw .cannotWrite(target, reason: "could not store \(part.name)")
            }
            zip_set_file_compression(archive, zip_uint64_t(added), ZIP_CM_DEFLATE, 0)
        }
        if failing == .close || zip_close(archive) != 0 {
            let full = zip_get_error(archive).map { DiskFull.errno(zip_error_code_system($0)) } ?? false
            zip_discard(archive)
            cleanup()
            throw full ? .diskFull(target) : .cannotWrite(target, reason: "zip error while writing")
        }
        try rename(temporary, to: target, failing: failing)
    }
}
