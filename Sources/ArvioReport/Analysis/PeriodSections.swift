import ArvioMessages
import Foundation

/// The parts of a goal that report on the period — Tehdyt kehittämistoimenpiteet, Seurannan ja
/// arvioinnin tulokset, each process goal's narrative (003), Hyötytavoitteiden seuranta — read as
/// a stream of paragraphs in document order, split into dated entries ("Huhtikuu 2022:" …).
/// The same sections `arvio next` adds dated entries to.
public struct PeriodSection: Sendable {
    public var goal: Int
    public var kind: SectionKind
    /// The heading as written, trimmed.
    public var heading: String
    /// "1.1" for a process goal's narrative.
    public var processGoal: String?
    /// Content and guidance paragraphs and tables, in document order.
    public var blocks: [ContentBlock]

    /// Blocks before the first dated label.
    public var undated: [ContentBlock] { Array(blocks.prefix { EntryLabel.of($0) == nil }) }

    /// The dated entries in order; an entry's blocks run to the next label or the section's end.
    public var entries: [DatedEntry] {
        var result: [DatedEntry] = []
        for block in blocks {
            if let label = EntryLabel.of(block) {
                var entry = DatedEntry(period: label.period, label: block, blocks: [])
                if !label.rest.isEmpty {
                    var rest = block
                    rest.text = label.rest
                    entry.blocks.append(rest)
                }
                result.append(entry)
            } else if !result.isEmpty {
                result[result.count - 1].blocks.append(block)
            }
        }
        return result
    }

    /// The last entry for `period`, if the section has one.
    public func entry(for period: PeriodKey) -> DatedEntry? { entries.last { $0.period == period } }

    /// Paragraphs and tables someone wrote: not empty, not guidance, not a bare dated label.
    public var writtenBlocks: [ContentBlock] {
        blocks.filter { block in
            if block.isEmpty || PeriodSections.isGuidance(block) { return false }
            if let label = EntryLabel.of(block) { return !label.rest.isEmpty }
            return true
        }
    }

    /// Where this is, for messages: "“Seurannan ja arvioinnin tulokset”" or "process goal 1.1"
    /// (Finnish and Swedish quote with ”…”).
    public var place: Message {
        processGoal.map { CheckPhrase.placeProcessGoal.with(["id": $0]) } ?? CheckPhrase.placeHeading.with(["heading": heading])
    }
}

/// One dated entry: its label paragraph and what follows it.
public struct DatedEntry: Sendable {
    public var period: PeriodKey
    public var label: ContentBlock
    public var blocks: [ContentBlock]

    /// True when the entry holds text beyond its label and guidance ("< Kuvaus … >").
    public var isWritten: Bool { blocks.contains { !$0.isEmpty && !PeriodSections.isGuidance($0) } }
}

public enum PeriodSections {
    /// Every period-reporting section of every goal, in document order.
    public static func all(_ report: Report) -> [PeriodSection] {
        report.goals.flatMap(of)
    }

    /// A goal's period-reporting sections. The merged 003 section counts through its process
    /// goals when it has them (its opening paragraph introduces the goal, not the period).
    public static func of(_ goal: BenefitGoalPart) -> [PeriodSection] {
        var result: [PeriodSection] = []
        for section in goal.sections {
            switch section.kind {
            case .actions, .monitoring, .benefitMonitoring:
                result.append(make(goal.number, section, processGoal: nil))
            case .actionsAndProcessMonitoring:
                let processGoals = section.subsections.filter { $0.kind == .processGoal }
                if processGoals.isEmpty {
                    result.append(make(goal.number, section, processGoal: nil))
                } else {
                    for sub in processGoals { result.append(make(goal.number, sub, processGoal: processGoalID(sub.heading))) }
                }
            default:
                continue
            }
        }
        return result
    }

    /// Does the report use dated entries anywhere?
    public static func usesDatedEntries(_ report: Report) -> Bool {
        all(report).contains { !$0.entries.isEmpty }
    }

    /// The latest period any dated label names.
    public static func latestLabelledPeriod(_ report: Report) -> PeriodKey? {
        all(report).flatMap { $0.entries.map(\.period) }.max()
    }

    /// THL's or Arvio's guidance text: "< Kuvaus … >", also the broken form without "<" (000:115).
    public static func isGuidance(_ block: ContentBlock) -> Bool {
        if block.role == "placeholder" { return true }
        guard block.type == "paragraph", let text = block.text else { return false }
        let key = TextKey.normalise(text)
        return key.hasPrefix("<") && key.hasSuffix(">")
    }

    /// "1.1 Kiireettömät …" → "1.1"; "4.1. Kolmannen …" → "4.1".
    static func processGoalID(_ heading: String?) -> String? {
        TextKey.leadingNumber(TextKey.normalise(heading ?? "")).map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }
    }

    static func make(_ goal: Int, _ section: Section, processGoal: String?) -> PeriodSection {
        let blocks = (section.content + section.placeholders).sorted { $0.at < $1.at }
        return PeriodSection(goal: goal, kind: section.kind,
                             heading: (section.heading ?? section.kind.rawValue).trimmingCharacters(in: .whitespaces),
                             processGoal: processGoal, blocks: blocks)
    }
}

extension EntryLabel {
    /// The label a block starts with, if it is a paragraph that starts with one.
    static func of(_ block: ContentBlock) -> EntryLabel? {
        guard block.type == "paragraph", block.role != "placeholder", let text = block.text else { return nil }
        return EntryLabel(text)
    }
}
