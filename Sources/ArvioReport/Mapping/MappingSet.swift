import ArvioMessages
import Foundation
import Yams

/// The mappings in force: the defaults (Mappings/*.yaml, compiled into the binary as values by
/// `make mappings`, so no YAML is parsed at start and a copied `arvio` still has them) plus any
/// the user adds with `--mappings DIR`, parsed with Yams. A user file with the same `name` as a
/// default replaces it.
public struct MappingSet: Sendable {
    /// Resolved mappings (with `extends` applied), by name.
    public private(set) var mappings: [String: TemplateMapping] = [:]
    /// Names in the order detection tries them.
    public private(set) var order: [String] = []

    public static func defaults() throws(MappingError) -> MappingSet {
        var set = embedded()
        try set.resolve()
        return set
    }

    /// Defaults plus every *.yaml / *.yml in `directory`.
    public static func defaults(adding directory: String) throws(MappingError) -> MappingSet {
        var set = embedded()
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
                .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        } catch {
            throw MappingError(file: directory, line: nil, problem: "this folder of mappings cannot be read")
        }
        for name in names {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path), let yaml = String(data: data, encoding: .utf8) else {
                throw MappingError(file: path, line: nil, problem: "cannot be read as UTF-8 text")
            }
            try set.add(yaml: yaml, file: path)
        }
        try set.resolve()
        return set
    }

    /// Each mapping as written, with its file and the line of its `extends` (for errors found
    /// only once every file is loaded).
    private var raw: [String: (mapping: TemplateMapping, file: String, extendsLine: Int?)] = [:]

    private static func embedded() -> MappingSet {
        var set = MappingSet()
        for (file, mapping) in DefaultMappings.files { set.add(mapping, file: "Mappings/" + file, extendsLine: nil) }
        return set
    }

    mutating func add(yaml: String, file: String) throws(MappingError) {
        let (mapping, node) = try Self.decode(yaml: yaml, file: file)
        add(mapping, file: file, extendsLine: node["extends"]?.mark?.line)
    }

    private mutating func add(_ mapping: TemplateMapping, file: String, extendsLine: Int?) {
        if raw[mapping.name] == nil { order.append(mapping.name) }
        raw[mapping.name] = (mapping, file, extendsLine)
    }

    private mutating func resolve() throws(MappingError) {
        for name in order {
            var mapping = raw[name]!.mapping
            var seen: Set<String> = [name]
            // The mapping whose `extends` is being followed, for the error's file and line.
            var extender = raw[name]!
            while let parentName = mapping.extends {
                guard let parent = raw[parentName] else {
                    throw MappingError(file: extender.file, line: extender.extendsLine,
                                       problem: "extends '\(parentName)', which no mapping defines")
                }
                guard seen.insert(parentName).inserted else {
                    throw MappingError(file: extender.file, line: extender.extendsLine,
                                       problem: "extends itself through '\(parentName)'")
                }
                var merged = mapping.merged(over: parent.mapping)
                merged.extends = parent.mapping.extends
                mapping = merged
                extender = parent
            }
            mappings[name] = mapping
        }
    }

    /// Mappings that describe a template (the shared base files have no `detect`).
    public var templates: [TemplateMapping] {
        order.compactMap { mappings[$0] }.filter { $0.detect != nil }
    }

    public subscript(name: String) -> TemplateMapping? { mappings[name] }

    static func decode(yaml: String, file: String) throws(MappingError) -> (TemplateMapping, Node) {
        let node: Node
        do {
            guard let composed = try Yams.compose(yaml: yaml) else {
                throw MappingError(file: file, line: nil, problem: "the file is empty")
            }
            node = composed
        } catch let error as MappingError {
            throw error
        } catch let error as YamlError {
            throw Self.notYAML(error, file: file)
        } catch {
            throw MappingError(file: file, line: nil, problem: "not valid YAML")
        }
        do {
            return (try YAMLDecoder().decode(TemplateMapping.self, from: node), node)
        } catch let error as DecodingError {
            let (path, problem) = Self.describe(error)
            let line = Self.locate(path, in: node)?.line ?? node.mark?.line
            return try { () throws(MappingError) -> (TemplateMapping, Node) in
                throw MappingError(file: file, line: line, problem: problem)
            }()
        } catch {
            throw MappingError(file: file, line: nil, problem: "\(error)")
        }
    }

    /// Where libyaml stopped (its mark) and why, in the coordinator's words (`YAMLProblemPhrase`).
    private static func notYAML(_ error: YamlError, file: String) -> MappingError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _), .composer(let context, let problem, let mark, _):
            MappingError(file: file, line: mark.line, column: mark.column, notYAML: YAMLProblemPhrase.explaining(problem, context: context?.text))
        case .reader(let problem, _, _, _):
            MappingError(file: file, line: nil, column: nil, notYAML: YAMLProblemPhrase.explaining(problem))
        default:
            MappingError(file: file, line: nil, problem: "not valid YAML (\(error))")
        }
    }

    private static func describe(_ error: DecodingError) -> ([any CodingKey], String) {
        func name(_ path: [any CodingKey]) -> String {
            path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context):
            let place = context.codingPath.isEmpty ? "" : " in \(name(context.codingPath))"
            return (context.codingPath, "'\(key.stringValue)' is missing\(place)")
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            var detail = context.debugDescription
            if detail.hasPrefix("Cannot initialize SectionKind") || detail.contains("SectionKind") {
                detail = "unknown section kind; use one of " + SectionKind.allCases.map(\.rawValue).joined(separator: ", ")
            } else if detail.contains("TableKind") {
                detail = "unknown table kind; use one of " + TableKind.allCases.map(\.rawValue).joined(separator: ", ")
            }
            return (context.codingPath, "\(name(context.codingPath)): \(detail)")
        @unknown default:
            return ([], "\(error)")
        }
    }

    /// The node a coding path points at, for its line number.
    private static func locate(_ path: [any CodingKey], in root: Node) -> Mark? {
        var node: Node? = root
        var lastMark = root.mark
        for key in path {
            if let index = key.intValue, case .sequence(let sequence)? = node {
                node = index < sequence.count ? sequence[index] : nil
            } else {
                node = node?[key.stringValue]
            }
            if let mark = node?.mark { lastMark = mark }
        }
        return lastMark
    }
}
