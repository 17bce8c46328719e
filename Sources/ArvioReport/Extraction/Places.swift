import ArvioCore
import ArvioMessages
import ArvioWordML
import Foundation

/// Places in a document named as a coordinator finds them: by the heading above, the goal, and
/// a row's own words — never by internal block paths ("25/r2/c0/0").
extension ReportBuilder {
    /// "under “Hankkeen tavoitteet ja prosessitavoitteet” (goal 1)": the heading of the section
    /// content goes to now, which is where the table being read sits.
    var currentPlaceSaid: Message {
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
        let under = heading.map { WarningPhrase.placeUnder.with(["heading": Places.short($0)]) } ?? WarningPhrase.placeDocumentStart.message
        return goal.map { WarningPhrase.placeInGoal.with(parts: ["place": under, "goal": .verbatim("\($0)")]) } ?? under
    }

    /// The table at `at` as its caption names it ("“Taulukko 1. Saatavuus, …” (goal 1)"): a
    /// "Taulukko …" in its merged first row (001), the paragraph above (002) or below (004);
    /// without a caption, `currentPlaceSaid`.
    func tablePlaceSaid(_ at: BlockPath, _ table: Table) -> Message {
        guard let caption = caption(at, table) else { return currentPlaceSaid }
        let goal: Int? = if case .goal(let index, _) = target { report.goals[index].number } else { nil }
        let named = WarningPhrase.placeCaption.with(["caption": Places.short(caption)])
        return goal.map { WarningPhrase.placeInGoal.with(parts: ["place": named, "goal": .verbatim("\($0)")]) } ?? named
    }

    private func caption(_ at: BlockPath, _ table: Table) -> String? {
        func isCaption(_ text: String) -> Bool { TextKey.normalise(text).hasPrefix("taulukko") }
        if let first = table.rows.first, first.cells.count == 1,
           let text = ContentBlock.cellTexts(first.cells[0].blocks).first(where: isCaption) { return text }
        guard at.components.count == 1 else { return nil }
        for step in [-1, 1] {
            var index = at.components[0] + step
            while document.body.indices.contains(index), case .paragraph(let paragraph) = document.body[index] {
                let text = paragraph.text
                if !text.allSatisfy(\.isWhitespace) { if isCaption(text) { return text }; break }
                index += step
            }
        }
        return nil
    }

    private func subsectionHeading(_ section: Section) -> String? {
        guard let open = openSubsection, section.subsections.indices.contains(open) else { return nil }
        return section.subsections[open].heading
    }

    /// Adds a warning about the table at `at` (and one of its rows), once: `phrase` with its
    /// `{table}` (the table's name), `{place}` (its caption or the heading above it) and `{row}`
    /// (the row's number and first words) filled, so it is said in the coordinator's language.
    mutating func warn(_ phrase: WarningPhrase, code: ReportWarning.Code = .table, table name: WarningPhrase? = nil,
                       at: BlockPath, _ table: Table, row: Int? = nil, _ more: [String: Message] = [:]) {
        var parts = more
        parts["place"] = tablePlaceSaid(at, table)
        if let name { parts["table"] = name.message }
        if let row { parts["row"] = Places.rowSaid(table, row) }
        report.warnings.add(code, phrase.with(parts: parts))
    }
}

enum Places {
    /// A heading or cell text trimmed and cut for a one-line message.
    static func short(_ text: String, limit: Int = 60) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmed
        return flat.count > limit ? String(flat.prefix(limit - 1)) + "…" : flat
    }

    /// "row 3 (“Asiakasohjaus ja neuvonta”)": the row as Word numbers it, with its first words.
    static func rowSaid(_ table: Table, _ row: Int) -> Message {
        let first = table.rows[row].cells.lazy.flatMap { ContentBlock.cellTexts($0.blocks) }
            .first { !$0.allSatisfy(\.isWhitespace) }
        return first.map { WarningPhrase.rowWords.with(["number": "\(row + 1)", "words": short($0, limit: 40)]) }
            ?? WarningPhrase.row.with(["number": "\(row + 1)"])
    }
}
