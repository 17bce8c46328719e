import ArvioMessages
import ArvioCore
import ArvioWordML

/// `arvio import`: a .docx in, a `Report` out.
public enum ReportImporter {
    public enum Failure: Error, CoordinatorFacingError {
        case unknownMapping(String, available: [String])
        public var code: String { "ARVIO-UNKNOWN-MAPPING" }
        public var exitCode: Int32 { 21 }
        public func message(file: String) -> String {
            switch self {
            case .unknownMapping(let name, let available):
                "\(file): there is no mapping called '\(name)'. Available: \(available.joined(separator: ", "))."
            }
        }
    }

    /// Reads `file` and builds its report. `mappingName` forces a template mapping; otherwise
    /// it is detected from the document's wording.
    public static func importReport(_ file: String, mappings: MappingSet, mappingName: String? = nil,
                                    options: ReadOptions = ReadOptions()) throws -> Report {
        let document = try DocxReader.read(file, options: options)
        return try build(document, file: file, mappings: mappings, mappingName: mappingName)
    }

    public static func build(_ document: WordDocument, file: String, mappings: MappingSet,
                             mappingName: String? = nil) throws -> Report {
        let mapping: TemplateMapping
        var notes: [ReportWarning] = []
        if let mappingName {
            guard let chosen = mappings[mappingName] else {
                throw Failure.unknownMapping(mappingName, available: mappings.templates.map(\.name))
            }
            mapping = chosen
        } else if let detected = TemplateDetector.detect(document, among: mappings.templates) {
            mapping = detected.mapping
        } else {
            mapping = mappings["thl-common"] ?? mappings.templates[0]
            notes.add(.noTemplate, WarningPhrase.noTemplate.message)
        }
        var builder = ReportBuilder(document: document, file: (file as NSString).lastPathComponent, mapping: mapping)
        var report = builder.build()
        report.project = ProjectDetector.detect(document, report: report, regions: mapping.regions ?? [])
        report.period = PeriodDetector.detect(document, report: report)
        if report.kind == .omaArviointi && report.period == nil {
            notes.add(.noPeriod, WarningPhrase.noPeriod.message)
        }
        if report.kind == .omaArviointi {
            let missing = Set(1 ... 5).subtracting(report.goals.map(\.number)).sorted()
            if !missing.isEmpty {
                // Each title quoted the language's way (”…” in Finnish and Swedish).
                let titles = Message.joined(missing.compactMap { NationalGoal(rawValue: $0).map { WarningPhrase.quoted.with(["text": $0.canonicalTitle]) } },
                                            separator: ", ")
                notes.add(.missingGoal, (missing.count == 1 ? WarningPhrase.missingGoalOne : .missingGoalMany)
                    .with(parts: ["numbers": .verbatim(missing.map(String.init).joined(separator: ", ")), "titles": titles]))
            }
            notes += TemplateSections.missing(in: report, mapping: mapping)
        }
        if report.kind == .hankesuunnitelma { PlanDetails.fill(&report, document: document) }
        ProcessGoalLinker.link(&report)
        report.coverage = CoverageCounter.count(blockCharacters: builder.blockCharacters, report: report)
        var warnings = notes
        for warning in report.warnings { warnings.add(warning) }
        for note in document.warnings { warnings.add(ReadingNoteWarning.warning(note)) }
        report.warnings = warnings
        return report
    }
}

import Foundation
