import Foundation
import Yams

/// THL's oma-arviointi reporting template as data: the title block, THL's instructions, tips,
/// concepts and reporting schedule, and the sections every national goal has with their
/// guidance texts. `FirstReport` lays a new report out from it; the wording itself lives in
/// THLTemplateText.swift, exactly as THL wrote it.
public struct THLTemplate: Decodable, Sendable {
    /// A paragraph of THL's text; `bullet` for the tips' list items.
    public struct Paragraph: Decodable, Sendable {
        public var text: String
        public var bullet: Bool?
    }

    /// A document-level part: "THL:n ohjeistus oma-arviointiin", "Vinkkejä raportointiin", ….
    public struct Part: Decodable, Sendable {
        public var kind: SectionKind
        public var heading: String
        public var paragraphs: [Paragraph]?
        /// Rows → cells → paragraphs (the reporting schedule).
        public var table: [[[String]]]?
    }

    /// What `arvio init` writes into a goal's section.
    public enum Fill: String, Decodable, Sendable {
        /// The plan's benefit-goal text and its osatavoitteet / toimenpiteet.
        case planGoals
        /// The plan's mittarit.
        case planIndicators
        /// An empty entry dated for the period, after THL's guidance text.
        case datedEntry
        /// THL's guidance text only: a part written once (methods, baseline), not period by period.
        case guidance
    }

    public struct GoalSection: Decodable, Sendable {
        public var kind: SectionKind
        public var heading: String
        /// THL's guidance text ("< Kuvaus … >").
        public var placeholder: String
        public var fill: Fill
    }

    /// Arvio's own words around the plan's text (not THL's).
    public struct Labels: Decodable, Sendable {
        public var planGoals: String
        public var planIndicators: String
        public var entry: String
        public var entryPlaceholder: String
    }

    /// "v2021a": the generation, as `Report.template` names it.
    public var generation: String
    /// The mapping that reads a report in this template back (`arvio import`).
    public var mapping: String
    public var title: String
    public var subtitle: String
    /// The document title in the file's properties.
    public var documentTitle: String
    public var sections: [Part]
    public var goalSections: [GoalSection]
    public var labels: Labels

    /// The template Arvio ships: THL's v2021a, as seed 001 has it.
    public static let builtIn: THLTemplate = {
        do {
            return try YAMLDecoder().decode(THLTemplate.self, from: v2021aYAML)
        } catch {
            // The text is part of the program; a test decodes it, so this cannot happen in a release.
            fatalError("THLTemplateText.swift does not decode: \(error)")
        }
    }()

    /// `text` with {project}, {deadline}, … replaced.
    static func fill(_ text: String, _ values: [String: String]) -> String {
        var result = text
        for (key, value) in values { result = result.replacingOccurrences(of: "{\(key)}", with: value) }
        return result
    }
}
