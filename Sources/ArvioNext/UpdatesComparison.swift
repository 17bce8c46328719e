import ArvioReport

/// Compares an edited report (from `--updates`) with the report it was made from, section by
/// section, and sorts every difference: text under the new period's entry label (or after a
/// dated section's last paragraph) is the new entry; a paragraph with other words is an edit;
/// one that is gone is a deletion; one that is new elsewhere is an addition where it stands.
/// A text the section already has is never added again.
extension PeriodUpdates {
    /// Sections whose every paragraph is THL's own text: changing them is refused unless asked.
    static let templateKinds: Set<SectionKind> = [.instructions, .tips, .concepts, .schedule]

    public static func difference(original: Report, edited: Report, period: PeriodKey) -> PeriodUpdates {
        var comparison = Comparison(wording: PeriodWording(period))
        comparison.updates.period = period
        for section in edited.sections where section.kind != .title && section.kind != .contents {
            guard let before = matching(section, in: original.sections) else { continue }
            comparison.compare(before, section, goal: nil, dated: false, processGoal: nil,
                               template: templateKinds.contains(section.kind))
        }
        for goal in edited.goals {
            guard let before = original.goals.first(where: { $0.number == goal.number }) else { continue }
            for section in goal.sections {
                guard let old = matching(section, in: before.sections) else { continue }
                let processGoals = section.subsections.filter { $0.kind == .processGoal }
                let dated = EntryPlanner.periodSections.contains(section.kind)
                    || (section.kind == .actionsAndProcessMonitoring && processGoals.isEmpty)
                comparison.compare(old, section, goal: goal.number, dated: dated, processGoal: nil, template: false)
                for sub in section.subsections {
                    guard let oldSub = old.subsections.first(where: { TextKey.heading($0.heading ?? "") == TextKey.heading(sub.heading ?? "") })
                    else { continue }
                    let id = sub.kind == .processGoal ? processGoalID(sub.heading) : nil
                    comparison.compare(oldSub, sub, goal: goal.number, dated: id != nil, processGoal: id, template: false)
                }
            }
            comparison.values(goal, before: before, period: period)
        }
        comparison.annexValues(original: original, edited: edited, period: period)
        return comparison.updates
    }

    static func processGoalID(_ heading: String?) -> String? {
        TextKey.leadingNumber(TextKey.normalise(heading ?? "")).map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }
    }

    private static func matching(_ section: Section, in sections: [Section]) -> Section? {
        sections.first { $0.kind == section.kind && TextKey.heading($0.heading ?? "") == TextKey.heading(section.heading ?? "") }
    }

    private struct Comparison {
        let wording: PeriodWording
        /// The key of the period's entry label ("Toukokuu 2022:"), made once: every paragraph is
        /// compared with it.
        let entryLabelKey: String
        var updates = PeriodUpdates()

        init(wording: PeriodWording) {
            self.wording = wording
            entryLabelKey = TextKey.normalise(wording.entryLabel + ":")
        }

        /// Paragraphs of running text and list items, without guidance, headings and empty ones.
        static func paragraphs(_ content: [ContentBlock]) -> [ContentBlock] {
            content.filter { block in
                guard block.type == "paragraph", let text = block.text, !text.allSatisfy(\.isWhitespace) else { return false }
                return !["title", "contents", "heading", "placeholder", "caption"].contains(block.role ?? "")
            }
        }

        func isGuidance(_ text: String) -> Bool {
            let key = TextKey.normalise(text)
            return key.hasPrefix("<") && key.hasSuffix(">")
        }

        func isEntryLabel(_ text: String) -> Bool { TextKey.normalise(text) == entryLabelKey }

        mutating func compare(_ old: Section, _ new: Section, goal: Int?, dated: Bool, processGoal: String?, template: Bool) {
            let heading = old.heading ?? old.kind.rawValue
            let before = Self.paragraphs(old.content)
            var after = Self.paragraphs(new.content)
            // What follows the new period's label ("Huhtikuu 2022:") is that entry's text.
            var entry: [String] = []
            var labelled = false
            if let label = after.firstIndex(where: { isEntryLabel($0.text ?? "") }), !before.contains(where: { isEntryLabel($0.text ?? "") }) {
                entry = after[(label + 1)...].compactMap(\.text).filter { !isGuidance($0) }
                after = Array(after[..<label])
                labelled = true
            }
            after.removeAll { isGuidance($0.text ?? "") || isEntryLabel($0.text ?? "") }
            let known = Set((old.content + old.placeholders).flatMap(\.texts).map(TextKey.normalise))
            var lastOld: Int?
            var added: [(text: String, after: Int?, list: Bool)] = []
            for operation in SequenceDiff.compare(before.map { $0.text ?? "" }, after.map { $0.text ?? "" }) {
                switch operation {
                case .same(let o, _):
                    lastOld = o
                case .changed(let o, let n):
                    var edit = ParagraphEdit(kind: .edited, goal: goal, section: heading, at: before[o].at,
                                             old: before[o].text, new: after[n].text)
                    edit.isTemplateText = template
                    updates.edits.append(edit)
                    lastOld = o
                case .removed(let o):
                    var edit = ParagraphEdit(kind: .deleted, goal: goal, section: heading, at: before[o].at, old: before[o].text)
                    edit.isTemplateText = template
                    updates.edits.append(edit)
                    lastOld = o
                case .added(let n):
                    let text = after[n].text ?? ""
                    guard !known.contains(TextKey.normalise(text)) else { continue }  // never twice
                    added.append((text, lastOld, after[n].list != nil))
                }
            }
            // A dated section's new paragraphs after its last one are the new period's entry.
            if dated, let goal {
                // Without the label (a paragraph added to the YAML), what follows the last
                // paragraph is the entry; with it, what stands before the label stays there.
                let trailing = labelled ? [] : added.filter { $0.after == before.indices.last }
                if !labelled { added.removeAll { $0.after == before.indices.last } }
                entry = trailing.map(\.text) + entry
                entry = entry.filter { !known.contains(TextKey.normalise($0)) }
                if !entry.isEmpty {
                    updates.entries.append(EntryText(goal: goal, section: processGoal == nil ? old.kind : .processGoal,
                                                     processGoal: processGoal, paragraphs: entry))
                }
            }
            for addition in added {
                let placement: ParagraphEdit.Placement?
                if let index = addition.after { placement = .after(before[index].at) }
                else if let first = before.first { placement = .before(first.at) }
                else if let last = (old.placeholders.map(\.at) + [old.headingAt].compactMap { $0 }).max() { placement = .after(last) }
                else { placement = nil }
                var edit = ParagraphEdit(kind: .added, goal: goal, section: heading, placement: placement, new: addition.text)
                edit.isTemplateText = template
                edit.isListItem = addition.list
                updates.edits.append(edit)
            }
            // Guidance lines the coordinator took out.
            let kept = Set((new.placeholders + new.content).compactMap(\.text).map(TextKey.normalise))
            for guidance in old.placeholders where !kept.contains(TextKey.normalise(guidance.text ?? "")) {
                var edit = ParagraphEdit(kind: .deleted, goal: goal, section: heading, at: guidance.at, old: guidance.text)
                edit.isGuidance = true
                edit.isTemplateText = template
                updates.edits.append(edit)
            }
        }

        /// An annex whose period columns end before `period` gets that column: its values are the
        /// "name: value" list items the coordinator filled in under the annex.
        mutating func annexValues(original: Report, edited: Report, period: PeriodKey) {
            for annex in original.annexes {
                guard let (_, last) = annex.periodColumn, last < period,
                      let theirs = edited.annexes.first(where: { TextKey.heading($0.title) == TextKey.heading(annex.title) }) else { continue }
                // The Markdown reader keeps the list of the column as the annex's one-column rows.
                guard theirs.periodColumn?.period == period else { continue }
                var seen: Set<Int> = []
                for item in theirs.rows.compactMap(\.first) {
                    guard let (row, value) = annex.rowValue(in: item.text), !value.isEmpty, !seen.contains(row) else { continue }
                    seen.insert(row)
                    updates.annexValues.append(AnnexValue(annex: annex.title, row: row, key: annex.rowKey(row), value: value))
                }
            }
        }

        mutating func values(_ goal: BenefitGoalPart, before: BenefitGoalPart, period: PeriodKey) {
            for processGoal in goal.processGoals {
                guard let value = processGoal.readiness.first(where: { $0.period == period })?.value.text,
                      !value.allSatisfy(\.isWhitespace) else { continue }
                let oldValue = before.processGoals.first { $0.ids == processGoal.ids }?.readiness.first { $0.period == period }?.value.text ?? ""
                if value != oldValue {
                    updates.values.append(CellUpdate(goal: goal.number, table: TableKind.readiness.rawValue, key: processGoal.ids.joined(separator: "+"), value: value))
                }
            }
            for indicator in goal.indicators {
                guard let value = indicator.values.first(where: { $0.period == period })?.value.text,
                      !value.allSatisfy(\.isWhitespace) else { continue }
                let metric = indicator.metric.first ?? ""
                let oldValue = before.indicators.first { $0.metric.first == metric }?.values.first { $0.period == period }?.value.text ?? ""
                if value != oldValue {
                    updates.values.append(CellUpdate(goal: goal.number, table: TableKind.indicators.rawValue, key: metric, value: value))
                }
            }
        }
    }
}
