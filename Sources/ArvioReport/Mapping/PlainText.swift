/// Text whose every scalar is a whole character that equals only itself: then counting,
/// comparing and trimming characters can be done on scalars and UTF-8 bytes, exactly.
///
/// Plain scalars: everything below U+0300 except CR (CR LF is one character), and the printing
/// general punctuation U+2010–U+2027 and U+2030–U+205E (dashes, quotes, bullets, ellipsis,
/// primes). None of them joins a neighbour into one character (grapheme-break property Other,
/// Control or LF) and no two of them are canonically equivalent (a few other scalars equal a
/// plain one, like U+212B ANGSTROM SIGN and "Å", but those are not plain). Combining marks,
/// format characters and scripts beyond Latin are not plain: those texts take the slow path.
enum PlainText {
    /// The number of scalars of `text` (then also its `count`) when all are plain; nil otherwise.
    /// With a `limit`, stops at `limit + 1` plain scalars: a text starting with that many has
    /// more than `limit` characters whatever follows (each plain scalar starts a character).
    static func scalarCount(_ text: String, limit: Int = .max) -> Int? {
        var text = text
        return text.withUTF8 { scalarCount($0, limit: limit) }
    }

    /// The text's `count`, and whether it is plain: then counted by scalars, without the
    /// grapheme breaking `count` does.
    static func characterCount(_ text: String) -> (count: Int, isPlain: Bool) {
        if let plain = scalarCount(text) { return (plain, true) }
        return (text.count, false)
    }

    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int = .max) -> Int? {
        var index = 0, count = 0
        let end = bytes.count
        // Sixteen bytes at a time while they hold no CR and nothing from U+0300 up: then every
        // byte but a continuation (10xxxxxx) starts a plain scalar. Other stretches go scalar by
        // scalar below; this path never looks past where that loop would stop.
        if let base = bytes.baseAddress {
            typealias Lanes = SIMD16<UInt8>
            let carriageReturn = Lanes(repeating: 0x0D), high = Lanes(repeating: 0xCC)
            let topBits = Lanes(repeating: 0xC0), continuation = Lanes(repeating: 0x80)
            var chunkEnd = 0
            while index + Lanes.scalarCount <= end, count + Lanes.scalarCount <= limit {
                if index >= chunkEnd {
                    let chunk = UnsafeRawPointer(base + index).loadUnaligned(as: Lanes.self)
                    if !any(chunk .== carriageReturn), !any(chunk .>= high) {
                        // A chunk may start on the continuation of a lead counted in the last one.
                        var continuations = 0
                        let isContinuation = (chunk & topBits) .== continuation
                        for lane in 0 ..< Lanes.scalarCount where isContinuation[lane] { continuations += 1 }
                        count += Lanes.scalarCount - continuations
                        index += Lanes.scalarCount
                        continue
                    }
                    chunkEnd = index + Lanes.scalarCount
                    // Resume on a scalar's first byte.
                    if bytes[index] & 0xC0 == 0x80 { index += 1 }
                }
                // One scalar of a chunk the fast path cannot take.
                guard let length = plainScalarLength(bytes, at: index) else { return nil }
                index += length
                count += 1
            }
            if index < end, index > 0, bytes[index] & 0xC0 == 0x80 { index += 1 }
        }
        while index < end, count <= limit {
            guard let length = plainScalarLength(bytes, at: index) else { return nil }
            index += length
            count += 1
        }
        return count
    }

    /// The UTF-8 length of the scalar starting at `index` when it is plain; nil when it is not.
    @inline(__always)
    private static func plainScalarLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let byte = bytes[index]
        if byte < 0x80 { return byte == 0x0D ? nil : 1 }
        if byte < 0xCC { return 2 }  // U+0080–U+02FF
        if byte == 0xE2, index + 2 < bytes.count, isPlainPunctuation(bytes[index + 1], bytes[index + 2]) { return 3 }
        return nil
    }

    /// The scalar E2 `second` `third` lies in U+2010–U+2027 or U+2030–U+205E.
    @inline(__always)
    static func isPlainPunctuation(_ second: UInt8, _ third: UInt8) -> Bool {
        switch second {
        case 0x80: (0x90 ... 0xA7).contains(third) || third >= 0xB0
        case 0x81: third <= 0x9E
        default: false
        }
    }
}
