import ArvioMessages
import Foundation
import Yams

/// Why a YAML or JSON text is not a report as `arvio import` writes it, in one line: where
/// (line and column, when known) and what was expected there — instead of a decoder's dump.
public struct ModelDecodingProblem: Error, Sendable, Equatable {
    public var line: Int?
    public var column: Int?
    /// "expected a list at “goals[0].content”", "the YAML is not well-formed (…)", in every language.
    public var expected: Message

    public init(line: Int?, column: Int?, expected: Message) {
        self.line = line
        self.column = column
        self.expected = expected
    }

    /// "line 12, column 5: expected …".
    public var description: String { said.english }

    /// The same in the coordinator's language.
    public var said: Message {
        guard let line else { return expected }
        guard let column else { return ModelProblemPhrase.atLine.with(parts: ["line": .verbatim("\(line)"), "expected": expected]) }
        return ModelProblemPhrase.atLineAndColumn.with(parts: ["line": .verbatim("\(line)"), "column": .verbatim("\(column)"), "expected": expected])
    }

    /// Describes `error` from `ReportWriter.decode(text, as: format)`.
    public static func describe(_ error: any Error, text: String, format: ReportWriter.Format) -> ModelDecodingProblem {
        if let yaml = error as? YamlError {
            switch yaml {
            case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _), .composer(let context, let problem, let mark, _):
                let explained = YAMLProblemPhrase.explaining(problem, context: context?.text)
                return ModelDecodingProblem(line: mark.line, column: mark.column, expected: ModelProblemPhrase.yamlNotWellFormed.with(parts: ["problem": explained]))
            case .duplicatedKeysInMapping(let duplicates, _):
                return ModelDecodingProblem(line: nil, column: nil, expected: ModelProblemPhrase.duplicateKeys.with(["keys": duplicates.joined(separator: ", ")]))
            default:
                return ModelDecodingProblem(line: nil, column: nil, expected: ModelProblemPhrase.unreadableYAML.message)
            }
        }
        guard let decoding = error as? DecodingError else {
            return ModelDecodingProblem(line: nil, column: nil, expected: ModelProblemPhrase.notAReport.message)
        }
        let (path, expected): ([any CodingKey], Message)
        switch decoding {
        case .typeMismatch(let type, let context):
            (path, expected) = (context.codingPath, ModelProblemPhrase.expectedAt.with(parts: ["kind": kind(of: type), "path": dotted(context.codingPath)]))
        case .valueNotFound(let type, let context):
            (path, expected) = (context.codingPath, ModelProblemPhrase.expectedFoundNothing.with(parts: ["kind": kind(of: type), "path": dotted(context.codingPath)]))
        case .keyNotFound(let key, let context):
            (path, expected) = (context.codingPath, ModelProblemPhrase.expectedKey.with(parts: ["key": .verbatim(key.stringValue), "path": dotted(context.codingPath)]))
        case .dataCorrupted(let context):
            if let underlying = context.underlyingError, underlying is YamlError {
                return describe(underlying, text: text, format: format)
            }
            if format == .json, let position = jsonPosition(context.underlyingError) {
                return ModelDecodingProblem(line: position.line, column: position.column, expected: ModelProblemPhrase.jsonNotWellFormed.message)
            }
            (path, expected) = (context.codingPath, ModelProblemPhrase.invalidValue.with(parts: ["path": dotted(context.codingPath), "detail": .verbatim(context.debugDescription)]))
        @unknown default:
            return ModelDecodingProblem(line: nil, column: nil, expected: ModelProblemPhrase.notAReport.message)
        }
        let mark = format == .yaml ? yamlMark(text, path: path) : nil
        return ModelDecodingProblem(line: mark?.line, column: mark?.column, expected: expected)
    }

    /// "goals[2].sections[0].content", or "the top level".
    static func dotted(_ path: [any CodingKey]) -> Message {
        guard !path.isEmpty else { return ModelProblemPhrase.topLevel.message }
        var text = ""
        for key in path {
            if let index = key.intValue { text += "[\(index)]" } else { text += (text.isEmpty ? "" : ".") + key.stringValue }
        }
        return ModelProblemPhrase.path.with(["path": text])
    }

    static func kind(of type: Any.Type) -> Message {
        let name = String(describing: type)
        // Yams names what it found wanting by its node kinds.
        if name.hasSuffix("Scalar") { return ModelProblemPhrase.singleValue.message }
        if name.hasSuffix("Mapping") { return ModelProblemPhrase.keysAndValues.message }
        if name.hasSuffix("Sequence") { return ModelProblemPhrase.list.message }
        switch type {
        case is String.Type: return ModelProblemPhrase.text.message
        case is Int.Type, is Double.Type: return ModelProblemPhrase.number.message
        case is Bool.Type: return ModelProblemPhrase.trueOrFalse.message
        default:
            if name.hasPrefix("Array") { return ModelProblemPhrase.list.message }
            return name.hasPrefix("Dictionary") ? ModelProblemPhrase.keysAndValues.message : ModelProblemPhrase.blockOfKeys.message
        }
    }

    /// Where the YAML node at `path` starts, found by following the path through the text's nodes.
    static func yamlMark(_ text: String, path: [any CodingKey]) -> Mark? {
        guard var node = try? Yams.compose(yaml: text) else { return nil }
        var mark = node.mark
        for key in path {
            if let mapping = node.mapping, let child = mapping[key.stringValue] {
                node = child
            } else if let index = key.intValue, let sequence = node.sequence, sequence.indices.contains(index) {
                node = sequence[index]
            } else {
                break
            }
            mark = node.mark ?? mark
        }
        return mark
    }

    /// Foundation's JSON errors say "around line 3, column 7" in their description.
    static func jsonPosition(_ error: (any Error)?) -> (line: Int, column: Int)? {
        guard let error else { return nil }
        let text = "\(error) \((error as NSError).userInfo)"
        guard let range = text.range(of: #"line \d+, column \d+"#, options: .regularExpression) else { return nil }
        let numbers = text[range].split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        return numbers.count == 2 ? (numbers[0], numbers[1]) : nil
    }
}
