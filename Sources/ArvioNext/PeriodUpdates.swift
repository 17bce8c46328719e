import ArvioReport

/// What the coordinator wrote for the new period, read from an edited YAML report or an
/// edited Markdown rendering (`--updates FILE`).
public struct PeriodUpdates: Sendable, Equatable {
    public var period: PeriodKey?
    public var entries: [EntryText] = []
    public var values: [CellUpdate] = []

    public init(period: PeriodKey? = nil, entries: [EntryText] = [], values: [CellUpdate] = []) {
        self.period = period
        self.entries = entries
        self.values = values
    }

    /// New text for one section's (or process goal's) dated entry.
    public struct EntryText: Sendable, Equatable {
        public var goal: Int
        public var section: SectionKind
        public var processGoal: String?
        public var paragraphs: [String]
    }

    /// A value for the new period's column: readiness of a process goal (`key` = its id) or an
    /// indicator (`key` = the metric's first line).
    public struct CellUpdate: Sendable, Equatable {
        public var goal: Int
        public var table: String
        public var key: String
        public var value: String
    }

    /// What `edited` adds to `original`: paragraphs that were not there before, section by
    /// section, and table values for `period` that were empty.
    public static func difference(original: Report, edited: Report, period: PeriodKey) -> PeriodUpdates {
        var updates = PeriodUpdates(period: period)
        for goal in edited.goals {
            guard let before = original.goals.first(where: { $0.number == goal.number }) else { continue }
            for section in goal.sections {
                let old = before.sections.first { $0.kind == section.kind && key($0.heading) == key(section.heading) }
                let added = newParagraphs(section.content, comparedTo: old?.content ?? [])
                if !added.isEmpty, section.kind != .actionsAndProcessMonitoring || section.subsections.isEmpty {
                    updates.entries.append(EntryText(goal: goal.number, section: section.kind, processGoal: nil, paragraphs: added))
                }
                for sub in section.subsections where sub.kind == .processGoal {
                    let oldSub = old?.subsections.first { key($0.heading) == key(sub.heading) }
                    let addedSub = newParagraphs(sub.content, comparedTo: oldSub?.content ?? [])
                    guard !addedSub.isEmpty else { continue }
                    let id = TextKey.leadingNumber(TextKey.normalise(sub.heading ?? "")).map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }
                    updates.entries.append(EntryText(goal: goal.number, section: .processGoal, processGoal: id, paragraphs: addedSub))
                }
            }
            for processGoal in goal.processGoals {
                guard let value = processGoal.readiness.first(where: { $0.period == period })?.value.text,
                      !value.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
                let oldValue = before.processGoals.first { $0.ids == processGoal.ids }?.readiness.first { $0.period == period }?.value.text ?? ""
                if value != oldValue {
                    updates.values.append(CellUpdate(goal: goal.number, table: "readiness", key: processGoal.ids.joined(separator: "+"), value: value))
                }
            }
            for indicator in goal.indicators {
                guard let value = indicator.values.first(where: { $0.period == period })?.value.text,
                      !value.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
                let metric = indicator.metric.first ?? ""
                let oldValue = before.indicators.first { $0.metric.first == metric }?.values.first { $0.period == period }?.value.text ?? ""
                if value != oldValue {
                    updates.values.append(CellUpdate(goal: goal.number, table: "indicators", key: metric, value: value))
                }
            }
        }
        return updates
    }

    private static func key(_ heading: String?) -> String { TextKey.heading(heading ?? "") }

    /// Paragraph texts of `content` that `previous` does not have (as often as they are new),
    /// without empty ones, guidance text, or the entry label Arvio wrote itself.
    private static func newParagraphs(_ content: [ContentBlock], comparedTo previous: [ContentBlock]) -> [String] {
        var available: [String: Int] = [:]
        for block in previous { for text in block.texts { available[TextKey.normalise(text), default: 0] += 1 } }
        var result: [String] = []
        for block in content where block.type == "paragraph" && block.role != "placeholder" {
            guard let text = block.text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            let normalised = TextKey.normalise(text)
            if let count = available[normalised], count > 0 { available[normalised] = count - 1; continue }
            if normalised.hasSuffix(":"), normalised.split(separator: " ").count == 2, normalised.hasPrefix("huhtikuu") || normalised.hasPrefix("lokakuu") {
                continue
            }
            if normalised.hasPrefix("<"), normalised.hasSuffix(">") { continue }
            result.append(text)
        }
        return result
    }
}
