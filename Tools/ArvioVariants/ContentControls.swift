/// Content controls (`w:sdt`) around document content, as templates and form-like reports
/// have them: around a whole section, a paragraph, a table row or a table cell.
enum ContentControls {
    /// Ids the controls get, counted up from here (Word's are random 32-bit numbers).
    static let firstId = 700_000

    /// Around each heading and what follows it up to the next heading (any level).
    static func aroundSections(_ parts: WordParts, notes: inout [String]) throws -> Int {
        let styles = try HeadingStyles(parts)
        guard let body = try parts.main.root.child("body") else { return 0 }
        var sections: [[XMLElement]] = []
        for child in body.children where !child.isWord("sectPr") {
            if child.isWord("p"), styles.level(ofParagraph: child) != nil {
                sections.append([child])
            } else if !sections.isEmpty {
                sections[sections.count - 1].append(child)
            }
        }
        var id = firstId
        for section in sections {
            wrap(section, id: &id, tag: "osio")
        }
        return sections.count
    }

    /// Around every paragraph, in the body and in table cells (form-like templates put a
    /// control in each cell).
    static func aroundParagraphs(_ parts: WordParts, notes: inout [String]) throws -> Int {
        guard let body = try parts.main.root.child("body") else { return 0 }
        var id = firstId + 200_000
        var edits = 0
        for paragraph in body.descendants("p") where holdsBlocks(paragraph.parent) {
            // A paragraph carrying the section's page settings stays outside, where Word keeps it.
            if paragraph.child("pPr")?.child("sectPr") != nil { continue }
            wrap([paragraph], id: &id, tag: nil)
            edits += 1
        }
        return edits
    }

    /// Around every table row.
    static func aroundRows(_ parts: WordParts, notes: inout [String]) throws -> Int {
        guard let body = try parts.main.root.child("body") else { return 0 }
        var id = firstId + 400_000
        let rows = body.descendants("tr")
        for row in rows { wrap([row], id: &id, tag: nil) }
        return rows.count
    }

    /// Around every table cell.
    static func aroundCells(_ parts: WordParts, notes: inout [String]) throws -> Int {
        guard let body = try parts.main.root.child("body") else { return 0 }
        var id = firstId + 600_000
        let cells = body.descendants("tc")
        for cell in cells { wrap([cell], id: &id, tag: nil) }
        return cells.count
    }

    /// Where a block-level content control may stand: the body, a cell, or another block
    /// control (not a text box, a note or a comment: those are left alone).
    private static func holdsBlocks(_ parent: XMLElement?) -> Bool {
        guard let parent else { return false }
        return parent.isWord("body") || parent.isWord("tc") || parent.isWord("sdtContent")
    }

    /// `<w:sdt><w:sdtPr><w:id/>[<w:tag/>]</w:sdtPr><w:sdtContent>elements</w:sdtContent></w:sdt>`
    /// where the first element was.
    private static func wrap(_ elements: [XMLElement], id: inout Int, tag: String?) {
        guard let first = elements.first else { return }
        let sdt = first.part.makeElement("sdt", like: first)
        let properties = sdt.addChild("sdtPr")
        properties.addChild("id", attributes: [("val", String(id))])
        if let tag { properties.addChild("tag", attributes: [("val", tag)]) }
        id += 1
        first.insertBefore(sdt)
        let content = sdt.addChild("sdtContent")
        for element in elements { element.move(into: content) }
    }
}
