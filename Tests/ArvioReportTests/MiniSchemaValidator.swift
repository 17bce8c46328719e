import Foundation

/// A JSON value as JSON has it: numbers stay integer or not, booleans stay booleans.
indirect enum JSONValue: Decodable, Equatable, CustomStringConvertible {
    case null
    case bool(Bool)
    case integer(Int64)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Int64.self) { self = .integer(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONValue].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }

    static func parse(_ text: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }

    var description: String {
        switch self {
        case .null: "null"
        case .bool(let value): "\(value)"
        case .integer(let value): "\(value)"
        case .number(let value): "\(value)"
        case .string(let value): "\"\(value)\""
        case .array(let values): "[\(values.count) items]"
        case .object(let members): "{\(members.keys.sorted().joined(separator: ", "))}"
        }
    }
}

/// Just enough JSON Schema (draft 2020-12) for Schemas/report.schema.json: `type`, `properties`,
/// `required`, `additionalProperties: false`, `items`, `enum`, `pattern`, `minimum` and `$ref`
/// into `$defs`. A schema using any other keyword is refused outright, so the schema can never
/// rely on something this validator silently ignores.
struct MiniSchemaValidator {
    struct SchemaProblem: Error, CustomStringConvertible {
        let description: String
    }

    /// Keywords that only describe; they never constrain.
    static let annotations: Set<String> = ["$schema", "$id", "$comment", "$defs", "title", "description"]
    static let assertions: Set<String> = ["type", "properties", "required", "additionalProperties", "items",
                                          "enum", "pattern", "minimum", "$ref"]

    let root: JSONValue
    private var patterns: [String: NSRegularExpression] = [:]

    init(schema: JSONValue) throws {
        root = schema
        try check(schema, at: "#")
    }

    /// Every violation as "path: problem"; empty when `instance` is valid.
    func validate(_ instance: JSONValue) -> [String] {
        var seen: Set<String> = []
        return validate(instance, seen: &seen)
    }

    /// Also gathers every "Definition.property" the instance used, to show what a test exercises.
    func validate(_ instance: JSONValue, seen: inout Set<String>) -> [String] {
        var problems: [String] = []
        validate(instance, against: root, definition: "", at: "$", into: &problems, seen: &seen, depth: 0)
        return problems
    }

    /// Every "Definition.property" the schema declares under `$defs`.
    var declaredProperties: Set<String> {
        guard case .object(let top) = root, case .object(let defs)? = top["$defs"] else { return [] }
        var names: Set<String> = []
        for (definition, schema) in defs {
            if case .object(let keywords) = schema, case .object(let properties)? = keywords["properties"] {
                for name in properties.keys { names.insert("\(definition).\(name)") }
            }
        }
        return names
    }

    // MARK: - The schema itself

    private mutating func check(_ schema: JSONValue, at place: String) throws {
        guard case .object(let keywords) = schema else {
            if case .bool = schema { throw SchemaProblem(description: "\(place): boolean schemas are not supported") }
            throw SchemaProblem(description: "\(place): a schema must be an object")
        }
        for (keyword, value) in keywords {
            switch keyword {
            case _ where Self.annotations.contains(keyword) && keyword != "$defs":
                continue
            case "$defs", "properties":
                guard case .object(let members) = value else { throw SchemaProblem(description: "\(place)/\(keyword) is not an object") }
                for (name, sub) in members { try check(sub, at: "\(place)/\(keyword)/\(name)") }
            case "items":
                try check(value, at: "\(place)/items")
            case "type":
                let names: [JSONValue]
                if case .array(let list) = value { names = list } else { names = [value] }
                for name in names {
                    guard case .string(let text) = name, Self.typeNames.contains(text) else {
                        throw SchemaProblem(description: "\(place)/type: unknown type \(name)")
                    }
                }
            case "required":
                guard case .array(let names) = value, names.allSatisfy({ if case .string = $0 { true } else { false } }) else {
                    throw SchemaProblem(description: "\(place)/required must be an array of strings")
                }
            case "additionalProperties":
                guard value == .bool(false) else {
                    throw SchemaProblem(description: "\(place)/additionalProperties: only `false` is supported")
                }
            case "enum":
                guard case .array = value else { throw SchemaProblem(description: "\(place)/enum must be an array") }
            case "pattern":
                guard case .string(let pattern) = value else { throw SchemaProblem(description: "\(place)/pattern must be a string") }
                do { patterns[pattern] = try NSRegularExpression(pattern: pattern) } catch {
                    throw SchemaProblem(description: "\(place)/pattern: \(pattern) does not compile")
                }
            case "minimum":
                guard number(value) != nil else { throw SchemaProblem(description: "\(place)/minimum must be a number") }
            case "$ref":
                guard case .string(let reference) = value, resolve(reference) != nil else {
                    throw SchemaProblem(description: "\(place)/$ref: \(value) does not point into $defs")
                }
            default:
                throw SchemaProblem(description: "\(place): keyword '\(keyword)' is not supported by this validator")
            }
        }
    }

    static let typeNames: Set<String> = ["null", "boolean", "integer", "number", "string", "array", "object"]

    private func resolve(_ reference: String) -> JSONValue? {
        let prefix = "#/$defs/"
        guard reference.hasPrefix(prefix), case .object(let top) = root, case .object(let defs)? = top["$defs"] else { return nil }
        return defs[String(reference.dropFirst(prefix.count))]
    }

    // MARK: - Instances

    private func validate(_ instance: JSONValue, against schema: JSONValue, definition: String, at path: String,
                          into problems: inout [String], seen: inout Set<String>, depth: Int) {
        guard depth < 200 else { problems.append("\(path): schema recursion too deep"); return }
        guard case .object(let keywords) = schema else { return }

        if case .string(let reference)? = keywords["$ref"], let target = resolve(reference) {
            validate(instance, against: target, definition: String(reference.split(separator: "/").last!), at: path,
                     into: &problems, seen: &seen, depth: depth + 1)
        }
        if let type = keywords["type"] {
            let allowed: [String]
            if case .array(let list) = type {
                allowed = list.compactMap { if case .string(let name) = $0 { name } else { nil } }
            } else if case .string(let name) = type {
                allowed = [name]
            } else {
                allowed = []
            }
            if !allowed.contains(where: { Self.matches(instance, type: $0) }) {
                problems.append("\(path): expected \(allowed.joined(separator: " or ")), found \(instance)")
                return
            }
        }
        if case .array(let options)? = keywords["enum"], !options.contains(where: { Self.equal($0, instance) }) {
            problems.append("\(path): \(instance) is not one of \(options.map(\.description).joined(separator: ", "))")
        }
        if case .string(let pattern)? = keywords["pattern"], case .string(let text) = instance,
           let regex = patterns[pattern] {
            if regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil {
                problems.append("\(path): \"\(text)\" does not match \(pattern)")
            }
        }
        if let minimumValue = keywords["minimum"], let minimum = number(minimumValue), let value = number(instance),
           value < minimum {
            problems.append("\(path): \(instance) is less than the minimum \(minimumValue)")
        }
        if case .object(let members) = instance {
            var properties: [String: JSONValue] = [:]
            if case .object(let declared)? = keywords["properties"] { properties = declared }
            if case .array(let required)? = keywords["required"] {
                for case .string(let name) in required where members[name] == nil {
                    problems.append("\(path): required property '\(name)' is missing")
                }
            }
            for name in members.keys.sorted() {
                if let sub = properties[name] {
                    seen.insert("\(definition).\(name)")
                    validate(members[name]!, against: sub, definition: definition, at: "\(path).\(name)",
                             into: &problems, seen: &seen, depth: depth + 1)
                } else if keywords["additionalProperties"] == .bool(false) {
                    problems.append("\(path): property '\(name)' is not allowed")
                }
            }
        }
        if case .array(let elements) = instance, let items = keywords["items"] {
            for (index, element) in elements.enumerated() {
                validate(element, against: items, definition: definition, at: "\(path)[\(index)]",
                         into: &problems, seen: &seen, depth: depth + 1)
            }
        }
    }

    private static func matches(_ instance: JSONValue, type: String) -> Bool {
        switch (type, instance) {
        case ("null", .null), ("boolean", .bool), ("integer", .integer), ("number", .integer), ("number", .number),
             ("string", .string), ("array", .array), ("object", .object):
            return true
        case ("integer", .number(let value)):
            return value.rounded() == value
        default:
            return false
        }
    }

    /// JSON equality: 1 and 1.0 are the same number.
    private static func equal(_ lhs: JSONValue, _ rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.integer(let a), .number(let b)), (.number(let b), .integer(let a)): Double(a) == b
        default: lhs == rhs
        }
    }

    private func number(_ value: JSONValue) -> Double? {
        switch value {
        case .integer(let number): Double(number)
        case .number(let number): number
        default: nil
        }
    }
}
