import Foundation
import ArvioReport

/// What a report says, as lines of text, without where it says it: kind, template, period,
/// goals with their sections (kind and paragraph texts), process goals (ids, titles,
/// readiness, narrative texts), every typed table's rows (cell texts, shading, traffic
/// lights), annexes, the plan's tables and the unmapped texts.
///
/// Not part of the shape, because a variant changes them on purpose: block positions, source
/// file and part, styles, heading texts (a typed "1.1 " number), warnings, tracked changes,
/// coverage counts, and the layout of tables kept as written (only their texts count).
struct ReportShape: Equatable {
    var lines: [String] = []
    let colours: Colours

    /// How a shaded cell is written into the shape.
    enum Colours {
        /// The visible colour's hex ("[fill FF0000]"): for variants that write the same colour
        /// another way (a fill, a solid pattern, a theme slot holding it).
        case exact
        /// What the colour means to a reader: its traffic light by hue (`TrafficLight(fill:)`),
        /// or only that the cell is shaded ("[light red]", "[shaded]"). For variants whose dotted
        /// patterns or theme shades show the same hue lighter or darker (`Idiom.changesVisibleColour`).
        case asSeen
    }

    /// Texts a variant relabelled, written → original (`VariantSummary.relabelled`): where the
    /// report keeps a text as written (an annex's column headers, a table kept as written), the
    /// variant's text is put back to the original's before comparing. Only whole texts the
    /// writer recorded; the typed tables' periods are compared as read, never restored.
    let restoring: [String: String]

    init(_ report: Report, colours: Colours = .exact, restoring: [String: String] = [:]) {
        self.colours = colours
        self.restoring = restoring
        add("kind \(report.kind.rawValue) · template \(report.template ?? "-") · mapping \(report.mapping)")
        add("period \(report.period.map { "\($0.period)" + ($0.guessed ? " (guessed)" : "") } ?? "-")")
        for section in report.sections { add(section, indent: "") }
        for entry in report.schedule {
            add("schedule \(entry.deadlineRaw) → \(entry.content.joined(separator: " / "))\(entry.optional ? " (optional)" : "")")
        }
        for goal in report.goals {
            add("goal \(goal.number)")
            add(goal.content, indent: "  ")
            for section in goal.sections { add(section, indent: "  ") }
            for row in goal.problemTable {
                add("  problem row [\(row.area)] \(row.problem.joined(separator: " / ")) → \(row.objective.joined(separator: " / "))")
            }
            for processGoal in goal.processGoals {
                add("  process goal \(processGoal.ids.joined(separator: "+")) “\(processGoal.title)”")
                add("    readiness " + processGoal.readiness.map { "\($0.period)=\(cell($0.value))" }.joined(separator: " "))
                add(processGoal.narrative, indent: "    ")
            }
            for row in goal.indicators {
                add("  indicator \(row.benefitGoal.joined(separator: " / ")) | \(row.metric.joined(separator: " / ")) | "
                    + "baseline \(row.baseline.map(cell) ?? "-") | " + row.values.map { "\($0.period)=\(cell($0.value))" }.joined(separator: " "))
            }
        }
        for row in report.results {
            add("result \(row.outcomeGoal.joined(separator: " / ")) | \(row.processGoal.joined(separator: " / ")) | "
                + "\(row.action.joined(separator: " / ")) | goals \(row.nationalGoals) “\(row.nationalGoalsRaw)” | "
                + "\(row.metrics.joined(separator: " / ")) | \(cell(row.result)) light \(row.resultLight?.rawValue ?? "-") | "
                + "\(cell(row.progress)) light \(row.progressLight?.rawValue ?? "-")")
        }
        if let plan = report.plan {
            for row in plan.results {
                add("plan result goal \(row.goal) | \(row.subGoalOrAction.joined(separator: " / ")) | "
                    + "\(row.metric.joined(separator: " / ")) | \(row.outcome.joined(separator: " / "))")
            }
            add("risk legend " + plan.riskLegend.joined(separator: " / "))
            for risk in plan.risks {
                add("risk \(risk.risk.joined(separator: " / ")) | \(risk.likelihoodRaw) | \(risk.severityRaw) | \(risk.action.joined(separator: " / "))")
            }
            for footnote in plan.footnotes { add("footnote \(footnote.id) \(footnote.text)") }
        }
        for annex in report.annexes {
            add("annex \(annex.title) columns \(annex.columns.map(restored).joined(separator: " | "))")
            for row in annex.rows { add("  " + row.map(cell).joined(separator: " | ")) }
            add(annex.content, indent: "  ")
        }
        for block in report.unmapped { add("unmapped \(block.text)") }
    }

    private mutating func add(_ line: String) { lines.append(line) }

    /// The same lines read the same way; what was restored to get them is no part of it.
    static func == (lhs: ReportShape, rhs: ReportShape) -> Bool { lhs.lines == rhs.lines && lhs.colours == rhs.colours }

    /// `text` as the original wrote it, when the variant relabelled it.
    private func restored(_ text: String) -> String { restoring[text.trimmingCharacters(in: .whitespaces)] ?? text }

    private mutating func add(_ section: Section, indent: String) {
        add("\(indent)section \(section.kind.rawValue)")
        add(section.placeholders, indent: indent + "  placeholder ")
        add(section.content, indent: indent + "  ")
        for subsection in section.subsections { add(subsection, indent: indent + "  ") }
    }

    private mutating func add(_ blocks: [ContentBlock], indent: String) {
        for block in blocks {
            if let rows = block.rows {
                // A table kept as written, not read into a typed model: its layout is what a
                // variant changes (a group label moved into a column, repeated on every row),
                // so only the texts it holds are compared, each once, in sorted order.
                add("\(indent)table")
                let texts = Set(rows.flatMap { $0.flatMap { $0 } }.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map(restored))
                for text in texts.sorted() { add("\(indent)  cell \(text)") }
            } else {
                let label = block.list.map { "\(String(repeating: "  ", count: $0.level))\($0.label) " } ?? ""
                add("\(indent)¶ \(label)\(block.text ?? "")")
            }
        }
    }

    private func cell(_ value: CellValue) -> String {
        value.raw.joined(separator: " / ") + (value.fill.map { fill in
            switch colours {
            case .exact: " [fill \(fill)]"
            case .asSeen: TrafficLight(fill: fill).map { " [light \($0.rawValue)]" } ?? " [shaded]"
            }
        } ?? "")
    }

    /// Where `self` (the original) and `other` (the variant) first differ: a few lines of each
    /// from there, numbered, and how many lines differ in all — for a message a person can read.
    func differences(from other: ReportShape, context: Int = 4) -> String {
        ReportShape.lineDifferences(lines, other.lines, context: context)
    }
}

extension ReportShape {
    static func lineDifferences(_ original: [String], _ variant: [String], context: Int = 4) -> String {
        let same = zip(original, variant).prefix { $0 == $1 }.count
        let difference = variant.difference(from: original)
        var removed: [String: Int] = [:], added: [String: Int] = [:]
        for change in difference {
            switch change {
            case .remove(_, let line, _): removed[topic(line), default: 0] += 1
            case .insert(_, let line, _): added[topic(line), default: 0] += 1
            }
        }
        func counts(_ topics: [String: Int]) -> String {
            topics.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
                .map { "\($0.value)× \($0.key)" }.joined(separator: ", ")
        }
        var out = ["first difference at line \(same + 1); lines only in the original: \(counts(removed)); only in the variant: \(counts(added))"]
        if same < original.count, same < variant.count {
            // The first differing pair, from a little before the first character that differs.
            let a = original[same], b = variant[same]
            let common = zip(a, b).prefix { $0 == $1 }.count
            let start = max(0, common - 60)
            out.append("  at character \(common + 1): original “…\(shorten(String(a.dropFirst(start))))”")
            out.append("  at character \(common + 1): variant  “…\(shorten(String(b.dropFirst(start))))”")
        }
        let originalTail = Array(original.dropFirst(same).prefix(context))
        let variantTail = Array(variant.dropFirst(same).prefix(context))
        for (offset, line) in originalTail.enumerated() { out.append("- original \(same + offset + 1): \(shorten(line))") }
        for (offset, line) in variantTail.enumerated() { out.append("+ variant  \(same + offset + 1): \(shorten(line))") }
        return out.joined(separator: "\n")
    }

    /// What a line is about: "section goals", "process goal", "result", "¶".
    static func topic(_ line: String) -> String {
        let words = line.split(separator: " ").prefix(2).map(String.init)
        guard let first = words.first else { return "(empty)" }
        if ["section", "process", "plan", "problem", "goal", "risk"].contains(first), words.count > 1 { return words.joined(separator: " ") }
        return first
    }

    /// Long lines (a results row is hundreds of characters) cut to their first 160.
    static func shorten(_ line: String) -> String { line.count > 160 ? String(line.prefix(160)) + "…" : line }
}
