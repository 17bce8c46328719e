import Foundation
@testable import ArvioNext
import ArvioPackage
import ArvioReport
import ArvioWordML
import ArvioDevSupport

enum NextCorpus {
    static let repositoryRoot = Repository.root
    static let seeds = repositoryRoot.appendingPathComponent("Corpora/seeds")
    static let mappings = try! MappingSet.defaults()

    /// Every oma-arviointi rendition: seeds 000, 001 and 003 by Word, LibreOffice and pandoc.
    /// Counted by CorpusCountTests.
    static let reports: [String] = Corpus.seeds(["000", "001", "003"])

    static func path(_ name: String) -> String { seeds.appendingPathComponent(name).path }

    /// How many sections get a dated entry from `next`, counted by hand in the seeds' text
    /// (../shared/seeds): seed 000 has four "Tehdyt kehittämistoimenpiteet" (lines 52, 109, 154,
    /// 202) and five "Seurannan ja arvioinnin tulokset" (lines 62, 116, 165, 209, 224); seed 001
    /// five of each (lines 95, 153, 210, 263, 323 and 100, 157, 214, 266, 325).
    /// Seed 003 (the autumn 2021 template) gets one per process-goal narrative under "Tehdyt
    /// kehittämistoimenpiteet ja prosessitavoitteiden seurannan ja arvioinnin tulokset" — goal 1:
    /// lines 121, 142, 150, 173, 178 ("1.5 … ja 1.6 …", one narrative for two ids), 180, 182 (7);
    /// goal 2: lines 376, 378, 386, 388, 390, 392, 394, 408 (8); goal 3: lines 591, 593, 595, 602
    /// (4); goal 4: lines 731, 736, 738, 740 (4); goal 5 has no such section — and one per
    /// "Hyötytavoitteiden seurannan ja arvioinnin tulokset" (lines 185, 417, 613, 751, 803: 5):
    /// 23 + 5 = 28.
    static let entriesBySeed: [String: Int] = ["000": 9, "001": 10, "003": 28]

    static func temporaryFolder() -> URL {
        let url = ScratchFolder.url("arvio-next")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    struct Run {
        var input: String
        var output: String
        var before: Report
        var after: Report
        var outcome: NextOutcome
    }

    /// Runs `next` on a seed into a temporary file and re-imports the result.
    static func run(_ name: String, updates: PeriodUpdates? = nil, options: NextOptions = NextOptions()) throws -> Run {
        let input = path(name)
        let document = try DocxReader.read(input)
        let before = try ReportImporter.build(document, file: input, mappings: mappings)
        let outcome = try NextPeriod.prepare(file: input, document: document, report: before, updates: updates, options: options)
        let output = temporaryFolder().appendingPathComponent(name).path
        try PackageWriter.write(from: input, to: output, replacements: outcome.replacements)
        let after = try ReportImporter.importReport(output, mappings: mappings, mappingName: before.mapping)
        return Run(input: input, output: output, before: before, after: after, outcome: outcome)
    }

    /// Section texts of a report, keyed by goal and section heading (process goals included).
    static func sectionTexts(_ report: Report) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for goal in report.goals {
            func visit(_ section: Section, _ path: String) {
                let key = "\(goal.number)/\(path)/\(TextKey.heading(section.heading ?? section.kind.rawValue))"
                result[key] = (section.placeholders + section.content).sorted { $0.at < $1.at }.compactMap(\.text)
                for sub in section.subsections { visit(sub, key) }
            }
            for section in goal.sections { visit(section, section.kind.rawValue) }
        }
        return result
    }
}
