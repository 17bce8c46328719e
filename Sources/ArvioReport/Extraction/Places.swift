import ArvioWordML

/// Places in a document named as a coordinator finds them: by the heading above, the goal, and
/// a row's own words — never by internal block paths ("25/r2/c0/0").
extension ReportBuilder {
    /// "the table under “Hankkeen tavoitteet ja prosessitavoitteet” (goal 1)": the heading of
    /// the section content goes to now, which is where the table being read sits.
    var currentPlace: String {
        var heading: String?
        var goal: Int?
        switch target {
        case .document(let index):
            heading = subsectionHeading(report.sections[index]) ?? report.sections[index].heading
        case .goal(let index, let section):
            goal = report.goals[index].number
            if let section {
                heading = subsectionHeading(report.goals[index].sections[section]) ?? report.goals[index].sections[section].heading
            } else {
                heading = report.goals[index].heading
            }
        case .annex(let index):
            heading = report.annexes[index].title
        case .none:
            break
        }
        let under = heading.map { "under “\(Places.short($0))”" } ?? "at the start of the document"
        return goal.map { "\(under) (goal \($0))" } ?? under
    }

    private func subsectionHeading(_ section: Section) -> String? {
        guard let open = openSubsection, section.subsections.indices.contains(open) else { return nil }
        return section.subsections[open].heading
    }

    /// Adds a warning about the table being read, once.
    mutating func warn(_ code: ReportWarning.Code, _ message: String) { report.warnings.add(code, message) }
}

enum Places {
    /// A heading or cell text trimmed and cut for a one-line message.
    static func short(_ text: String, limit: Int = 60) -> String {
        let flat = Whitespace.whitespacesAndNewlines.trimmed(text.split(whereSeparator: \.isNewline).joined(separator: " "))
        return flat.count > limit ? String(flat.prefix(limit - 1)) + "…" : flat
    }

    /// "row 3 (“Asiakasohjaus ja neuvonta”)": the row as Word numbers it, with its first words.
    static func row(_ table: Table, _ row: Int) -> String {
        let first = table.rows[row].cells.lazy.flatMap { ContentBlock.cellTexts($0.blocks) }
            .first { !Whitespace.whitespacesAndNewlines.isBlank($0) }
        return "row \(row + 1)" + (first.map { " (“\(short($0, limit: 40))”)" } ?? "")
    }
}
