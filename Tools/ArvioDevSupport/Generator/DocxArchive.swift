import CZip
import Foundation

/// Zips the parts into a .docx with libzip: the generator's own writer, apart from Arvio's, so
/// no test input is made by the code under test. A large main part comes from a file on disk
/// (streamed there by the generator), the others from memory. Every entry gets the same fixed date and
/// attributes, so the same parts always give the same bytes, whatever the clock or umask.
/// Written beside the target and renamed into place when complete.
public enum DocxArchive {
    /// 15.11.2021 12:00, the report's date, in MS-DOS form (zip's own).
    private static let dosTime: UInt16 = 12 << 11
    private static let dosDate: UInt16 = UInt16((2021 - 1980) << 9 | 11 << 5 | 15)

    public enum Source {
        case bytes(String)
        case data([UInt8])
        case file(String)
    }

    public static func write(_ target: String, parts: [(name: String, source: Source)]) throws {
        let url = URL(fileURLWithPath: target)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).arvio-generate-\(ProcessInfo.processInfo.processIdentifier).tmp").path
        unlink(temporary)
        var errorCode: Int32 = 0
        guard let archive = zip_open(temporary, ZIP_CREATE | ZIP_EXCL, &errorCode) else {
            throw GeneratorFailure.cannotWrite(target, "the folder is missing or not writable")
        }
        // libzip reads buffers at zip_close, so they live until then.
        var buffers: [UnsafeMutableRawBufferPointer] = []
        defer { for buffer in buffers { buffer.deallocate() } }
        func fail(_ reason: String) -> GeneratorFailure {
            zip_discard(archive)
            unlink(temporary)
            return .zip(reason)
        }
        func inMemory(_ bytes: [UInt8]) -> OpaquePointer? {
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 1)
            buffer.copyBytes(from: bytes)
            buffers.append(buffer)
            return zip_source_buffer(archive, buffer.baseAddress, zip_uint64_t(bytes.count), 0)
        }
        for part in parts {
            let source: OpaquePointer?
            switch part.source {
            case .bytes(let text): source = inMemory(Array(text.utf8))
            case .data(let bytes): source = inMemory(bytes)
            case .file(let path): source = zip_source_file(archive, path, 0, -1)
            }
            guard let source else { throw fail("cannot read \(part.name)") }
            let index = zip_file_add(archive, part.name, source, zip_flags_t(ZIP_FL_ENC_UTF_8))
            guard index >= 0 else {
                zip_source_free(source)
                throw fail("cannot add \(part.name)")
            }
            let entry = zip_uint64_t(index)
            zip_set_file_compression(archive, entry, ZIP_CM_DEFLATE, 0)
            zip_file_set_dostime(archive, entry, dosTime, dosDate, 0)
            zip_file_set_external_attributes(archive, entry, 0, zip_uint8_t(ZIP_OPSYS_UNIX), zip_uint32_t(0o100644) << 16)
        }
        if zip_close(archive) != 0 {
            let message = zip_error_strerror(zip_get_error(archive)).map { String(cString: $0) } ?? "zip error"
            throw fail(message)
        }
        if rename(temporary, target) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw GeneratorFailure.cannotWrite(target, reason)
        }
    }
}
