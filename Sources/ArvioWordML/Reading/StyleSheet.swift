import ArvioXML

/// `word/styles.xml` reduced to what the tree needs: names, the `basedOn` chain, outline
/// levels, numbering attached to styles, and run formatting to resolve effective formats.
struct StyleSheet {
    struct Style {
        var id: String
        var name: String?
        var type: String
        var basedOn: String?
        var outlineLevel: Int?
        var numId: Int?
        var numLevel: Int?
        var runProperties: XMLElement?
        var isDefault: Bool
        /// `name` lowercased, once per style rather than once per style per chain it is in.
        var lowercasedName: String?
    }

    private(set) var styles: [String: Style] = [:]
    private(set) var defaultRunProperties: XMLElement?
    private(set) var defaultParagraphStyle: String?
    /// What every paragraph asks of its style, resolved once per style rather than walking the
    /// `basedOn` chain four times a paragraph — and only for the styles the document uses (a
    /// styles part defines a hundred or more, most of them unused).
    private let resolved = ResolvedStyles()

    /// Shared by copies of the sheet: it only ever caches what the (immutable) styles imply.
    private final class ResolvedStyles {
        var byId: [String: Resolved?] = [:]
    }

    struct Resolved {
        var name: String?
        var headingLevel: Int?
        var isTitle: Bool
        var numbering: (numId: Int, level: Int?)?
    }

    init() {}

    init(_ root: XMLElement) {
        defaultRunProperties = root.child("w:docDefaults")?.child("w:rPrDefault")?.child("w:rPr")
        // Names as the part's ids, looked up once rather than hashed for each of a hundred styles.
        func id(_ name: String) -> Int32 { root.nameId(name) ?? WordNames.absent }
        let (styleId, pPrId, numPrId, nameId, valId, typeId, basedOnId, outlineLvlId, numIdId, ilvlId, rPrId, defaultId) =
            (id("w:styleId"), id("w:pPr"), id("w:numPr"), id("w:name"), id("w:val"), id("w:type"), id("w:basedOn"),
             id("w:outlineLvl"), id("w:numId"), id("w:ilvl"), id("w:rPr"), id("w:default"))
        for element in root.children("w:style") {
            guard let id = element.attribute(nameId: styleId) else { continue }
            let pPr = element.child(nameId: pPrId)
            let numPr = pPr?.child(nameId: numPrId)
            let name = element.child(nameId: nameId)?.attribute(nameId: valId)
            let style = Style(
                id: id,
                name: name,
                type: element.attribute(nameId: typeId) ?? "paragraph",
                basedOn: element.child(nameId: basedOnId)?.attribute(nameId: valId),
                outlineLevel: pPr?.child(nameId: outlineLvlId)?.attribute(nameId: valId).flatMap(Int.init),
                numId: numPr?.child(nameId: numIdId)?.attribute(nameId: valId).flatMap(Int.init),
                numLevel: numPr?.child(nameId: ilvlId)?.attribute(nameId: valId).flatMap(Int.init),
                runProperties: element.child(nameId: rPrId),
                isDefault: OnOff.value(element.attribute(nameId: defaultId)) ?? false,
                lowercasedName: name?.lowercased())
            styles[id] = style
            if style.isDefault && style.type == "paragraph" { defaultParagraphStyle = id }
        }
    }

    private func resolve(_ id: String) -> Resolved? {
        if let known = resolved.byId[id] { return known }
        var result: Resolved?
        if let style = styles[id] {
            let chain = chain(id)
            result = Resolved(name: style.name, headingLevel: Self.resolveHeadingLevel(chain), isTitle: Self.resolveIsTitle(chain),
                              numbering: Self.resolveNumbering(chain))
        }
        resolved.byId[id] = result
        return result
    }

    /// The style and its ancestors, nearest first; stops on cycles.
    func chain(_ id: String?) -> [Style] {
        var result: [Style] = []
        var seen: Set<String> = []
        var next = id
        while let current = next, !seen.contains(current), let style = styles[current] {
            seen.insert(current)
            result.append(style)
            next = style.basedOn
        }
        return result
    }

    func name(of id: String?) -> String? { id.flatMap { styles[$0]?.name } }

    /// What a paragraph asks of its style (name, heading level, title, numbering) in one look-up;
    /// nil for no style or an unknown one.
    func resolvedStyle(_ id: String?) -> Resolved? { id.flatMap(resolve) }

    /// Heading level 1–9 from the style chain: a "heading N" name wins, then `w:outlineLvl`
    /// (0-based, 9 = body text). The id is never used: Word localises it ("Otsikko1").
    func headingLevel(_ id: String?) -> Int? { id.flatMap { resolve($0)?.headingLevel } }

    private static func resolveHeadingLevel(_ chain: [Style]) -> Int? {
        for style in chain {
            if let name = style.lowercasedName, name.hasPrefix("heading "),
               let level = Int(name.dropFirst("heading ".count)), (1 ... 9).contains(level) {
                return level
            }
            if let outline = style.outlineLevel { return outline < 9 ? outline + 1 : nil }
        }
        return nil
    }

    /// The document title (Word's "Title" style or one based on it). "Subtitle" is often based
    /// on "Title" (pandoc's reference.docx does this) but is not the title.
    func isTitle(_ id: String?) -> Bool { id.flatMap { resolve($0)?.isTitle } ?? false }

    private static func resolveIsTitle(_ chain: [Style]) -> Bool {
        for style in chain {
            switch style.lowercasedName {
            case "title": return true
            case "subtitle": return false
            default: continue
            }
        }
        return false
    }

    /// Numbering a paragraph inherits from its style chain.
    func numbering(_ id: String?) -> (numId: Int, level: Int?)? { id.flatMap { resolve($0)?.numbering } }

    private static func resolveNumbering(_ chain: [Style]) -> (numId: Int, level: Int?)? {
        for style in chain {
            if let numId = style.numId { return (numId, style.numLevel) }
        }
        return nil
    }

    /// A paragraph style's run properties, farthest ancestor first, so later ones override.
    func runPropertiesChain(_ id: String?) -> [XMLElement] {
        chain(id).reversed().compactMap(\.runProperties)
    }
}

/// `w:b`, `w:i`, `w:default` and friends: absent value means on; "0", "false", "off" mean off.
enum OnOff {
    static func value(_ text: String?) -> Bool? {
        guard let text else { return nil }
        switch text.lowercased() {
        case "0", "false", "off", "none": return false
        default: return true
        }
    }

    static func flag(_ element: XMLElement?) -> Bool? {
        guard let element else { return nil }
        return value(element.attribute("w:val")) ?? true
    }
}
