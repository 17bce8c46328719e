import Foundation
import Yams

/// Writes and reads reports as YAML or JSON with a stable order: the same report always gives
/// the same bytes (YAML keeps declaration order; JSON sorts keys).
public enum ReportWriter {
    public enum Format: String, Sendable { case yaml, json }

    public static func format(forPath path: String) -> Format {
        path.lowercased().hasSuffix(".json") ? .json : .yaml
    }

    public static func encode(_ report: Report, as format: Format) throws -> String {
        switch format {
        case .yaml:
            let encoder = YAMLEncoder()
            encoder.options.allowUnicode = true
            encoder.options.width = -1
            encoder.options.sortKeys = false
            return try encoder.encode(report)
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
        }
    }

    public static func decode(_ text: String, as format: Format) throws -> Report {
        switch format {
        case .yaml: return try YAMLDecoder().decode(Report.self, from: text)
        case .json: return try JSONDecoder().decode(Report.self, from: Data(text.utf8))
        }
    }
}

extension ExactNumber: YAMLEncodable {
    /// Swift's shortest round-trip spelling; YAML's own names for the values that have none.
    func box() -> Node {
        let text = value.isNaN ? ".nan" : value.isInfinite ? (value < 0 ? "-.inf" : ".inf") : value.description
        return Node(text, Tag(.float))
    }
}
