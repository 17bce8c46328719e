import Foundation

/// The document's theme (`word/theme/theme1.xml`), given the colours a themed shading refers
/// to. A package without a theme (LibreOffice writes none) gets a plain Office-like one.
enum ThemePart {
    static let drawingNamespace = "http://schemas.openxmlformats.org/drawingml/2006/main"
    static let contentType = "application/vnd.openxmlformats-officedocument.theme+xml"
    static let relationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme"

    /// Puts each colour into its slot of the colour scheme (`accent1` → "FF0000").
    static func setColours(_ colourOfSlot: [String: String], in parts: WordParts) throws {
        let name = try parts.relatedPart("theme") ?? addTheme(to: parts)
        guard let theme = try parts.part(name) else { return }
        guard let scheme = theme.root.descendants.first(where: { $0.localName == "clrScheme" }) else { return }
        for (slotName, colour) in colourOfSlot {
            guard let slot = scheme.children.first(where: { $0.localName == slotName }) else { continue }
            for old in slot.children { old.remove() }
            let value = slot.part.makeElement("srgbClr", like: slot)
            value.setPlainAttribute("val", colour)
            slot.append(value)
        }
    }

    /// Adds the theme part, its relationship from the main part and its content type.
    private static func addTheme(to parts: WordParts) throws -> String {
        let folder = (parts.mainPart as NSString).deletingLastPathComponent
        let name = (folder.isEmpty ? "" : folder + "/") + "theme/theme1.xml"
        parts.setBytes(Data(defaultTheme.utf8), for: name)
        let relsName = parts.mainRelationshipsName
        if parts.package[relsName] == nil {
            parts.setBytes(Data(#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>"#.utf8), for: relsName)
        }
        if let rels = try parts.part(relsName) {
            let relationship = rels.makeElement("Relationship", like: rels.root)
            relationship.setPlainAttribute("Id", "rIdArvioVariantTheme")
            relationship.setPlainAttribute("Type", relationshipType)
            relationship.setPlainAttribute("Target", "theme/theme1.xml")
            rels.root.append(relationship)
        }
        if let types = try parts.part("[Content_Types].xml") {
            let override = types.makeElement("Override", like: types.root)
            override.setPlainAttribute("PartName", "/" + name)
            override.setPlainAttribute("ContentType", contentType)
            types.root.append(override)
        }
        return name
    }

    static let defaultTheme = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements>\
    <a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>\
    <a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2>\
    <a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1>\
    <a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3>\
    <a:accent4><a:srgbClr val="FFC000"/></a:accent4><a:accent5><a:srgbClr val="5B9BD5"/></a:accent5>\
    <a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink>\
    <a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme>\
    <a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>\
    <a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>\
    <a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>\
    <a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst>\
    <a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>\
    <a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>\
    <a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst>\
    <a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>\
    <a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>\
    <a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>\
    <a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements>\
    <a:objectDefaults/><a:extraClrSchemeLst/></a:theme>
    """
}
