/// A parsed XML element as a plain value: the only thing that leaves this module.
///
/// Names are canonical: a known OOXML namespace becomes its short prefix ("w:p" for both the
/// Transitional and the Strict WordprocessingML namespace), an unknown one stays as "{uri}local",
/// and an unqualified name is just "local". That way every later layer compares plain strings and
/// never sees which flavour of OOXML the file was saved in.
public struct XMLElement: Sendable, Equatable {
    public var name: String
    public var attributes: [XMLAttribute]
    public var children: [XMLNode]
    /// Line in the part where the element starts (for messages and provenance).
    public var line: Int

    public init(name: String, attributes: [XMLAttribute] = [], children: [XMLNode] = [], line: Int = 0) {
        self.name = name
        self.attributes = attributes
        self.children = children
        self.line = line
    }

    /// The value of the attribute with this canonical name ("w:val", "r:id", "Target").
    @inlinable
    public func attribute(_ name: String) -> String? {
        for attribute in attributes where attribute.name == name { return attribute.value }
        return nil
    }

    /// The child elements, in order.
    public var elements: [XMLElement] {
        children.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }

    /// The first child element with this canonical name.
    public func child(_ name: String) -> XMLElement? {
        for case .element(let element) in children where element.name == name { return element }
        return nil
    }

    /// Every child element with this canonical name.
    public func children(_ name: String) -> [XMLElement] {
        children.compactMap {
            if case .element(let element) = $0, element.name == name { element } else { nil }
        }
    }

    /// The concatenated character data directly inside this element.
    public var text: String {
        var result = ""
        for case .text(let text) in children { result += text }
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
