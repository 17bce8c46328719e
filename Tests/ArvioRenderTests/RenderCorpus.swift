import ArvioReport
import ArvioWordML
import Foundation
import ArvioDevSupport

/// The seed corpus for the renderer tests (the pattern of ArvioReportTests' ReportCorpus).
enum RenderCorpus {
    static let repositoryRoot = Repository.root
    static let corpora = repositoryRoot.appendingPathComponent("Corpora")
    static let mappings = try! MappingSet.defaults()

    /// Counted by CorpusCountTests (an unreadable folder gives an empty list).
    static let seedFiles: [String] = Corpus.seedFiles.map { "seeds/" + $0 }

    /// The oma-arviointi seeds (000, 001, 003) in every rendition.
    static let omaArviointiSeeds = seedFiles.filter { ["seeds/000", "seeds/001", "seeds/003"].contains(String($0.prefix(9))) }

    static func path(_ relative: String) -> String { corpora.appendingPathComponent(relative).path }

    static func report(_ relative: String) throws -> Report {
        try ReportImporter.importReport(path(relative), mappings: mappings)
    }

    /// A fresh folder for files a test writes.
    static func temporaryFolder() throws -> URL {
        let folder = ScratchFolder.url("arvio-render")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
