import Foundation
import Yams

/// THL's oma-arviointi reporting template as data: the title block, THL's instructions, tips,
/// concepts and reporting schedule, and the sections every national goal has with their
/// guidance texts. `FirstReport` lays a new report out from it; the wording itself lives in
/// THLTemplateText.swift, exactly as THL wrote it. Two generations: spring 2021 (v2021a, as
/// seed 001 has it) and autumn 2021 (v2021b, as seed 003 has it, with the readiness and
/// indicator tables), which the reports of later periods keep.
public struct THLTemplate: Decodable, Sendable {
    /// A paragraph of THL's text; `bullet` for the tips' list items, `numbered` for the items
    /// of a numbered list (the arviointiasteikko's "1. Ei aloitettu (0 %)").
    public struct Paragraph: Decodable, Sendable {
        public var text: String
        public var bullet: Bool?
        public var numbered: Bool?
    }

    /// A document-level part: "THL:n ohjeistus oma-arviointiin", "Vinkkejä raportointiin", ….
    public struct Part: Decodable, Sendable {
        public var kind: SectionKind
        public var heading: String
        /// THL's guidance text ("< Kuvaus … >") for a part the project writes once (methods).
        public var placeholder: String?
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
        /// v2021b: the plan's benefit-goal text only (its osatavoitteet go to the readiness table).
        case planText
        /// v2021b: the readiness table (Kehittämistoiminnan valmiusaste) of the plan's
        /// osatavoitteet / toimenpiteet as prosessitavoitteet "1.1 …", then a narrative per
        /// process goal with an empty entry dated for the period.
        case readiness
        /// v2021b: the indicator table (the plan's tulostavoitteet and mittarit), then an empty
        /// entry dated for the period.
        case indicatorTable
    }

    /// The column titles of the v2021b tables, as seed 003 writes them (the words
    /// `thl-oma-arviointi-2021-syksy` reads them by; a test holds the two together).
    public struct Tables: Decodable, Sendable {
        /// "Prosessitavoite" | "Kehittämistoiminnan valmiusaste" (over the period columns).
        public var processGoal: String
        public var readiness: String
        /// "Hyötytavoite" | "Mittarit" | "Lähtötila" | the period columns.
        public var benefitGoal: String
        public var metric: String
        public var baseline: String
        /// The period columns THL's template has ("5/21" … "11/23"); a later period adds its own.
        public var periods: [String]
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
        /// v2021b: the sentences before the readiness and the indicator table.
        public var readinessIntro: String?
        public var indicatorsIntro: String?
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
    /// v2021b's readiness and indicator tables; nil in v2021a, which has none.
    public var tables: Tables?
    public var labels: Labels

    /// THL's spring 2021 template (v2021a), as seed 001 has it.
    public static let v2021a = decoded(v2021aYAML)
    /// THL's autumn 2021 template (v2021b), as seed 003 has it.
    public static let v2021b = decoded(v2021bYAML)

    /// The generation a first report for `period` is written in: autumn 2021 brought v2021b
    /// (Kymenlaakso's 11/21 report, seed 003), and later reports keep it; up to spring 2021,
    /// v2021a (Itä-Uusimaa's 5/21, seed 001).
    public static func forPeriod(_ period: PeriodKey) -> THLTemplate {
        period >= PeriodKey(year: 2021, half: .autumn) ? v2021b : v2021a
    }

    private static func decoded(_ yaml: String) -> THLTemplate {
        do {
            return try YAMLDecoder().decode(THLTemplate.self, from: yaml)
        } catch {
            // The text is part of the program; a test decodes it, so this cannot happen in a release.
            fatalError("THLTemplateText.swift does not decode: \(error)")
        }
    }

    /// `text` with {project}, {deadline}, … replaced.
    static func fill(_ text: String, _ values: [String: String]) -> String {
        var result = text
        for (key, value) in values { result = result.replacingOccurrences(of: "{\(key)}", with: value) }
        return result
    }
}
