#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Elements of a part that its reader never looks at, taken out of the bytes before libxml2
/// parses them: tokenising is most of a parse, and some parts are mostly such elements (Word's
/// styles part is three quarters table-style conditional formatting and latent-style entries,
/// and it is larger than the whole document in a short report).
///
/// The cut is made only when the bytes are simple enough to be sure of it; otherwise `removing`
/// gives nil and the part is parsed as it is. Sure means: UTF-8; the prefix bound once, on the
/// root element, to one of `namespaces`; every `<` outside comments, CDATA and processing
/// instructions starting a tag; inside a skipped element, tags that pair up by name, no deeper
/// than `maxDepth`, references of XML's own forms and no control characters. Each skipped
/// element is replaced by the line breaks it held, so every line number after it is unchanged.
public struct SkippedElements: Sendable {
    public let prefix: String
    public let namespaces: Set<String>
    public let localNames: Set<String>
    public let maxDepth: Int

    public init(prefix: String, namespaces: Set<String>, localNames: Set<String>, maxDepth: Int = 256) {
        self.prefix = prefix
        self.namespaces = namespaces
        self.localNames = localNames
        self.maxDepth = maxDepth
    }

    /// `bytes` without the skipped elements; nil when none was found or the cut is not sure.
    public func removing(from bytes: [UInt8]) -> [UInt8]? {
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = SkimScanner(bytes: buffer, skipped: self)
            return scanner.run()
        }
    }

    /// Qualified names as bytes ("w:tblPr"), compared with a tag's name as it is written.
    fileprivate var qualifiedNames: [[UInt8]] { localNames.sorted().map { Array((prefix + ":" + $0).utf8) } }
}

/// One pass over the part, from "<" to "<" (memchr), looking only at what starts a tag.
private struct SkimScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let base: UnsafePointer<UInt8>
    let count: Int
    let skipped: SkippedElements
    let names: [[UInt8]]
    let declaration: [UInt8]

    init(bytes: UnsafeBufferPointer<UInt8>, skipped: SkippedElements) {
        self.bytes = bytes
        base = bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!
        count = bytes.count
        self.skipped = skipped
        names = skipped.qualifiedNames
        declaration = Array("xmlns:\(skipped.prefix)".utf8)
    }

    mutating func run() -> [UInt8]? {
        guard let start = bodyStart(), prefixIsBoundOnceAtRoot(from: start) else { return nil }
        var output: [UInt8] = []
        var copied = 0
        var position = start
        while let open = next(Byte.open, from: position) {
            switch markup(at: open) {
            case .unsure: return nil
            case .skipTo(let end): position = end
            case .endTag: position = open + 2
            case .startTag(let nameEnd):
                guard isSkipped(open + 1 ..< nameEnd) else {
                    position = nameEnd
                    continue
                }
                guard let end = elementEnd(from: open), isPlainContent(open ..< end) else { return nil }
                if output.isEmpty { output.reserveCapacity(count) }
                output.append(contentsOf: bytes[copied ..< open])
                for byte in bytes[open ..< end] where byte == Byte.lineFeed || byte == Byte.carriageReturn { output.append(byte) }
                copied = end
                position = end
            }
        }
        guard copied > 0 else { return nil }
        output.append(contentsOf: bytes[copied...])
        return output
    }

    func isSkipped(_ name: Range<Int>) -> Bool {
        names.contains { $0.count == name.count && equal(name.lowerBound, $0) }
    }

    // MARK: Prolog

    /// Where the document proper starts, after a UTF-8 byte-order mark; nil for any other
    /// encoding (UTF-16 and UTF-32 have zero bytes in ASCII, and a declared legacy encoding is
    /// not worth the doubt).
    func bodyStart() -> Int? {
        var start = 0
        if count >= 3, base[0] == 0xEF, base[1] == 0xBB, base[2] == 0xBF { start = 3 }
        guard count >= start + 4, !bytes[start ..< start + 4].contains(0) else { return nil }
        guard equal(start, Byte.declarationOpen), let end = find(Byte.declarationClose, in: start ..< count) else { return start }
        if let encoding = find(Byte.encoding, in: start ..< end) {
            guard let value = attributeValue(after: encoding + Byte.encoding.count, limit: end),
                  String(decoding: bytes[value], as: UTF8.self).lowercased() == "utf-8" else { return nil }
        }
        return start
    }

    /// The prefix is declared exactly once in the whole part, on the root element, to one of the
    /// namespaces: then every tag written with it, anywhere, is in that namespace.
    func prefixIsBoundOnceAtRoot(from start: Int) -> Bool {
        var declarations = 0
        var position = start
        while let found = find(declaration, in: position ..< count) {
            position = found + declaration.count
            if isFollowedByEquals(position, limit: count) { declarations += 1 }
        }
        guard declarations == 1 else { return false }
        // The root: the first tag that is not a comment, processing instruction or declaration.
        var cursor = start
        while let open = next(Byte.open, from: cursor) {
            switch markup(at: open) {
            case .skipTo(let end): cursor = end
            case .startTag:
                guard let (tagEnd, _) = tagEnd(from: open) else { return false }
                // "xmlns:w14=" starts the same way: only the one followed by "=" is the declaration.
                var search = open
                while let at = find(declaration, in: search ..< tagEnd) {
                    search = at + declaration.count
                    guard let value = attributeValue(after: search, limit: tagEnd) else { continue }
                    return isSpace(base[at - 1]) && skipped.namespaces.contains(String(decoding: bytes[value], as: UTF8.self))
                }
                return false
            case .endTag, .unsure: return false
            }
        }
        return false
    }

    // MARK: Markup

    enum Markup {
        case startTag(nameEnd: Int)
        case endTag
        /// A comment, CDATA section or processing instruction, to be passed over whole.
        case skipTo(Int)
        case unsure
    }

    func markup(at open: Int) -> Markup {
        guard open + 1 < count else { return .unsure }
        switch base[open + 1] {
        case Byte.slash:
            return .endTag
        case Byte.question:
            return find(Byte.instructionClose, in: open + 2 ..< count).map { .skipTo($0 + 2) } ?? .unsure
        case Byte.bang:
            if equal(open, Byte.commentOpen) {
                return find(Byte.commentClose, in: open + 4 ..< count).map { .skipTo($0 + 3) } ?? .unsure
            }
            if equal(open, Byte.cdataOpen) {
                return find(Byte.cdataClose, in: open + 9 ..< count).map { .skipTo($0 + 3) } ?? .unsure
            }
            return .unsure  // a DOCTYPE: libxml2 and PrologScan refuse it
        default:
            let end = nameEnd(from: open + 1)
            return end > open + 1 ? .startTag(nameEnd: end) : .unsure
        }
    }

    /// Just past the start tag's ">", and whether it closed itself ("/>"). Attribute values are
    /// read as such: a ">" may stand in one unescaped.
    func tagEnd(from open: Int) -> (end: Int, selfClosing: Bool)? {
        var position = open + 1
        while position < count {
            switch base[position] {
            case Byte.doubleQuote, Byte.singleQuote:
                guard let close = next(base[position], from: position + 1) else { return nil }
                position = close
            case Byte.open:
                return nil
            case Byte.close:
                return (position + 1, base[position - 1] == Byte.slash)
            default:
                break
            }
            position += 1
        }
        return nil
    }

    /// Just past the end tag that closes the element whose start tag is at `open`; nil unless
    /// every tag in between pairs up by name.
    func elementEnd(from open: Int) -> Int? {
        guard let (firstEnd, selfClosing) = tagEnd(from: open) else { return nil }
        if selfClosing { return firstEnd }
        var stack: [Range<Int>] = [open + 1 ..< nameEnd(from: open + 1)]
        var position = firstEnd
        while let next = next(Byte.open, from: position) {
            switch markup(at: next) {
            case .unsure: return nil
            case .skipTo(let end): position = end
            case .startTag(let nameEnd):
                guard let (end, selfClosing) = tagEnd(from: next) else { return nil }
                if !selfClosing {
                    guard stack.count < skipped.maxDepth else { return nil }
                    stack.append(next + 1 ..< nameEnd)
                }
                position = end
            case .endTag:
                let name = next + 2 ..< nameEnd(from: next + 2)
                guard let open = stack.popLast(), open.count == name.count,
                      memcmp(base + open.lowerBound, base + name.lowerBound, name.count) == 0 else { return nil }
                var close = name.upperBound
                while close < count, isSpace(base[close]) { close += 1 }
                guard close < count, base[close] == Byte.close else { return nil }
                position = close + 1
                if stack.isEmpty { return position }
            }
        }
        return nil
    }

    /// Valid UTF-8, no control characters but tab and line breaks, and every "&" one of XML's own
    /// references (the five named ones or a character reference): what libxml2 would have checked.
    func isPlainContent(_ range: Range<Int>) -> Bool {
        var position = range.lowerBound
        var hasNonASCII = false
        while position < range.upperBound {
            let byte = base[position]
            position += 1
            if byte >= 0x20 && byte < 0x80 && byte != Byte.ampersand { continue }
            if byte >= 0x80 { hasNonASCII = true; continue }
            if byte == Byte.tab || byte == Byte.lineFeed || byte == Byte.carriageReturn { continue }
            guard byte == Byte.ampersand, let semicolon = next(Byte.semicolon, from: position),
                  semicolon < range.upperBound, semicolon - position <= 12 else { return false }
            let name = Array(bytes[position ..< semicolon])
            guard Byte.namedReferences.contains(name) || isCharacterReference(name) else { return false }
            position = semicolon + 1
        }
        return !hasNonASCII || String(validating: bytes[range], as: UTF8.self) != nil
    }

    func isCharacterReference(_ name: [UInt8]) -> Bool {
        guard name.count >= 2, name[0] == UInt8(ascii: "#") else { return false }
        if name[1] == UInt8(ascii: "x") { return name.count > 2 && name[2...].allSatisfy(isHexDigit) }
        return name[1...].allSatisfy(isDigit)
    }

    // MARK: Bytes

    func next(_ byte: UInt8, from position: Int) -> Int? {
        guard position < count, let found = memchr(base + position, Int32(byte), count - position) else { return nil }
        return UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
    }

    func find(_ needle: [UInt8], in range: Range<Int>) -> Int? {
        var position = range.lowerBound
        while let candidate = next(needle[0], from: position), candidate + needle.count <= range.upperBound {
            if equal(candidate, needle) { return candidate }
            position = candidate + 1
        }
        return nil
    }

    /// The bytes at `position` are `text` (and the part is long enough to hold it).
    func equal(_ position: Int, _ text: [UInt8]) -> Bool {
        position + text.count <= count && memcmp(base + position, text, text.count) == 0
    }

    func nameEnd(from position: Int) -> Int {
        var end = position
        while end < count, !isNameEnd(base[end]) { end += 1 }
        return end
    }

    func isFollowedByEquals(_ position: Int, limit: Int) -> Bool {
        var index = position
        while index < limit, isSpace(base[index]) { index += 1 }
        return index < limit && base[index] == Byte.equals
    }

    /// The quoted value after `= ` at `position` (spaces allowed around "="), up to `limit`.
    func attributeValue(after position: Int, limit: Int) -> Range<Int>? {
        var index = position
        while index < limit, isSpace(base[index]) { index += 1 }
        guard index < limit, base[index] == Byte.equals else { return nil }
        index += 1
        while index < limit, isSpace(base[index]) { index += 1 }
        guard index < limit, base[index] == Byte.doubleQuote || base[index] == Byte.singleQuote else { return nil }
        guard let close = next(base[index], from: index + 1), close < limit else { return nil }
        return index + 1 ..< close
    }

    func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == Byte.tab || byte == Byte.lineFeed || byte == Byte.carriageReturn }

    func isNameEnd(_ byte: UInt8) -> Bool { isSpace(byte) || byte == Byte.close || byte == Byte.slash || byte == Byte.open }

    func isDigit(_ byte: UInt8) -> Bool { (0x30 ... 0x39).contains(byte) }

    func isHexDigit(_ byte: UInt8) -> Bool { isDigit(byte) || (0x41 ... 0x46).contains(byte) || (0x61 ... 0x66).contains(byte) }
}

private enum Byte {
    static let open = UInt8(ascii: "<"), close = UInt8(ascii: ">"), slash = UInt8(ascii: "/")
    static let bang = UInt8(ascii: "!"), question = UInt8(ascii: "?"), equals = UInt8(ascii: "=")
    static let doubleQuote = UInt8(ascii: "\""), singleQuote = UInt8(ascii: "'")
    static let ampersand = UInt8(ascii: "&"), semicolon = UInt8(ascii: ";")
    static let tab: UInt8 = 0x09, lineFeed: UInt8 = 0x0A, carriageReturn: UInt8 = 0x0D
    static let commentOpen = Array("<!--".utf8), commentClose = Array("-->".utf8)
    static let cdataOpen = Array("<![CDATA[".utf8), cdataClose = Array("]]>".utf8)
    static let declarationOpen = Array("<?xml".utf8), declarationClose = Array("?>".utf8)
    static let instructionClose = Array("?>".utf8), encoding = Array("encoding".utf8)
    static let namedReferences = ["amp", "lt", "gt", "quot", "apos"].map { Array($0.utf8) }
}
