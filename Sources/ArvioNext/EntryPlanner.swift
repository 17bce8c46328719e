import ArvioReport

/// Where the next period's dated entries go: after the last block of every period-dependent
/// section — development actions, monitoring results, each process goal of the 2021 templates,
/// benefit-goal monitoring — with the formatting of that section's own text.
struct EntryPlanner {
    struct Entry {
        var goal: Int
        var section: SectionKind
        var sectionHeading: String
        var processGoal: String?
        /// Top-level body block the entry goes after.
        var anchor: Int
        /// Top-level body paragraph whose formatting the entry copies.
        var template: Int?
        /// The section has only THL's guidance text so far.
        var afterGuidanceOnly: Bool
    }

    static let periodSections: Set<SectionKind> = [.actions, .monitoring, .benefitMonitoring]

    static func plan(_ report: Report) -> [Entry] {
        var entries: [Entry] = []
        for goal in report.goals {
            let goalTemplate = goal.sections.flatMap { narrativeParagraphs($0) }.last
            for section in goal.sections {
                if periodSections.contains(section.kind) {
                    if let entry = entry(goal: goal.number, section: section, processGoal: nil, fallbackTemplate: goalTemplate) {
                        entries.append(entry)
                    }
                } else if section.kind == .actionsAndProcessMonitoring {
                    let processGoals = section.subsections.filter { $0.kind == .processGoal }
                    if processGoals.isEmpty {
                        if let entry = entry(goal: goal.number, section: section, processGoal: nil, fallbackTemplate: goalTemplate) {
                            entries.append(entry)
                        }
                    }
                    for sub in processGoals {
                        let id = TextKey.leadingNumber(TextKey.normalise(sub.heading ?? "")).map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }
                        if let entry = entry(goal: goal.number, section: sub, processGoal: id, fallbackTemplate: goalTemplate) {
                            entries.append(entry)
                        }
                    }
                }
            }
        }
        return entries
    }

    private static func entry(goal: Int, section: Section, processGoal: String?, fallbackTemplate: Int?) -> Entry? {
        let blocks = (section.content + section.placeholders).map(\.at) + [section.headingAt].compactMap { $0 }
        guard let anchor = blocks.compactMap(\.components.first).max() else { return nil }
        let hasText = section.content.contains { !$0.isEmpty }
        return Entry(goal: goal, section: section.kind, sectionHeading: section.heading ?? section.kind.rawValue,
                     processGoal: processGoal, anchor: anchor,
                     template: narrativeParagraphs(section).last ?? fallbackTemplate,
                     afterGuidanceOnly: !hasText && !section.placeholders.isEmpty)
    }

    /// Body paragraphs of running text (not list items, guidance or empty) in a section.
    static func narrativeParagraphs(_ section: Section) -> [Int] {
        section.content.filter { $0.type == "paragraph" && $0.list == nil && $0.role == nil && !$0.isEmpty && $0.at.components.count == 1 }
            .compactMap(\.at.components.first)
    }
}
