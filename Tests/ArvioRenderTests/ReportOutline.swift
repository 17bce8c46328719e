import ArvioReport

/// What the Markdown round trip keeps, in a form to compare: goals, sections and subsections
/// by kind and heading, their non-empty paragraphs (white space collapsed, as Markdown
/// re-wraps it), plain tables, readiness and indicator values by period, annexes, unmapped text.
struct ReportOutline: Equatable, CustomStringConvertible {
    struct Part: Equatable {
        var kind: String
        var heading: String
        var texts: [String]
        var tables: [[[String]]]
        var parts: [Part]
    }

    var sections: [Part]
    var goals: [Part]
    var readiness: [String]
    var indicators: [String]
    var annexes: [Part]
    var unmapped: [String]
    /// Results rows of a final summary as the Markdown shows them: texts and traffic-light words.
    var results: [String]

    /// `skipTables`: tables rebuilt from typed rows (readiness, indicators, results), compared by their values instead.
    init(_ report: Report, skipTables: Set<[Int]> = []) {
        func part(_ section: Section) -> Part {
            let blocks = (section.placeholders + section.content).sorted { $0.at < $1.at }
            return Part(kind: section.kind.rawValue, heading: Self.clean(section.heading ?? ""),
                        texts: Self.texts(blocks), tables: Self.tables(blocks, skip: skipTables),
                        parts: section.subsections.map(part))
        }
        sections = report.sections.filter { $0.kind != .contents }.map(part)
        goals = report.goals.map { goal in
            Part(kind: "goal \(goal.number)", heading: goal.title, texts: Self.texts(goal.content),
                 tables: Self.tables(goal.content, skip: skipTables), parts: goal.sections.map(part))
        }
        readiness = report.goals.flatMap { goal in
            goal.processGoals.flatMap { row in
                row.readiness.map { "\(goal.number) \(row.ids.joined(separator: "+")) \($0.period.columnLabel) = \(Self.value($0.value))" }
            }
        }
        indicators = report.goals.flatMap { goal in
            goal.indicators.flatMap { row in
                let metric = Self.clean(row.metric.joined(separator: " "))
                let baseline = row.baseline.map { ["\(goal.number) \(metric) baseline = \(Self.value($0))"] } ?? []
                return ["\(goal.number) \(metric) ← \(Self.clean(row.benefitGoal.joined(separator: " ")))"] + baseline
                    + row.values.map { "\(goal.number) \(metric) \($0.period.columnLabel) = \(Self.value($0.value))" }
            }
        }
        annexes = report.annexes.map { annex in
            Part(kind: "annex", heading: Self.clean(annex.title), texts: Self.texts(annex.content),
                 tables: Self.tables(annex.content, skip: skipTables), parts: [])
        }
        unmapped = report.unmapped.map { Self.clean($0.text) }
        results = report.results.map { row in
            [row.action, row.metrics, row.result.raw, row.progress.raw].map { Self.clean($0.joined(separator: " ")) }.joined(separator: " | ")
                + " | \(row.resultLight?.rawValue ?? "-") \(row.progressLight?.rawValue ?? "-")"
        }
    }

    static func texts(_ blocks: [ContentBlock]) -> [String] {
        blocks.filter { $0.type == "paragraph" && $0.role != "title" }.compactMap { $0.text.map(clean) }.filter { !$0.isEmpty }
    }

    static func tables(_ blocks: [ContentBlock], skip: Set<[Int]>) -> [[[String]]] {
        blocks.filter { $0.type == "table" && !skip.contains($0.at.components) }.map { table in
            (table.rows ?? []).map { row in row.map { cell in clean(cell.joined(separator: " ")) } }
        }
    }

    static func value(_ value: CellValue) -> String {
        clean(value.raw.joined(separator: " ")) + ((value.spansColumns ?? 1) > 1 ? " (spans \(value.spansColumns!))" : "")
    }

    /// White space (line breaks and no-break spaces too) collapsed to one space, trimmed.
    static func clean(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace || $0 == "\u{00A0}" || $0 == "\u{202F}" }).joined(separator: " ")
    }

    var description: String {
        var lines: [String] = []
        func dump(_ part: Part, _ indent: String) {
            lines.append("\(indent)\(part.kind) “\(part.heading)” \(part.texts.count) texts, \(part.tables.count) tables")
            part.parts.forEach { dump($0, indent + "  ") }
        }
        (sections + goals + annexes).forEach { dump($0, "") }
        return lines.joined(separator: "\n")
    }
}
