/// Substring search over UTF-8 bytes. Short needles: memchr to the next candidate first byte,
/// then memcmp. Longer ones (template phrases over a whole document's text): Horspool's skip
/// table, since their first letters are common and memchr would stop every few bytes.
public enum ByteSearch {
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { contains($0, needle) }
    }

    /// The same search in a string's UTF-8, without copying it into an array first.
    public static func contains(_ utf8: String.UTF8View, _ needle: [UInt8]) -> Bool {
        String(utf8).withUTF8Bytes { contains($0, needle) }
    }

    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard haystack.count >= needle.count else { return false }
        return needle.withUnsafeBytes { wanted in
            wanted.count >= skippingLength
                ? skipping(UnsafeRawBufferPointer(haystack), wanted) : scanning(UnsafeRawBufferPointer(haystack), wanted)
        }
    }

    /// From this needle length on, a skip table pays for itself.
    static let skippingLength = 8

    static func scanning(_ hay: UnsafeRawBufferPointer, _ wanted: UnsafeRawBufferPointer) -> Bool {
        let base = hay.baseAddress!
        let first = Int32(wanted[0])
        let last = hay.count - wanted.count
        var offset = 0
        while offset <= last {
            guard let hit = memchr(base + offset, first, last - offset + 1) else { return false }
            let position = base.distance(to: UnsafeRawPointer(hit))
            if memcmp(base + position, wanted.baseAddress!, wanted.count) == 0 { return true }
            offset = position + 1
        }
        return false
    }

    /// Boyer–Moore–Horspool: the window's last byte says how far the needle can move.
    static func skipping(_ hay: UnsafeRawBufferPointer, _ wanted: UnsafeRawBufferPointer) -> Bool {
        let length = wanted.count
        let lastByte = wanted[length - 1]
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 256) { skip in
            skip.initialize(repeating: length)
            for index in 0 ..< length - 1 { skip[Int(wanted[index])] = length - 1 - index }
            let base = hay.baseAddress!
            var position = 0
            let last = hay.count - length
            while position <= last {
                let byte = hay[position + length - 1]
                if byte == lastByte, memcmp(base + position, wanted.baseAddress!, length - 1) == 0 { return true }
                position += skip[Int(byte)]
            }
            return false
        }
    }
}

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
