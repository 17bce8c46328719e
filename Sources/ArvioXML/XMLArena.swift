/// Storage for one parsed part: every node in document order as parallel arrays, about 25
/// bytes a node plus the text itself. A tree of Swift structs with an array of children per
/// element costs many times the XML it came from; this keeps a 1,000-page document's tree
/// within a small multiple of its XML. Immutable once built.
final class XMLArena: @unchecked Sendable {
    /// Name id → canonical name ("w:p").
    var names: [String] = []
    var nameIds: [String: Int32] = [:]
    /// Per node: name id for an element; for a text node, -1 - index into `texts`.
    var kinds: [Int32] = []
    var firstChild: [Int32] = []
    var nextSibling: [Int32] = []
    var attributeStart: [Int32] = []
    var attributeCount: [UInt16] = []
    var lines: [Int32] = []
    /// Per node: the element's position among the part's elements in document order
    /// (-1 for text). A byte-level scanner counts the same way, which lets an editor find the
    /// element's bytes again.
    var ordinals: [Int32] = []
    var texts: [String] = []
    var attributeNames: [Int32] = []
    var attributeValues: [String] = []

    init(expectedNodes: Int, expectedAttributes: Int) {
        attributeNames.reserveCapacity(expectedAttributes)
        attributeValues.reserveCapacity(expectedAttributes)
        let capacity = max(16, expectedNodes)
        kinds.reserveCapacity(capacity)
        firstChild.reserveCapacity(capacity)
        nextSibling.reserveCapacity(capacity)
        attributeStart.reserveCapacity(capacity)
        attributeCount.reserveCapacity(capacity)
        lines.reserveCapacity(capacity)
        ordinals.reserveCapacity(capacity)
    }

    func nameId(_ name: String) -> Int32 {
        if let id = nameIds[name] { return id }
        let id = Int32(names.count)
        names.append(name)
        nameIds[name] = id
        return id
    }

    /// Appends a node and links it after `previousSibling` or as the first child of `parent`.
    func add(kind: Int32, line: Int32, ordinal: Int32, parent: Int32, previousSibling: Int32) -> Int32 {
        let index = Int32(kinds.count)
        kinds.append(kind)
        firstChild.append(-1)
        nextSibling.append(-1)
        attributeStart.append(Int32(attributeNames.count))
        attributeCount.append(0)
        lines.append(line)
        ordinals.append(ordinal)
        if previousSibling >= 0 { nextSibling[Int(previousSibling)] = index }
        else if parent >= 0 { firstChild[Int(parent)] = index }
        return index
    }
}
