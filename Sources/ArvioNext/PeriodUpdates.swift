import ArvioMessages
import ArvioReport

/// What the coordinator wrote for the new period, read from an edited YAML report or an
/// edited Markdown rendering (`--updates FILE`), sorted into what each difference is: text for
/// the new dated entries, edits, deletions and additions elsewhere, and new table values.
public struct PeriodUpdates: Sendable, Equatable {
    public var period: PeriodKey?
    public var entries: [EntryText] = []
    public var values: [CellUpdate] = []
    /// Paragraphs edited, deleted or added outside the new dated entries, in document order.
    public var edits: [ParagraphEdit] = []
    /// Values for the new period's column of an annex table (Liite 1).
    public var annexValues: [AnnexValue] = []

    /// One row's value in an annex's new period column.
    public struct AnnexValue: Sendable, Equatable {
        public var annex: String
        /// The row in `Annex.rows`, and its name.
        public var row: Int
        public var key: String
        public var value: String

        public init(annex: String, row: Int, key: String, value: String) {
            self.annex = annex
            self.row = row
            self.key = key
            self.value = value
        }
    }

    public init(period: PeriodKey? = nil, entries: [EntryText] = [], values: [CellUpdate] = [], edits: [ParagraphEdit] = []) {
        self.period = period
        self.entries = entries
        self.values = values
        self.edits = edits
    }

    /// New text for one section's (or process goal's) dated entry.
    public struct EntryText: Sendable, Equatable {
        public var goal: Int
        public var section: SectionKind
        public var processGoal: String?
        public var paragraphs: [String]

        public init(goal: Int, section: SectionKind, processGoal: String?, paragraphs: [String]) {
            self.goal = goal
            self.section = section
            self.processGoal = processGoal
            self.paragraphs = paragraphs
        }
    }

    /// A value for the new period's column: readiness of a process goal (`key` = its id) or an
    /// indicator (`key` = the metric's first line).
    public struct CellUpdate: Sendable, Equatable {
        public var goal: Int
        public var table: String
        public var key: String
        public var value: String

        public init(goal: Int, table: String, key: String, value: String) {
            self.goal = goal
            self.table = table
            self.key = key
            self.value = value
        }
    }

    /// THL's own text that the updates change (preamble, Vinkkejä, Käsitteet, the schedule):
    /// refused unless the coordinator allows template edits.
    public var templateEdits: [ParagraphEdit] { edits.filter(\.isTemplateText) }

    /// Every difference in words, one line each, in document order — what `arvio next` prints
    /// before it writes anything (the English lines; `changes` says them in any language).
    public var changeList: [String] { changes.map(\.english) }

    /// Every difference as a message, one each, in document order.
    public var changes: [Message] {
        var lines: [Message] = edits.map(\.message)
        for entry in entries {
            let heading = UpdatesPhrase.quoted.with(["text": entry.section.finnishHeading])
            let section = entry.processGoal.map { NextPhrase.processGoal.with(["id": $0]) } ?? heading
            let place = UpdatesPhrase.goalPlace.with(parts: ["goal": .verbatim("\(entry.goal)"), "place": section])
            for text in entry.paragraphs {
                if let period {
                    lines.append(UpdatesPhrase.entryParagraph.with(parts: ["place": place, "label": .verbatim(PeriodWording(period).entryLabel),
                                                                           "text": .verbatim(Self.short(text))]))
                } else {
                    lines.append(UpdatesPhrase.newPeriodEntryParagraph.with(parts: ["place": place, "text": .verbatim(Self.short(text))]))
                }
            }
        }
        for value in values {
            let table = switch value.table {
            case "readiness": UpdatesPhrase.readiness.message
            case "indicators": UpdatesPhrase.indicators.message
            default: Message.verbatim("\(value.table) table")
            }
            lines.append(UpdatesPhrase.tableValue.with(parts: ["goal": .verbatim("\(value.goal)"), "table": table,
                                                                "key": .verbatim(Self.short(value.key)), "value": .verbatim(value.value)]))
        }
        for value in annexValues {
            lines.append(UpdatesPhrase.annexValue.with(["annex": Self.short(value.annex.trimmingCharacters(in: .whitespaces)),
                                                        "key": Self.short(value.key), "value": value.value]))
        }
        return lines
    }

    static func short(_ text: String) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        return flat.count > 70 ? String(flat.prefix(67)) + "…" : flat
    }
}

/// One paragraph the coordinator changed outside the new period's entries.
public struct ParagraphEdit: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        /// A new paragraph, placed where it stands in the updates file.
        case added
        /// The same paragraph with other words; applied in place.
        case edited
        /// A paragraph (or a THL guidance line) no longer in the updates file; removed.
        case deleted
    }

    public enum Placement: Sendable, Equatable {
        case after(BlockPath)
        case before(BlockPath)
    }

    public var kind: Kind
    /// The national goal, nil for the parts before the goals.
    public var goal: Int?
    /// The section's heading as the report writes it.
    public var section: String
    /// The paragraph edited or deleted.
    public var at: BlockPath?
    /// Where an added paragraph goes.
    public var placement: Placement?
    public var old: String?
    public var new: String?
    /// A guidance line ("< Kuvaus … >").
    public var isGuidance: Bool = false
    /// THL's own text (preamble, tips, concepts, the schedule).
    public var isTemplateText: Bool = false
    /// Whether a new paragraph is a list item, so it takes its neighbour's numbering.
    public var isListItem: Bool = false

    public init(kind: Kind, goal: Int?, section: String, at: BlockPath? = nil, placement: Placement? = nil,
                old: String? = nil, new: String? = nil) {
        self.kind = kind
        self.goal = goal
        self.section = section
        self.at = at
        self.placement = placement
        self.old = old
        self.new = new
    }

    /// "Goal 2, “Heading”", or the heading alone before the goals.
    public var place: Message {
        let heading = UpdatesPhrase.quoted.with(["text": section.trimmingCharacters(in: .whitespaces)])
        return goal.map { UpdatesPhrase.goalPlace.with(parts: ["goal": .verbatim("\($0)"), "place": heading]) } ?? heading
    }

    /// "“Asiakas neuvonnan ja” → “Asiakasneuvonnan ja”": the words that differ, with one word
    /// of context on each side, so the coordinator sees the change and not just the paragraph.
    static func changedWords(_ old: String, _ new: String) -> (from: String, to: String) {
        let a = old.split(whereSeparator: \.isWhitespace), b = new.split(whereSeparator: \.isWhitespace)
        var start = 0
        while start < a.count, start < b.count, a[start] == b[start] { start += 1 }
        var end = 0
        while end < a.count - start, end < b.count - start, a[a.count - 1 - end] == b[b.count - 1 - end] { end += 1 }
        let from = max(0, start - 1)
        func words(_ list: [Substring]) -> String {
            let upper = min(list.count, list.count - end + 1)
            let text = list[from ..< max(from, upper)].joined(separator: " ")
            return (from > 0 ? "…" : "") + text + (upper < list.count ? "…" : "")
        }
        return (PeriodUpdates.short(words(a)), PeriodUpdates.short(words(b)))
    }

    /// The English line (in logs and in English errors).
    public var description: String { message.english }

    /// The line in any language.
    public var message: Message {
        switch kind {
        case .added: return UpdatesPhrase.added.with(parts: ["place": place, "text": .verbatim(PeriodUpdates.short(new ?? ""))])
        case .edited:
            let words = Self.changedWords(old ?? "", new ?? "")
            return UpdatesPhrase.edited.with(parts: ["place": place, "old": .verbatim(PeriodUpdates.short(old ?? "")),
                                                     "from": .verbatim(words.from), "to": .verbatim(words.to)])
        case .deleted:
            return (isGuidance ? UpdatesPhrase.deletedGuidance : .deletedParagraph).with(parts: ["place": place, "text": .verbatim(PeriodUpdates.short(old ?? ""))])
        }
    }
}

extension SectionKind {
    /// The heading THL's template gives the dated sections, for messages.
    var finnishHeading: String {
        switch self {
        case .actions: "Tehdyt kehittämistoimenpiteet"
        case .monitoring: "Seurannan ja arvioinnin tulokset"
        case .benefitMonitoring: "Hyötytavoitteiden seurannan ja arvioinnin tulokset"
        case .actionsAndProcessMonitoring: "Tehdyt kehittämistoimenpiteet ja prosessitavoitteiden seurannan ja arvioinnin tulokset"
        default: rawValue
        }
    }
}
