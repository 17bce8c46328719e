import ArvioReport
import ArvioWordML

/// Every text a report holds, gathered without the builder's help: walks every field. Shared by
/// the tests that check nothing is lost (the corpus, migrated plans, generated reports).
public enum ReportTexts {
    public static func all(_ report: Report) -> [String] {
        var texts: [String] = []
        func add(_ blocks: [ContentBlock]) { for block in blocks { texts += block.texts } }
        func visit(_ section: Section) {
            if let heading = section.heading { texts.append(heading) }
            add(section.placeholders)
            add(section.content)
            section.subsections.forEach(visit)
        }
        report.sections.forEach(visit)
        for goal in report.goals {
            if let heading = goal.heading { texts.append(heading) }
            add(goal.content)
            goal.sections.forEach(visit)
        }
        for annex in report.annexes {
            texts.append(annex.title)
            add(annex.content)
        }
        texts += report.unmapped.map(\.text)
        return texts
    }

    /// The document's body paragraphs (tables and text boxes included) that are not in the report
    /// as often as they occur in the document, in document order: empty when nothing is lost.
    public static func missingParagraphs(of document: WordDocument, in report: Report) -> [String] {
        var available: [String: Int] = [:]
        for text in all(report) { available[text, default: 0] += 1 }
        var missing: [String] = []
        for text in TreeText.paragraphs(document.body) where !text.isEmpty {
            if let count = available[text], count > 0 { available[text] = count - 1 } else { missing.append(text) }
        }
        return missing
    }
}
