/// One template family's mapping, as written in a YAML file in Mappings/. Everything that
/// differs between THL's template generations and regional variants lives here as data:
/// heading wordings, table headers, guidance placeholders, goal titles, period notations.
public struct TemplateMapping: Codable, Equatable, Sendable {
    public var name: String
    public var description: String?
    /// Another mapping whose lists this one adds to (usually "thl-common").
    public var extends: String?
    public var kind: DocumentKind?
    public var template: String?
    public var detect: Detection?
    public var nationalGoals: [GoalTitles]?
    public var sections: [SectionRule]?
    public var placeholders: [PlaceholderRule]?
    public var tables: [TableRule]?
    public var regions: [RegionNames]?
    public var periodNotations: [String]?
    /// Text that is never report content (logo text, decorations): always `unmapped`.
    public var ignore: [String]?
    /// Headings Innokylä's summary uses, one per national goal or group of goals.
    public var innokylaHeadings: [InnokylaHeading]?
    /// Sections the template has under every national goal: a goal without one is reported
    /// (a missing section is often a heading Arvio did not recognise).
    public var goalSections: [GoalSectionRule]?

    public struct Detection: Codable, Equatable, Sendable {
        /// Phrases whose presence points to this template; each found phrase scores one.
        public var phrases: [String]
        /// Phrases that rule this template out.
        public var unless: [String]?
    }

    public struct GoalTitles: Codable, Equatable, Sendable {
        public var number: Int
        public var titles: [String]
    }

    public struct SectionRule: Codable, Equatable, Sendable {
        public var kind: SectionKind
        /// "goal" (inside a national goal), "document" (outside the goals) or "any".
        public var scope: String?
        public var headings: [String]
    }

    public struct PlaceholderRule: Codable, Equatable, Sendable {
        public var section: SectionKind?
        public var text: String
    }

    public struct TableRule: Codable, Equatable, Sendable {
        public var kind: TableKind
        public var columns: [ColumnRule]
        /// Roles that must all be found in the header rows for a table to be this kind.
        public var required: [String]
    }

    public struct ColumnRule: Codable, Equatable, Sendable {
        public var role: String
        public var headers: [String]
    }

    public struct RegionNames: Codable, Equatable, Sendable {
        public var name: String
        public var forms: [String]
    }

    /// A section the template has under its national goals: under all five, or under `goals`.
    public struct GoalSectionRule: Codable, Equatable, Sendable {
        public var kind: SectionKind
        public var goals: [Int]?
    }

    public struct InnokylaHeading: Codable, Equatable, Sendable {
        public var heading: String
        public var goals: [Int]
    }

    /// This mapping with `base`'s lists appended after its own (its own rules win ties).
    func merged(over base: TemplateMapping) -> TemplateMapping {
        var result = self
        result.kind = kind ?? base.kind
        result.template = template ?? base.template
        result.nationalGoals = (nationalGoals ?? []) + (base.nationalGoals ?? [])
        result.sections = (sections ?? []) + (base.sections ?? [])
        result.placeholders = (placeholders ?? []) + (base.placeholders ?? [])
        result.tables = (tables ?? []) + (base.tables ?? [])
        result.regions = (regions ?? []) + (base.regions ?? [])
        result.periodNotations = (periodNotations ?? []) + (base.periodNotations ?? [])
        result.ignore = (ignore ?? []) + (base.ignore ?? [])
        result.innokylaHeadings = innokylaHeadings ?? base.innokylaHeadings
        result.goalSections = goalSections ?? base.goalSections
        return result
    }
}
