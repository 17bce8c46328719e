import Foundation
import Testing
@testable import ArvioWordML

/// Every document in Corpora/ (seeds and the external files written by Word, LibreOffice,
/// Google Docs, Pages, pandoc …) reads without error and yields text.
@Suite struct CorpusReadTests {
    static let files: [String] = {
        let root = SeedCorpus.repositoryRoot.appendingPathComponent("Corpora")
        let enumerator = FileManager.default.enumerator(atPath: root.path)!
        return enumerator.compactMap { $0 as? String }
            .filter { ["docx", "dotx", "docm"].contains(($0 as NSString).pathExtension.lowercased()) }
            .sorted()
    }()

    @Test func corpusIsThere() {
        #expect(Self.files.count >= 90)
    }

    @Test(arguments: files) func readsWithoutError(_ relative: String) throws {
        let path = SeedCorpus.repositoryRoot.appendingPathComponent("Corpora").appendingPathComponent(relative).path
        for mode in TrackedChanges.allCases {
            let document = try DocxReader.read(path, options: ReadOptions(trackedChanges: mode))
            #expect(!document.mainPart.isEmpty)
        }
    }

    @Test func readingIsDeterministic() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for relative in Self.files.prefix(40) {
            let path = SeedCorpus.repositoryRoot.appendingPathComponent("Corpora").appendingPathComponent(relative).path
            let first = try encoder.encode(try DocxReader.read(path))
            let second = try encoder.encode(try DocxReader.read(path))
            #expect(first == second, "\(relative)")
        }
    }
}
