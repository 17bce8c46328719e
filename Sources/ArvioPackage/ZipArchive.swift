internal import CZip

/// One entry of the zip as its central directory declares it.
public struct ZipEntry: Sendable, Equatable {
    public let index: Int
    public let name: String
    public let declaredSize: Int
    public let compressedSize: Int
    public let isEncrypted: Bool
}

/// The only place that touches libzip. Pointers stay inside; every failure is a `PackageError`.
/// Reads are bounded by `PackageLimits`, never by the sizes the archive claims.
final class ZipArchive {
    private let handle: OpaquePointer
    let entries: [ZipEntry]
    private let limits: PackageLimits
    private var bytesRead = 0
    /// Compressed size of the entries read so far, for the ratio of the document as a whole.
    private var compressedBytesRead = 0

    init(path: String, limits: PackageLimits) throws(PackageError) {
        self.limits = limits
        var errorCode: Int32 = 0
        guard let handle = zip_open(path, ZIP_RDONLY, &errorCode) else {
            throw Self.openError(errorCode)
        }
        self.handle = handle
        do {
            entries = try Self.readDirectory(handle, limits: limits)
        } catch {
            zip_discard(handle)
            throw error
        }
    }

    deinit { zip_discard(handle) }

    private static func openError(_ code: Int32) -> PackageError {
        switch code {
        case ZIP_ER_NOENT: .fileNotFound
        case ZIP_ER_NOZIP: .damaged(reason: "the end of the zip archive is missing; it may be truncated")
        case ZIP_ER_INCONS: .damaged(reason: "the zip directory is inconsistent")
        case ZIP_ER_MEMORY: .damaged(reason: "the zip directory is too large")
        case ZIP_ER_OPEN, ZIP_ER_READ: .unreadable(reason: "read error")
        default: .damaged(reason: "libzip error \(code)")
        }
    }

    private static func readDirectory(_ handle: OpaquePointer, limits: PackageLimits) throws(PackageError) -> [ZipEntry] {
        let count = Int(zip_get_num_entries(handle, 0))
        guard count <= limits.maxEntries else { throw .tooManyEntries(limit: limits.maxEntries) }
        var entries: [ZipEntry] = []
        entries.reserveCapacity(count)
        for index in 0 ..< count {
            var stat = zip_stat_t()
            zip_stat_init(&stat)
            guard zip_stat_index(handle, zip_uint64_t(index), 0, &stat) == 0, let rawName = stat.name else {
                throw .damaged(reason: "entry \(index) cannot be read")
            }
            let name = String(cString: rawName)
            entries.append(ZipEntry(
                index: index, name: name,
                declaredSize: Int(clamping: stat.size), compressedSize: Int(clamping: stat.comp_size),
                isEncrypted: stat.encryption_method != UInt16(ZIP_EM_NONE)))
        }
        return entries
    }

    /// Reads one entry whole, refusing it as soon as it grows past what its header declared,
    /// the per-entry cap, or the document's total budget.
    func read(_ entry: ZipEntry) throws(PackageError) -> [UInt8] {
        if entry.isEncrypted { throw .encryptedEntry(entry.name) }
        if entry.declaredSize > limits.maxEntryBytes {
            throw .entryTooLarge(entry: entry.name, limit: limits.maxEntryBytes)
        }
        if entry.declaredSize > limits.ratioCheckFloor,
           entry.declaredSize / max(entry.compressedSize, 1) > limits.maxCompressionRatio {
            throw .suspiciousCompression(entry: entry.name, ratio: entry.declaredSize / max(entry.compressedSize, 1))
        }
        // The same ratio over every part read so far: many parts each just under the floor
        // (sixteen 4 MB headers of one letter from 70 KB) are a zip bomb too.
        let total = bytesRead + entry.declaredSize, compressedTotal = compressedBytesRead + entry.compressedSize
        if total > limits.ratioCheckFloor, total / max(compressedTotal, 1) > limits.maxCompressionRatio {
            throw .suspiciousTotalCompression(ratio: total / max(compressedTotal, 1))
        }
        guard total <= limits.maxTotalBytes else {
            throw .totalTooLarge(limit: limits.maxTotalBytes)
        }
        guard let file = zip_fopen_index(handle, zip_uint64_t(entry.index), 0) else {
            throw zipError()
        }
        defer { zip_fclose(file) }
        // One byte more than declared tells us the header lied, without inflating the rest.
        // Uninitialised: zero-filling a part's worth of memory first cost a pass over it.
        var failure: PackageError?
        let buffer = [UInt8](unsafeUninitializedCapacity: entry.declaredSize + 1) { raw, initialised in
            initialised = 0
            while initialised < raw.count {
                let got = zip_fread(file, raw.baseAddress! + initialised, zip_uint64_t(raw.count - initialised))
                if got < 0 { failure = fileError(file); return }
                if got == 0 { return }
                initialised += Int(got)
            }
        }
        if let failure { throw failure }
        let filled = buffer.count
        if filled > entry.declaredSize { throw .sizeMismatch(entry: entry.name, declared: entry.declaredSize) }
        bytesRead += filled
        compressedBytesRead += entry.compressedSize
        return buffer
    }

    private func zipError() -> PackageError {
        let error = zip_get_error(handle)
        return .damaged(reason: error.flatMap { zip_error_strerror($0) }.map { String(cString: $0) } ?? "unknown zip error")
    }

    private func fileError(_ file: OpaquePointer) -> PackageError {
        let error = zip_file_get_error(file)
        let code = error.map { zip_error_code_zip($0) } ?? 0
        if code == ZIP_ER_CRC { return .damaged(reason: "a checksum does not match") }
        return .damaged(reason: error.flatMap { zip_error_strerror($0) }.map { String(cString: $0) } ?? "read error")
    }
}
