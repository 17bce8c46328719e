/// Finds a `<!DOCTYPE` in a part's prolog by looking at the bytes, before libxml2 sees them.
///
/// Refusing inside the parse is too late: libxml2's reader parses ahead of the node it hands
/// out, so by the time it reports the DOCTYPE node it has already read the internal subset and
/// may have started checking entity references in the body ("billion laughs" then surfaces as an
/// entity-loop error, not as a DOCTYPE), and its line number is wherever it had got to. The
/// prolog is tiny and regular (declaration, comments, processing instructions, whitespace), so
/// scanning it here gives the DOCTYPE's own line and guarantees no entity is ever declared.
enum PrologScan {
    /// The 1-based line where a `<!DOCTYPE` starts before the root element, or nil when the
    /// prolog has none (or is not something this scan understands; libxml2 then judges it, and
    /// still refuses a DOCTYPE node, see `TreeBuilder`).
    static func doctypeLine(in bytes: [UInt8]) -> Int? {
        var text = CodeUnits(bytes)
        var line = 1
        while let unit = text.peek() {
            switch unit {
            case 0x0A:  // LF; a CR is counted only when no LF follows, as XML normalises CRLF to LF
                line += 1
                text.advance()
            case 0x0D:
                text.advance()
                if text.peek() != 0x0A { line += 1 }
            case 0x20, 0x09:
                text.advance()
            case 0x3C:  // "<"
                if text.hasPrefix("<!DOCTYPE") { return line }
                let markup: (open: String, close: String)
                if text.hasPrefix("<?") { markup = ("<?", "?>") }
                else if text.hasPrefix("<!--") { markup = ("<!--", "-->") }
                else { return nil }  // the root element (or garbage for libxml2 to report)
                text.advance(by: markup.open.utf8.count)
                guard text.skip(past: markup.close, countingLines: &line) else { return nil }
            default:
                return nil
            }
        }
        return nil
    }
}

/// The bytes as code units of the encoding the first bytes announce (XML 1.0 appendix F):
/// UTF-8 and every ASCII-compatible encoding, UTF-16 and UTF-32 in either byte order, with or
/// without a byte-order mark. Only ASCII matters to the scan, so no decoding is needed.
private struct CodeUnits {
    let bytes: [UInt8]
    let width: Int
    let bigEndian: Bool
    var offset: Int

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        let head = Array(bytes.prefix(4)) + [UInt8](repeating: 0xAA, count: max(0, 4 - bytes.count))
        switch (head[0], head[1], head[2], head[3]) {
        case (0x00, 0x00, 0xFE, 0xFF): (width, bigEndian, offset) = (4, true, 4)
        case (0xFF, 0xFE, 0x00, 0x00): (width, bigEndian, offset) = (4, false, 4)
        case (0x00, 0x00, 0x00, 0x3C): (width, bigEndian, offset) = (4, true, 0)
        case (0x3C, 0x00, 0x00, 0x00): (width, bigEndian, offset) = (4, false, 0)
        case (0xFE, 0xFF, _, _): (width, bigEndian, offset) = (2, true, 2)
        case (0xFF, 0xFE, _, _): (width, bigEndian, offset) = (2, false, 2)
        case (0x00, 0x3C, 0x00, _): (width, bigEndian, offset) = (2, true, 0)
        case (0x3C, 0x00, _, 0x00): (width, bigEndian, offset) = (2, false, 0)
        case (0xEF, 0xBB, 0xBF, _): (width, bigEndian, offset) = (1, false, 3)
        default: (width, bigEndian, offset) = (1, false, 0)
        }
    }

    func unit(at position: Int) -> UInt32? {
        guard position + width <= bytes.count else { return nil }
        var value: UInt32 = 0
        for index in 0 ..< width {
            let byte = UInt32(bytes[bigEndian ? position + index : position + width - 1 - index])
            value = value << 8 | byte
        }
        return value
    }

    func peek() -> UInt32? { unit(at: offset) }

    mutating func advance(by count: Int = 1) { offset += count * width }

    func hasPrefix(_ ascii: String) -> Bool {
        var position = offset
        for byte in ascii.utf8 {
            guard unit(at: position) == UInt32(byte) else { return false }
            position += width
        }
        return true
    }

    /// Moves past the next `terminator`; false when the text ends first.
    mutating func skip(past terminator: String, countingLines line: inout Int) -> Bool {
        while let unit = peek() {
            if hasPrefix(terminator) {
                advance(by: terminator.utf8.count)
                return true
            }
            if unit == 0x0A || (unit == 0x0D && self.unit(at: offset + width) != 0x0A) { line += 1 }
            advance()
        }
        return false
    }
}
