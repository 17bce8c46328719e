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
        var builder = TreeBuilder(part: part, maxDepth: maxDepth, namespaces: namespaces)
        let outcome: Result<XMLElement, XMLError> = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                Result { () throws(XMLError) -> XMLElement in try builder.run(chars) }
            }
        }
        return try outcome.get()
    }
}

/// Collects the first error libxml2 reports, with its line.
private final class ErrorSink {
    var message: String?
    var line: Int = 0
}

private let errorHandler: xmlStructuredErrorFunc = { context, error in
    guard let context, let error else { return }
    let sink = Unmanaged<ErrorSink>.fromOpaque(context).takeUnretainedValue()
    guard sink.message == nil else { return }
    let text = error.pointee.message.map { String(cString: $0) } ?? "unknown XML error"
    sink.message = text.trimmingCharacters(whereNewline: true)
    sink.line = Int(error.pointee.line)
}

private extension String {
    func trimmingCharacters(whereNewline: Bool) -> String {
        var result = self
        while let last = result.last, last.isNewline || last == " " { result.removeLast() }
        return result
    }
}

/// Interned-name key: libxml2's reader returns names from its dictionary, so the pair of
/// pointers identifies a (namespace, local name) for the whole parse.
private struct NameKey: Hashable {
    let local: UnsafeRawPointer
    let namespace: UnsafeRawPointer?
}

private struct TreeBuilder {
    let part: String
    let maxDepth: Int
    let namespaces: [String: String]
    var nameCache: [NameKey: String] = [:]
    var stack: [XMLElement] = []
    var root: XMLElement?

    init(part: String, maxDepth: Int, namespaces: [String: String]) {
        self.part = part
        self.maxDepth = maxDepth
        self.namespaces = namespaces
    }

    mutating func run(_ buffer: UnsafeBufferPointer<CChar>) throws(XMLError) -> XMLElement {
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue
            | XML_PARSE_COMPACT.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        guard buffer.count > 0, buffer.count < Int(Int32.max),
              let reader = xmlReaderForMemory(buffer.baseAddress, Int32(buffer.count), part, nil, options)
        else { throw .malformed(part: part, line: 0, message: "the part is empty") }
        defer { xmlFreeTextReader(reader) }
        let sink = ErrorSink()
        let context = Unmanaged.passUnretained(sink).toOpaque()
        xmlTextReaderSetStructuredErrorHandler(reader, errorHandler, context)

        func failure() -> XMLError {
            .malformed(part: part, line: sink.line > 0 ? sink.line : Int(xmlTextReaderGetParserLineNumber(reader)),
                       message: sink.message ?? "the XML is not well-formed")
        }

        while true {
            let status = xmlTextReaderRead(reader)
            if status == 0 { break }
            if status < 0 { throw failure() }
            switch xmlTextReaderNodeType(reader) {
            case 1:  // element
                let line = Int(xmlTextReaderGetParserLineNumber(reader))
                var element = XMLElement(name: name(reader), line: line)
                if xmlTextReaderHasAttributes(reader) == 1 { element.attributes = attributes(reader) }
                if xmlTextReaderIsEmptyElement(reader) == 1 {
                    append(.element(element))
                } else {
                    guard stack.count < maxDepth else {
                        throw .tooDeep(part: part, line: line, limit: maxDepth)
                    }
                    stack.append(element)
                }
            case 15:  // end of element
                guard let done = stack.popLast() else { throw failure() }
                append(.element(done))
            case 3, 4, 13, 14:  // text, CDATA, whitespace, significant whitespace
                if let value = xmlTextReaderConstValue(reader), !stack.isEmpty {
                    stack[stack.count - 1].children.append(.text(String(cString: value)))
                }
            case 10:  // <!DOCTYPE …>
                throw .doctypeRefused(part: part, line: Int(xmlTextReaderGetParserLineNumber(reader)))
            case 5:  // an entity reference left unexpanded: only possible with a DTD
                throw .doctypeRefused(part: part, line: Int(xmlTextReaderGetParserLineNumber(reader)))
            default:
                continue  // comments, processing instructions
            }
        }
        if let message = sink.message {
            throw .malformed(part: part, line: sink.line, message: message)
        }
        guard let root, stack.isEmpty else { throw failure() }
        return root
    }

    private mutating func append(_ node: XMLNode) {
        if stack.isEmpty {
            if case .element(let element) = node { root = element }
        } else {
            stack[stack.count - 1].children.append(node)
        }
    }

    private mutating func name(_ reader: xmlTextReaderPtr) -> String {
        guard let local = xmlTextReaderConstLocalName(reader) else { return "" }
        let uri = xmlTextReaderConstNamespaceUri(reader)
        let key = NameKey(local: UnsafeRawPointer(local), namespace: uri.map(UnsafeRawPointer.init))
        if let cached = nameCache[key] { return cached }
        let localName = String(cString: local)
        let result: String
        if let uri {
            let uriString = String(cString: uri)
            if let prefix = namespaces[uriString] { result = prefix + ":" + localName }
            else { result = "{" + uriString + "}" + localName }
        } else {
            result = localName
        }
        nameCache[key] = result
        return result
    }

    private mutating func attributes(_ reader: xmlTextReaderPtr) -> [XMLAttribute] {
        var result: [XMLAttribute] = []
        guard xmlTextReaderMoveToFirstAttribute(reader) == 1 else { return result }
        repeat {
            if xmlTextReaderIsNamespaceDecl(reader) == 1 { continue }
            let attributeName = name(reader)
            let value = xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""
            result.append(XMLAttribute(name: attributeName, value: value))
        } while xmlTextReaderMoveToNextAttribute(reader) == 1
        xmlTextReaderMoveToElement(reader)
        return result
    }
}
