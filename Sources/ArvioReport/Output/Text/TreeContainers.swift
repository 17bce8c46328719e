/// The three container kinds of `ValueTreeEncoder`; each writes straight into its builder.
struct KeyedTreeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: ValueTreeEncoder
    let object: ObjectBuilder

    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil(forKey key: Key) throws { object.set(key.stringValue, .null) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { object.set(key.stringValue, .bool(value)) }
    mutating func encode(_ value: String, forKey key: Key) throws { object.set(key.stringValue, .string(value)) }
    mutating func encode(_ value: Double, forKey key: Key) throws { object.set(key.stringValue, .double(value)) }
    mutating func encode(_ value: Float, forKey key: Key) throws { object.set(key.stringValue, EncodedScalar.float(value)) }
    mutating func encode(_ value: Int, forKey key: Key) throws { object.set(key.stringValue, .integer(value)) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { object.set(key.stringValue, EncodedScalar.integer(value)) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { object.set(key.stringValue, EncodedScalar.integer(value)) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { object.set(key.stringValue, EncodedScalar.integer(value)) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { object.set(key.stringValue, EncodedScalar.integer(value)) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { object.set(key.stringValue, EncodedScalar.integer(value)) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { object.set(key.stringValue, EncodedScalar.integer(value)) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { object.set(key.stringValue, EncodedScalar.integer(value)) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { object.set(key.stringValue, EncodedScalar.integer(value)) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { object.set(key.stringValue, EncodedScalar.integer(value)) }

    mutating func encode(_ value: some Encodable, forKey key: Key) throws {
        object.set(key.stringValue, try encoder.encodeChild(value, at: .key(key)))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let child = encoder.child(at: .key(key))
        object.setLater(key.stringValue, child)
        return child.container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = encoder.child(at: .key(key))
        object.setLater(key.stringValue, child)
        return child.unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { superEncoder(named: "super", at: .key(SuperKey())) }

    mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(named: key.stringValue, at: .key(key)) }

    private func superEncoder(named name: String, at step: ValueTreeEncoder.Step) -> any Encoder {
        let child = encoder.child(at: step)
        object.setLater(name, child)
        return child
    }
}

private struct SuperKey: CodingKey {
    var stringValue: String { "super" }
    var intValue: Int? { nil }
    init() {}
    init?(stringValue _: String) {}
    init?(intValue _: Int) { nil }
}

struct UnkeyedTreeContainer: UnkeyedEncodingContainer {
    let encoder: ValueTreeEncoder
    let array: ArrayBuilder

    var codingPath: [any CodingKey] { encoder.codingPath }
    var count: Int { array.count }

    mutating func encodeNil() throws { array.append(.null) }
    mutating func encode(_ value: Bool) throws { array.append(.bool(value)) }
    mutating func encode(_ value: String) throws { array.append(.string(value)) }
    mutating func encode(_ value: Double) throws { array.append(.double(value)) }
    mutating func encode(_ value: Float) throws { array.append(EncodedScalar.float(value)) }
    mutating func encode(_ value: Int) throws { array.append(.integer(value)) }
    mutating func encode(_ value: Int8) throws { array.append(EncodedScalar.integer(value)) }
    mutating func encode(_ value: Int16) throws { array.append(EncodedScalar.integer(value)) }
    mutating func encode(_ value: Int32) throws { array.append(EncodedScalar.integer(value)) }
    mutating func encode(_ value: Int64) throws { array.append(EncodedScalar.integer(value)) }
    mutating func encode(_ value: UInt) throws { array.append(EncodedScalar.integer(value)) }
    mutating func encode(_ value: UInt8) throws { array.append(EncodedScalar.integer(value)) }
    mutating func encode(_ value: UInt16) throws { array.append(EncodedScalar.integer(value)) }
    mutating func encode(_ value: UInt32) throws { array.append(EncodedScalar.integer(value)) }
    mutating func encode(_ value: UInt64) throws { array.append(EncodedScalar.integer(value)) }

    mutating func encode(_ value: some Encodable) throws {
        array.append(try encoder.encodeChild(value, at: .index(array.count)))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let child = encoder.child(at: .index(array.count))
        array.appendLater(child)
        return child.container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let child = encoder.child(at: .index(array.count))
        array.appendLater(child)
        return child.unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        let child = encoder.child(at: .index(array.count))
        array.appendLater(child)
        return child
    }
}

struct SingleTreeContainer: SingleValueEncodingContainer {
    let encoder: ValueTreeEncoder

    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil() throws { encoder.set(.null) }
    mutating func encode(_ value: Bool) throws { encoder.set(.bool(value)) }
    mutating func encode(_ value: String) throws { encoder.set(.string(value)) }
    mutating func encode(_ value: Double) throws { encoder.set(.double(value)) }
    mutating func encode(_ value: Float) throws { encoder.set(EncodedScalar.float(value)) }
    mutating func encode(_ value: Int) throws { encoder.set(.integer(value)) }
    mutating func encode(_ value: Int8) throws { encoder.set(EncodedScalar.integer(value)) }
    mutating func encode(_ value: Int16) throws { encoder.set(EncodedScalar.integer(value)) }
    mutating func encode(_ value: Int32) throws { encoder.set(EncodedScalar.integer(value)) }
    mutating func encode(_ value: Int64) throws { encoder.set(EncodedScalar.integer(value)) }
    mutating func encode(_ value: UInt) throws { encoder.set(EncodedScalar.integer(value)) }
    mutating func encode(_ value: UInt8) throws { encoder.set(EncodedScalar.integer(value)) }
    mutating func encode(_ value: UInt16) throws { encoder.set(EncodedScalar.integer(value)) }
    mutating func encode(_ value: UInt32) throws { encoder.set(EncodedScalar.integer(value)) }
    mutating func encode(_ value: UInt64) throws { encoder.set(EncodedScalar.integer(value)) }

    /// The value's own encoding takes this encoder's place, at the same coding path.
    mutating func encode(_ value: some Encodable) throws {
        encoder.set(try encoder.encodeChild(value, at: .none))
    }
}
