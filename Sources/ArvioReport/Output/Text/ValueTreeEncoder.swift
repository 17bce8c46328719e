/// Turns any `Encodable` into an `EncodedValue` tree, so the writers serialise exactly what
/// the model's own `encode(to:)` says. Containers asked for later (nested containers,
/// `superEncoder`) are filled in when their owner finishes.
final class ValueTreeEncoder: Encoder {
    static func encode(_ value: some Encodable) throws -> EncodedValue {
        let encoder = ValueTreeEncoder(parent: nil, step: .none)
        try value.encode(to: encoder)
        return encoder.finish()
    }

    /// Where this encoder sits below its parent; the coding path is built only when asked for
    /// (errors), not for every value.
    enum Step {
        case none
        case key(any CodingKey)
        case index(Int)
    }

    private enum Storage {
        case nothing
        case single(EncodedValue)
        case object(ObjectBuilder)
        case array(ArrayBuilder)
    }

    private unowned let parent: ValueTreeEncoder?
    private let step: Step
    private var storage: Storage = .nothing

    private init(parent: ValueTreeEncoder?, step: Step) {
        self.parent = parent
        self.step = step
    }

    var userInfo: [CodingUserInfoKey: Any] { [:] }

    var codingPath: [any CodingKey] {
        var path: [any CodingKey] = parent?.codingPath ?? []
        switch step {
        case .none: break
        case .key(let key): path.append(key)
        case .index(let index): path.append(IndexKey(index))
        }
        return path
    }

    func container<Key: CodingKey>(keyedBy _: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(KeyedTreeContainer<Key>(encoder: self, object: objectBuilder()))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        UnkeyedTreeContainer(encoder: self, array: arrayBuilder())
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleTreeContainer(encoder: self) }

    /// The finished value; an encoder that asked for no container wrote an empty object, as
    /// JSONEncoder has it.
    func finish() -> EncodedValue {
        switch storage {
        case .nothing: return .object([])
        case .single(let value): return value
        case .object(let builder): return .object(builder.finish())
        case .array(let builder): return .array(builder.finish())
        }
    }

    func child(at step: Step) -> ValueTreeEncoder { ValueTreeEncoder(parent: self, step: step) }

    func encodeChild(_ value: some Encodable, at step: Step) throws -> EncodedValue {
        let encoder = child(at: step)
        try value.encode(to: encoder)
        return encoder.finish()
    }

    func set(_ value: EncodedValue) { storage = .single(value) }

    private func objectBuilder() -> ObjectBuilder {
        if case .object(let builder) = storage { return builder }
        let builder = ObjectBuilder()
        storage = .object(builder)
        return builder
    }

    private func arrayBuilder() -> ArrayBuilder {
        if case .array(let builder) = storage { return builder }
        let builder = ArrayBuilder()
        storage = .array(builder)
        return builder
    }
}

/// An array key in a coding path.
struct IndexKey: CodingKey {
    var intValue: Int?
    var stringValue: String { "Index \(intValue ?? 0)" }
    init(_ index: Int) { intValue = index }
    init?(intValue: Int) { self.intValue = intValue }
    init?(stringValue _: String) { nil }
}

/// An object's entries in encoding order. A key encoded twice keeps its first place and its
/// last value, as JSONEncoder does; a dictionary index is built only for large objects.
final class ObjectBuilder {
    private var entries: [(key: String, value: EncodedValue)] = []
    private var later: [(index: Int, encoder: ValueTreeEncoder)] = []
    private var positions: [String: Int]?

    func set(_ key: String, _ value: EncodedValue) {
        if let index = position(of: key) {
            entries[index].value = value
            later.removeAll { $0.index == index }
        } else {
            positions?[key] = entries.count
            entries.append((key, value))
            if entries.count == 16 { positions = Dictionary(entries.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { a, _ in a }) }
        }
    }

    func setLater(_ key: String, _ encoder: ValueTreeEncoder) {
        set(key, .null)
        later.append((position(of: key)!, encoder))
    }

    func finish() -> [(key: String, value: EncodedValue)] {
        for (index, encoder) in later { entries[index].value = encoder.finish() }
        later = []
        let finished = entries
        entries = []
        return finished
    }

    private func position(of key: String) -> Int? {
        if let positions { return positions[key] }
        return entries.firstIndex { $0.key == key }
    }
}

final class ArrayBuilder {
    private(set) var items: [EncodedValue] = []
    private var later: [(index: Int, encoder: ValueTreeEncoder)] = []

    var count: Int { items.count }

    func append(_ value: EncodedValue) { items.append(value) }

    func appendLater(_ encoder: ValueTreeEncoder) {
        later.append((items.count, encoder))
        items.append(.null)
    }

    func finish() -> [EncodedValue] {
        for (index, encoder) in later { items[index] = encoder.finish() }
        later = []
        let finished = items
        items = []
        return finished
    }
}

/// The spellings of the standard library's scalar types, shared by the three containers.
enum EncodedScalar {
    static func integer(_ value: some FixedWidthInteger) -> EncodedValue {
        if let fitting = Int(exactly: value) { return .integer(fitting) }
        return .number(String(value))
    }

    static func float(_ value: Float) -> EncodedValue {
        value.isFinite ? .number(value.description) : .double(Double(value))
    }
}
