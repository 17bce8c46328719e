/// Storage for one parsed part: every node in document order as parallel arrays, about 25
/// bytes a node plus the text itself. A tree of Swift structs with an array of children per
/// element costs many times the XML it came from; this keeps a 1,000-page document's tree
/// within a small multiple of its XML. Immutable once built (see `XMLArena.Builder`): constant
/// storage also spares every read the exclusivity check a mutable class property costs.
final class XMLArena: Sendable {
    /// Name id → canonical name ("w:p").
    let names: [String]
    let nameIds: [String: Int32]
    /// Per node: name id for an element; for a text node, -1 - index into `texts`.
    let kinds: [Int32]
    let firstChild: [Int32]
    let nextSibling: [Int32]
    let attributeStart: [Int32]
    let attributeCount: [UInt16]
    let lines: [Int32]
    /// Per node: the element's position among the part's elements in document order
    /// (-1 for text). A byte-level scanner counts the same way, which lets an editor find the
    /// element's bytes again.
    let ordinals: [Int32]
    let attributeNames: [Int32]
    /// Character data and attribute values as UTF-8 back to back, not a `String` object each:
    /// half a million small heap objects cost more than the bytes they hold. Strings are made
    /// only when asked for.
    let texts: PackedStrings
    let attributeValues: PackedStrings

    init(_ builder: Builder) {
        names = builder.names
        nameIds = builder.nameIds
        kinds = builder.kinds
        firstChild = builder.firstChild
        nextSibling = builder.nextSibling
        attributeStart = builder.attributeStart
        attributeCount = builder.attributeCount
        lines = builder.lines
        ordinals = builder.ordinals
        attributeNames = builder.attributeNames
        texts = builder.texts
        attributeValues = builder.attributeValues
    }

    /// The arena while the parser fills it.
    struct Builder {
        var names: [String] = []
        var nameIds: [String: Int32] = [:]
        var kinds: [Int32] = []
        var firstChild: [Int32] = []
        var nextSibling: [Int32] = []
        var attributeStart: [Int32] = []
        var attributeCount: [UInt16] = []
        var lines: [Int32] = []
        var ordinals: [Int32] = []
        var attributeNames: [Int32] = []
        var texts = PackedStrings()
        var attributeValues = PackedStrings()

        init(expectedNodes: Int, expectedAttributes: Int) {
            attributeNames.reserveCapacity(expectedAttributes)
            attributeValues.reserveCapacity(count: expectedAttributes)
            let capacity = max(16, expectedNodes)
            kinds.reserveCapacity(capacity)
            firstChild.reserveCapacity(capacity)
            nextSibling.reserveCapacity(capacity)
            attributeStart.reserveCapacity(capacity)
            attributeCount.reserveCapacity(capacity)
            lines.reserveCapacity(capacity)
            ordinals.reserveCapacity(capacity)
        }

        mutating func nameId(_ name: String) -> Int32 {
            if let id = nameIds[name] { return id }
            let id = Int32(names.count)
            names.append(name)
            nameIds[name] = id
            return id
        }

        /// Appends a node and links it after `previousSibling` or as the first child of `parent`.
        mutating func add(kind: Int32, line: Int32, ordinal: Int32, parent: Int32, previousSibling: Int32) -> Int32 {
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
}

/// Many strings stored as one UTF-8 buffer; string i is bytes `bounds[i] ..< bounds[i + 1]`.
struct PackedStrings: Sendable {
    private var bytes: [UInt8] = []
    private var bounds: [Int32] = [0]

    var count: Int { bounds.count - 1 }

    mutating func reserveCapacity(count: Int) { bounds.reserveCapacity(count + 1) }

    /// Copies a NUL-terminated UTF-8 string (libxml2's values; nil for none, stored as "") in;
    /// returns its index.
    mutating func append(_ value: UnsafePointer<UInt8>?) -> Int32 {
        let index = Int32(count)
        if let value {
            var length = 0
            while value[length] != 0 { length += 1 }
            bytes.append(contentsOf: UnsafeBufferPointer(start: value, count: length))
        }
        bounds.append(Int32(bytes.count))
        return index
    }

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
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start ..< end]), as: UTF8.self) }
    }

    /// Appends string `index` to `result` without making a string of it first.
    func append(_ index: Int, to result: inout String) {
        let start = Int(bounds[index]), end = Int(bounds[index + 1])
        guard start < end else { return }
        if result.isEmpty { result = self[index]; return }
        bytes.withUnsafeBufferPointer { result += String(decoding: UnsafeBufferPointer(rebasing: $0[start ..< end]), as: UTF8.self) }
    }

}
