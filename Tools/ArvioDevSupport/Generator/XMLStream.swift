import Foundation

/// Writes a part's XML straight to a file through a small buffer, so a document of any size
/// is never held in memory whole.
final class XMLStream {
    private let file: UnsafeMutablePointer<FILE>
    private var buffer: [UInt8] = []
    private static let flushAt = 1 << 20
    private(set) var bytesWritten = 0

    init(path: String) throws {
        guard let file = fopen(path, "wb") else { throw GeneratorFailure.cannotWrite(path, String(cString: strerror(errno))) }
        self.file = file
        buffer.reserveCapacity(Self.flushAt + 4096)
    }

    deinit { fclose(file) }

    /// Markup, written as is.
    func raw(_ markup: String) {
        buffer.append(contentsOf: markup.utf8)
        if buffer.count >= Self.flushAt { flush() }
    }

    /// Character data, escaped.
    func text(_ value: String) {
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "&"): buffer.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): buffer.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): buffer.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): buffer.append(contentsOf: "&quot;".utf8)
            default: buffer.append(byte)
            }
        }
        if buffer.count >= Self.flushAt { flush() }
    }

    func close() throws {
        flush()
        guard fflush(file) == 0 else { throw GeneratorFailure.cannotWrite("the document part", String(cString: strerror(errno))) }
    }

    private func flush() {
        bytesWritten += buffer.count
        _ = buffer.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        buffer.removeAll(keepingCapacity: true)
    }
}

public enum GeneratorFailure: Error, CustomStringConvertible {
    case cannotWrite(String, String)
    case zip(String)

    public var description: String {
        switch self {
        case .cannotWrite(let path, let reason): "\(path): cannot be written (\(reason))"
        case .zip(let reason): "the .docx could not be written (\(reason))"
        }
    }
}
