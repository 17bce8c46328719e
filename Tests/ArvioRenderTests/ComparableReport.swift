import ArvioReport

/// A report and its .docx rendering re-imported, with the fields cleared that legitimately
/// differ. Everything else — block paths, coverage counts, warnings, project, period and its
/// evidence, typed tables with spans, merges and traffic lights, plan additions and
/// footnotes — must be equal.
///
/// - `source.file`: the rendered file has another name.
/// - `source.title`: only when the original has no core-properties title; the renderer
///   always writes one (the title paragraph, the project's name or the kind of document).
/// - `trackedChanges`: the report holds the text with changes accepted, and so does the
///   rendering; who changed what is not part of the body and is not written back.
/// - `style` of guidance paragraphs (role "placeholder"): they are written in the template's
///   grey italic Placeholder style, whatever style the original gave them ("Ohjeteksti").
/// - `style` of title paragraphs (role "title"): a title read by its look (000's "OMA-ARVIOINTI"
///   in bold 20 pt Normal) is written in the Title style; that it is the title must stay equal.
enum ComparableReport {
    static func docx(original: Report, rendered: Report) -> (Report, Report) {
        var original = original, rendered = rendered
        for index in 0 ..< 2 {
            var report = index == 0 ? original : rendered
            report.source.file = ""
            if original.source.title == nil { report.source.title = nil }
            report.trackedChanges = []
            clearPlaceholderStyles(&report)
            if index == 0 { original = report } else { rendered = report }
        }
        return (original, rendered)
    }

    static func clearPlaceholderStyles(_ report: inout Report) {
        func clear(_ blocks: inout [ContentBlock]) {
            for index in blocks.indices where blocks[index].role == "placeholder" || blocks[index].role == "title" {
                blocks[index].style = nil
            }
        }
        func visit(_ section: inout Section) {
            clear(&section.placeholders)
            clear(&section.content)
            for index in section.subsections.indices { visit(&section.subsections[index]) }
        }
        for index in report.sections.indices { visit(&report.sections[index]) }
        for goal in report.goals.indices {
            clear(&report.goals[goal].content)
            for index in report.goals[goal].sections.indices { visit(&report.goals[goal].sections[index]) }
            for index in report.goals[goal].processGoals.indices { clear(&report.goals[goal].processGoals[index].narrative) }
        }
    }
}
