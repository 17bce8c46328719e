import ArvioWordML
import Foundation

/// What the check needs from the document beyond the report: the page headers' and footers'
/// text (dates) and the outline level of each heading (so a parent heading followed directly
/// by its sub-headings is not taken for an empty section).
public struct DocumentFacts: Sendable, Equatable {
    public var texts: [PlacedText]
    /// Top-level body block index → heading level 1–9.
    public var headingLevels: [Int: Int]

    public struct PlacedText: Sendable, Equatable {
        /// "page header", "page footer".
        public var place: String
        public var text: String
        public init(place: String, text: String) {
            self.place = place
            self.text = text
        }
    }

    public init(texts: [PlacedText] = [], headingLevels: [Int: Int] = [:]) {
        self.texts = texts
        self.headingLevels = headingLevels
    }

    /// True when the heading at `block` is directly followed by a deeper heading.
    func isParentHeading(_ block: Int) -> Bool {
        guard let level = headingLevels[block] else { return false }
        guard let next = headingLevels.keys.filter({ $0 > block }).min() else { return false }
        return headingLevels[next]! > level
    }
}

extension DocumentFacts {
    /// The headers' and footers' text and the heading levels of a read document.
    public static func collect(_ document: WordDocument) -> DocumentFacts {
        var texts: [PlacedText] = []
        for header in document.headers {
            texts.append(PlacedText(place: "page header", text: header.blocks.map(\.plainText).joined(separator: " ")))
        }
        for footer in document.footers {
            texts.append(PlacedText(place: "page footer", text: footer.blocks.map(\.plainText).joined(separator: " ")))
        }
        var levels: [Int: Int] = [:]
        for (index, block) in document.body.enumerated() {
            if case .paragraph(let paragraph) = block, let level = paragraph.headingLevel { levels[index] = level }
        }
        return DocumentFacts(texts: texts.filter { !$0.text.allSatisfy(\.isWhitespace) }, headingLevels: levels)
    }
}
