/// Strict Open XML, as Word's "Strict Open XML Document" save writes it: the ISO namespaces
/// (purl.oclc.org/ooxml) for the WordprocessingML, DrawingML, relationship and property
/// vocabularies, Strict relationship types, `w:conformance="strict"` on the main part, and
/// the Strict names for left/right justification. Package-level names (content types,
/// package relationships, core properties) are the same in both and stay.
enum StrictConformance {
    /// Transitional namespace → Strict namespace.
    static let namespaces: [String: String] = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "http://purl.oclc.org/ooxml/wordprocessingml/main",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships": "http://purl.oclc.org/ooxml/officeDocument/relationships",
        "http://schemas.openxmlformats.org/drawingml/2006/main": "http://purl.oclc.org/ooxml/drawingml/main",
        "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing": "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing",
        "http://schemas.openxmlformats.org/drawingml/2006/picture": "http://purl.oclc.org/ooxml/drawingml/picture",
        "http://schemas.openxmlformats.org/drawingml/2006/chart": "http://purl.oclc.org/ooxml/drawingml/chart",
        "http://schemas.openxmlformats.org/drawingml/2006/diagram": "http://purl.oclc.org/ooxml/drawingml/diagram",
        "http://schemas.openxmlformats.org/officeDocument/2006/math": "http://purl.oclc.org/ooxml/officeDocument/math",
        "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties": "http://purl.oclc.org/ooxml/officeDocument/extendedProperties",
        "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties": "http://purl.oclc.org/ooxml/officeDocument/customProperties",
        "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes": "http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes",
        "http://schemas.openxmlformats.org/officeDocument/2006/customXml": "http://purl.oclc.org/ooxml/officeDocument/customXml",
        "http://schemas.openxmlformats.org/officeDocument/2006/bibliography": "http://purl.oclc.org/ooxml/officeDocument/bibliography",
    ]
    static let transitionalRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    static let strictRelationships = "http://purl.oclc.org/ooxml/officeDocument/relationships/"

    static func apply(_ parts: WordParts, notes: inout [String]) throws -> Int {
        var edits = 0
        for name in parts.xmlPartNames where name != "[Content_Types].xml" {
            guard let part = try parts.part(name) else { continue }
            if name.hasSuffix(".rels") {
                for relationship in part.root.children where relationship.localName == "Relationship" {
                    if let type = relationship.plainAttribute("Type"), type.hasPrefix(transitionalRelationships) {
                        relationship.setPlainAttribute("Type", strictRelationships + type.dropFirst(transitionalRelationships.count))
                        edits += 1
                    }
                }
                continue
            }
            edits += part.renameNamespaces(namespaces)
            for element in part.root.descendants where WordNamespace.isMain(element.namespace) && element.localName == "jc" {
                switch element["val"] {
                case "left": element["val"] = "start"
                case "right": element["val"] = "end"
                default: break
                }
            }
        }
        let main = try parts.main
        main.root["conformance"] = "strict"
        return edits
    }
}
