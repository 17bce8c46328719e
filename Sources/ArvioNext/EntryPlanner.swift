import ArvioReport
import Foundation

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

    /// Body paragraphs of running text (not list items, guidance, empty paragraphs or the
    /// labels of earlier dated entries, which are bold) in a section.
    static func narrativeParagraphs(_ section: Section) -> [Int] {
        section.content.filter { $0.type == "paragraph" && $0.list == nil && $0.role == nil && !$0.isEmpty && $0.at.components.count == 1
            && !isEntryLabel($0.text ?? "") && !isGuidance($0.text ?? "") }
            .compactMap(\.at.components.first)
    }

    /// "Huhtikuu 2022:", "Lokakuu 2021:": the label a dated entry starts with.
    static func isEntryLabel(_ text: String) -> Bool {
        text.trimmingCharacters(in: .whitespaces).range(of: #"^(Huhtikuu|Lokakuu) [0-9]{4}:$"#, options: .regularExpression) != nil
    }

    /// "< Kuvaus huhtikuun 2022 tilanteesta >": guidance, whether or not the mapping knows it.
    static func isGuidance(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed.hasPrefix("<") && trimmed.hasSuffix(">")
    }

    /// "< Kuvaus huhtikuun 2022 tilanteesta >": the guidance line of one period's entry.
    static func isDatedGuidance(_ text: String) -> Bool {
        text.trimmingCharacters(in: .whitespaces)
            .range(of: #"^< ?Kuvaus (huhtikuun|lokakuun) [0-9]{4} tilanteesta ?>$"#, options: .regularExpression) != nil
    }

    /// The document's own guidance paragraph ("< Kuvaus … >" as THL wrote it): the first one
    /// in the body, so every run of `next` takes the same one, never a copy Arvio made.
    static func guidanceParagraph(_ report: Report) -> Int? {
        var found: [Int] = []
        func visit(_ section: Section) {
            // A dated guidance line may be one an earlier run wrote: THL's undated ones are sure.
            found += section.placeholders.filter { $0.at.components.count == 1 && !isDatedGuidance($0.text ?? "") }
                .compactMap(\.at.components.first)
            section.subsections.forEach(visit)
        }
        report.goals.flatMap(\.sections).forEach(visit)
        return found.min()
    }
}
