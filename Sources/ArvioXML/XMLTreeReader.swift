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

/// Reads one XML part into an `XMLElement` tree with libxml2's SAX2 parser.
///
/// Safety rules, fixed here so no caller can loosen them: no network (`XML_PARSE_NONET`), no
/// entity substitution, no external DTD loading, no "huge" mode, a DOCTYPE is an error, and the
/// element depth is capped. One parser per call, so parts can be parsed on several threads.
public enum XMLTreeReader {
    public static let defaultMaxDepth = 256

    public static func parse(
        _ bytes: [UInt8], part: String, maxDepth: Int = defaultMaxDepth, namespaces: [String: String] = Namespaces.ooxml
    ) throws(XMLError) -> XMLElement {
        _ = libxml2Initialised
        // Before libxml2 sees a byte: see `PrologScan` for why inside the parse is too late.
        if let line = PrologScan.doctypeLine(in: bytes) {
            throw .doctypeRefused(part: part, line: line)
        }
        var builder = TreeBuilder(part: part, maxDepth: maxDepth, namespaces: namespaces)
        let outcome: Result<XMLElement, XMLError> = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                Result { () throws(XMLError) -> XMLElement in try builder.run(chars) }
            }
        }
        return try outcome.get()
    }
}

/// How much of a part libxml2's parser is given at a time (internal for the tests).
enum XMLTreeReaderSlice {
    static let bytes = 1 << 18
}

/// The part's bytes as libxml2's input: its read callback copies the next slice out.
private struct PartSource {
    let bytes: UnsafeBufferPointer<CChar>
    var offset = 0

    static let read: xmlInputReadCallback = { context, target, length in
        guard let context, let target, length > 0 else { return 0 }
        let source = context.assumingMemoryBound(to: PartSource.self)
        let count = min(Int(length), XMLTreeReaderSlice.bytes, source.pointee.bytes.count - source.pointee.offset)
        guard count > 0 else { return 0 }
        (target).update(from: source.pointee.bytes.baseAddress! + source.pointee.offset, count: count)
        source.pointee.offset += count
        return Int32(count)
    }
}

/// Collects the first error libxml2 reports, with its line.
private final class ErrorSink {
    var message: String?
    var line: Int = 0
    /// libxml2's own nesting cap fired (it can trip before `TreeBuilder` sees the element).
    var depthLimit: Int?
}

private let errorHandler: xmlStructuredErrorFunc = { context, error in
    guard let context, let error else { return }
    record(error, in: Unmanaged<ErrorSink>.fromOpaque(context).takeUnretainedValue())
}

private func record(_ error: xmlErrorPtr, in sink: ErrorSink) {
    // Warnings (a relative namespace URI, say) do not make a part unreadable.
    guard error.pointee.level.rawValue > XML_ERR_WARNING.rawValue else { return }
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

/// A name as libxml2's dictionary holds it, for the whole parse.
struct NamePointers: Hashable {
    let local: UnsafeRawPointer
    let namespace: UnsafeRawPointer?
}

/// Builds the arena from libxml2's SAX2 callbacks. SAX2 rather than xmlTextReader: the reader is
/// SAX2 plus a DOM node made and freed for every node, which cost more than Arvio's own tree. The
/// callbacks cannot throw, so the first problem is kept in `failure` and the parser is stopped.
/// A struct reached through a pointer (libxml2's `userData`), not a class: a class's stored
/// properties pay a run-time exclusivity check on every access, a third of the parse.
private struct TreeBuilder {
    let part: String
    let maxDepth: Int
    let namespaces: [String: String]
    /// Name ids by libxml2's name pointers (local name, namespace URI): its parser hands names
    /// over from its dictionary, so each name is made a Swift string once per part.
    var nameIds: [NamePointers: Int32] = [:]
    var arena = XMLArena.Builder()
    /// Open elements, innermost last, each with its last child so far.
    var stack: [(node: Int32, lastChild: Int32)] = []
    var root: Int32 = -1
    /// Elements so far: an element's ordinal is its place in the part, counted from 0.
    var elementCount: Int32 = 0
    /// Name ids of attributes not kept (see `startElement`).
    var noiseNames: Set<Int32> = []
    var namespaceSpellings: [UnsafeRawPointer: (text: String, isPrefix: Bool)] = [:]
    /// The text node still open for more character data (-1 when the last node was not text):
    /// libxml2 hands one run of text over in pieces (at entity references, at buffer ends), and a
    /// document tree holds it as one node, as a DOM does.
    var openText: Int32 = -1
    let sink = ErrorSink()
    var failure: XMLError?
    var context: xmlParserCtxtPtr?

    init(part: String, maxDepth: Int, namespaces: [String: String]) {
        self.part = part
        self.maxDepth = maxDepth
        self.namespaces = namespaces
        noiseNames = Set(["w:rsidR", "w:rsidRPr", "w:rsidRDefault", "w:rsidP", "w:rsidDel", "w:rsidSect", "w:rsidTr",
                          "w14:paraId", "w14:textId"].map { arena.nameId($0) })
    }

    /// Links a new node under the innermost open element.
    private mutating func add(kind: Int32, line: Int32, ordinal: Int32) -> Int32 {
        let parent = stack.last?.node ?? -1
        let previous = stack.last?.lastChild ?? -1
        let node = arena.add(kind: kind, line: line, ordinal: ordinal, parent: parent, previousSibling: previous)
        if stack.isEmpty { if root < 0 && kind >= 0 { root = node } } else { stack[stack.count - 1].lastChild = node }
        return node
    }

    var currentLine: Int {
        guard let context, let input = context.pointee.input else { return 0 }
        return Int(input.pointee.line)
    }

    /// Keeps the first problem and stops the parser: nothing after it is read.
    mutating func stop(_ error: XMLError) {
        if failure == nil { failure = error }
        if let context { xmlStopParser(context) }
    }

    mutating func run(_ buffer: UnsafeBufferPointer<CChar>) throws(XMLError) -> XMLElement {
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue
            | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let sinkContext = Unmanaged.passUnretained(sink).toOpaque()
        // Errors libxml2 raises outside the parser context (encoding detection, conversion, I/O)
        // bypass the parser's handler and go to the thread's global one, whose default prints to
        // stderr: catch those in the sink too, for this parse only (libxml2 keeps these globals
        // per thread, so other threads are unaffected).
        let previousHandler = __xmlStructuredError().pointee
        let previousContext = __xmlStructuredErrorContext().pointee
        xmlSetStructuredErrorFunc(sinkContext, errorHandler)
        defer { xmlSetStructuredErrorFunc(previousContext, previousHandler) }
        // And those that bypass even that (see shim.h): never printed, the sink has them.
        let previousGeneric = arvio_silence_generic_errors()
        defer { arvio_restore_generic_errors(previousGeneric) }

        guard buffer.count > 0, buffer.count < Int(Int32.max) else {
            throw .malformed(part: part, line: 0, message: sink.message ?? "the part is empty")
        }
        // libxml2 pulls the part through a read callback, a slice at a time: it keeps only a
        // slice's worth in its own buffer (a memory parser copies the whole part first), and
        // parses in its ordinary pull mode (push mode looks ahead for every tag's end first).
        var handler = Self.makeHandler()
        var source = PartSource(bytes: buffer)
        let created: xmlParserCtxtPtr? = withUnsafeMutablePointer(to: &self) { builder in
            withUnsafeMutablePointer(to: &source) { source in
                guard let context = xmlCreateIOParserCtxt(&handler, builder, PartSource.read, nil, source,
                                                          XML_CHAR_ENCODING_NONE) else { return nil }
                builder.pointee.context = context
                xmlCtxtUseOptions(context, options)
                _ = xmlParseDocument(context)
                return context
            }
        }
        guard let context = created else {
            throw .malformed(part: part, line: 0, message: sink.message ?? "the part cannot be read")
        }
        defer { xmlFreeParserCtxt(context); self.context = nil }

        if let failure { throw failure }
        if sink.message != nil || context.pointee.wellFormed == 0 {
            let line = sink.line > 0 ? sink.line : currentLine
            if let limit = sink.depthLimit { throw .tooDeep(part: part, line: line, limit: min(limit, maxDepth)) }
            throw .malformed(part: part, line: line, message: sink.message ?? "the XML is not well-formed")
        }
        guard root >= 0, stack.isEmpty else {
            throw .malformed(part: part, line: currentLine, message: sink.message ?? "the XML is not well-formed")
        }
        return XMLElement(arena: XMLArena(arena), node: root)
    }

    // MARK: - Callbacks

    mutating func startElement(local: UnsafePointer<xmlChar>, uri: UnsafePointer<xmlChar>?,
                      attributeCount: Int, attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        openText = -1
        let line = currentLine
        guard stack.count < maxDepth else { return stop(.tooDeep(part: part, line: line, limit: maxDepth)) }
        let node = add(kind: name(local, uri), line: Int32(clamping: line), ordinal: elementCount)
        elementCount += 1
        if attributeCount > 0, let attributes {
            // Five pointers an attribute: local name, prefix, URI, value, end of value.
            for index in 0 ..< attributeCount {
                let base = index * 5
                guard let local = attributes[base], let value = attributes[base + 3], let end = attributes[base + 4] else { continue }
                let id = name(local, attributes[base + 2])
                // Word's revision-session ids and paragraph ids are a fifth of all attributes and
                // mean nothing to a reader: not kept.
                if noiseNames.contains(id) { continue }
                arena.attributeNames.append(id)
                arena.attributeValues.appendAttributeValue(UnsafeBufferPointer(start: value, count: end - value))
            }
        }
        stack.append((node, -1))
    }

    mutating func endElement() {
        openText = -1
        _ = stack.popLast()
    }

    mutating func characters(_ bytes: UnsafePointer<xmlChar>, count: Int) {
        guard !stack.isEmpty, count > 0 else { return }
        let piece = UnsafeBufferPointer(start: bytes, count: count)
        if openText >= 0 {
            arena.texts.extendLast(with: piece)
        } else {
            let index = arena.texts.append(piece)
            openText = add(kind: -1 - index, line: 0, ordinal: -1)
        }
    }

    /// A comment or processing instruction: not kept, but text on either side is two nodes.
    mutating func otherNode() { openText = -1 }

    /// The canonical name's id in the arena; names come from libxml2's dictionary, so each
    /// (namespace, local name) pointer pair is converted to a Swift string once per part.
    private mutating func name(_ local: UnsafePointer<xmlChar>, _ uri: UnsafePointer<xmlChar>?) -> Int32 {
        let pointers = NamePointers(local: UnsafeRawPointer(local), namespace: uri.map(UnsafeRawPointer.init))
        if let known = nameIds[pointers] { return known }
        let localName = String(cString: local)
        let result: String
        if let uri {
            let namespace = namespaceSpelling(uri)
            result = namespace.isPrefix ? namespace.text + ":" + localName : "{" + namespace.text + "}" + localName
        } else {
            result = localName
        }
        let id = arena.nameId(result)
        nameIds[pointers] = id
        return id
    }

    /// A namespace URI's short prefix ("w"), or the URI itself when it is not a known one.
    private mutating func namespaceSpelling(_ uri: UnsafePointer<xmlChar>) -> (text: String, isPrefix: Bool) {
        let pointer = UnsafeRawPointer(uri)
        if let known = namespaceSpellings[pointer] { return known }
        let uriString = String(cString: uri)
        let spelling = namespaces[uriString].map { ($0, true) } ?? (uriString, false)
        namespaceSpellings[pointer] = spelling
        return spelling
    }

    // MARK: - The SAX2 handler

    /// Made per parse: a C struct of function pointers, cheap, and nothing shared between threads.
    static func makeHandler() -> xmlSAXHandler {
        var handler = xmlSAXHandler()
        handler.initialized = XML_SAX2_MAGIC
        handler.startElementNs = { context, local, _, uri, _, _, attributeCount, _, attributes in
            guard let local else { return }
            treeBuilder(context).pointee.startElement(local: local, uri: uri, attributeCount: Int(attributeCount), attributes: attributes)
        }
        handler.endElementNs = { context, _, _, _ in treeBuilder(context).pointee.endElement() }
        handler.characters = { context, bytes, count in
            guard let bytes else { return }
            treeBuilder(context).pointee.characters(bytes, count: Int(count))
        }
        // Whitespace between elements is text like any other, as in a document tree.
        handler.ignorableWhitespace = handler.characters
        handler.comment = { context, _ in treeBuilder(context).pointee.otherNode() }
        handler.processingInstruction = { context, _, _ in treeBuilder(context).pointee.otherNode() }
        // <!DOCTYPE …> that `PrologScan` could not see (an encoding it does not read), and an
        // entity reference left unexpanded (only possible with a DTD): refused, never resolved.
        handler.internalSubset = { context, _, _, _ in
            let builder = treeBuilder(context)
            builder.pointee.stop(.doctypeRefused(part: builder.pointee.part, line: builder.pointee.currentLine))
        }
        handler.reference = { context, _ in
            let builder = treeBuilder(context)
            builder.pointee.stop(.doctypeRefused(part: builder.pointee.part, line: builder.pointee.currentLine))
        }
        handler.serror = { context, error in
            guard let context, let error else { return }
            record(error, in: treeBuilder(context).pointee.sink)
        }
        return handler
    }
}

/// The builder a callback is for (`userData`, set in `TreeBuilder.run`); a C callback cannot capture it.
private func treeBuilder(_ context: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<TreeBuilder> {
    context!.assumingMemoryBound(to: TreeBuilder.self)
}
