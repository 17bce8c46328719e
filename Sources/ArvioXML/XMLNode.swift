/// A parsed XML element: a light handle into its part's storage. The only XML type that
/// leaves this module.
///
/// Names are canonical: a known OOXML namespace becomes its short prefix ("w:p" for both the
/// Transitional and the Strict WordprocessingML namespace), an unknown one stays as "{uri}local",
/// and an unqualified name is just "local". That way every later layer compares plain strings and
/// never sees which flavour of OOXML the file was saved in.
public struct XMLElement: Sendable {
    let arena: XMLArena
    let node: Int32

    init(arena: XMLArena, node: Int32) {
        self.arena = arena
        self.node = node
    }

    public var name: String { arena.names[Int(arena.nodes[Int(node)].kind)] }

    /// Line in the part where the element starts (for messages and provenance).
    public var line: Int { Int(arena.nodes[Int(node)].line) }

    /// The element's position among all elements of its part, in document order (root = 0).
    public var ordinal: Int { Int(arena.nodes[Int(node)].ordinal) }

    public var attributes: [XMLAttribute] {
        arena.attributeRange(of: Int(node)).map {
            XMLAttribute(name: arena.names[Int(arena.attributeNames[$0])], value: arena.attributeValues[$0])
        }
    }

    /// The value of the attribute with this canonical name ("w:val", "r:id", "Target").
    public func attribute(_ name: String) -> String? {
        let range = arena.attributeRange(of: Int(node))
        guard !range.isEmpty, let id = arena.nameIds[name] else { return nil }
        for index in range where arena.attributeNames[index] == id {
            return arena.attributeValues[index]
        }
        return nil
    }

    /// The element's name as an id local to its part: equal ids within one part mean equal
    /// names. Resolve a wanted name once per part with `nameId(_:)` and compare integers.
    public var nameId: Int32 { arena.nodes[Int(node)].kind }

    /// The id `name` has in this element's part, or nil when the part never uses that name.
    public func nameId(_ name: String) -> Int32? { arena.nameIds[name] }

    /// Identifies the part the element belongs to (ids from `nameId` hold only within it).
    public var partIdentity: ObjectIdentifier { ObjectIdentifier(arena) }

    /// The first child element whose name has this part-local id.
    public func child(nameId id: Int32) -> XMLElement? {
        var current = arena.nodes[Int(node)].firstChild
        while current >= 0 {
            if arena.nodes[Int(current)].kind == id { return XMLElement(arena: arena, node: current) }
            current = arena.nodes[Int(current)].nextSibling
        }
        return nil
    }

    /// The value of the attribute whose name has this part-local id.
    public func attribute(nameId id: Int32) -> String? {
        for index in arena.attributeRange(of: Int(node)) where arena.attributeNames[index] == id {
            return arena.attributeValues[index]
        }
        return nil
    }

    /// The first child element, if any.
    public var firstElement: XMLElement? {
        var current = arena.nodes[Int(node)].firstChild
        while current >= 0 {
            if arena.nodes[Int(current)].kind >= 0 { return XMLElement(arena: arena, node: current) }
            current = arena.nodes[Int(current)].nextSibling
        }
        return nil
    }

    /// The next sibling element, if any.
    public var nextElement: XMLElement? {
        var current = arena.nodes[Int(node)].nextSibling
        while current >= 0 {
            if arena.nodes[Int(current)].kind >= 0 { return XMLElement(arena: arena, node: current) }
            current = arena.nodes[Int(current)].nextSibling
        }
        return nil
    }

    /// Child nodes (elements and text), in order.
    public var children: XMLChildren { XMLChildren(arena: arena, first: arena.nodes[Int(node)].firstChild) }

    /// The child elements, in order, walked without building an array or the text nodes'
    /// strings.
    public var childElements: XMLChildElements { XMLChildElements(arena: arena, first: arena.nodes[Int(node)].firstChild) }

    /// The child elements, in order.
    public var elements: [XMLElement] {
        children.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }

    /// The first child element with this canonical name.
    public func child(_ name: String) -> XMLElement? {
        guard let id = arena.nameIds[name] else { return nil }
        var current = arena.nodes[Int(node)].firstChild
        while current >= 0 {
            if arena.nodes[Int(current)].kind == id { return XMLElement(arena: arena, node: current) }
            current = arena.nodes[Int(current)].nextSibling
        }
        return nil
    }

    /// Every child element with this canonical name.
    public func children(_ name: String) -> [XMLElement] {
        guard let id = arena.nameIds[name] else { return [] }
        var result: [XMLElement] = []
        var current = arena.nodes[Int(node)].firstChild
        while current >= 0 {
            if arena.nodes[Int(current)].kind == id { result.append(XMLElement(arena: arena, node: current)) }
            current = arena.nodes[Int(current)].nextSibling
        }
        return result
    }

    /// The concatenated character data directly inside this element.
    public var text: String {
        var result = ""
        var current = arena.nodes[Int(node)].firstChild
        while current >= 0 {
            let kind = arena.nodes[Int(current)].kind
            if kind < 0 { result += arena.texts[Int(-1 - kind)] }
            current = arena.nodes[Int(current)].nextSibling
        }
        return result
    }

    /// All character data in the subtree, in document order.
    public var deepText: String {
        var result = ""
        func walk(_ element: XMLElement) {
            for child in element.children {
                switch child {
                case .text(let text): result += text
                case .element(let inner): walk(inner)
                }
            }
        }
        walk(self)
        return result
    }

    /// True when the element has at least one child element.
    public var hasElementChildren: Bool {
        var current = arena.nodes[Int(node)].firstChild
        while current >= 0 {
            if arena.nodes[Int(current)].kind >= 0 { return true }
            current = arena.nodes[Int(current)].nextSibling
        }
        return false
    }
}

extension XMLElement: Equatable {
    /// Structural equality: same names, attributes, children and text.
    public static func == (lhs: XMLElement, rhs: XMLElement) -> Bool {
        guard lhs.name == rhs.name, lhs.attributes == rhs.attributes else { return false }
        return Array(lhs.children) == Array(rhs.children)
    }
}

/// The children of an element, walked without building an array.
public struct XMLChildren: Sequence, Sendable {
    let arena: XMLArena
    let first: Int32

    public struct Iterator: IteratorProtocol {
        let arena: XMLArena
        var current: Int32

        public mutating func next() -> XMLNode? {
            guard current >= 0 else { return nil }
            let index = Int(current)
            current = arena.nodes[index].nextSibling
            let kind = arena.nodes[index].kind
            if kind >= 0 { return .element(XMLElement(arena: arena, node: Int32(index))) }
            return .text(arena.texts[Int(-1 - kind)])
        }
    }

    public func makeIterator() -> Iterator { Iterator(arena: arena, current: first) }
}

/// The child elements of an element (see `XMLElement.childElements`).
public struct XMLChildElements: Sequence, Sendable {
    let arena: XMLArena
    let first: Int32

    public struct Iterator: IteratorProtocol {
        let arena: XMLArena
        var current: Int32

        public mutating func next() -> XMLElement? {
            while current >= 0 {
                let index = current
                let node = arena.nodes[Int(index)]
                current = node.nextSibling
                if node.kind >= 0 { return XMLElement(arena: arena, node: index) }
            }
            return nil
        }
    }

    public func makeIterator() -> Iterator { Iterator(arena: arena, current: first) }
}

public struct XMLAttribute: Sendable, Equatable {
    public var name: String
    public var value: String
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

public enum XMLNode: Sendable, Equatable {
    case element(XMLElement)
    case text(String)
}
