/// Which paragraph styles are headings, read from the styles part on its own terms: a style
/// named "heading N" or "Title" (names are the same in every UI language, ids are not), or
/// one with an outline level, directly or through `w:basedOn`.
struct HeadingStyles {
    struct Style {
        var name: String?
        var basedOn: String?
        var outlineLevel: Int?
        var numbering: (numId: String, level: Int)?
    }

    private(set) var styles: [String: Style] = [:]

    init(_ parts: WordParts) throws {
        guard let name = try parts.relatedPart("styles"), let part = try parts.part(name) else { return }
        for element in part.root.children("style") where element["type"] == "paragraph" {
            guard let id = element["styleId"] else { continue }
            var style = Style()
            style.name = element.child("name")?["val"]
            style.basedOn = element.child("basedOn")?["val"]
            if let pPr = element.child("pPr") {
                style.outlineLevel = pPr.child("outlineLvl")?["val"].flatMap(Int.init)
                if let numPr = pPr.child("numPr"), let numId = numPr.child("numId")?["val"] {
                    style.numbering = (numId, numPr.child("ilvl")?["val"].flatMap(Int.init) ?? 0)
                }
            }
            styles[id] = style
        }
    }

    /// 0 for a title, 1–9 for headings, nil for body text.
    func level(of styleId: String) -> Int? {
        var current: String? = styleId
        var seen: Set<String> = []
        while let id = current, !seen.contains(id), let style = styles[id] {
            seen.insert(id)
            let name = style.name?.lowercased() ?? ""
            if name == "title" { return 0 }
            if name.hasPrefix("heading "), let number = Int(name.dropFirst("heading ".count)), (1 ... 9).contains(number) {
                return number
            }
            if let outline = style.outlineLevel, outline < 9 { return outline + 1 }
            current = style.basedOn
        }
        return nil
    }

    /// List numbering the style chain gives its paragraphs.
    func numbering(of styleId: String) -> (numId: String, level: Int)? {
        var current: String? = styleId
        var seen: Set<String> = []
        while let id = current, !seen.contains(id), let style = styles[id] {
            seen.insert(id)
            if let numbering = style.numbering { return numbering }
            current = style.basedOn
        }
        return nil
    }

    /// The heading level of a paragraph element (`w:p`), from its `w:pStyle`.
    func level(ofParagraph paragraph: XMLElement) -> Int? {
        guard let id = paragraph.child("pPr")?.child("pStyle")?["val"] else { return nil }
        return level(of: id)
    }
}
