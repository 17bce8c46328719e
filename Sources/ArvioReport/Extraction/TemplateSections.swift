import ArvioMessages

/// The sections a template has under every national goal (`goalSections` in its mapping),
/// checked goal by goal: a goal without one is said out loud, since a missing section is often
/// a heading Arvio did not recognise, and `arvio next` adds no entry where it finds no section.
enum TemplateSections {
    static func missing(in report: Report, mapping: TemplateMapping) -> [ReportWarning] {
        guard let expected = mapping.goalSections, !expected.isEmpty else { return [] }
        var warnings: [ReportWarning] = []
        for goal in report.goals {
            let present = Set(kinds(goal.sections))
            for rule in expected where rule.goals?.contains(goal.number) ?? true {
                let kind = rule.kind
                guard !present.contains(kind) else { continue }
                let heading = mapping.sections?.first { $0.kind == kind }?.headings.first ?? kind.rawValue
                warnings.add(.missingSection, WarningPhrase.missingSection.with([
                    "number": "\(goal.number)", "goal": Places.short(goal.heading ?? goal.title), "heading": heading,
                ]))
            }
        }
        return warnings
    }

    private static func kinds(_ sections: [Section]) -> [SectionKind] {
        sections.flatMap { [$0.kind] + kinds($0.subsections) }
    }
}
