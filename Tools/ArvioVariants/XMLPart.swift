import CLibXML2
import Foundation

private let libxml2Initialised: Void = { xmlInitParser() }()

/// One XML part of a package, parsed by libxml2 into an editable tree and serialised back.
///
/// Parsed with `XML_PARSE_NONET` only: no entity substitution, no DTD loading, no network.
/// Whitespace is kept as it is (`w:t` text with `xml:space="preserve"` must survive).
/// The tree belongs to this object; `XMLElement`s are views into it and must not outlive it.
final class XMLPart {
    let name: String
    private let document: xmlDocPtr

    init(name: String, bytes: Data) throws {
        _ = libxml2Initialised
        self.name = name
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let parsed = bytes.withUnsafeBytes { buffer -> xmlDocPtr? in
            guard let base = buffer.baseAddress else { return nil }
            return xmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(buffer.count), name, nil, options)
        }
        guard let parsed, xmlDocGetRootElement(parsed) != nil else {
            if let parsed { xmlFreeDoc(parsed) }
            throw VariantFailure.unreadablePart(name)
        }
        document = parsed
    }

    deinit { xmlFreeDoc(document) }

    var root: XMLElement { XMLElement(node: xmlDocGetRootElement(document)!, part: self) }

    /// The tree as UTF-8 bytes, with the declaration the part had.
    func serialised() -> Data {
        var memory: UnsafeMutablePointer<xmlChar>?
        var size: Int32 = 0
        xmlDocDumpMemoryEnc(document, &memory, &size, "UTF-8")
        guard let memory else { return Data() }
        defer { releaseXML(memory) }
        return Data(bytes: memory, count: Int(size))
    }

    /// A new element in the namespace of `sibling` (so `w:` elements get `w:`).
    func makeElement(_ localName: String, like sibling: XMLElement) -> XMLElement {
        let node = xmlNewDocNode(document, sibling.node.pointee.ns, localName, nil)!
        return XMLElement(node: node, part: self)
    }

    func makeText(_ text: String) -> xmlNodePtr { xmlNewDocText(document, text)! }

    /// Moves every element and attribute from one namespace to another by changing the URI of
    /// each declaration (they all point at their declaration). Returns how many declarations changed.
    func renameNamespaces(_ replacements: [String: String]) -> Int {
        var renamed = 0
        func visit(_ node: xmlNodePtr) {
            var declaration = node.pointee.nsDef
            while let current = declaration {
                if let href = current.pointee.href, let replacement = replacements[String(cString: href)] {
                    releaseXML(UnsafeMutableRawPointer(mutating: href))
                    current.pointee.href = UnsafePointer(xmlStrdup(replacement))
                    renamed += 1
                }
                declaration = current.pointee.next
            }
            var child = node.pointee.children
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE { visit(current) }
                child = current.pointee.next
            }
        }
        visit(xmlDocGetRootElement(document)!)
        return renamed
    }
}

/// An element of an `XMLPart`'s tree: names, attributes by namespace, children, and the few
/// edits the idioms need (wrap, insert, remove).
struct XMLElement {
    let node: xmlNodePtr
    unowned let part: XMLPart

    var localName: String { String(cString: node.pointee.name) }
    var namespace: String? { node.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) } }
    /// True for `w:NAME` in either the Transitional or the Strict main namespace.
    func isWord(_ name: String) -> Bool { localName == name && WordNamespace.isMain(namespace) }

    var children: [XMLElement] {
        var result: [XMLElement] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(XMLElement(node: current, part: part)) }
            child = current.pointee.next
        }
        return result
    }

    func children(_ name: String) -> [XMLElement] { children.filter { $0.isWord(name) } }
    func child(_ name: String) -> XMLElement? { children.first { $0.isWord(name) } }

    /// Every element below this one, depth first, in document order.
    var descendants: [XMLElement] {
        var result: [XMLElement] = []
        for child in children {
            result.append(child)
            result += child.descendants
        }
        return result
    }

    func descendants(_ name: String) -> [XMLElement] { descendants.filter { $0.isWord(name) } }

    var parent: XMLElement? {
        guard let up = node.pointee.parent, up.pointee.type == XML_ELEMENT_NODE else { return nil }
        return XMLElement(node: up, part: part)
    }

    /// Concatenated text of every `w:t` below (what the paragraph says, deletions excluded).
    var text: String { descendants("t").map(\.content).joined() }

    var content: String {
        guard let value = xmlNodeGetContent(node) else { return "" }
        defer { releaseXML(value) }
        return String(cString: value)
    }

    // MARK: attributes (in the element's own namespace: `w:val` on a `w:` element)

    subscript(attribute: String) -> String? {
        get {
            let href = node.pointee.ns?.pointee.href
            guard let value = xmlGetNsProp(node, attribute, href) ?? (href == nil ? nil : xmlGetNoNsProp(node, attribute))
            else { return nil }
            defer { releaseXML(value) }
            return String(cString: value)
        }
        nonmutating set {
            if let newValue {
                xmlSetNsProp(node, node.pointee.ns, attribute, newValue)
            } else {
                xmlUnsetNsProp(node, node.pointee.ns, attribute)
            }
        }
    }

    /// An attribute without a namespace (`Id`, `Type`, `Target` of a relationship).
    func plainAttribute(_ name: String) -> String? {
        guard let value = xmlGetNoNsProp(node, name) else { return nil }
        defer { releaseXML(value) }
        return String(cString: value)
    }

    func setPlainAttribute(_ name: String, _ value: String) { xmlSetProp(node, name, value) }

    /// `xml:space="preserve"`, so leading and trailing spaces of a `w:t` survive.
    func preserveSpace() { xmlNodeSetSpacePreserve(node, 1) }

    // MARK: edits

    /// A new `w:NAME` child, first or last.
    @discardableResult
    func addChild(_ name: String, first: Bool = false, attributes: [(String, String)] = []) -> XMLElement {
        let element = part.makeElement(name, like: self)
        for (key, value) in attributes { element[key] = value }
        if first, let head = node.pointee.children {
            xmlAddPrevSibling(head, element.node)
        } else {
            xmlAddChild(node, element.node)
        }
        return element
    }

    /// The `w:NAME` child, made (first) when missing; property containers go first.
    func ensureChild(_ name: String, first: Bool = false) -> XMLElement {
        child(name) ?? addChild(name, first: first)
    }

    func append(_ other: XMLElement) { xmlAddChild(node, other.node) }
    func insertBefore(_ other: XMLElement) { xmlAddPrevSibling(node, other.node) }
    func insertAfter(_ other: XMLElement) { xmlAddNextSibling(node, other.node) }

    func appendText(_ text: String) { xmlAddChild(node, part.makeText(text)) }

    /// The element's content replaced by `text`, as one text node.
    func replaceText(_ text: String) {
        xmlNodeSetContent(node, nil)
        appendText(text)
    }

    /// Gives the element another local name in the same namespace (`w:t` → `w:delText`).
    func rename(_ localName: String) { xmlNodeSetName(node, localName) }

    func remove() {
        xmlUnlinkNode(node)
        xmlFreeNode(node)
    }

    /// Moves this element (and its subtree) to the end of `parent`.
    func move(into parent: XMLElement) {
        xmlUnlinkNode(node)
        xmlAddChild(parent.node, node)
    }

    /// A deep copy, not yet in the tree.
    func copy() -> XMLElement { XMLElement(node: xmlDocCopyNode(node, node.pointee.doc, 1)!, part: part) }
}

extension XMLElement: Equatable {
    static func == (lhs: XMLElement, rhs: XMLElement) -> Bool { lhs.node == rhs.node }
}

enum WordNamespace {
    static let transitional = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let strict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
    static func isMain(_ namespace: String?) -> Bool { namespace == transitional || namespace == strict }
}

/// Frees memory libxml2 handed out. libxml2 allocates with malloc unless a program installs
/// its own allocator, which nothing here does; `xmlFree` itself is a C global variable that
/// Swift 6 refuses to read as not concurrency-safe.
func releaseXML(_ pointer: UnsafeMutableRawPointer?) { free(pointer) }
