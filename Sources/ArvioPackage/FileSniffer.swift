import Foundation

/// Tells what a file is from its first bytes, before libzip sees it, so a renamed .doc, an
/// encrypted document or a PDF get their own message instead of "not a zip".
enum FileSniffer {
    enum Kind: Equatable {
        case zip
        case empty
        case ole2(encrypted: Bool)
        case other(looksLike: String?)
    }

    static func sniff(path: String) throws(PackageError) -> Kind {
        // POSIX calls rather than FileManager and FileHandle: on a batch of small reports the
        // Foundation route cost more than inflating a part.
        var status = stat()
        guard stat(path, &status) == 0 else { throw .fileNotFound }
        // A folder opens for reading on Linux, and reads as nothing: it would pass for an empty file.
        if (status.st_mode & S_IFMT) == S_IFDIR { throw .unreadable(reason: "it is a folder, not a file") }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw errno == ENOENT ? .fileNotFound : .unreadable(reason: "permission denied")
        }
        defer { close(descriptor) }
        let head = readUp(to: 8, from: descriptor)
        if head.isEmpty { return .empty }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            return .zip
        }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            // An encrypted .docx is an OLE2 file whose directory names these two streams.
            let sample = readUp(to: 16 << 20, from: descriptor)
            let encrypted = contains(sample, utf16: "EncryptionInfo") || contains(sample, utf16: "EncryptedPackage")
            return .ole2(encrypted: encrypted)
        }
        return .other(looksLike: describe(head))
    }

    /// Up to `count` bytes from the descriptor's position (fewer at the end of the file, none
    /// when it cannot be read).
    private static func readUp(to count: Int, from descriptor: Int32) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: count) { buffer, filled in
            filled = 0
            while filled < count {
                let got = read(descriptor, buffer.baseAddress! + filled, count - filled)
                if got < 0 && errno == EINTR { continue }
                if got <= 0 { return }
                filled += got
            }
        }
    }

    private static func describe(_ head: [UInt8]) -> String? {
        let text = String(decoding: head, as: UTF8.self)
        if text.hasPrefix("{\\rtf") { return "a Rich Text (.rtf) file" }
        if text.hasPrefix("%PDF") { return "a PDF" }
        if text.hasPrefix("<?xml") || text.hasPrefix("\u{FEFF}<?xml") { return "an XML file (perhaps Word 2003 XML)" }
        if text.lowercased().hasPrefix("<html") || text.lowercased().hasPrefix("<!doc") { return "a web page (HTML)" }
        if head.starts(with: [0x50, 0x4B]) { return "a damaged zip" }
        return nil
    }

    private static func contains(_ bytes: [UInt8], utf16 name: String) -> Bool {
        let needle = name.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        guard let first = needle.first, bytes.count >= needle.count else { return false }
        var index = 0
        while index <= bytes.count - needle.count {
            if bytes[index] == first && bytes[index ..< index + needle.count].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }
}
