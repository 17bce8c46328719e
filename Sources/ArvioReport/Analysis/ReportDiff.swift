/// What changed between two versions of a report, place by place: the document's title and
/// period, every section's paragraphs (per goal, per process goal), and every typed table's
/// cells (readiness and indicator values per period, problem → objective rows, results rows,
/// annexes, a plan's results and risks). THL's rule "Päivitä tuloksia siten että mahdollinen
/// edistyminen tai muutos tulee selkeästi näkyviin" made checkable.
public struct ReportDiff: Sendable, Equatable {
    /// Title, period, project, template.
    public var document: [FieldChange] = []
    /// Places with changes, in the new version's order (removed places after).
    public var places: [Place] = []

    public var isEmpty: Bool { document.isEmpty && places.isEmpty }

    public struct FieldChange: Sendable, Equatable {
        public var field: String
        public var old: String?
        public var new: String?
    }

    /// One section, process goal or table with what changed in it.
    public struct Place: Sendable, Equatable {
        /// National goal number; nil for the parts outside the goals.
        public var goal: Int?
        /// "“Tehdyt kehittämistoimenpiteet”", "process goal 1.1", "readiness table", "Liite 1".
        public var name: String
        /// The whole place is new or gone.
        public var status: Status = .changed
        public var items: [Item] = []
        public init(goal: Int?, name: String, status: Status = .changed, items: [Item] = []) {
            self.goal = goal
            self.name = name
            self.status = status
            self.items = items
        }
    }

    public enum Status: String, Sendable, Equatable {
        case changed, added, removed
    }

    public enum Item: Sendable, Equatable {
        case added(String)
        case removed(String)
        case changed(from: String, to: String)
        /// A table cell: row key, column (a period label or header), old and new text.
        case cell(row: String, column: String, from: String, to: String)
        case rowAdded(String)
        case rowRemoved(String)
        case columnAdded(String)
        case columnRemoved(String)
    }

    /// Paragraph texts the new version adds, everywhere.
    public var addedTexts: [String] {
        places.flatMap { $0.items.compactMap { if case .added(let text) = $0 { text } else { nil } } }
    }
}
