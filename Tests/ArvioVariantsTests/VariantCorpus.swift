import ArvioDevSupport
import ArvioReport
import ArvioVariants
import ArvioWordML
import Foundation

/// The seed renditions, their variants (written once per process into a scratch folder) and
/// Arvio's reading of both.
enum VariantCorpus {
    static let seedsFolder = Corpus.seedsFolder
    static let mappings = try! MappingSet.defaults()

    /// Corpora/seeds/*.docx: five reports in three producers' renditions (MANIFEST.md); counted
    /// by MetamorphicTests.
    static let seeds: [String] = Corpus.seedFiles

    /// In the test process's scratch folder, removed when the process ends.
    static let folder: URL = {
        let url = ScratchFolder.url("arvio-variants")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    /// One variant of one seed: each idiom alone, and all that combine together.
    struct Case: Sendable, CustomStringConvertible, Hashable {
        var seed: String
        var name: String
        var idioms: [Idiom]
        var description: String { "\(seed) · \(name)" }
    }

    static let variants: [(name: String, idioms: [Idiom])] =
        Idiom.allCases.map { ($0.rawValue, [$0]) } + [("all-together", Idiom.allTogether)]

    static let cases: [Case] = seeds.flatMap { seed in variants.map { Case(seed: seed, name: $0.name, idioms: $0.idioms) } }

    static func seedPath(_ seed: String) -> String { seedsFolder.appendingPathComponent(seed).path }

    /// Writes the variant and returns its path and what the writer changed.
    static func write(_ variant: Case) throws -> (path: String, summary: VariantSummary) {
        let path = folder.appendingPathComponent("\(variant.seed.replacingOccurrences(of: ".docx", with: "")).\(variant.name).docx").path
        let summary = try VariantWriter.write(seedPath(variant.seed), idioms: variant.idioms, to: path)
        return (path, summary)
    }

    /// Arvio's reading of a document: the report (compared by its shape) and the tree's text.
    struct Reading: Sendable {
        var report: Report
        var tree: [String]

        func shape(_ colours: ReportShape.Colours, restoring: [String: String] = [:]) -> ReportShape {
            ReportShape(report, colours: colours, restoring: restoring)
        }
    }

    static func read(_ path: String) throws -> Reading {
        let document = try DocxReader.read(path)
        let report = try ReportImporter.build(document, file: path, mappings: mappings)
        return Reading(report: report, tree: TreeText.lines(document))
    }

    /// Each original and each variant is written and read once, whichever test asks first.
    private static let readings = Cache()

    static func original(_ seed: String) throws -> Reading {
        try readings.value("original " + seed) { try read(seedPath(seed)) }.reading
    }

    static func variant(_ variant: Case) throws -> (reading: Reading, summary: VariantSummary?) {
        try readings.value(variant.description) {
            let written = try write(variant)
            defer { try? FileManager.default.removeItem(atPath: written.path) }
            return (try read(written.path), written.summary)
        }
    }

    final class Cache: @unchecked Sendable {
        private let lock = NSLock()
        private var done: [String: (reading: Reading, summary: VariantSummary?)] = [:]

        func value(_ key: String, make: () throws -> Reading) throws -> (reading: Reading, summary: VariantSummary?) {
            try value(key) { (try make(), nil) }
        }

        func value(_ key: String, make: () throws -> (Reading, VariantSummary?)) throws -> (reading: Reading, summary: VariantSummary?) {
            if let found = lock.withLock({ done[key] }) { return found }
            let made = try make()
            lock.withLock { done[key] = (made.0, made.1) }
            return (made.0, made.1)
        }
    }
}
