import ArvioReport
import ArvioWordML
import Foundation
import Testing
@testable import ArvioRender

/// What every Corpora document reads to, at each layer, as reviewed files under `Tests/Golden/`:
/// the document tree (`arvio dump`), the report model (`arvio import`, YAML) and the Markdown
/// (`arvio render --to md`). A change to the reader, the mappings or a renderer shows up here as
/// a diff to review, file by file.
///
/// Regenerate after a reviewed change with one switch:
///
///     ARVIO_UPDATE_GOLDEN=1 swift test --filter GoldenFilesTests
///
/// then read `git diff Tests/Golden` before committing it.
@Suite struct GoldenFilesTests {
    static let golden = RenderCorpus.repositoryRoot.appendingPathComponent("Tests/Golden")
    static let updating = ProcessInfo.processInfo.environment["ARVIO_UPDATE_GOLDEN"] == "1"

    /// Every Word document under Corpora/, as "seeds/…" or "external/folder/…".
    static let documents: [String] = {
        let root = RenderCorpus.corpora
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { return [] }
        return walker.compactMap { $0 as? String }
            .filter { name in [".docx", ".docm", ".dotx"].contains { name.hasSuffix($0) } }
            .sorted()
    }()

    /// The three layers and where each keeps its files.
    enum Layer: String, CaseIterable, Sendable {
        case dump, report, markdown

        var fileExtension: String {
            switch self {
            case .dump: "txt"
            case .report: "yaml"
            case .markdown: "md"
            }
        }

        func goldenURL(for document: String) -> URL {
            GoldenFilesTests.golden.appendingPathComponent(rawValue)
                .appendingPathComponent(document + "." + fileExtension)
        }

        func render(_ document: String) throws -> String {
            let path = RenderCorpus.path(document)
            switch self {
            case .dump:
                return TreeDump.render(try DocxReader.read(path))
            case .report:
                return try ReportWriter.encode(try RenderCorpus.report(document), as: .yaml)
            case .markdown:
                return MarkdownRenderer.render(try RenderCorpus.report(document))
            }
        }
    }

    /// 15 seed renditions and 76 external files when this was written; fewer means the corpus
    /// could not be listed, and the comparisons below would prove nothing.
    @Test func corpusIsComplete() {
        #expect(Self.documents.filter { $0.hasPrefix("seeds/") }.count == 15)
        #expect(Self.documents.filter { $0.hasPrefix("external/") }.count >= 76)
    }

    @Test(arguments: Layer.allCases)
    func everyDocumentReadsAsReviewed(_ layer: Layer) throws {
        #expect(Self.documents.count >= 91)
        var mismatches: [String] = []
        for document in Self.documents {
            let produced = try layer.render(document)
            let url = layer.goldenURL(for: document)
            if Self.updating {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(produced.utf8).write(to: url, options: .atomic)
                continue
            }
            guard let data = FileManager.default.contents(atPath: url.path) else {
                mismatches.append("\(document): no golden file \(url.path) (ARVIO_UPDATE_GOLDEN=1 makes it)")
                continue
            }
            let expected = String(decoding: data, as: UTF8.self)
            if expected != produced {
                mismatches.append("\(document): \(Self.firstDifference(expected, produced))")
            }
        }
        // A golden file whose document is gone would hide that the corpus shrank.
        let folder = Self.golden.appendingPathComponent(layer.rawValue)
        let files = (FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix("." + layer.fileExtension) }
        let expected = Set(Self.documents.map { $0 + "." + layer.fileExtension })
        for orphan in files where !expected.contains(orphan) {
            if Self.updating {
                try FileManager.default.removeItem(at: folder.appendingPathComponent(orphan))
            } else {
                mismatches.append("\(orphan): a golden file without its Corpora document")
            }
        }
        #expect(mismatches.isEmpty, "\(layer.rawValue) differs from Tests/Golden/\(layer.rawValue) in \(mismatches.count) file(s); review, then regenerate with ARVIO_UPDATE_GOLDEN=1:\n\(mismatches.joined(separator: "\n"))")
    }

    /// "line N: expected … / got …", for the first line that differs.
    static func firstDifference(_ expected: String, _ produced: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = produced.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(old.count, new.count) {
            let a = index < old.count ? String(old[index]) : "(end of file)"
            let b = index < new.count ? String(new[index]) : "(end of file)"
            if a != b { return "line \(index + 1): expected \(a.prefix(160)) / got \(b.prefix(160))" }
        }
        return "same lines, different bytes"
    }
}
