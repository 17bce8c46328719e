import CZip
import Foundation

/// The entries of a .docx as bytes, in their stored order, read and written with libzip.
/// The variant writer edits some of them and writes a new package; entries it does not touch
/// are written back as they were.
struct DocxPackage {
    var entries: [(name: String, bytes: Data)]

    subscript(name: String) -> Data? {
        get { entries.first { $0.name == name }?.bytes }
        set {
            if let index = entries.firstIndex(where: { $0.name == name }) {
                if let newValue { entries[index].bytes = newValue } else { entries.remove(at: index) }
            } else if let newValue {
                entries.append((name, newValue))
            }
        }
    }

    var names: [String] { entries.map(\.name) }

    /// Reads every entry of the zip at `path`.
    init(path: String) throws {
        var errorCode: Int32 = 0
        guard let archive = zip_open(path, ZIP_RDONLY, &errorCode) else { throw VariantFailure.notAZip(path) }
        defer { zip_discard(archive) }
        var entries: [(String, Data)] = []
        let count = zip_get_num_entries(archive, 0)
        for index in 0 ..< max(count, 0) {
            var stat = zip_stat_t()
            guard zip_stat_index(archive, zip_uint64_t(index), 0, &stat) == 0, let name = stat.name else {
                throw VariantFailure.notAZip(path)
            }
            let entryName = String(cString: name)
            if entryName.hasSuffix("/") { continue }
            guard let file = zip_fopen_index(archive, zip_uint64_t(index), 0) else { throw VariantFailure.notAZip(path) }
            defer { zip_fclose(file) }
            var bytes = Data(count: Int(stat.size))
            let read = bytes.withUnsafeMutableBytes { buffer in
                zip_fread(file, buffer.baseAddress, zip_uint64_t(buffer.count))
            }
            guard read == Int64(stat.size) else { throw VariantFailure.notAZip(path) }
            entries.append((entryName, bytes))
        }
        self.entries = entries
    }

    init(bytes: Data) throws {
        let temporary = FileManager.default.temporaryDirectory
            .appendingPathComponent("arvio-variant-input-\(UUID().uuidString).docx")
        try bytes.write(to: temporary)
        defer { try? FileManager.default.removeItem(at: temporary) }
        try self.init(path: temporary.path)
    }

    /// Writes the package to `target`: first beside it under a temporary name, then renamed
    /// into place, so a reader never sees half a file. `[Content_Types].xml` goes first, as
    /// Word writes it.
    func write(to target: String) throws {
        let url = URL(fileURLWithPath: target)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp").path
        var errorCode: Int32 = 0
        guard let archive = zip_open(temporary, ZIP_CREATE | ZIP_EXCL, &errorCode) else {
            throw VariantFailure.cannotWrite(target)
        }
        var buffers: [UnsafeMutableRawBufferPointer] = []
        defer { for buffer in buffers { buffer.deallocate() } }
        func fail() -> VariantFailure {
            zip_discard(archive)
            unlink(temporary)
            return .cannotWrite(target)
        }
        let ordered = entries.filter { $0.name == "[Content_Types].xml" } + entries.filter { $0.name != "[Content_Types].xml" }
        for entry in ordered {
            // libzip reads the buffers at zip_close, so they live until then.
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(entry.bytes.count, 1), alignment: 1)
            buffer.copyBytes(from: entry.bytes)
            buffers.append(buffer)
            guard let source = zip_source_buffer(archive, buffer.baseAddress, zip_uint64_t(entry.bytes.count), 0) else {
                throw fail()
            }
            let index = zip_file_add(archive, entry.name, source, zip_flags_t(ZIP_FL_ENC_UTF_8))
            guard index >= 0 else {
                zip_source_free(source)
                throw fail()
            }
            zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_DEFLATE, 0)
        }
        guard zip_close(archive) == 0 else { throw fail() }
        guard rename(temporary, target) == 0 else {
            unlink(temporary)
            throw VariantFailure.cannotWrite(target)
        }
    }
}

public enum VariantFailure: Error, Equatable, CustomStringConvertible {
    case notAZip(String)
    case unreadablePart(String)
    case noMainDocument(String)
    case cannotWrite(String)

    public var description: String {
        switch self {
        case .notAZip(let file): "\(file): not a readable .docx (zip) package"
        case .unreadablePart(let part): "\(part): not well-formed XML"
        case .noMainDocument(let file): "\(file): no main document part found through _rels/.rels"
        case .cannotWrite(let file): "\(file): cannot write the variant there"
        }
    }
}
