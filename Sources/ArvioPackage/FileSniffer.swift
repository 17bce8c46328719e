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
        // A folder opens for reading on Linux, and reads as nothing: it would pass for an empty file.
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw .unreadable(reason: "it is a folder, not a file")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw FileManager.default.fileExists(atPath: path) ? .unreadable(reason: "permission denied") : .fileNotFound
        }
        defer { try? handle.close() }
        let head = [UInt8]((try? handle.read(upToCount: 8)) ?? Data())
        if head.isEmpty { return .empty }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            return .zip
        }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            // An encrypted .docx is an OLE2 file whose directory names these two streams.
            let sample = [UInt8]((try? handle.read(upToCount: 16 << 20)) ?? Data())
            let encrypted = contains(sample, utf16: "EncryptionInfo") || contains(sample, utf16: "EncryptedPackage")
            return .ole2(encrypted: encrypted)
        }
        return .other(looksLike: describe(head))
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
