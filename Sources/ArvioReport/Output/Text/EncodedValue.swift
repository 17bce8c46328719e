/// A value as its `Encodable` conformance wrote it, before it becomes YAML or JSON text: the
/// conformances stay the one description of the output, and both writers read this tree.
/// Objects keep their keys in the order they were encoded (declaration order when synthesized).
enum EncodedValue {
    case string(String)
    case integer(Int)
    case double(Double)
    /// A finite number already spelled out: a `Float` or an integer beyond `Int`.
    case number(String)
    case bool(Bool)
    case null
    case array([EncodedValue])
    case object([(key: String, value: EncodedValue)])
}
