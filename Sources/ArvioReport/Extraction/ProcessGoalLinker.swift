import ArvioCore
import ArvioMessages
import Foundation

/// Links each process goal read from a readiness table to its narrative, found by its id
/// ("1.1", "4.1.", "1.5 … ja 1.6 …") whatever the heading looks like: first the "1.1 …"
/// subsections under the same national goal, then a paragraph starting with the id inside the
/// goal's sections (a heading written as plain text), up to the next such paragraph. The
/// narrative is copied, not moved — the section keeps its content (coverage counts sections).
/// Runs once the whole document is built.
public enum ProcessGoalLinker {
    public static func link(_ report: inout Report) {
        for goal in report.goals.indices where !report.goals[goal].processGoals.isEmpty {
            let number = report.goals[goal].number
            let narratives = numberedSubsections(report.goals[goal].sections)
            // Narrative positions by id key, so each process goal finds its own without a scan.
            var positions: [String: [Int]] = [:]
            for (offset, narrative) in narratives.enumerated() {
                for id in narrative.ids { positions[ProcessGoalID.key(id), default: []].append(offset) }
            }
            let tableKeys = Set(report.goals[goal].processGoals.flatMap { $0.ids.map(ProcessGoalID.key) })
            var used = Set<Int>()
            for index in report.goals[goal].processGoals.indices {
                var processGoal = report.goals[goal].processGoals[index]
                let keys = Set(processGoal.ids.map(ProcessGoalID.key))
                guard !keys.isEmpty else { continue }
                let matches = Set(keys.flatMap { positions[$0] ?? [] }).sorted().map { (offset: $0, element: narratives[$0]) }
                if let first = matches.first {
                    used.formUnion(matches.map(\.offset))
                    // One narrative (nearly always) shares its section's content array instead of copying every block.
                    processGoal.narrative = matches.count == 1
                        ? first.element.section.content : matches.flatMap { $0.element.section.content }
                    let heading = first.element.title
                    if trimmed(heading) != trimmed(processGoal.title) { processGoal.narrativeHeading = heading }
                } else if let found = paragraphNarrative(keys, among: [goalText(report.goals[goal])] + report.goals[goal].sections, tableKeys: tableKeys) {
                    processGoal.narrative = found.blocks
                    if trimmed(found.title) != trimmed(processGoal.title) { processGoal.narrativeHeading = found.title }
                } else {
                    let ids = processGoal.ids.map(ProcessGoalID.key)
                    let title = Places.short(processGoal.title)
                    report.warnings.add(.processGoal, WarningPhrase.processGoalNoNarrative.with([
                        "number": "\(number)", "ids": ids.joined(separator: " + "), "title": title, "first": ids[0],
                    ]))
                }
                report.goals[goal].processGoals[index] = processGoal
            }
            for (offset, narrative) in narratives.enumerated() where !used.contains(offset) {
                report.warnings.add(.processGoal, WarningPhrase.narrativeNoRow.with([
                    "number": "\(number)", "heading": Places.short(narrative.section.heading ?? ""), "id": narrative.ids[0],
                ]))
            }
        }
    }

    /// Subsections whose heading starts with a process-goal number, in document order, with
    /// every id the heading names ("1.5 … ja 1.6 …" names two).
    static func numberedSubsections(_ sections: [Section]) -> [(ids: [String], title: String, section: Section)] {
        var result: [(ids: [String], title: String, section: Section)] = []
        func visit(_ section: Section) {
            if section.kind == .processGoal || section.kind == .other, let heading = section.heading,
               let leading = ProcessGoalID.leading(heading) {
                result.append(([leading.id] + joinedIDs(leading.rest), leading.rest, section))
            }
            section.subsections.forEach(visit)
        }
        for section in sections { section.subsections.forEach(visit) }
        return result
    }

    /// Ids after " ja " in a merged heading: "… nykytilasta. ja 1.6 Virtausmallilla …" → ["1.6"].
    static func joinedIDs(_ rest: String) -> [String] {
        rest.components(separatedBy: " ja ").dropFirst().compactMap { ProcessGoalID.leading($0)?.id }
    }

    /// A narrative whose heading is a paragraph of a section's content: from the paragraph
    /// starting with one of `keys` to the next paragraph starting with a process-goal id of the
    /// table, or the section's end.
    static func paragraphNarrative(_ keys: Set<String>, among sections: [Section], tableKeys: Set<String>)
        -> (title: String, blocks: [ContentBlock])? {
        for section in sections {
            let content = section.content
            if let start = content.firstIndex(where: { block in
                block.type == "paragraph" && ProcessGoalID.leading(block.text ?? "").map { keys.contains(ProcessGoalID.key($0.id)) } == true
            }) {
                var end = start + 1
                while end < content.count,
                      !(content[end].type == "paragraph"
                        && ProcessGoalID.leading(content[end].text ?? "").map { tableKeys.contains(ProcessGoalID.key($0.id)) } == true) {
                    end += 1
                }
                let title = ProcessGoalID.leading(content[start].text ?? "")?.rest ?? ""
                return (title, Array(content[(start + 1) ..< end]))
            }
            if let found = paragraphNarrative(keys, among: section.subsections, tableKeys: tableKeys) { return found }
        }
        return nil
    }

    /// The text under the goal heading before its first section, searched like a section.
    private static func goalText(_ goal: BenefitGoalPart) -> Section {
        var section = Section(kind: .other)
        section.content = goal.content
        return section
    }

    private static func trimmed(_ text: String) -> String { text.trimmed }
}
