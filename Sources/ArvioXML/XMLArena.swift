/// Storage for one parsed part: every node in document order as one record, 24 bytes a node
/// plus the text itself. A tree of Swift structs with an array of children per element costs
/// many times the XML it came from; this keeps a 1,000-page document's tree within a small
/// multiple of its XML. Immutable once built (see `XMLArena.Builder`): constant storage also
/// spares every read the exclusivity check a mutable class property costs.
final class XMLArena: Sendable {
    /// One node. One record rather than an array per field: building appends once, and walking
    /// children reads `kind` and `nextSibling` from the same cache line.
    struct Node: Sendable {
        /// Name id for an element; for a text node, -1 - index into `texts`.
        var kind: Int32
        var firstChild: Int32 = -1
        var nextSibling: Int32 = -1
        var attributeStart: Int32
        var line: Int32
        /// The element's position among the part's elements in document order (-1 for text).
        /// A byte-level scanner counts the same way, which lets an editor find the element's
        /// bytes again.
        var ordinal: Int32
        // No attribute count: a node's attributes end where the next node's start (attributes
        // are stored as their element is, in document order), which keeps the record 24 bytes.
    }

    /// Name id → canonical name ("w:p").
    let names: [String]
    let nameIds: [String: Int32]
    let nodes: [Node]
    let attributeNames: [Int32]
    /// Character data and attribute values as UTF-8 back to back, not a `String` object each:
    /// half a million small heap objects cost more than the bytes they hold. Strings are made
    /// only when asked for.
    let texts: PackedStrings
    let attributeValues: PackedStrings

    /// Indices of the node's attributes in `attributeNames` and `attributeValues`.
    func attributeRange(of node: Int) -> Range<Int> {
        let start = Int(nodes[node].attributeStart)
        let end = node + 1 < nodes.count ? Int(nodes[node + 1].attributeStart) : attributeNames.count
        return start ..< end
    }

    init(_ builder: Builder) {
        names = builder.names
        nameIds = builder.nameIds
        nodes = builder.nodes
        attributeNames = builder.attributeNames
        texts = builder.texts
        attributeValues = builder.attributeValues
    }

    /// The arena while the parser fills it.
    struct Builder {
        var names: [String] = []
        var nameIds: [String: Int32] = [:]
        var nodes: [Node] = []
        var attributeNames: [Int32] = []
        var texts = PackedStrings()
        var attributeValues = PackedStrings()

        mutating func nameId(_ name: String) -> Int32 {
            if let id = nameIds[name] { return id }
            let id = Int32(names.count)
            names.append(name)
            nameIds[name] = id
            return id
        }

        /// Appends a node and links it after `previousSibling` or as the first child of `parent`.
        mutating func add(kind: Int32, line: Int32, ordinal: Int32, parent: Int32, previousSibling: Int32) -> Int32 {
            let index = Int32(nodes.count)
            nodes.append(Node(kind: kind, attributeStart: Int32(attributeNames.count), line: line, ordinal: ordinal))
            if previousSibling >= 0 { nodes[Int(previousSibling)].nextSibling = index }
            else if parent >= 0 { nodes[Int(parent)].firstChild = index }
            return index
        }
    }
}

/// Many strings stored as one UTF-8 buffer; string i is bytes `bounds[i] ..< bounds[i + 1]`.
struct PackedStrings: Sendable {
    private var bytes: [UInt8] = []
    private var bounds: [Int32] = [0]

    var count: Int { bounds.count - 1 }

    /// Copies `count` UTF-8 bytes in; returns the new string's index.
    mutating func append(_ piece: UnsafeBufferPointer<UInt8>) -> Int32 {
        let index = Int32(count)
        bytes.append(contentsOf: piece)
        bounds.append(Int32(bytes.count))
        return index
    }

    /// Adds bytes to the last string (a text libxml2 hands over in pieces).
    mutating func extendLast(with piece: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: piece)
        bounds[bounds.count - 1] = Int32(bytes.count)
    }

    /// An attribute value as libxml2's SAX2 parser hands it over. Without entity substitution
    /// (never asked for) it leaves every "&" the value holds — written "&amp;" or "&#38;" in the
    /// file — spelled "&#38;", which a literal "&" cannot be in well-formed XML; a document tree
    /// would hold "&", so that is what is stored.
    mutating func appendAttributeValue(_ value: UnsafeBufferPointer<UInt8>) {
        guard value.contains(UInt8(ascii: "&")) else { _ = append(value); return }
        let escape = Array("&#38;".utf8)
        var index = 0
        while index < value.count {
            if value[index] == UInt8(ascii: "&"), index + escape.count <= value.count,
               value[index ..< index + escape.count].elementsEqual(escape) {
                bytes.append(UInt8(ascii: "&"))
                index += escape.count
            } else {
                bytes.append(value[index])
                index += 1
            }
        }
        bounds.append(Int32(bytes.count))
    }

    /// Same repair of ill-formed UTF-8 as `String(cString:)`, which this storage replaced.
    subscript(index: Int) -> String {
        let start = Int(bounds[index]), end = Int(bounds[index + 1])
        if start == end { return "" }
        return String(decoding: bytes[start ..< end], as: UTF8.self)
    }
}
