import ArvioMessages
import ArvioReport
import ArvioWordML
import ArvioXML
import Foundation

/// The state of one `arvio next` run: the main part's editor and spans, the model of the next
/// version, and what the coordinator still has to do.
struct EditContext {
    let document: WordDocument
    let report: Report
    let period: PeriodKey
    let current: PeriodKey
    var main: PartEditor
    let spans: XMLSpans
    let options: NextOptions
    var revision: RevisionStamp?
    var nextReport: Report
    var todo: [TodoItem] = []
    var notes: [Message] = []
    let wording: PeriodWording

    init(document: WordDocument, report: Report, period: PeriodKey, current: PeriodKey, main: PartEditor,
         spans: XMLSpans, options: NextOptions) {
        self.document = document
        self.report = report
        self.period = period
        self.current = current
        self.main = main
        self.spans = spans
        self.options = options
        self.nextReport = report
        self.wording = PeriodWording(period)
        if options.trackChanges {
            revision = RevisionStamp(author: options.author, date: Self.isoDate(options.date))
        }
    }

    static func isoDate(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    /// The element ordinal of a top-level body block, if the bytes there are what the tree says.
    func element(ofBlock index: Int) -> Int? {
        guard document.body.indices.contains(index) else { return nil }
        let (ordinal, local): (Int, String)
        switch document.body[index] {
        case .paragraph(let paragraph): (ordinal, local) = (paragraph.source.element, "p")
        case .table(let table): (ordinal, local) = (table.source.element, "tbl")
        }
        guard ordinal < spans.count, spans.localName(of: ordinal) == local else { return nil }
        return ordinal
    }

    func template(_ block: Int?) -> ParagraphTemplate {
        guard let block, let ordinal = element(ofBlock: block), spans.localName(of: ordinal) == "p" else {
            return ParagraphTemplate(prefix: spans.count > 0 ? spans.prefix(of: 0) : "w", paragraphProperties: [],
                                     markProperties: nil, runProperties: [])
        }
        return ParagraphTemplate(paragraph: ordinal, spans: spans, bytes: main.bytes)
    }

    // MARK: Dated entries

    /// The document's first THL guidance paragraph, if it has one.
    var guidance: Int? { EntryPlanner.guidanceParagraph(report).flatMap { element(ofBlock: $0) } }

    func guidanceStyle(fallback: ParagraphTemplate) -> ParagraphTemplate {
        guard let guidance else { return fallback }
        return ParagraphTemplate(paragraph: guidance, spans: spans, bytes: main.bytes)
    }

    mutating func addEntries(updates: PeriodUpdates?) {
        var afterGuidance = 0
        for entry in EntryPlanner.plan(report) {
            guard let anchor = element(ofBlock: entry.anchor) else {
                notes.append(NextPhrase.noPlace.with(["goal": "\(entry.goal)", "section": entry.sectionHeading]))
                continue
            }
            let supplied = updates?.entries.first { $0.goal == entry.goal && $0.section == entry.section && $0.processGoal == entry.processGoal }
            // The section's paragraph style without the emphasis of whichever run came last;
            // the guidance line in the document's own guidance formatting.
            let style = template(entry.template).withoutEmphasis
            var xml = style.paragraph(wording.entryLabel + ":", bold: true, revision: &revision)
            var added = [wording.entryLabel + ":"]
            if let paragraphs = supplied?.paragraphs, !paragraphs.isEmpty {
                for text in paragraphs { xml += style.paragraph(text, revision: &revision) }
                added += paragraphs
            } else {
                xml += guidanceStyle(fallback: style).paragraph(wording.placeholder, italic: guidance == nil, revision: &revision)
                added.append(wording.placeholder)
                let place = entry.processGoal.map { NextPhrase.processGoal.with(["id": $0]) }
                    ?? .verbatim("“\(entry.sectionHeading.trimmingCharacters(in: .whitespaces))”")
                todo.append(TodoItem(goal: entry.goal, place: place, task: NextPhrase.writeSituation.with([
                    "situation": wording.situation.replacingOccurrences(of: " tilanteesta", with: ""), "entry": wording.entryLabel,
                ])))
            }
            main.insert(xml, at: spans[anchor].end)
            if entry.afterGuidanceOnly { afterGuidance += 1 }
            appendToModel(entry, texts: added)
        }
        if afterGuidance > 0 {
            notes.append(NextPhrase.afterGuidance.with(["count": "\(afterGuidance)"]))
        }
    }

    private mutating func appendToModel(_ entry: EntryPlanner.Entry, texts: [String]) {
        guard let goalIndex = nextReport.goals.firstIndex(where: { $0.number == entry.goal }) else { return }
        let blocks = texts.map { ContentBlock(at: BlockPath([entry.anchor]), text: $0, role: $0 == wording.placeholder ? "placeholder" : "entry") }
        for sectionIndex in nextReport.goals[goalIndex].sections.indices {
            let section = nextReport.goals[goalIndex].sections[sectionIndex]
            if entry.processGoal == nil, section.kind == entry.section, section.heading == entry.sectionHeading {
                nextReport.goals[goalIndex].sections[sectionIndex].content += blocks
                return
            }
            if entry.processGoal != nil, section.kind == .actionsAndProcessMonitoring,
               let subIndex = section.subsections.firstIndex(where: { $0.heading == entry.sectionHeading }) {
                nextReport.goals[goalIndex].sections[sectionIndex].subsections[subIndex].content += blocks
                return
            }
        }
    }

    // MARK: Schedule

    /// The schedule row of the new period is shaded, so the coordinator sees where the report stands.
    mutating func markSchedule() {
        for entry in report.schedule where entry.period == period {
            guard entry.at.components.count >= 2, element(ofBlock: entry.at.components[0]) != nil,
                  case .table(let tree) = document.body[entry.at.components[0]],
                  tree.rows.indices.contains(entry.at.components[1]) else { continue }
            for cell in tree.rows[entry.at.components[1]].cells { shadeCell(cell.element, fill: "FFF2CC") }
            notes.append(NextPhrase.scheduleShaded.with(["deadline": entry.deadlineRaw]))
        }
    }

    /// Shades a cell. With --track-changes the change is a tracked property change
    /// (`w:tcPrChange` keeps the cell's earlier properties), so rejecting it restores them.
    mutating func shadeCell(_ ordinal: Int, fill: String) {
        guard ordinal < spans.count, spans.localName(of: ordinal) == "tc" else { return }
        let prefix = spans.prefix(of: ordinal)
        let w = prefix.isEmpty ? "" : prefix + ":"
        let shading = "<\(w)shd \(w)val=\"clear\" \(w)color=\"auto\" \(w)fill=\"\(fill)\"/>"
        let tcPr = spans.children(of: ordinal).first { spans.localName(of: $0) == "tcPr" }
        var properties: [(local: String, xml: String)] = tcPr.map { parent in
            spans.children(of: parent).map { (spans.localName(of: $0), main.slice(spans[$0].start ..< spans[$0].end)) }
        } ?? []
        let original = properties.filter { $0.local != "tcPrChange" }.map(\.xml).joined()
        properties.removeAll { $0.local == "shd" || $0.local == "tcPrChange" }
        // Schema order: cnfStyle, tcW, gridSpan, hMerge, vMerge, tcBorders, shd, …
        let before: Set<String> = ["cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders"]
        let at = (properties.lastIndex { before.contains($0.local) }).map { $0 + 1 } ?? 0
        properties.insert(("shd", shading), at: at)
        var content = properties.map(\.xml).joined()
        if var stamp = revision {
            content += "<\(w)tcPrChange \(stamp.attributes(prefix: prefix.isEmpty ? "w" : prefix))><\(w)tcPr>\(original)</\(w)tcPr></\(w)tcPrChange>"
            revision = stamp
        }
        let replacement = "<\(w)tcPr>\(content)</\(w)tcPr>"
        if let tcPr { main.replace(spans[tcPr].start ..< spans[tcPr].end, with: replacement) }
        else { main.insert(replacement, at: spans[ordinal].contentStart) }
    }
}
