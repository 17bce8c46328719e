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

/// Every text a report holds, gathered without the builder's help: walks every field.
enum ReportTexts {
    static func all(_ report: Report) -> [String] {
        var texts: [String] = []
        func add(_ blocks: [ContentBlock]) { for block in blocks { texts += block.texts } }
        func visit(_ section: Section) {
            if let heading = section.heading { texts.append(heading) }
            add(section.placeholders)
            add(section.content)
            section.subsections.forEach(visit)
        }
        report.sections.forEach(visit)
        for goal in report.goals {
            if let heading = goal.heading { texts.append(heading) }
            add(goal.content)
            goal.sections.forEach(visit)
        }
        for annex in report.annexes {
            texts.append(annex.title)
            add(annex.content)
        }
        texts += report.unmapped.map(\.text)
        return texts
    }
}
