/// The output as it grows: UTF-8 bytes appended to one reserved array, made into text or a
/// file's contents once at the end.
struct OutputBytes {
    var bytes: [UInt8] = []

    init(reserving capacity: Int) { bytes.reserveCapacity(capacity) }

    @inline(__always) mutating func append(_ byte: UInt8) { bytes.append(byte) }

    @inline(__always) mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    @inline(__always) mutating func append(_ utf8: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: utf8) }

    mutating func appendSpaces(_ count: Int) {
        var left = count
        while left > 0 {
            let chunk = min(left, Self.spaces.count)
            bytes.append(contentsOf: Self.spaces[0 ..< chunk])
            left -= chunk
        }
    }

    private static let spaces = [UInt8](repeating: 0x20, count: 128)
}

extension String {
    /// The text's UTF-8 bytes without copying them when the string is native (nearly always).
    @inline(__always) func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return try copy.withUTF8(body)
    }
}
