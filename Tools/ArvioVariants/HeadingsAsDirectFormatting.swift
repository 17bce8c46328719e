/// Headings written the way many coordinators write them: a Normal paragraph whose runs are
/// bold and larger, the number typed in ("1.1 Kiireettömät ajat …") where a list gave it.
enum HeadingsAsDirectFormatting {
    /// Half-points per level: Title 18 pt, Heading 1 16 pt, 2 14 pt, 3 13 pt, deeper 12 pt.
    static func size(forLevel level: Int) -> String {
        switch level {
        case 0: "36"
        case 1: "32"
        case 2: "28"
        case 3: "26"
        default: "24"
        }
    }

    static func apply(_ parts: WordParts, notes: inout [String]) throws -> Int {
        let styles = try HeadingStyles(parts)
        var counters = try ListCounters(parts)
        let body = try parts.main.root.child("body")
        var edits = 0
        for paragraph in body?.descendants("p") ?? [] {
            let properties = paragraph.child("pPr")
            let styleId = properties?.child("pStyle")?["val"]
            // Every numbered paragraph advances its list, heading or not, so the labels match Word's.
            var label: String?
            let numbering = effectiveNumbering(of: paragraph, styles: styles, styleId: styleId)
            if let numbering {
                label = counters.advance(numId: numbering.numId, level: numbering.level)
            }
            guard let styleId, let level = styles.level(of: styleId), let properties else { continue }
            properties.child("pStyle")?.remove()
            let numbered = numbering != nil
            properties.child("numPr")?.remove()
            // A style's outline level would still make it a heading to Word's navigation pane.
            properties.child("outlineLvl")?.remove()
            let size = size(forLevel: level)
            for run in paragraph.descendants("r") { emphasise(run, size: size) }
            if numbered {
                if let label {
                    if !label.isEmpty { typeLabel(label + " ", into: paragraph, after: properties, size: size) }
                } else {
                    notes.append("heading “\(paragraph.text)” is numbered by a bullet or an unknown list; its number is not typed in")
                }
            }
            edits += 1
        }
        return edits
    }

    private static func effectiveNumbering(of paragraph: XMLElement, styles: HeadingStyles, styleId: String?)
        -> (numId: String, level: Int)?
    {
        let fromStyle = styleId.flatMap { styles.numbering(of: $0) }
        if let numPr = paragraph.child("pPr")?.child("numPr") {
            let numId = numPr.child("numId")?["val"] ?? fromStyle?.numId
            let level = numPr.child("ilvl")?["val"].flatMap(Int.init) ?? fromStyle?.level ?? 0
            // numId 0 takes the numbering away (LibreOffice writes it into every heading style).
            return numId.flatMap { $0 == "0" ? nil : ($0, level) }
        }
        return fromStyle?.numId == "0" ? nil : fromStyle
    }

    /// Bold and `size` half-points on the run, replacing what it had.
    static func emphasise(_ run: XMLElement, size: String) {
        let properties = run.ensureChild("rPr", first: true)
        properties.child("b")?.remove()
        properties.child("sz")?.remove()
        // Order in CT_RPr: rStyle, rFonts, b, …, sz; `b` goes after rStyle/rFonts, `sz` near the end.
        let bold = properties.part.makeElement("b", like: properties)
        if let anchor = properties.children.last(where: { $0.isWord("rStyle") || $0.isWord("rFonts") }) {
            anchor.insertAfter(bold)
        } else if let first = properties.children.first {
            first.insertBefore(bold)
        } else {
            properties.append(bold)
        }
        let sizeElement = properties.part.makeElement("sz", like: properties)
        sizeElement["val"] = size
        let after: Set<String> = ["szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs",
                                  "em", "lang", "eastAsianLayout", "specVanish", "oMath"]
        if let next = properties.children.first(where: { after.contains($0.localName) }) {
            next.insertBefore(sizeElement)
        } else {
            properties.append(sizeElement)
        }
    }

    private static func typeLabel(_ label: String, into paragraph: XMLElement, after properties: XMLElement, size: String) {
        let run = paragraph.part.makeElement("r", like: paragraph)
        let text = run.addChild("t")
        text.appendText(label)
        text.preserveSpace()
        emphasise(run, size: size)
        properties.insertAfter(run)
    }
}

