import Foundation
import Yams

/// Writes and reads reports as YAML or JSON with a stable order: the same report always gives
/// the same bytes (YAML keeps declaration order; JSON sorts keys).
///
/// Writing goes through Arvio's own writers (Output/Text), linear in the output: Yams' emitter
/// took minutes and gigabytes on large documents. Reading stays with Yams and JSONDecoder.
public enum ReportWriter {
    public enum Format: String, Sendable { case yaml, json }

    public static func format(forPath path: String) -> Format {
        path.lowercased().hasSuffix(".json") ? .json : .yaml
    }

    public static func encode(_ report: Report, as format: Format) throws -> String {
        String(decoding: try bytes(report, as: format), as: UTF8.self)
    }

    /// The file's contents, without making a String of them first. Any Encodable without
    /// Foundation's special cases (Date, Data, URL, Decimal) comes out as it would from a report:
    /// `arvio dump --json` writes the document tree this way.
    public static func data(_ value: some Encodable, as format: Format) throws -> Data {
        Data(try bytes(value, as: format))
    }

    static func bytes(_ value: some Encodable, as format: Format) throws -> [UInt8] {
        var output = OutputBytes(reserving: 1 << 16)
        try write(try ValueTreeEncoder.encode(value), as: format, into: &output)
        return output.bytes
    }

    /// The file's contents handed to `write` in chunks of about `chunkSize` bytes as they are
    /// made, so a large report's text is never whole in memory (a file of 200 MB). The bytes
    /// are those of `data(_:as:)`; a failure of `write` stops the writing and is thrown.
    public static func write(_ value: some Encodable, as format: Format, chunkSize: Int = 1 << 20,
                             to write: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        let tree = try ValueTreeEncoder.encode(value)
        try withoutActuallyEscaping(write) { write in
            var output = OutputBytes(into: ChunkSink(chunkSize: chunkSize, write: write))
            try Self.write(tree, as: format, into: &output)
            try output.finish()
        }
    }

    private static func write(_ tree: EncodedValue, as format: Format, into output: inout OutputBytes) throws {
        switch format {
        case .yaml: YAMLText.write(tree, into: &output)
        case .json:
            try JSONText.write(tree, into: &output)
            output.append(0x0A)
        }
    }

    public static func decode(_ text: String, as format: Format) throws -> Report {
        switch format {
        case .yaml: return try YAMLDecoder().decode(Report.self, from: text)
        case .json: return try JSONDecoder().decode(Report.self, from: Data(text.utf8))
        }
    }
}
