import Foundation
/// Where a piece of content sits in the document body: top-level block index, then for
/// table content row, cell and block ("40/r3/c1/0"). Regeneration and `diff` use it to point
/// back into the .docx.
public struct BlockPath: Codable, Equatable, Hashable, Sendable, CustomStringConvertible, Comparable {
    public var components: [Int]

    public init(_ components: [Int]) { self.components = components }

    public var description: String {
        guard let first = components.first else { return "" }
        var text = "\(first)"
        var rest = components.dropFirst()[...]
        while rest.count >= 3 {
            text += "/r\(rest.removeFirst())/c\(rest.removeFirst())/\(rest.removeFirst())"
        }
        // Never lose a component, even in a path of unusual length.
        for component in rest { text += "/\(component)" }
        return text
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        var parts: [Int] = []
        for piece in text.split(separator: "/") {
            let digits = piece.drop { $0 == "r" || $0 == "c" }
            guard let value = Int(digits) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "bad block path \(text)"))
            }
            parts.append(value)
        }
        components = parts
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public static func < (lhs: BlockPath, rhs: BlockPath) -> Bool { lhs.components.lexicographicallyPrecedes(rhs.components) }
}

/// A titled part of the document with its content in order.
public struct Section: Codable, Equatable, Sendable {
    public var kind: SectionKind
    /// The heading exactly as written (trailing spaces, no-break spaces and typos kept).
    public var heading: String?
    public var headingAt: BlockPath?
    /// THL's guidance text ("< Kuvaus … >") found in this section, kept verbatim.
    public var placeholders: [ContentBlock] = []
    public var content: [ContentBlock] = []
    public var subsections: [Section] = []

    public init(kind: SectionKind, heading: String? = nil, headingAt: BlockPath? = nil) {
        self.kind = kind
        self.heading = heading
        self.headingAt = headingAt
    }

    /// True when the section has THL guidance text but nothing written in it yet.
    public var isUnfilled: Bool {
        !placeholders.isEmpty && content.allSatisfy { $0.isEmpty } && subsections.allSatisfy { $0.content.allSatisfy(\.isEmpty) }
    }
}

/// Canonical section kinds. The Finnish headings they come from are listed in Mappings/.
public enum SectionKind: String, Codable, Sendable, CaseIterable {
    case title
    /// THL:n ohjeistus: the instructions at the top of the template.
    case instructions
    /// Sisällysluettelo: Word's table of contents.
    case contents
    /// Vinkkejä raportointiin.
    case tips
    /// Käsitteet.
    case concepts
    /// Oma-arvioinnin raportointiaikataulu.
    case schedule
    /// Yleisiä huomioita oma-arviointiin liittyen.
    case generalRemarks
    /// A description of the project (003 project heading, 004 "Hankkeen tausta").
    case projectDescription
    /// Hankkeen tavoitteet (… ja prosessitavoitteet / hyötytavoitteet / tulostavoitteet).
    case goals
    /// Arvioinnin mittarit/kriteerit.
    case indicators
    /// Tiedonkeruun ja arvioinnin menetelmät.
    case methods
    /// Lähtötilanteen arvioinnin tulokset.
    case baseline
    /// Tehdyt kehittämistoimenpiteet.
    case actions
    /// Seurannan ja arvioinnin tulokset.
    case monitoring
    /// 003's merged "Tehdyt kehittämistoimenpiteet ja prosessitavoitteiden seurannan ja arvioinnin tulokset".
    case actionsAndProcessMonitoring
    /// Hyötytavoitteiden seurannan ja arvioinnin tulokset.
    case benefitMonitoring
    /// One process goal's narrative under the merged section ("1.1 …").
    case processGoal
    /// Kansalliset hyötytavoitteet (002's list of the five goals).
    case nationalGoals
    /// Results table section of a final summary.
    case results
    case annex
    // Hankesuunnitelma parts.
    case planBackground
    case planGoals
    case planBenefitGoals
    case planProcessGoals
    case planLimits
    case planSchedule
    case planActions
    case planActionArea
    case planResults
    case planCosts
    case planAdministration
    case planOrganisation
    case planCommunication
    case planMonitoring
    case planRisks
    /// A heading the mapping does not name, kept under its parent.
    case other
}

/// One paragraph or table as the report keeps it: text exactly as written plus what it is.
public struct ContentBlock: Codable, Equatable, Sendable {
    public var at: BlockPath
    /// "paragraph" or "table".
    public var type: String
    public var text: String?
    /// List label as Word shows it ("•", "1.") and level, for list paragraphs.
    public var list: ListMark?
    public var style: String?
    /// Paragraphs that are guidance text, captions or headings of a sub-part.
    public var role: String?
    /// Table rows → cells → paragraphs.
    public var rows: [[[String]]]?
    /// Pictures and charts that say what they show (alt text or title): in the paragraph, or
    /// for a table in its cells, each with its place there (`ImageMark.cell`).
    public var images: [ImageMark]?

    public init(at: BlockPath, type: String = "paragraph", text: String? = nil, list: ListMark? = nil,
                style: String? = nil, role: String? = nil, rows: [[[String]]]? = nil, images: [ImageMark]? = nil) {
        self.at = at
        self.type = type
        self.text = text
        self.list = list
        self.style = style
        self.role = role
        self.rows = rows
        self.images = images
    }

    private enum CodingKeys: String, CodingKey { case at, type, text, list, style, role, rows, images }

    /// A coordinator adding a paragraph to YAML writes only `text:`; position and type default.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        at = try container.decodeIfPresent(BlockPath.self, forKey: .at) ?? BlockPath([])
        text = try container.decodeIfPresent(String.self, forKey: .text)
        rows = try container.decodeIfPresent([[[String]]].self, forKey: .rows)
        type = try container.decodeIfPresent(String.self, forKey: .type) ?? (rows == nil ? "paragraph" : "table")
        list = try container.decodeIfPresent(ListMark.self, forKey: .list)
        style = try container.decodeIfPresent(String.self, forKey: .style)
        role = try container.decodeIfPresent(String.self, forKey: .role)
        images = try container.decodeIfPresent([ImageMark].self, forKey: .images)
    }

    public var isEmpty: Bool {
        if images?.isEmpty == false { return false }
        if let rows { return rows.allSatisfy { $0.allSatisfy { $0.allSatisfy { $0.allSatisfy(\.isWhitespace) } } } }
        return (text ?? "").allSatisfy(\.isWhitespace)
    }

    /// Every text this block holds, for coverage.
    public var texts: [String] {
        if let rows { return rows.flatMap { $0.flatMap { $0 } } }
        return text.map { [$0] } ?? []
    }
}

/// A picture or chart where it sits, by what its author wrote about it for readers who cannot
/// see it (Word's "Alt Text": description and title).
public struct ImageMark: Codable, Equatable, Sendable {
    public var description: String?
    public var title: String?
    /// The picture's part in the .docx ("word/media/image1.png"); none for a chart.
    public var target: String?
    /// Where in a table the picture sits; nil for a picture in a paragraph of the text.
    public var cell: CellPlace?
    public init(description: String? = nil, title: String? = nil, target: String? = nil, cell: CellPlace? = nil) {
        self.description = description
        self.title = title
        self.target = target
        self.cell = cell
    }
}

/// A paragraph of a table cell, by its indexes into the table's `ContentBlock.rows`: row, cell
/// in that row, paragraph of the cell (a nested table's paragraphs counted in, as `rows` has them).
public struct CellPlace: Codable, Equatable, Sendable {
    public var row: Int
    public var cell: Int
    public var paragraph: Int
    public init(row: Int, cell: Int, paragraph: Int) {
        self.row = row
        self.cell = cell
        self.paragraph = paragraph
    }
}

public struct ListMark: Codable, Equatable, Sendable {
    public var label: String
    public var level: Int
    public init(label: String, level: Int) {
        self.label = label
        self.level = level
    }
}
