/// A reviewer's tracked changes left pending: what Word shows with "No Markup" (the accepted
/// view) is the original text. Every third paragraph with text has its first run inside
/// `w:ins`; the next one gets deleted text ("luonnos: ") before its first run; and one whole
/// paragraph — text and paragraph mark — is inserted as deleted before a plain body paragraph.
enum PendingChanges {
    static let author = "Arvioija"
    static let date = "2022-04-12T10:00:00Z"
    static let deletedWords = "luonnos: "
    static let deletedParagraph = "Tämä kappale poistetaan."

    static func apply(_ parts: WordParts, notes: inout [String]) throws -> Int {
        guard let body = try parts.main.root.child("body") else { return 0 }
        var id = 800_000
        var edits = 0
        let paragraphs = body.descendants("p").filter { firstTextRun(of: $0) != nil && !isTracked($0) }
        for (index, paragraph) in paragraphs.enumerated() {
            guard let run = firstTextRun(of: paragraph) else { continue }
            switch index % 3 {
            case 0:
                let insertion = change("ins", like: run, id: &id)
                run.insertBefore(insertion)
                run.move(into: insertion)
                edits += 1
            case 1:
                let deletion = change("del", like: run, id: &id)
                let deleted = deletion.addChild("r")
                if let properties = run.child("rPr") { deleted.append(properties.copy()) }
                let text = deleted.addChild("delText")
                text.appendText(deletedWords)
                text.preserveSpace()
                run.insertBefore(deletion)
                edits += 1
            default:
                continue
            }
        }
        if let target = body.children.filter({ isPlain($0) }).dropFirst(2).first {
            let paragraph = target.part.makeElement("p", like: target)
            let properties = target.child("pPr")?.copy() ?? paragraph.part.makeElement("pPr", like: paragraph)
            paragraph.append(properties)
            let markProperties = properties.child("rPr") ?? {
                let made = properties.part.makeElement("rPr", like: properties)
                if let after = properties.children.first(where: { $0.isWord("sectPr") || $0.isWord("pPrChange") }) {
                    after.insertBefore(made)
                } else {
                    properties.append(made)
                }
                return made
            }()
            // CT_ParaRPr: the mark's own ins/del come first.
            let markDeletion = change("del", like: markProperties, id: &id)
            if let first = markProperties.children.first { first.insertBefore(markDeletion) } else { markProperties.append(markDeletion) }
            let deletion = change("del", like: paragraph, id: &id)
            let text = deletion.addChild("r").addChild("delText")
            text.appendText(deletedParagraph)
            text.preserveSpace()
            paragraph.append(deletion)
            target.insertBefore(paragraph)
            edits += 1
        }
        return edits
    }

    static let deletedRowText = "Poistettu rivi."

    /// The last row of every table marked as inserted, and after it a deleted row of the same
    /// shape whose cells say `deletedRowText` in deleted text.
    static func rows(_ parts: WordParts, notes: inout [String]) throws -> Int {
        guard let body = try parts.main.root.child("body") else { return 0 }
        var id = 850_000
        var edits = 0
        for table in body.descendants("tbl") {
            guard let last = table.children("tr").last else { continue }
            let deleted = last.copy()
            markRow(last, change("ins", like: last, id: &id))
            markRow(deleted, change("del", like: deleted, id: &id))
            for cell in deleted.children("tc") {
                for old in cell.children where !old.isWord("tcPr") { old.remove() }
                let paragraph = cell.addChild("p")
                let markProperties = paragraph.addChild("pPr").addChild("rPr")
                markProperties.append(change("del", like: markProperties, id: &id))
                let deletion = change("del", like: paragraph, id: &id)
                paragraph.append(deletion)
                let text = deletion.addChild("r").addChild("delText")
                text.appendText(deletedRowText)
                text.preserveSpace()
            }
            last.insertAfter(deleted)
            edits += 1
        }
        return edits
    }

    /// CT_TrPr: the row's own `w:ins`/`w:del` after its other properties, before `w:trPrChange`.
    private static func markRow(_ row: XMLElement, _ mark: XMLElement) {
        let properties = row.child("trPr") ?? {
            let made = row.part.makeElement("trPr", like: row)
            if let anchor = row.children.first(where: { $0.isWord("tblPrEx") }) {
                anchor.insertAfter(made)
            } else if let first = row.children.first {
                first.insertBefore(made)
            } else {
                row.append(made)
            }
            return made
        }()
        for old in properties.children where old.isWord("ins") || old.isWord("del") { old.remove() }
        if let change = properties.child("trPrChange") { change.insertBefore(mark) } else { properties.append(mark) }
    }

    /// A body paragraph with text, not a list item, not a heading-styled or section-ending one.
    private static func isPlain(_ element: XMLElement) -> Bool {
        guard element.isWord("p"), firstTextRun(of: element) != nil else { return false }
        let properties = element.child("pPr")
        return properties?.child("numPr") == nil && properties?.child("pStyle") == nil && properties?.child("sectPr") == nil
    }

    private static func firstTextRun(of paragraph: XMLElement) -> XMLElement? {
        paragraph.children("r").first { run in
            run.children("t").contains { !$0.content.isEmpty }
        }
    }

    private static func isTracked(_ paragraph: XMLElement) -> Bool {
        !paragraph.children("ins").isEmpty || !paragraph.children("del").isEmpty
    }

    private static func change(_ kind: String, like sibling: XMLElement, id: inout Int) -> XMLElement {
        let element = sibling.part.makeElement(kind, like: sibling)
        element["id"] = String(id)
        element["author"] = author
        element["date"] = date
        id += 1
        return element
    }
}
