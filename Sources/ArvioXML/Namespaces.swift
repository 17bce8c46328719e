/// The namespace table: every OOXML namespace Arvio reads, Transitional and Strict alike,
/// mapped to the short prefix the rest of the code uses.
public enum Namespaces {
    public static let ooxml: [String: String] = {
        var table: [String: String] = [:]
        let pairs: [(String, [String])] = [
            ("w", ["http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                   "http://purl.oclc.org/ooxml/wordprocessingml/main"]),
            ("r", ["http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                   "http://purl.oclc.org/ooxml/officeDocument/relationships"]),
            ("m", ["http://schemas.openxmlformats.org/officeDocument/2006/math",
                   "http://purl.oclc.org/ooxml/officeDocument/math"]),
            ("wp", ["http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
                    "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing"]),
            ("a", ["http://schemas.openxmlformats.org/drawingml/2006/main",
                   "http://purl.oclc.org/ooxml/drawingml/main"]),
            ("pic", ["http://schemas.openxmlformats.org/drawingml/2006/picture",
                     "http://purl.oclc.org/ooxml/drawingml/picture"]),
            ("mc", ["http://schemas.openxmlformats.org/markup-compatibility/2006"]),
            ("v", ["urn:schemas-microsoft-com:vml"]),
            ("o", ["urn:schemas-microsoft-com:office:office"]),
            ("w10", ["urn:schemas-microsoft-com:office:word"]),
            ("wps", ["http://schemas.microsoft.com/office/word/2010/wordprocessingShape"]),
            ("wpg", ["http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"]),
            ("wpc", ["http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas"]),
            ("w14", ["http://schemas.microsoft.com/office/word/2010/wordml"]),
            ("w15", ["http://schemas.microsoft.com/office/word/2012/wordml"]),
            ("ct", ["http://schemas.openxmlformats.org/package/2006/content-types"]),
            ("rel", ["http://schemas.openxmlformats.org/package/2006/relationships"]),
            ("cp", ["http://schemas.openxmlformats.org/package/2006/metadata/core-properties"]),
            ("dc", ["http://purl.org/dc/elements/1.1/"]),
            ("dcterms", ["http://purl.org/dc/terms/"]),
            ("xsi", ["http://www.w3.org/2001/XMLSchema-instance"]),
            ("xml", ["http://www.w3.org/XML/1998/namespace"]),
        ]
        for (prefix, uris) in pairs { for uri in uris { table[uri] = prefix } }
        return table
    }()

    /// The Strict namespaces, so a reader can say which flavour it saw.
    public static func isStrict(_ uri: String) -> Bool { uri.hasPrefix("http://purl.oclc.org/ooxml/") }
}
