import ArvioMessages
import ArvioReport
import ArvioWordML
import ArvioXML
import Foundation

/// Dates and period text on the title block, in headers and footers and in the document
/// properties: "raportointi 15.5.2021" becomes "raportointi 15.11.2021", "5/2021" "11/2021".
extension EditContext {
    /// The period forms of the title page, headers, footers and document properties: those of
    /// the body, and the year alone after "Oma-arviointi" ("Oma-arviointi 2020" → "Oma-arviointi
    /// 5/2021"), which only a cover or a page header uses for the period.
    var coverReplacements: [(old: String, new: String)] {
        let year = current.isBaseline ? 2020 : current.year
        return PeriodWording(current).replacements(to: wording)
            + ["Oma-arviointi", "oma-arviointi", "OMA-ARVIOINTI"].map { ("\($0) \(year)", "\($0) \(wording.longColumn)") }
    }

    mutating func updateTitle() {
        let replacements = coverReplacements
        var changed = 0
        // The title block: Title/Subtitle paragraphs, or (documents without those styles) the
        // opening paragraphs before the first heading.
        var blocks = report.sections.filter { $0.kind == .title }.flatMap(\.content).compactMap(\.at.components.first)
        if blocks.isEmpty, let firstHeading = (report.sections.compactMap(\.headingAt) + report.goals.compactMap(\.headingAt))
            .compactMap(\.components.first).min() {
            blocks = Array(0 ..< min(firstHeading, 6))
        }
        for index in blocks {
            guard let ordinal = element(ofBlock: index), spans.localName(of: ordinal) == "p" else { continue }
            var editor = main
            changed += replaceText(in: ordinal, spans: spans, editor: &editor, replacements: replacements, tracked: true)
            main = editor
        }
        if changed == 0 {
            todo.append(TodoItem(goal: nil, place: NextPhrase.titlePage.message, task: NextPhrase.checkTitlePage.message))
        }
        // The next version's model says the same, so its Markdown is the next version too.
        nextReport.period = PeriodInfo(period: period, evidence: "arvio next: \(wording.deadline)", guessed: false)
        for index in nextReport.sections.indices where nextReport.sections[index].kind == .title {
            for block in nextReport.sections[index].content.indices {
                if let text = nextReport.sections[index].content[block].text {
                    nextReport.sections[index].content[block].text = Self.replacing(text, replacements)
                }
            }
        }
        if let title = nextReport.source.title { nextReport.source.title = Self.replacing(title, replacements) }
    }

    /// Replaces period text inside every `w:t` below `ordinal`, and a date content control's
    /// `w:fullDate`. Returns how many texts changed.
    @discardableResult
    mutating func replaceText(in ordinal: Int, spans: XMLSpans, editor: inout PartEditor,
                              replacements: [(old: String, new: String)], tracked: Bool) -> Int {
        var changed = 0
        let end = spans[ordinal].end
        var candidate = ordinal
        while candidate < spans.count, spans[candidate].start < end {
            defer { candidate += 1 }
            let span = spans[candidate]
            switch spans.localName(of: candidate) {
            case "t":
                let original = XMLText.unescaped(editor.slice(span.contentStart ..< span.contentEnd))
                let updated = Self.replacing(original, replacements)
                guard updated != original else { continue }
                changed += 1
                let run = span.parent
                if tracked, var stamp = revision, run >= 0, spans.localName(of: run) == "r", editor.isFree(spans[run].start ..< spans[run].end) {
                    editor.replace(spans[run].start ..< spans[run].end,
                                   with: trackedReplacement(run: run, text: candidate, old: original, new: updated, spans: spans, editor: editor, stamp: &stamp))
                    revision = stamp
                } else if editor.isFree(span.contentStart ..< span.contentEnd) {
                    editor.replace(span.contentStart ..< span.contentEnd, with: XMLText.escaped(updated))
                }
            case "date":
                // w:sdtPr/w:date w:fullDate="2021-11-15T00:00:00Z": the date picker's own value.
                let tag = editor.slice(span.start ..< span.contentStart)
                guard let range = tag.range(of: #"fullDate="[0-9]{4}-[0-9]{2}-[0-9]{2}"#, options: .regularExpression) else { continue }
                let iso = deadlineISO(period)
                let newTag = tag.replacingCharacters(in: range, with: "fullDate=\"\(iso)")
                if newTag != tag, editor.isFree(span.start ..< span.contentStart) {
                    editor.replace(span.start ..< span.contentStart, with: newTag)
                }
            default:
                continue
            }
        }
        return changed
    }

    private func deadlineISO(_ period: PeriodKey) -> String {
        period.isBaseline ? "2020-11-15" : "\(period.year)-\(period.half == .spring ? "05" : "11")-15"
    }

    /// `old` with whole-token replacements (a date is not replaced inside a longer number).
    static func replacing(_ text: String, _ replacements: [(old: String, new: String)]) -> String {
        var result = text
        for (old, new) in replacements {
            var searchStart = result.startIndex
            while let range = result.range(of: old, range: searchStart ..< result.endIndex) {
                let before = range.lowerBound > result.startIndex ? result[result.index(before: range.lowerBound)] : " "
                let after = range.upperBound < result.endIndex ? result[range.upperBound] : " "
                if before.isNumber || before == "/" || after.isNumber || after == "/" {
                    searchStart = range.upperBound
                    continue
                }
                result.replaceSubrange(range, with: new)
                searchStart = result.index(range.lowerBound, offsetBy: new.count)
            }
        }
        return result
    }

    /// A run whose text changes, as Word writes it with tracking on: the old run deleted, a new one inserted.
    private func trackedReplacement(run: Int, text: Int, old: String, new: String, spans: XMLSpans,
                                    editor: PartEditor, stamp: inout RevisionStamp) -> String {
        let prefix = spans.prefix(of: run)
        let w = prefix.isEmpty ? "" : prefix + ":"
        let attributePrefix = prefix.isEmpty ? "w" : prefix
        let runProperties = spans.children(of: run).first { spans.localName(of: $0) == "rPr" }
            .map { editor.slice(spans[$0].start ..< spans[$0].end) } ?? ""
        let deleted = "<\(w)del \(stamp.attributes(prefix: attributePrefix))><\(w)r>\(runProperties)<\(w)delText xml:space=\"preserve\">\(XMLText.escaped(old))</\(w)delText></\(w)r></\(w)del>"
        let inserted = "<\(w)ins \(stamp.attributes(prefix: attributePrefix))><\(w)r>\(runProperties)<\(w)t xml:space=\"preserve\">\(XMLText.escaped(new))</\(w)t></\(w)r></\(w)ins>"
        return deleted + inserted
    }

    /// A header or footer part with the period text replaced; nil when nothing changed.
    mutating func updatedStory(_ bytes: [UInt8], place: Message = NextPhrase.pageHeaderOrFooter.message) -> [UInt8]? {
        guard !bytes.starts(with: [0xFF, 0xFE]) else { return nil }
        let storySpans = XMLSpans(bytes)
        guard storySpans.count > 0 else { return nil }
        var editor = PartEditor(bytes)
        let replacements = coverReplacements
        let changed = replaceText(in: 0, spans: storySpans, editor: &editor, replacements: replacements, tracked: true)
        let result = changed > 0 ? editor.applied() : bytes
        // What could not be placed safely (a date split over runs, a field): listed, not guessed.
        for text in Self.paragraphTexts(result) where Self.replacing(text, replacements) != text {
            todo.append(TodoItem(goal: nil, place: place, task: NextPhrase.stillEarlier.with(["text": PeriodUpdates.short(text)])))
        }
        return changed > 0 ? result : nil
    }

    /// Each paragraph's text (`w:t`, not deleted text) of a part.
    static func paragraphTexts(_ bytes: [UInt8]) -> [String] {
        let spans = XMLSpans(bytes)
        var texts: [String] = []
        for ordinal in 0 ..< spans.count where spans.localName(of: ordinal) == "p" {
            var text = ""
            var inner = ordinal + 1
            while inner < spans.count, spans[inner].start < spans[ordinal].end {
                if spans.localName(of: inner) == "t", spans[inner].contentStart < spans[inner].contentEnd {
                    text += XMLText.unescaped(String(decoding: bytes[spans[inner].contentStart ..< spans[inner].contentEnd], as: UTF8.self))
                }
                inner += 1
            }
            texts.append(text)
        }
        return texts
    }

    /// docProps/core.xml: the title's period text and the modification time.
    func updatedCoreProperties(_ bytes: [UInt8]) -> [UInt8] {
        let coreSpans = XMLSpans(bytes)
        var editor = PartEditor(bytes)
        let replacements = coverReplacements
        for ordinal in 0 ..< coreSpans.count {
            let span = coreSpans[ordinal]
            switch coreSpans.localName(of: ordinal) {
            case "title":
                let original = XMLText.unescaped(editor.slice(span.contentStart ..< span.contentEnd))
                let updated = Self.replacing(original, replacements)
                if updated != original { editor.replace(span.contentStart ..< span.contentEnd, with: XMLText.escaped(updated)) }
            case "modified":
                editor.replace(span.contentStart ..< span.contentEnd, with: Self.isoDate(options.date))
            default:
                continue
            }
        }
        return editor.applied()
    }

    // MARK: Promises

    /// Every "Raportoidaan keväällä 2022", "Toteutetaan v2022", "kevään 2022 …" in the report
    /// becomes a to-do for the new period (DOMAIN §7.6).
    mutating func collectPromises() {
        let phrases = [wording.seasonAdessive, wording.seasonGenitive, "v\(period.year)", "v. \(period.year)", "vuonna \(period.year)"]
            .map { $0.lowercased() }
        var goalOfBlock: [Int: Int] = [:]
        for goal in report.goals {
            func visit(_ section: Section) {
                for block in section.content { if let index = block.at.components.first { goalOfBlock[index] = goal.number } }
                section.subsections.forEach(visit)
            }
            goal.sections.forEach(visit)
        }
        for (index, block) in document.body.enumerated() {
            for text in TreeText.paragraphs([block]) {
                let lower = text.lowercased()
                guard phrases.contains(where: { lower.contains($0) }) else { continue }
                // A period label alone ("Kevään 2022 tilanne" heading a column) names the period; it promises nothing.
                if PeriodKey(notation: text) != nil { continue }
                let snippet = text.count > 90 ? String(text.prefix(87)) + "…" : text
                todo.append(TodoItem(goal: goalOfBlock[index], place: NextPhrase.promisedFor.with(["entry": wording.entryLabel.lowercased()]),
                                     task: .verbatim("“\(snippet)”")))
            }
        }
    }
}
