import ArvioMessages
/// `arvio inspect`: what went where, in words a coordinator reads: the outline by goal and
/// section with counts, the period and how it was found, coverage, unmapped text, warnings.
public enum InspectRenderer {
    public static func render(_ report: Report, language: Language = .en) -> String {
        let say = { (phrase: InspectPhrase, values: [String: String]) in phrase.say(language, values) }
        var lines: [String] = []
        let who = report.project.name ?? report.source.file
        lines.append("\(who)")
        lines.append("  " + say(.about, ["kind": report.kind.rawValue, "template": report.template ?? "?", "mapping": report.mapping]))
        if let region = report.project.region { lines.append("  " + say(.region, ["region": region])) }
        if let period = report.period {
            lines.append("  " + InspectPhrase.period.with(parts: ["label": .verbatim(period.period.columnLabel), "period": .verbatim("\(period.period)"),
                                                                  "guessed": period.guessed ? InspectPhrase.guessed.message : .verbatim(""),
                                                                  "evidence": period.said])[language])
        } else {
            lines.append("  " + InspectPhrase.periodNotFound[language])
        }
        let coverage = report.coverage
        let unmappedShare = coverage.bodyCharacters == 0 ? 0 : Double(coverage.unmappedCharacters) / Double(coverage.bodyCharacters)
        lines.append("  " + say(.coverage, ["named": percent(coverage.canonicalShare, language), "unmapped": percent(unmappedShare, language),
                                            "characters": "\(coverage.bodyCharacters)"]))
        lines.append("")
        // What Arvio was unsure of comes first, each once, so it is read before the outline.
        let warnings = ReportWarnings.of(report)
        if !warnings.isEmpty {
            lines.append(say(.checkFirst, ["count": "\(warnings.count)"]))
            for warning in warnings { lines.append("  - \(warning.said[language]) [\(warning.code.rawValue)]") }
            lines.append("")
        }
        if !report.sections.isEmpty {
            lines.append(InspectPhrase.documentSections[language])
            for section in report.sections { describe(section, indent: "  ", language: language, into: &lines) }
        }
        if !report.schedule.isEmpty {
            lines.append(InspectPhrase.schedule[language])
            for entry in report.schedule {
                lines.append("  \(entry.deadlineRaw) → \(entry.period?.columnLabel ?? "?")\(entry.optional ? InspectPhrase.partlyOptional[language] : "")")
            }
        }
        if !report.goals.isEmpty {
            lines.append(InspectPhrase.nationalGoals[language])
            for goal in report.goals {
                lines.append("  \(goal.number) \(goal.title)")
                if let heading = goal.heading, TextKey.heading(heading) != TextKey.heading(goal.title) {
                    lines.append("      " + say(.headingAsWritten, ["heading": heading.trimmingCharacters(in: .whitespaces)]))
                }
                let intro = goal.content.filter { !$0.isEmpty }.count
                if intro > 0 { lines.append("    " + say(.goalIntro, ["count": "\(intro)"])) }
                for section in goal.sections { describe(section, indent: "    ", language: language, into: &lines) }
                if !goal.problemTable.isEmpty { lines.append("    " + say(.problemTable, ["count": "\(goal.problemTable.count)"])) }
                if !goal.processGoals.isEmpty {
                    lines.append("    " + say(.processGoals, ["ids": goal.processGoals.map { $0.ids.joined(separator: "+") }.joined(separator: ", ")]))
                }
                if !goal.indicators.isEmpty { lines.append("    " + say(.indicatorRows, ["count": "\(goal.indicators.count)"])) }
            }
        }
        if !report.results.isEmpty {
            let lights = report.results.compactMap(\.resultLight).map(\.rawValue)
            let count = { (colour: String) in "\(lights.filter { $0 == colour }.count)" }
            lines.append(say(.resultsTable, ["count": "\(report.results.count)", "red": count("red"), "yellow": count("yellow"), "green": count("green")]))
        }
        if let plan = report.plan {
            lines.append(say(.plan, ["results": "\(plan.results.count)", "risks": "\(plan.risks.count)", "footnotes": "\(plan.footnotes.count)"])
                         + (plan.additionsColour.map { say(.planAdditions, ["count": "\(plan.additions.count)", "colour": $0]) } ?? ""))
        }
        for annex in report.annexes {
            lines.append(say(.annex, ["title": annex.title.trimmingCharacters(in: .whitespaces), "count": "\(annex.rows.count)"]))
        }
        if !report.unmapped.isEmpty {
            lines.append(InspectPhrase.notPlaced[language])
            let (open, close) = language == .en ? ("“", "”") : ("”", "”")
            for block in report.unmapped {
                lines.append("  \(open)\(short(block.text))\(close) — \(block.reasonSaid[language])")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func describe(_ section: Section, indent: String, language: Language, into lines: inout [String]) {
        let counted = { (one: InspectPhrase, many: InspectPhrase, count: Int) in (count == 1 ? one : many).say(language, ["count": "\(count)"]) }
        let paragraphs = section.content.filter { $0.type == "paragraph" && !$0.isEmpty }
        let listItems = paragraphs.filter { $0.list != nil }.count
        let tables = section.content.filter { $0.type == "table" }.count
        var parts: [String] = []
        if paragraphs.count - listItems > 0 { parts.append(counted(.paragraphOne, .paragraphs, paragraphs.count - listItems)) }
        if listItems > 0 { parts.append(counted(.listItemOne, .listItems, listItems)) }
        if tables > 0 { parts.append(counted(.tableOne, .tables, tables)) }
        if !section.placeholders.isEmpty { parts.append(counted(.guidanceOne, .guidance, section.placeholders.count)) }
        if section.isUnfilled { parts.append(InspectPhrase.notFilled[language]) }
        let (open, close) = language == .en ? ("“", "”") : ("”", "”")
        let title = section.heading.map { "\(open)\(short($0.trimmingCharacters(in: .whitespaces)))\(close)" } ?? InspectPhrase.noHeading[language]
        let kind = SectionKindPhrase(rawValue: section.kind.rawValue)?[language] ?? section.kind.rawValue
        lines.append("\(indent)\(kind): \(title) — \(parts.isEmpty ? InspectPhrase.empty[language] : parts.joined(separator: ", "))")
        for sub in section.subsections { describe(sub, indent: indent + "  ", language: language, into: &lines) }
    }

    /// "100.0" in English, "100,0" in Finnish and Swedish.
    private static func percent(_ share: Double, _ language: Language) -> String { language.percent(share) }

    private static func short(_ text: String) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        return flat.count > 70 ? String(flat.prefix(67)) + "…" : flat
    }
}

import Foundation
