import Foundation
import Yams

/// Writes and reads reports as YAML or JSON with a stable order: the same report always gives
/// the same bytes (YAML keeps declaration order; JSON sorts keys).
///
/// JSON is JSONEncoder's. YAML goes through Arvio's own writer (Output/Text), linear in the
/// output and streamed to the file: Yams' emitter took minutes and gigabytes on large documents
/// (the 200,000-row table never finished), and it spells numbers with 15 significant digits in
/// scientific notation ("5e+1"), which does not read back bit for bit. Reading stays with Yams.
public enum ReportWriter {
    public enum Format: String, Sendable { case yaml, json }

    public static func format(forPath path: String) -> Format {
        path.lowercased().hasSuffix(".json") ? .json : .yaml
    }

    public static func encode(_ report: Report, as format: Format) throws -> String {
        String(decoding: try data(report, as: format), as: UTF8.self)
    }

    /// The file's contents. Any Encodable without Foundation's special cases (Date, Data, URL,
    /// Decimal) comes out as a report would: `arvio dump --json` writes the document tree this way.
    public static func data(_ value: some Encodable, as format: Format) throws -> Data {
        switch format {
        case .yaml:
            var output = OutputBytes(reserving: 1 << 16)
            YAMLText.write(try ValueTreeEncoder.encode(value), into: &output)
            return Data(output.bytes)
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return try encoder.encode(value) + Data("\n".utf8)
        }
    }

    /// The file's contents handed to `write`: YAML in chunks of about `chunkSize` bytes as they
    /// are made (a large report's text is never whole in memory), JSON in one piece. A failure
    /// of `write` stops the writing and is thrown.
    public static func write(_ value: some Encodable, as format: Format, chunkSize: Int = 1 << 20,
                             to write: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        guard format == .yaml else {
            let bytes = try data(value, as: format)
            return try bytes.withUnsafeBytes { try write($0.bindMemory(to: UInt8.self)) }
        }
        let tree = try ValueTreeEncoder.encode(value)
        try withoutActuallyEscaping(write) { write in
            var output = OutputBytes(into: ChunkSink(chunkSize: chunkSize, write: write))
            YAMLText.write(tree, into: &output)
            try output.finish()
        }
    }

    public static func decode(_ text: String, as format: Format) throws -> Report {
        switch format {
        case .yaml: return try YAMLDecoder().decode(Report.self, from: text)
        case .json: return try JSONDecoder().decode(Report.self, from: Data(text.utf8))
        }
    }
}
