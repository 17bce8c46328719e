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
    /// before it writes anything.
    public var changeList: [String] {
        var lines: [String] = []
        for edit in edits { lines.append(edit.description) }
        for entry in entries {
            let place = entry.processGoal.map { "process goal \($0)" } ?? "“\(entry.section.finnishHeading)”"
            let label = period.map { PeriodWording($0).entryLabel } ?? "new period"
            for text in entry.paragraphs { lines.append("Goal \(entry.goal), \(place): new paragraph in the \(label) entry: “\(Self.short(text))”") }
        }
        for value in values {
            lines.append("Goal \(value.goal), \(value.table) table: new value for “\(Self.short(value.key))”: \(value.value)")
        }
        for value in annexValues {
            lines.append("“\(Self.short(value.annex.trimmingCharacters(in: .whitespaces)))”: new value for “\(Self.short(value.key))”: \(value.value)")
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

    public var place: String {
        let heading = "“\(section.trimmingCharacters(in: .whitespaces))”"
        return goal.map { "Goal \($0), \(heading)" } ?? heading
    }

    /// "“Asiakas neuvonnan ja” → “Asiakasneuvonnan ja”": the words that differ, with one word
    /// of context on each side, so the coordinator sees the change and not just the paragraph.
    static func changedWords(_ old: String, _ new: String) -> String {
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
        return "“\(PeriodUpdates.short(words(a)))” → “\(PeriodUpdates.short(words(b)))”"
    }

    public var description: String {
        switch kind {
        case .added: "\(place): new paragraph: “\(PeriodUpdates.short(new ?? ""))”"
        case .edited:
            "\(place): edited paragraph “\(PeriodUpdates.short(old ?? ""))”: " + Self.changedWords(old ?? "", new ?? "")
        case .deleted: "\(place): deleted \(isGuidance ? "guidance line" : "paragraph"): “\(PeriodUpdates.short(old ?? ""))”"
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
