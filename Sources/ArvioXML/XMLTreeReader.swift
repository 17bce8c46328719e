// Implementation-only, not `internal import`: in a module built without library evolution an
// internal import is still loaded by every client, and libxml2's headers pull in the system ICU
// (<unicode/ucnv.h>), whose UErrorCode clashes with Foundation's own ICU copy. Any client that
// also imports Foundation (ArvioPackage, ArvioWordML, arvio) then fails a clean build with
// "'UErrorCode' has different definitions in different modules". No libxml2 type appears in
// this module's public or inlinable API, which is what makes hiding it safe.
internal import CLibXML2

/// libxml2 keeps global state: initialise it exactly once per process and never clean it up
/// (another thread may still be parsing).
private let libxml2Initialised: Void = { xmlInitParser() }()

/// Reads one XML part into an `XMLElement` tree with libxml2's streaming reader.
///
/// Safety rules, fixed here so no caller can loosen them: no network (`XML_PARSE_NONET`), no
/// entity substitution, no external DTD loading, no "huge" mode, a DOCTYPE is an error, and the
/// element depth is capped. One reader per call, so parts can be parsed on several threads.
public enum XMLTreeReader {
    public static let defaultMaxDepth = 256

    public static func parse(
        _ bytes: [UInt8], part: String, maxDepth: Int = defaultMaxDepth,
        namespaces: [String: String] = Namespaces.ooxml
    ) throws(XMLError) -> XMLElement {
        _ = libxml2Initialised
        // Before libxml2 sees a byte: see `PrologScan` for why inside the parse is too late.
        if let line = PrologScan.doctypeLine(in: bytes) {
            throw .doctypeRefused(part: part, line: line)
        }
        let (tags, equals) = countMarkup(bytes)
        var builder = TreeBuilder(part: part, maxDepth: maxDepth, namespaces: namespaces,
                                  expectedNodes: tags, expectedAttributes: equals)
        let outcome: Result<XMLElement, XMLError> = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                Result { () throws(XMLError) -> XMLElement in try builder.run(chars) }
            }
        }
        return try outcome.get()
    }
}

/// Upper bounds for the arena's arrays, so they are allocated once at the right size instead of
/// doubling past it: every node starts with "<" (or is text between two), every attribute has "=".
private func countMarkup(_ bytes: [UInt8]) -> (nodes: Int, attributes: Int) {
    var tags = 0, equals = 0
    for byte in bytes {
        if byte == UInt8(ascii: "<") { tags += 1 } else if byte == UInt8(ascii: "=") { equals += 1 }
    }
    return (tags + 16, equals)
}

/// Collects the first error libxml2 reports, with its line.
private final class ErrorSink {
    var message: String?
    var line: Int = 0
    /// libxml2's own nesting cap fired (its parser runs ahead of the reader, so it can trip
    /// before `TreeBuilder` sees the element).
    var depthLimit: Int?
}

private let errorHandler: xmlStructuredErrorFunc = { context, error in
    guard let context, let error else { return }
    // Warnings (a relative namespace URI, say) do not make a part unreadable.
    guard error.pointee.level.rawValue > XML_ERR_WARNING.rawValue else { return }
    let sink = Unmanaged<ErrorSink>.fromOpaque(context).takeUnretainedValue()
    guard sink.message == nil else { return }
    let text = error.pointee.message.map { String(cString: $0) } ?? "unknown XML error"
    sink.message = text.singleLine
    sink.line = Int(error.pointee.line)
    // Raised as a generic internal (later: resource-limit) error, so only the wording, which
    // every libxml2 since 2.9 starts the same way, identifies it. int1 is the cap in 2.9 and the
    // depth reached in later releases; either way `failure()` reports no more than `maxDepth`.
    if text.hasPrefix("Excessive depth in document") {
        sink.depthLimit = error.pointee.int1 > 0 ? Int(error.pointee.int1) : nil
    }
}

private extension String {
    /// libxml2 messages end in a newline and some hold one inside ("… indicate encoding !\nBytes:
    /// 0xFF …"); the message becomes part of a one-line report, so every line break becomes a space.
    var singleLine: String {
        split(whereSeparator: \.isNewline).map { $0.trimmingCharacters() }.filter { !$0.isEmpty }
            .joined(separator: " ")
    }
}

private extension Substring {
    func trimmingCharacters() -> Substring {
        var result = self
        while let first = result.first, first == " " || first == "\t" { result.removeFirst() }
        while let last = result.last, last == " " || last == "\t" { result.removeLast() }
        return result
    }
}

/// Interned-name key: libxml2's reader returns names from its dictionary, so the pair of
/// pointers identifies a (namespace, local name) for the whole parse.
private struct NameKey: Hashable {
    let local: UnsafeRawPointer
    let namespace: UnsafeRawPointer?
}

/// A direct-mapped table in front of `nameCache`: a part uses a few hundred names, and each
/// element and attribute asks for one, so most answers come from one slot compare instead of
/// hashing a key.
private struct RecentNames {
    private static let slots = 512
    private var locals = [UInt](repeating: 0, count: slots)
    private var namespaces = [UInt](repeating: 0, count: slots)
    private var ids = [Int32](repeating: 0, count: slots)

    private static func slot(_ local: UInt, _ namespace: UInt) -> Int {
        Int(truncatingIfNeeded: (local >> 3) ^ (namespace >> 5)) & (slots - 1)
    }

    subscript(local: UnsafePointer<xmlChar>, namespace: UnsafePointer<xmlChar>?) -> Int32? {
        get {
            let localBits = UInt(bitPattern: local), namespaceBits = UInt(bitPattern: namespace)
            let slot = Self.slot(localBits, namespaceBits)
            // `local` is never null, so an empty slot (0) never matches.
            guard locals[slot] == localBits, namespaces[slot] == namespaceBits else { return nil }
            return ids[slot]
        }
        set {
            let localBits = UInt(bitPattern: local), namespaceBits = UInt(bitPattern: namespace)
            let slot = Self.slot(localBits, namespaceBits)
            locals[slot] = localBits
            namespaces[slot] = namespaceBits
            ids[slot] = newValue ?? 0
        }
    }
}

private struct TreeBuilder {
    let part: String
    let maxDepth: Int
    let namespaces: [String: String]
    var nameCache: [NameKey: Int32] = [:]
    var arena: XMLArena.Builder
    /// Open elements, innermost last, each with its last child so far.
    var stack: [(node: Int32, lastChild: Int32)] = []
    var root: Int32 = -1
    var elementCount: Int32 = 0
    /// Name ids of attributes not kept (see `readAttributes`): registered first, so a range
    /// check replaces a set lookup per attribute.
    let noiseNames: Range<Int32>
    var recentNames = RecentNames()

    init(part: String, maxDepth: Int, namespaces: [String: String], expectedNodes: Int, expectedAttributes: Int) {
        self.part = part
        self.maxDepth = maxDepth
        self.namespaces = namespaces
        var arena = XMLArena.Builder(expectedNodes: expectedNodes, expectedAttributes: expectedAttributes)
        let noise = ["w:rsidR", "w:rsidRPr", "w:rsidRDefault", "w:rsidP", "w:rsidDel", "w:rsidSect", "w:rsidTr",
                     "w14:paraId", "w14:textId"].map { arena.nameId($0) }
        noiseNames = 0 ..< Int32(noise.count)
        self.arena = arena
    }

    /// Links a new node under the innermost open element.
    private mutating func add(kind: Int32, line: Int32, ordinal: Int32) -> Int32 {
        let parent = stack.last?.node ?? -1
        let previous = stack.last?.lastChild ?? -1
        let node = arena.add(kind: kind, line: line, ordinal: ordinal, parent: parent, previousSibling: previous)
        if stack.isEmpty { if root < 0 && kind >= 0 { root = node } } else { stack[stack.count - 1].lastChild = node }
        return node
    }

    mutating func run(_ buffer: UnsafeBufferPointer<CChar>) throws(XMLError) -> XMLElement {
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue
            | XML_PARSE_COMPACT.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let sink = ErrorSink()
        let context = Unmanaged.passUnretained(sink).toOpaque()
        // Errors libxml2 raises outside the reader's parser context (encoding detection while the
        // reader is created, conversion, I/O) bypass the reader's handler and go to the thread's
        // global one, whose default prints to stderr: catch those in the sink too, for this parse
        // only (libxml2 keeps these globals per thread, so other threads are unaffected).
        let previousHandler = __xmlStructuredError().pointee
        let previousContext = __xmlStructuredErrorContext().pointee
        xmlSetStructuredErrorFunc(context, errorHandler)
        defer { xmlSetStructuredErrorFunc(previousContext, previousHandler) }
        // And those that bypass even that (see shim.h): never printed, the sink has them.
        let previousGeneric = arvio_silence_generic_errors()
        defer { arvio_restore_generic_errors(previousGeneric) }

        guard buffer.count > 0, buffer.count < Int(Int32.max),
              let reader = xmlReaderForMemory(buffer.baseAddress, Int32(buffer.count), part, nil, options)
        else { throw .malformed(part: part, line: 0, message: sink.message ?? "the part is empty") }
        defer { xmlFreeTextReader(reader) }
        xmlTextReaderSetStructuredErrorHandler(reader, errorHandler, context)

        func failure() -> XMLError {
            let line = sink.line > 0 ? sink.line : Int(xmlTextReaderGetParserLineNumber(reader))
            if let limit = sink.depthLimit {
                return .tooDeep(part: part, line: line, limit: min(limit, maxDepth))
            }
            return .malformed(part: part, line: line, message: sink.message ?? "the XML is not well-formed")
        }

        while true {
            let status = xmlTextReaderRead(reader)
            if status == 0 { break }
            if status < 0 { throw failure() }
            switch xmlTextReaderNodeType(reader) {
            case 1:  // element
                let line = Int(xmlTextReaderGetParserLineNumber(reader))
                let node = add(kind: name(reader), line: Int32(clamping: line), ordinal: elementCount)
                elementCount += 1
                if xmlTextReaderHasAttributes(reader) == 1 { readAttributes(reader, into: node) }
                if xmlTextReaderIsEmptyElement(reader) != 1 {
                    guard stack.count < maxDepth else {
                        throw .tooDeep(part: part, line: line, limit: maxDepth)
                    }
                    stack.append((node, -1))
                }
            case 15:  // end of element
                guard stack.popLast() != nil else { throw failure() }
            case 3, 4, 13, 14:  // text, CDATA, whitespace, significant whitespace
                if let value = xmlTextReaderConstValue(reader), !stack.isEmpty {
                    let index = arena.texts.append(value)
                    _ = add(kind: -1 - index, line: 0, ordinal: -1)
                }
            case 10:  // <!DOCTYPE …> that `PrologScan` could not see (an encoding it does not read)
                throw .doctypeRefused(part: part, line: Int(xmlTextReaderGetParserLineNumber(reader)))
            case 5:  // an entity reference left unexpanded: only possible with a DTD
                throw .doctypeRefused(part: part, line: Int(xmlTextReaderGetParserLineNumber(reader)))
            default:
                continue  // comments, processing instructions
            }
        }
        if sink.message != nil { throw failure() }
        guard root >= 0, stack.isEmpty else { throw failure() }
        return XMLElement(arena: XMLArena(arena), node: root)
    }

    /// The canonical name's id in the arena; names come from libxml2's dictionary, so each
    /// (namespace, local name) pointer pair is converted to a Swift string once per part.
    private mutating func name(_ reader: xmlTextReaderPtr) -> Int32 {
        guard let local = xmlTextReaderConstLocalName(reader) else { return arena.nameId("") }
        let uri = xmlTextReaderConstNamespaceUri(reader)
        if let recent = recentNames[local, uri] { return recent }
        let key = NameKey(local: UnsafeRawPointer(local), namespace: uri.map(UnsafeRawPointer.init))
        if let cached = nameCache[key] { recentNames[local, uri] = cached; return cached }
        let localName = String(cString: local)
        let result: String
        if let uri {
            let uriString = String(cString: uri)
            if let prefix = namespaces[uriString] { result = prefix + ":" + localName }
            else { result = "{" + uriString + "}" + localName }
        } else {
            result = localName
        }
        let id = arena.nameId(result)
        nameCache[key] = id
        recentNames[local, uri] = id
        return id
    }

    private mutating func readAttributes(_ reader: xmlTextReaderPtr, into node: Int32) {
        guard xmlTextReaderMoveToFirstAttribute(reader) == 1 else { return }
        var count: UInt16 = 0
        repeat {
            if xmlTextReaderIsNamespaceDecl(reader) == 1 { continue }
            let id = name(reader)
            // Word's revision-session ids and paragraph ids are a fifth of all attributes and
            // mean nothing to a reader: not kept.
            if noiseNames.contains(id) { continue }
            arena.attributeNames.append(id)
            _ = arena.attributeValues.append(xmlTextReaderConstValue(reader))
            if count < UInt16.max { count += 1 }
        } while xmlTextReaderMoveToNextAttribute(reader) == 1
        arena.attributeCount[Int(node)] = count
        xmlTextReaderMoveToElement(reader)
    }
}
