/// `arvio inspect`: what went where, in words a coordinator reads: the outline by goal and
/// section with counts, the period and how it was found, coverage, unmapped text, warnings.
public enum InspectRenderer {
    public static func render(_ report: Report) -> String {
        var lines: [String] = []
        let who = report.project.name ?? report.source.file
        lines.append("\(who)")
        lines.append("  kind: \(report.kind.rawValue)   template: \(report.template ?? "?")   mapping: \(report.mapping)")
        if let region = report.project.region { lines.append("  region: \(region)") }
        if let period = report.period {
            lines.append("  period: \(period.period.columnLabel) (\(period.period))\(period.guessed ? " — guessed" : "") from \(period.evidence)")
        } else {
            lines.append("  period: not found")
        }
        let coverage = report.coverage
        lines.append(String(format: "  coverage: %.1f %% of the body text in named parts, %.1f %% unmapped (%d characters in all)",
                            100 * coverage.canonicalShare,
                            coverage.bodyCharacters == 0 ? 0 : 100 * Double(coverage.unmappedCharacters) / Double(coverage.bodyCharacters),
                            coverage.bodyCharacters))
        lines.append("")
        // What Arvio was unsure of comes first, each once, so it is read before the outline.
        let warnings = ReportWarnings.of(report)
        if !warnings.isEmpty {
            lines.append("Check these first (\(warnings.count))")
            for warning in warnings { lines.append("  - \(warning.message) [\(warning.code.rawValue)]") }
            lines.append("")
        }
        if !report.sections.isEmpty {
            lines.append("Document sections")
            for section in report.sections { describe(section, indent: "  ", into: &lines) }
        }
        if !report.schedule.isEmpty {
            lines.append("Reporting schedule")
            for entry in report.schedule {
                lines.append("  \(entry.deadlineRaw) → \(entry.period?.columnLabel ?? "?")\(entry.optional ? " (partly optional)" : "")")
            }
        }
        if !report.goals.isEmpty {
            lines.append("National goals")
            for goal in report.goals {
                lines.append("  \(goal.number) \(goal.title)")
                if let heading = goal.heading, TextKey.heading(heading) != TextKey.heading(goal.title) {
                    lines.append("      heading as written: “\(heading.trimmingCharacters(in: .whitespaces))”")
                }
                let intro = goal.content.filter { !$0.isEmpty }.count
                if intro > 0 { lines.append("    (text under the goal heading: \(intro) blocks)") }
                for section in goal.sections { describe(section, indent: "    ", into: &lines) }
                if !goal.problemTable.isEmpty { lines.append("    problem → objective table: \(goal.problemTable.count) rows") }
                if !goal.processGoals.isEmpty {
                    lines.append("    process goals: " + goal.processGoals.map { $0.ids.joined(separator: "+") }.joined(separator: ", "))
                }
                if !goal.indicators.isEmpty { lines.append("    indicator rows: \(goal.indicators.count)") }
            }
        }
        if !report.results.isEmpty {
            let lights = report.results.compactMap(\.resultLight).map(\.rawValue)
            lines.append("Results table: \(report.results.count) rows; results rated " +
                         ["red", "yellow", "green"].map { colour in "\(lights.filter { $0 == colour }.count) \(colour)" }.joined(separator: ", "))
        }
        if let plan = report.plan {
            lines.append("Plan: \(plan.results.count) result rows, \(plan.risks.count) risks, \(plan.footnotes.count) footnotes"
                         + (plan.additionsColour.map { ", \(plan.additions.count) additions marked in colour \($0)" } ?? ""))
        }
        for annex in report.annexes {
            lines.append("Annex “\(annex.title.trimmingCharacters(in: .whitespaces))”: \(annex.rows.count) rows")
        }
        if !report.unmapped.isEmpty {
            lines.append("Not placed in any named part (kept in “unmapped”)")
            for block in report.unmapped {
                lines.append("  “\(short(block.text))” — \(block.reason)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func describe(_ section: Section, indent: String, into lines: inout [String]) {
        let paragraphs = section.content.filter { $0.type == "paragraph" && !$0.isEmpty }
        let listItems = paragraphs.filter { $0.list != nil }.count
        let tables = section.content.filter { $0.type == "table" }.count
        var parts: [String] = []
        if paragraphs.count - listItems > 0 { parts.append("\(paragraphs.count - listItems) paragraphs") }
        if listItems > 0 { parts.append("\(listItems) list items") }
        if tables > 0 { parts.append("\(tables) table\(tables == 1 ? "" : "s")") }
        if !section.placeholders.isEmpty { parts.append("\(section.placeholders.count) guidance text\(section.placeholders.count == 1 ? "" : "s")") }
        if section.isUnfilled { parts.append("NOT FILLED IN") }
        let title = section.heading.map { "“\(short($0.trimmingCharacters(in: .whitespaces)))”" } ?? "(no heading)"
        lines.append("\(indent)\(section.kind.rawValue): \(title) — \(parts.isEmpty ? "empty" : parts.joined(separator: ", "))")
        for sub in section.subsections { describe(sub, indent: indent + "  ", into: &lines) }
    }

    private static func short(_ text: String) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        return flat.count > 70 ? String(flat.prefix(67)) + "…" : flat
    }
}

import Foundation
