/// The output as it grows: UTF-8 bytes appended to one reserved array. Kept whole when the
/// caller wants the text; handed on in chunks when it goes to a file, so a 200 MB document is
/// never in memory at once.
struct OutputBytes {
    var bytes: [UInt8] = []
    private let sink: ChunkSink?

    init(reserving capacity: Int) {
        sink = nil
        bytes.reserveCapacity(capacity)
    }

    /// Hands every `sink.chunkSize` bytes on; `finish()` hands on the rest.
    init(into sink: ChunkSink) {
        self.sink = sink
        bytes.reserveCapacity(sink.chunkSize + 4096)
    }

    @inline(__always) mutating func append(_ byte: UInt8) {
        bytes.append(byte)
        handOnWhenFull()
    }

    @inline(__always) mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
        handOnWhenFull()
    }

    @inline(__always) mutating func append(_ utf8: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: utf8)
        handOnWhenFull()
    }

    mutating func appendSpaces(_ count: Int) {
        var left = count
        while left > 0 {
            let chunk = min(left, Self.spaces.count)
            bytes.append(contentsOf: Self.spaces[0 ..< chunk])
            left -= chunk
        }
        handOnWhenFull()
    }

    /// Hands on what is left; the sink's first failure, if any, is thrown here.
    mutating func finish() throws {
        guard let sink else { return }
        sink.take(bytes)
        bytes.removeAll(keepingCapacity: true)
        if let failure = sink.failure { throw failure }
    }

    @inline(__always) private mutating func handOnWhenFull() {
        guard let sink, bytes.count >= sink.chunkSize else { return }
        sink.take(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    private static let spaces = [UInt8](repeating: 0x20, count: 128)
}

/// Where `OutputBytes` hands its chunks. The writers cannot throw mid-value (YAML never
/// fails), so the first failure is kept, later chunks are dropped, and `finish()` throws it.
final class ChunkSink {
    let chunkSize: Int
    private let write: (UnsafeBufferPointer<UInt8>) throws -> Void
    private(set) var failure: (any Error)?

    init(chunkSize: Int, write: @escaping (UnsafeBufferPointer<UInt8>) throws -> Void) {
        self.chunkSize = max(chunkSize, 1)
        self.write = write
    }

    func take(_ bytes: [UInt8]) {
        guard failure == nil, !bytes.isEmpty else { return }
        do { try bytes.withUnsafeBufferPointer(write) } catch { failure = error }
    }
}

extension String {
    /// The text's UTF-8 bytes without copying them when the string is native (nearly always).
    @inline(__always) func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return try copy.withUTF8(body)
    }
}
