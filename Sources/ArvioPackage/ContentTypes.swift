import ArvioXML

/// `[Content_Types].xml`: which media type each part has, by override or by extension.
public struct ContentTypes: Sendable {
    public var defaults: [String: String] = [:]   // lower-cased extension → type
    public var overrides: [String: String] = [:]  // lower-cased part name, no leading "/" → type

    public init() {}

    public init(_ root: XMLElement) {
        for element in root.elements {
            let local = element.name.split(separator: ":").last.map(String.init) ?? element.name
            if local == "Default", let ext = element.attribute("Extension"), let type = element.attribute("ContentType") {
                defaults[ext.lowercased()] = type
            } else if local == "Override", let name = element.attribute("PartName"), let type = element.attribute("ContentType") {
                overrides[PartName.normalise(name).lowercased()] = type
            }
        }
    }

    public func type(of part: String) -> String? {
        if let type = overrides[part.lowercased()] { return type }
        guard let dot = part.lastIndex(of: ".") else { return nil }
        return defaults[part[part.index(after: dot)...].lowercased()]
    }

    /// Parts whose type is a WordprocessingML main document (document, template, macro-enabled).
    public var mainDocumentCandidates: [String] {
        overrides.filter { $0.value.contains("wordprocessingml") && $0.value.hasSuffix(".main+xml") }
            .keys.sorted()
    }
}

/// Part names inside the package: no leading "/", "." and ".." resolved, %-escapes decoded.
public enum PartName {
    public static func normalise(_ name: String) -> String {
        // Nearly every name is already normal ("word/document.xml"): a look at its bytes is
        // enough, where splitting and joining every name was a seventh of opening a package.
        isNormal(name) ? name : resolved(name)
    }

    /// `normalise` the long way: %-decoded, split into segments, "." and ".." resolved, joined.
    /// Decoded first (RFC 3986 §6.2.2.2 compares names with escaped characters decoded): an
    /// escaped dot segment ("%2E%2E") is a ".." like any other and is resolved here, so what
    /// comes out never holds a ".." segment, whatever the escapes spelled (zip-path safety).
    static func resolved(_ name: String) -> String {
        var segments: [Substring] = []
        for segment in percentDecoded(name).split(separator: "/", omittingEmptySubsequences: true) {
            if segment == "." { continue }
            if segment == ".." { _ = segments.popLast(); continue }
            segments.append(segment)
        }
        return segments.joined(separator: "/")
    }

    /// No "%", no empty segment (leading, trailing or doubled "/") and no segment starting with
    /// ".": `normalise` would give the name back as it is.
    static func isNormal(_ name: String) -> Bool {
        var previous = UInt8(ascii: "/")
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "%"): return false
            case UInt8(ascii: "/"), UInt8(ascii: "."): if previous == UInt8(ascii: "/") { return false }
            default: break
            }
            previous = byte
        }
        return previous != UInt8(ascii: "/")
    }

    /// The folder of a part ("word" for "word/document.xml", "" at the root).
    public static func folder(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "" }
        return String(part[..<slash])
    }

    /// Where the relationships of `part` live: "word/_rels/document.xml.rels"; "_rels/.rels" for the package.
    public static func relationshipsPart(of part: String) -> String {
        if part.isEmpty { return "_rels/.rels" }
        let folder = folder(of: part)
        let file = part.split(separator: "/").last.map(String.init) ?? part
        return (folder.isEmpty ? "" : folder + "/") + "_rels/" + file + ".rels"
    }

    static func percentDecoded(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8)[...]
        while let byte = iterator.popFirst() {
            if byte == UInt8(ascii: "%"), iterator.count >= 2,
               let value = UInt8(String(decoding: iterator.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(value)
                iterator = iterator.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
