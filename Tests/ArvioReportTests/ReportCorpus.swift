import ArvioDevSupport
import Foundation
@testable import ArvioReport
import ArvioWordML

enum ReportCorpus {
    static let repositoryRoot = Repository.root
    static let corpora = repositoryRoot.appendingPathComponent("Corpora")
    static let mappings = try! MappingSet.defaults()

    static let allFiles: [String] = {
        let enumerator = FileManager.default.enumerator(atPath: corpora.path)!
        return enumerator.compactMap { $0 as? String }
            .filter { ["docx", "dotx", "docm"].contains(($0 as NSString).pathExtension.lowercased()) }
            .sorted()
    }()

    static let seedFiles = allFiles.filter { $0.hasPrefix("seeds/") }

    static func path(_ relative: String) -> String { corpora.appendingPathComponent(relative).path }

    static func report(_ relative: String) throws -> Report {
        try ReportImporter.importReport(path(relative), mappings: mappings)
    }

    static func document(_ relative: String) throws -> WordDocument { try DocxReader.read(path(relative)) }
}
