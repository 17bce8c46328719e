/// Style ids as Word writes them in a Finnish installation: the id follows the UI language
/// ("Otsikko1"), the name stays the English built-in one ("heading 1"). Renamed consistently
/// wherever a style is defined or referred to, in every XML part.
enum FinnishStyleIds {
    /// English id → the id Finnish Word gives the same built-in style.
    static let ids: [String: String] = {
        var ids: [String: String] = [
            "Normal": "Normaali", "Title": "Otsikko", "Subtitle": "Alaotsikko", "ListParagraph": "Luettelokappale",
            "Caption": "Kuvaotsikko", "TableGrid": "TaulukkoRuudukko", "Header": "Yltunniste", "Footer": "Alatunniste",
            "FootnoteText": "Alaviitteenteksti", "FootnoteReference": "Alaviitteenviite", "Hyperlink": "Hyperlinkki",
            "TOCHeading": "Sisllysluettelonotsikko", "NoSpacing": "Eivli", "Quote": "Lainaus", "Strong": "Voimakas",
            "Emphasis": "Korostus", "BodyText": "Leipteksti", "CommentText": "Kommentinteksti",
            "CommentReference": "Kommentinviite", "BalloonText": "Seliteteksti", "TitleChar": "OtsikkoChar",
            "ListBullet": "Merkittyluettelo", "ListNumber": "Numeroituluettelo",
        ]
        for level in 1 ... 9 {
            ids["Heading\(level)"] = "Otsikko\(level)"
            ids["Heading\(level)Char"] = "Otsikko\(level)Char"
            ids["TOC\(level)"] = "Sisluet\(level)"
        }
        return ids
    }()

    /// Elements whose `w:val` names a style.
    static let references: Set<String> = ["pStyle", "rStyle", "tblStyle", "basedOn", "next", "link", "styleLink", "numStyleLink"]

    static func apply(_ parts: WordParts, notes: inout [String]) throws -> Int {
        var edits = 0
        for name in parts.xmlPartNames where name.hasSuffix(".xml") && name != "[Content_Types].xml" {
            guard let part = try parts.part(name), WordNamespace.isMain(part.root.namespace) else { continue }
            for element in part.root.descendants where WordNamespace.isMain(element.namespace) {
                if element.localName == "style", let id = element["styleId"], let finnish = ids[id] {
                    element["styleId"] = finnish
                    edits += 1
                } else if references.contains(element.localName), let id = element["val"], let finnish = ids[id] {
                    element["val"] = finnish
                }
            }
        }
        return edits
    }
}
