import Foundation

/// Links each process goal read from a readiness table to its narrative: the "1.1 …"
/// subsections under the same national goal. The narrative is copied, not moved — the
/// subsection keeps its content (coverage counts sections). Runs once the whole document is built.
public enum ProcessGoalLinker {
    public static func link(_ report: inout Report) {
        for goal in report.goals.indices where !report.goals[goal].processGoals.isEmpty {
            let narratives = numberedSubsections(report.goals[goal].sections)
            // Narrative positions by id key, so each process goal finds its own without a scan.
            var positions: [String: [Int]] = [:]
            for (offset, narrative) in narratives.enumerated() { positions[ProcessGoalID.key(narrative.id), default: []].append(offset) }
            var used = Set<Int>()
            for index in report.goals[goal].processGoals.indices {
                var processGoal = report.goals[goal].processGoals[index]
                let keys = Set(processGoal.ids.map(ProcessGoalID.key))
                guard !keys.isEmpty else { continue }
                let matches = Set(keys.flatMap { positions[$0] ?? [] }).sorted().map { (offset: $0, element: narratives[$0]) }
                guard let first = matches.first else {
                    report.warnings.append(
                        "Process goal \(processGoal.ids.joined(separator: " + ")) of goal \(report.goals[goal].number) has no narrative heading (\"\(processGoal.ids[0]) …\").")
                    continue
                }
                used.formUnion(matches.map(\.offset))
                // One narrative (nearly always) shares its section's content array instead of copying every block.
                processGoal.narrative = matches.count == 1
                    ? first.element.section.content : matches.flatMap { $0.element.section.content }
                let heading = first.element.title
                if trimmed(heading) != trimmed(processGoal.title) { processGoal.narrativeHeading = heading }
                report.goals[goal].processGoals[index] = processGoal
            }
            for (offset, narrative) in narratives.enumerated() where !used.contains(offset) {
                report.warnings.append(
                    "Narrative \"\(narrative.section.heading ?? "")\" of goal \(report.goals[goal].number) has no row in the readiness table.")
            }
        }
    }

    /// Subsections whose heading starts with a process-goal number, in document order.
    static func numberedSubsections(_ sections: [Section]) -> [(id: String, title: String, section: Section)] {
        var result: [(id: String, title: String, section: Section)] = []
        func visit(_ section: Section) {
            if section.kind == .processGoal || section.kind == .other, let heading = section.heading,
               let leading = ProcessGoalID.leading(heading) {
                result.append((leading.id, leading.rest, section))
            }
            section.subsections.forEach(visit)
        }
        for section in sections { section.subsections.forEach(visit) }
        return result
    }

    private static func trimmed(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }
}
