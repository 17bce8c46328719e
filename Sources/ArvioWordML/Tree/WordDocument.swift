/// A .docx read into a faithful tree: the body in document order plus everything the body
/// points at (notes, comments, headers and footers, core properties). Later layers build the
/// report model from this and nothing else.
public struct WordDocument: Sendable, Encodable {
    /// Part name of the main document inside the zip ("word/document.xml" in most files).
    public var mainPart: String
    /// Saved as Strict OOXML (Word does this without asking in "Strict Open XML" format).
    public var isStrict: Bool
    public var body: [Block]
    public var sections: [PageSection]
    public var footnotes: [Note]
    public var endnotes: [Note]
    public var comments: [Comment]
    public var headers: [HeaderFooter]
    public var footers: [HeaderFooter]
    public var coreProperties: CoreProperties
    /// Every tracked change in the body, whichever view (`TrackedChanges`) the body shows.
    public var revisions: [Revision]
    /// Things the reader noticed and worked around; nothing here means text was lost.
    public var warnings: [ReadingNote]

    public init(mainPart: String, isStrict: Bool = false, body: [Block] = [], sections: [PageSection] = [],
                footnotes: [Note] = [], endnotes: [Note] = [], comments: [Comment] = [],
                headers: [HeaderFooter] = [], footers: [HeaderFooter] = [],
                coreProperties: CoreProperties = CoreProperties(), revisions: [Revision] = [], warnings: [ReadingNote] = []) {
        self.mainPart = mainPart
        self.isStrict = isStrict
        self.body = body
        self.sections = sections
        self.footnotes = footnotes
        self.endnotes = endnotes
        self.comments = comments
        self.headers = headers
        self.footers = footers
        self.coreProperties = coreProperties
        self.revisions = revisions
        self.warnings = warnings
    }
}

/// Where a block came from, so later layers can point back into the document.
public struct SourceRef: Sendable, Encodable, Equatable {
    public var part: String
    public var line: Int
    /// The element's ordinal in its part (`XMLElement.ordinal`), for finding its bytes again.
    public var element: Int
}

/// A footnote or endnote body, linked from `Inline.noteReference`.
public struct Note: Sendable, Encodable {
    public var id: String
    public var blocks: [Block]
}

public struct Comment: Sendable, Encodable {
    public var id: String
    public var author: String?
    public var date: String?
    public var blocks: [Block]
}

public struct HeaderFooter: Sendable, Encodable {
    public var part: String
    /// "default", "first" or "even", from the section's reference.
    public var type: String
    public var blocks: [Block]
}

/// `docProps/core.xml`: title, author and dates as Word's File > Info shows them.
public struct CoreProperties: Sendable, Encodable, Equatable {
    public var title: String?
    public var subject: String?
    public var creator: String?
    public var keywords: String?
    public var description: String?
    public var lastModifiedBy: String?
    public var revision: String?
    public var created: String?
    public var modified: String?
    public var language: String?
    public var category: String?
    public init() {}
}

/// A section's page set-up as far as later layers care.
public struct PageSection: Sendable, Encodable, Equatable {
    public var isLandscape: Bool
    public var headerParts: [String]
    public var footerParts: [String]
}

/// A tracked change: who did what, when. `text` is what was inserted or deleted.
public struct Revision: Sendable, Encodable, Equatable, Hashable {
    public enum Kind: String, Sendable, Encodable {
        case insertion, deletion, moveFrom, moveTo
        case paragraphMarkInsertion, paragraphMarkDeletion
        case formatChange
    }
    public var kind: Kind
    public var id: String?
    public var author: String?
    public var date: String?
    public var text: String = ""
}

/// A content control (`w:sdt`), unwrapped: its content sits in the tree, this records it was there.
public struct ContentControl: Sendable, Encodable, Equatable, Hashable {
    public var id: String?
    public var tag: String?
    public var alias: String?
}

/// Something the reader noticed and worked around, with what kind of thing it was, so later
/// layers give it its warning code without reading the words.
public struct ReadingNote: Sendable, Encodable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        /// Content imported from another file (altChunk), not read.
        case notRead
        /// Text inside an element Arvio does not know, kept as a paragraph of its own.
        case unsupported
        /// A part the document points at (the theme) could not be read; the body still was.
        case partNotRead
    }

    /// What the note is about, in the terms a reader knows, for the report layer to say in the
    /// coordinator's language (`text` names parts and lines, for `arvio dump`).
    public enum Subject: Sendable, Equatable {
        /// An altChunk: the imported file's extension ("htm", "rtf"; nil when the relationship is
        /// missing) and the text of the paragraph before it in the same story, if any.
        case importedContent(fileExtension: String?, after: String?)
        /// An element Arvio does not know, with the text kept from inside it.
        case unknownElement(name: String, text: String)
        /// The theme part.
        case theme
    }

    public var kind: Kind
    public var text: String
    public var subject: Subject?

    public init(_ kind: Kind, _ text: String, subject: Subject? = nil) {
        self.kind = kind
        self.text = text
        self.subject = subject
    }

    public var description: String { text }

    /// Encoded as its text alone, as the tree's JSON has always had it.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
