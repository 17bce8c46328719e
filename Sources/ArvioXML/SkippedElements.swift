#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Elements of a part that its reader never looks at, taken out of the bytes before libxml2
/// parses them: tokenising is most of a parse, and some parts are mostly such elements (Word's
/// styles part is three quarters table-style conditional formatting and latent-style entries,
/// and it is larger than the whole document in a short report; a document part can be half font,
/// size and border properties).
///
/// The cut is made only when the bytes are simple enough to be sure of it; otherwise `cut`
/// gives nil and the part is parsed as it is. Sure means: UTF-8; the prefix bound once, on the
/// root element, to one of `namespaces`; every tag's shape sound as far as a scan can see (each
/// read to its ">", end tags as "</name>", nothing after the root), since a cut must never make a
/// part parse that libxml2 would refuse whole. An element is left out only when its own tags are
/// plainly well-formed (see `simpleTag`), they pair up by name, it stays below `maxDepth` (counted
/// from the root, as `XMLTreeReader` counts), and only blank text lies between it and the markup
/// before it; any other is kept for libxml2 to judge. Each element left out is replaced by the
/// line breaks it held, so every line number after it is unchanged; the elements after it keep
/// their ordinals through `Cut.ordinalShifts`.
public struct SkippedElements: Sendable {
    public let prefix: String
    public let namespaces: Set<String>
    public let localNames: Set<String>
    /// When set, a skipped element may hold only elements of these local names (in the prefix)
    /// and nothing else, not even blank text: an element holding anything more is kept. For a
    /// part whose reader reads through unknown elements, this makes leaving one out the same as
    /// reading it.
    public let contentNames: Set<String>?
    /// A cut that would leave out less than this share of the part is not made: the scan costs
    /// about what parsing a tenth of the part does, and the shortened copy is held beside the
    /// part while it is parsed. The share so far is checked every `checkpoint` bytes, and the scan
    /// given up as soon as it falls short.
    public let minimumShare: Double
    public static let checkpoint = 1 << 18
    public let maxDepth: Int

    public init(prefix: String, namespaces: Set<String>, localNames: Set<String>,
                contentNames: Set<String>? = nil, minimumShare: Double = 0, maxDepth: Int = 256) {
        self.prefix = prefix
        self.namespaces = namespaces
        self.localNames = localNames
        self.contentNames = contentNames
        self.minimumShare = minimumShare
        self.maxDepth = maxDepth
        let prefixLength = prefix.utf8.count + 1
        names = NameSet(Self.qualified(localNames, prefix: prefix), prefixLength: prefixLength)
        contentNameSet = contentNames.map { NameSet(Self.qualified($0, prefix: prefix), prefixLength: prefixLength) }
        // The scan takes a tag with one of these names as plainly well-formed.
        let plain = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._".utf8)
        precondition(localNames.union(contentNames ?? []).allSatisfy { !$0.isEmpty && $0.utf8.allSatisfy(plain.contains) },
                     "element names to skip are plain ASCII names")
    }

    /// The part's bytes with the elements left out.
    public struct Cut: Sendable {
        public let bytes: [UInt8]
        /// Where the ordinals of the remaining elements (start tags in document order, as
        /// `XMLElement.ordinal` counts them) move up: from the `kept`-th remaining element on,
        /// `skipped` elements came before it in the whole part. Ascending in `kept`.
        public let ordinalShifts: [(kept: Int32, skipped: Int32)]
        /// Elements left in the part, to check the parser saw the same ones.
        public let keptElements: Int
    }

    /// `bytes` without the skipped elements; nil when none was found or the cut is not sure.
    public func cut(_ bytes: [UInt8]) -> Cut? {
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = SkimScanner(bytes: buffer, skipped: self)
            return scanner.run()
        }
    }

    /// `cut(_:)`'s bytes alone.
    public func removing(from bytes: [UInt8]) -> [UInt8]? { cut(bytes)?.bytes }

    /// Qualified names as bytes ("w:tblPr"), compared with a tag's name as it is written.
    private static func qualified(_ names: Set<String>, prefix: String) -> [[UInt8]] {
        names.sorted().map { Array((prefix + ":" + $0).utf8) }
    }

    /// `localNames` and `contentNames` qualified, made once rather than for every part.
    fileprivate let names: NameSet
    fileprivate let contentNameSet: NameSet?
}

/// One pass over the part, from "<" to "<" (memchr), looking only at what starts a tag; a
/// skipped element's own bytes are read once, checking them as they go by.
private struct SkimScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let base: UnsafePointer<UInt8>
    let count: Int
    let skipped: SkippedElements
    let names: NameSet
    let contentNames: NameSet?
    let declaration: [UInt8]
    let prefix: [UInt8]
    /// Attribute names of the tag being checked, to find one written twice.
    let seen: UnsafeMutablePointer<Range<Int>>
    static let maxAttributes = 16
    /// Open elements inside the skipped element being read.
    let open: UnsafeMutablePointer<Range<Int>>

    init(bytes: UnsafeBufferPointer<UInt8>, skipped: SkippedElements) {
        self.bytes = bytes
        base = bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!
        count = bytes.count
        self.skipped = skipped
        names = skipped.names
        contentNames = skipped.contentNameSet
        declaration = Array("xmlns:\(skipped.prefix)".utf8)
        prefix = Array(skipped.prefix.utf8)
        seen = .allocate(capacity: Self.maxAttributes)
        open = .allocate(capacity: max(1, skipped.maxDepth))
    }

    func deallocate() {
        seen.deallocate()
        open.deallocate()
    }

    /// Every tag is read to its end, so the scan knows where each one ends and how deep it is:
    /// whatever libxml2 would find wrong with a tag's shape (a "<" inside it, an end tag without
    /// its ">", tags after the root) stops the cut, so the part left cannot parse where the whole
    /// part does not. What the scan does not check (names pairing, attributes and text of the
    /// elements kept) the cut does not change.
    mutating func run() -> SkippedElements.Cut? {
        defer { deallocate() }
        guard let start = bodyStart(), prefixIsBoundAtRoot(from: start) else { return nil }
        // Written straight into the result's storage (untouched pages cost nothing if given up).
        var result: SkippedElements.Cut?
        let shortened = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            result = scan(from: start, into: buffer.baseAddress!, written: &initialized)
        }
        return result.map { SkippedElements.Cut(bytes: shortened, ordinalShifts: $0.ordinalShifts, keptElements: $0.keptElements) }
    }

    /// The scan proper; `written` is how much of `output` holds the shortened part.
    mutating func scan(from start: Int, into output: UnsafeMutablePointer<UInt8>, written: inout Int) -> SkippedElements.Cut? {
        written = 0
        var cutAny = false
        var shifts: [(kept: Int32, skipped: Int32)] = []
        var kept = 0, left = 0
        var copied = 0, removed = 0
        var position = start
        var nextCheck = SkippedElements.checkpoint
        var depth = 0, rootClosed = false
        // Where the last tag, comment or instruction ended: only blank text may lie between it and
        // an element left out, so that nothing on either side joins into something else.
        var markupEnd = start
        // Tags mostly follow each other with nothing between: the byte after one is the next "<".
        while let open = position < count && base[position] == Byte.open ? position : next(Byte.open, from: position) {
            if open >= nextCheck {
                guard Double(removed) >= skipped.minimumShare * Double(open) else { return nil }
                nextCheck += SkippedElements.checkpoint
            }
            switch markup(at: open) {
            case .unsure: return nil
            case .skipTo(let end):
                position = end
                markupEnd = end
            case .endTag:
                guard depth > 0, let end = endTagEnd(from: open) else { return nil }
                depth -= 1
                if depth == 0 { rootClosed = true }
                position = end
                markupEnd = end
            case .startTag(let nameEnd):
                guard !rootClosed else { return nil }  // a second root: libxml2 refuses it
                if depth > 0, names.contains(base, open + 1 ..< nameEnd), isBlank(markupEnd ..< open),
                   case .skipped(let end, let elements, let lineBreaks) = element(at: open, nameEnd: nameEnd, depth: depth + 1) {
                    cutAny = true
                    (output + written).initialize(from: base + copied, count: open - copied)
                    written += open - copied
                    removed += end - open
                    if lineBreaks {
                        for index in open ..< end where base[index] == Byte.lineFeed || base[index] == Byte.carriageReturn {
                            (output + written).initialize(to: base[index])
                            written += 1
                        }
                    }
                    copied = end
                    position = end
                    markupEnd = end
                    left += elements
                    if let last = shifts.last, last.kept == Int32(kept) { shifts.removeLast() }
                    shifts.append((Int32(kept), Int32(left)))
                    continue
                }
                guard let (end, selfClosing) = tagEnd(from: open) else { return nil }
                kept += 1
                if selfClosing {
                    if depth == 0 { rootClosed = true }
                } else {
                    depth += 1
                }
                position = end
                markupEnd = end
            }
        }
        // Declared nowhere else is checked last, over the whole part, once the cut is worth making.
        guard rootClosed, cutAny, Double(removed) >= skipped.minimumShare * Double(count),
              prefixIsDeclaredOnce(from: start) else { written = 0; return nil }
        (output + written).initialize(from: base + copied, count: count - copied)
        written += count - copied
        return SkippedElements.Cut(bytes: [], ordinalShifts: shifts, keptElements: kept)
    }

    func isBlank(_ range: Range<Int>) -> Bool {
        for index in range where !isSpace(base[index]) { return false }
        return true
    }

    /// Just past the end tag at `open` when it is "</" name, blanks, ">".
    func endTagEnd(from open: Int) -> Int? {
        var close = nameEnd(from: open + 2)
        guard close > open + 2 else { return nil }
        while close < count, isSpace(base[close]) { close += 1 }
        return close < count && base[close] == Byte.close ? close + 1 : nil
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

    /// The prefix is declared exactly once in the whole part (`prefixIsDeclaredOnce`), on the
    /// root element (`prefixIsBoundAtRoot`), to one of the namespaces: then every tag written
    /// with it, anywhere, is in that namespace.
    func prefixIsDeclaredOnce(from start: Int) -> Bool {
        var declarations = 0
        var position = start
        while let found = find(declaration, in: position ..< count) {
            position = found + declaration.count
            if isFollowedByEquals(position, limit: count) { declarations += 1 }
        }
        return declarations == 1
    }

    func prefixIsBoundAtRoot(from start: Int) -> Bool {
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
    /// read as such: a ">" may stand in one unescaped. Every kept start tag comes through here,
    /// so it is one plain loop: the bytes that matter are all at or below ">".
    func tagEnd(from open: Int) -> (end: Int, selfClosing: Bool)? {
        var position = open + 1
        while position < count {
            let byte = base[position]
            position += 1
            if byte > Byte.close { continue }
            switch byte {
            case Byte.doubleQuote, Byte.singleQuote:
                while position < count, base[position] != byte { position += 1 }
                guard position < count else { return nil }
                position += 1
            case Byte.open:
                return nil
            case Byte.close:
                return (position, base[position - 2] == Byte.slash)
            default:
                break
            }
        }
        return nil
    }

    // MARK: Skipped elements

    enum Element {
        /// Left out: just past its end, how many elements it is (itself and those inside), and
        /// whether it holds line breaks to keep.
        case skipped(end: Int, elements: Int, lineBreaks: Bool)
        /// Left for libxml2: something in it is not plain to see (it may be an error).
        case kept
    }

    /// The element whose start tag is at `open`, read to its end: left out only when every tag
    /// in it is simple (see `simpleTag`), they pair up by name no deeper than `maxDepth`, it holds
    /// no comment, CDATA or processing instruction, and what `contentNames` allows (or, without
    /// them, text XML allows).
    func element(at open: Int, nameEnd: Int, depth outerDepth: Int) -> Element {
        guard outerDepth < skipped.maxDepth, let first = simpleTag(open, nameEnd: nameEnd, nameIsKnown: true) else { return .kept }
        if first.selfClosing { return .skipped(end: first.end, elements: 1, lineBreaks: first.lineBreaks) }
        var depth = 1
        self.open[0] = open + 1 ..< nameEnd
        var elements = 1
        var lineBreaks = first.lineBreaks
        var position = first.end
        while let tag = next(Byte.open, from: position), tag + 1 < count {
            if tag > position {
                guard contentNames == nil, let breaks = plainText(position ..< tag) else { return .kept }
                lineBreaks = lineBreaks || breaks
            }
            switch base[tag + 1] {
            case Byte.slash:
                let name = tag + 2 ..< self.nameEnd(from: tag + 2)
                let expected = self.open[depth - 1]
                guard expected.count == name.count, equalBytes(expected.lowerBound, name.lowerBound, name.count) else { return .kept }
                var close = name.upperBound
                while close < count, isSpace(base[close]) {
                    if base[close] != 0x20 && base[close] != Byte.tab { lineBreaks = true }
                    close += 1
                }
                guard close < count, base[close] == Byte.close else { return .kept }
                position = close + 1
                depth -= 1
                if depth == 0 { return .skipped(end: position, elements: elements, lineBreaks: lineBreaks) }
            case Byte.question, Byte.bang:
                return .kept
            default:
                let nameEnd = self.nameEnd(from: tag + 1)
                guard outerDepth + depth < skipped.maxDepth, contentNames?.contains(base, tag + 1 ..< nameEnd) ?? true,
                      let inner = simpleTag(tag, nameEnd: nameEnd, nameIsKnown: contentNames != nil) else { return .kept }
                elements += 1
                lineBreaks = lineBreaks || inner.lineBreaks
                position = inner.end
                if !inner.selfClosing {
                    self.open[depth] = tag + 1 ..< nameEnd
                    depth += 1
                }
            }
        }
        return .kept
    }

    /// The start tag at `open`, whose name ends at `nameEnd`, when its well-formedness is plain to
    /// see: ASCII names, unprefixed or in the prefix (bound on the root), no namespace declaration
    /// or `xml:` attribute, each value quoted with only what XML allows in it, no attribute twice.
    /// Anything else libxml2 might refuse, so an element with such a tag is left for it to judge.
    /// `nameIsKnown`: the tag's name is one of the names asked for, plain ASCII in the prefix.
    func simpleTag(_ open: Int, nameEnd: Int, nameIsKnown: Bool) -> (end: Int, selfClosing: Bool, lineBreaks: Bool)? {
        var name = open + 1
        guard nameIsKnown || (self.name(at: &name, limit: nameEnd) != nil && name == nameEnd) else { return nil }
        var position = nameEnd
        var attributes = 0
        var lineBreaks = false
        while true {
            let before = position
            while position < count, isSpace(base[position]) {
                if base[position] != 0x20 && base[position] != Byte.tab { lineBreaks = true }
                position += 1
            }
            guard position < count else { return nil }
            switch base[position] {
            case Byte.close:
                return (position + 1, false, lineBreaks)
            case Byte.slash:
                guard position + 1 < count, base[position + 1] == Byte.close else { return nil }
                return (position + 2, true, lineBreaks)
            default:
                break
            }
            guard position > before, attributes < Self.maxAttributes,
                  let attribute = self.name(at: &position, limit: count),
                  !(attribute.count >= Byte.xmlns.count && equal(attribute.lowerBound, Byte.xmlns)) else { return nil }
            for index in 0 ..< attributes where seen[index].count == attribute.count
                && equalBytes(seen[index].lowerBound, attribute.lowerBound, attribute.count) { return nil }
            seen[attributes] = attribute
            attributes += 1
            // = "value"
            while position < count, isSpace(base[position]) { position += 1 }
            guard position < count, base[position] == Byte.equals else { return nil }
            position += 1
            while position < count, isSpace(base[position]) { position += 1 }
            guard position < count, base[position] == Byte.doubleQuote || base[position] == Byte.singleQuote else { return nil }
            let quote = base[position]
            position += 1
            let valueStart = position
            var hasNonASCII = false
            while position < count {
                let byte = base[position]
                // Most bytes of a value: "(" and above, ASCII, not "<" (quotes, "&" and controls
                // are all below "(").
                if byte >= 0x28 && byte < 0x80 && byte != Byte.open {
                    position += 1
                    continue
                }
                if byte == quote { break }
                guard byte != Byte.open, let next = character(at: position, limit: count, nonASCII: &hasNonASCII, lineBreaks: &lineBreaks) else {
                    return nil
                }
                position = next
            }
            guard position < count else { return nil }
            if hasNonASCII, !isXMLText(valueStart ..< position) { return nil }
            position += 1
        }
    }

    /// Text inside a skipped element, when XML allows it as it is (see `simpleTag`'s values);
    /// whether it holds a line break.
    func plainText(_ range: Range<Int>) -> Bool? {
        var position = range.lowerBound
        var hasNonASCII = false, lineBreaks = false
        while position < range.upperBound {
            if base[position] == Byte.close, position >= range.lowerBound + 2, base[position - 1] == Byte.closeBracket,
               base[position - 2] == Byte.closeBracket {
                return nil  // "]]>" is not allowed in text
            }
            guard let next = character(at: position, limit: range.upperBound, nonASCII: &hasNonASCII, lineBreaks: &lineBreaks) else {
                return nil
            }
            position = next
        }
        guard !hasNonASCII || isXMLText(range) else { return nil }
        return lineBreaks
    }

    /// Past the character at `position` in a value or text, or nil when XML does not allow it
    /// there as it is: a control other than tab and line breaks, or an "&" that does not start one
    /// of XML's own references ending before `limit`. Non-ASCII bytes only set `nonASCII`, for
    /// `isXMLText` to check at once.
    func character(at position: Int, limit: Int, nonASCII: inout Bool, lineBreaks: inout Bool) -> Int? {
        let byte = base[position]
        if byte >= 0x80 {
            nonASCII = true
        } else if byte < 0x20 {
            guard byte == Byte.tab || byte == Byte.lineFeed || byte == Byte.carriageReturn else { return nil }
            if byte != Byte.tab { lineBreaks = true }
        } else if byte == Byte.ampersand {
            guard let end = reference(at: position), end <= limit else { return nil }
            return end
        }
        return position + 1
    }

    /// Just past the reference at `position` ("&" …  ";") when it is one of XML's own: the five
    /// named ones or a reference to a character XML allows (not NUL, a control, a surrogate or
    /// U+FFFE/F).
    func reference(at position: Int) -> Int? {
        guard let semicolon = next(Byte.semicolon, from: position + 1), semicolon - position <= 12 else { return nil }
        let name = UnsafeBufferPointer(start: base + position + 1, count: semicolon - position - 1)
        if Byte.namedReferences.contains(where: { $0.elementsEqual(name) }) { return semicolon + 1 }
        guard name.count >= 2, name[0] == UInt8(ascii: "#") else { return nil }
        let isHex = name[1] == UInt8(ascii: "x")
        var value: UInt32 = 0
        for byte in name[(isHex ? 2 : 1)...] {
            guard let digit = isHex ? hexValue(byte) : (isDigit(byte) ? UInt32(byte - 0x30) : nil) else { return nil }
            value = value &* (isHex ? 16 : 10) &+ digit
        }
        guard name.count > (isHex ? 2 : 1) else { return nil }
        switch value {
        case 0x9, 0xA, 0xD, 0x20 ... 0xD7FF, 0xE000 ... 0xFFFD, 0x10000 ... 0x10FFFF: return semicolon + 1
        default: return nil
        }
    }

    /// Valid UTF-8 (shortest forms, no surrogates, nothing above U+10FFFF) without the two
    /// noncharacters XML forbids, U+FFFE and U+FFFF. By hand: the standard library's validating
    /// initialiser looks its generic types up at run time on every call.
    func isXMLText(_ range: Range<Int>) -> Bool {
        var position = range.lowerBound
        let end = range.upperBound
        func continuation(_ offset: Int) -> UInt32? {
            guard position + offset < end else { return nil }
            let byte = base[position + offset]
            return byte & 0xC0 == 0x80 ? UInt32(byte & 0x3F) : nil
        }
        while position < end {
            let lead = base[position]
            if lead < 0x80 { position += 1; continue }
            let scalar: UInt32, length: Int
            switch lead {
            case 0xC2 ... 0xDF:
                guard let a = continuation(1) else { return false }
                scalar = UInt32(lead & 0x1F) << 6 | a; length = 2
            case 0xE0 ... 0xEF:
                guard let a = continuation(1), let b = continuation(2) else { return false }
                scalar = UInt32(lead & 0x0F) << 12 | a << 6 | b; length = 3
                guard scalar >= 0x800, !(0xD800 ... 0xDFFF).contains(scalar), scalar != 0xFFFE, scalar != 0xFFFF else { return false }
            case 0xF0 ... 0xF4:
                guard let a = continuation(1), let b = continuation(2), let c = continuation(3) else { return false }
                scalar = UInt32(lead & 0x07) << 18 | a << 12 | b << 6 | c; length = 4
                guard scalar >= 0x10000, scalar <= 0x10FFFF else { return false }
            default:
                return false
            }
            _ = scalar
            position += length
        }
        return true
    }

    /// The name at `position` (moved past it): letters, digits, "-", "." and "_", starting with a
    /// letter or "_", with at most one ":" and then after the prefix.
    func name(at position: inout Int, limit: Int) -> Range<Int>? {
        let start = position
        var colon: Int?
        while position < limit {
            let byte = base[position]
            if byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A {  // a letter, the usual case
                position += 1
                continue
            }
            if byte == Byte.colon {
                guard colon == nil else { return nil }
                colon = position
            } else if !isNameByte(byte) {
                break
            }
            position += 1
        }
        let local = (colon.map { $0 + 1 } ?? start)
        guard local < position, isNameStart(base[local]) else { return nil }
        if let colon, !(colon - start == prefix.count && (prefix.count == 1 ? base[start] == prefix[0] : equalBytes(start, prefix))) {
            return nil
        }
        return start ..< position
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
        position + text.count <= count && equalBytes(position, text)
    }

    /// Byte by byte: the names compared here are a few bytes long, shorter than a call to memcmp.
    func equalBytes(_ position: Int, _ text: [UInt8]) -> Bool {
        text.withUnsafeBufferPointer { text in
            for index in 0 ..< text.count where base[position + index] != text[index] { return false }
            return true
        }
    }

    func equalBytes(_ first: Int, _ second: Int, _ length: Int) -> Bool {
        for index in 0 ..< length where base[first + index] != base[second + index] { return false }
        return true
    }

    func nameEnd(from position: Int) -> Int {
        var end = position
        while end < count {
            let byte = base[end]
            // Every byte that ends a name is below "A", where nearly all of a name's bytes are not.
            if byte < 0x41, isNameEnd(byte) { break }
            end += 1
        }
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

    func isNameStart(_ byte: UInt8) -> Bool { (0x41 ... 0x5A).contains(byte) || (0x61 ... 0x7A).contains(byte) || byte == Byte.underscore }

    func isNameByte(_ byte: UInt8) -> Bool { isNameStart(byte) || isDigit(byte) || byte == Byte.hyphen || byte == Byte.dot }

    func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30 ... 0x39: UInt32(byte - 0x30)
        case 0x41 ... 0x46: UInt32(byte - 0x41 + 10)
        case 0x61 ... 0x66: UInt32(byte - 0x61 + 10)
        default: nil
        }
    }
}

private enum Byte {
    static let open = UInt8(ascii: "<"), close = UInt8(ascii: ">"), slash = UInt8(ascii: "/")
    static let bang = UInt8(ascii: "!"), question = UInt8(ascii: "?"), equals = UInt8(ascii: "=")
    static let doubleQuote = UInt8(ascii: "\""), singleQuote = UInt8(ascii: "'")
    static let ampersand = UInt8(ascii: "&"), semicolon = UInt8(ascii: ";"), colon = UInt8(ascii: ":")
    static let underscore = UInt8(ascii: "_"), hyphen = UInt8(ascii: "-"), dot = UInt8(ascii: ".")
    static let closeBracket = UInt8(ascii: "]")
    static let tab: UInt8 = 0x09, lineFeed: UInt8 = 0x0A, carriageReturn: UInt8 = 0x0D
    static let commentOpen = Array("<!--".utf8), commentClose = Array("-->".utf8)
    static let cdataOpen = Array("<![CDATA[".utf8), cdataClose = Array("]]>".utf8)
    static let declarationOpen = Array("<?xml".utf8), declarationClose = Array("?>".utf8)
    static let instructionClose = Array("?>".utf8), encoding = Array("encoding".utf8)
    static let xmlns = Array("xmlns".utf8)
    static let namedReferences = ["amp", "lt", "gt", "quot", "apos"].map { Array($0.utf8) }
}

/// Qualified names as bytes. Most tags are none of them, which a bit for each (length, first
/// byte after the prefix, last byte) tells at once; names of the same length are compared.
private struct NameSet: Sendable {
    private let byLength: [[[UInt8]]]
    private let candidates: [UInt64]
    private let prefixLength: Int

    init(_ names: [[UInt8]], prefixLength: Int) {
        self.prefixLength = prefixLength
        var byLength = [[[UInt8]]](repeating: [], count: 64)
        var candidates = [UInt64](repeating: 0, count: 64)
        for name in names where name.count > prefixLength && name.count < 64 {
            byLength[name.count].append(name)
            let key = Self.key(count: name.count, first: name[prefixLength], last: name[name.count - 1])
            candidates[key >> 6] |= 1 << UInt64(key & 63)
        }
        self.byLength = byLength
        self.candidates = candidates
    }

    /// One of 4,096 bits.
    private static func key(count: Int, first: UInt8, last: UInt8) -> Int {
        ((count &* 131) ^ (Int(first) &* 7) ^ Int(last)) & 4095
    }

    func contains(_ base: UnsafePointer<UInt8>, _ name: Range<Int>) -> Bool {
        guard name.count > prefixLength, name.count < 64 else { return false }
        let key = Self.key(count: name.count, first: base[name.lowerBound + prefixLength], last: base[name.upperBound - 1])
        guard candidates[key >> 6] & (1 << UInt64(key & 63)) != 0 else { return false }
        // Byte by byte: names are a few bytes long, shorter than a call to memcmp.
        return byLength[name.count].contains { candidate in
            for index in candidate.indices where base[name.lowerBound + index] != candidate[index] { return false }
            return true
        }
    }
}
