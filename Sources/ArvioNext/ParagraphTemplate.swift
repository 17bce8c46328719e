import ArvioXML

/// Who and when, for tracked insertions (`--track-changes`).
struct RevisionStamp {
    var author: String
    /// ISO 8601, e.g. "2022-05-10T09:00:00Z".
    var date: String
    private(set) var nextId: Int = 900_000

    init(author: String, date: String) {
        self.author = author
        self.date = date
    }

    mutating func attributes(prefix: String) -> String {
        defer { nextId += 1 }
        return "\(prefix):id=\"\(nextId)\" \(prefix):author=\"\(XMLText.escaped(author))\" \(prefix):date=\"\(date)\""
    }
}

/// The formatting of an existing paragraph, to write new text in the document's own style:
/// its paragraph properties (without section breaks, list numbering or tracked marks) and its
/// first run's properties.
struct ParagraphTemplate {
    var prefix: String
    var paragraphProperties: [String]   // children of w:pPr, raw XML
    var markProperties: [String]?       // children of w:pPr/w:rPr, raw XML
    var runProperties: [(local: String, xml: String)]

    static let plain = ParagraphTemplate(prefix: "w", paragraphProperties: [], markProperties: nil, runProperties: [])

    init(prefix: String, paragraphProperties: [String], markProperties: [String]?, runProperties: [(local: String, xml: String)]) {
        self.prefix = prefix
        self.paragraphProperties = paragraphProperties
        self.markProperties = markProperties
        self.runProperties = runProperties
    }

    /// Reads paragraph `ordinal` of a part. `keepNumbering` keeps its list numbering (to add an
    /// item to a list); otherwise the new paragraph is plain text in the same style.
    init(paragraph ordinal: Int, spans: XMLSpans, bytes: [UInt8], keepNumbering: Bool = false) {
        prefix = spans.prefix(of: ordinal)
        paragraphProperties = []
        markProperties = nil
        runProperties = []
        func raw(_ child: Int) -> String { String(decoding: bytes[spans[child].start ..< spans[child].end], as: UTF8.self) }
        for child in spans.children(of: ordinal) {
            switch spans.localName(of: child) {
            case "pPr":
                for property in spans.children(of: child) {
                    switch spans.localName(of: property) {
                    case "sectPr", "pPrChange": continue
                    case "numPr" where !keepNumbering: continue
                    case "rPr":
                        markProperties = spans.children(of: property)
                            .filter { !["ins", "del", "moveFrom", "moveTo", "rPrChange"].contains(spans.localName(of: $0)) }
                            .map(raw)
                    default: paragraphProperties.append(raw(property))
                    }
                }
            default: continue
            }
        }
        if let run = Self.firstTextRun(in: ordinal, spans: spans), let rPr = spans.children(of: run).first(where: { spans.localName(of: $0) == "rPr" }) {
            runProperties = spans.children(of: rPr)
                .filter { spans.localName(of: $0) != "rPrChange" }
                .map { (spans.localName(of: $0), raw($0)) }
        }
    }

    /// The same paragraph formatting with the run's emphasis left out (bold, italic, underline,
    /// colour, highlight, …): a new entry looks like the section's text, not like whichever
    /// words of the template paragraph happened to be emphasised.
    var withoutEmphasis: ParagraphTemplate {
        let emphasis: Set<String> = ["b", "bCs", "i", "iCs", "u", "strike", "dstrike", "color", "highlight", "shd",
                                     "caps", "smallCaps", "vertAlign", "em", "effect", "outline", "shadow", "emboss", "imprint"]
        var copy = self
        copy.runProperties = runProperties.filter { !emphasis.contains($0.local) }
        copy.markProperties = markProperties
        return copy
    }

    /// The first run holding text, looking through hyperlinks, insertions and content controls.
    private static func firstTextRun(in ordinal: Int, spans: XMLSpans) -> Int? {
        var fallback: Int?
        for child in spans.children(of: ordinal) {
            switch spans.localName(of: child) {
            case "r":
                if spans.children(of: child).contains(where: { spans.localName(of: $0) == "t" }) { return child }
                if fallback == nil { fallback = child }
            case "hyperlink", "ins", "smartTag", "sdt", "sdtContent", "customXml":
                if let inner = firstTextRun(in: child, spans: spans) { return inner }
            default: continue
            }
        }
        return fallback
    }

    /// A new paragraph with `text` (line breaks become `w:br`). Bold and italic are added when
    /// asked; with `revision`, the paragraph and its run are Word tracked insertions.
    func paragraph(_ text: String, bold: Bool = false, italic: Bool = false, revision: inout RevisionStamp?) -> String {
        let w = prefix.isEmpty ? "" : prefix + ":"
        var pPr = paragraphProperties.joined()
        if var stamp = revision {
            let mark = "<\(w)ins \(stamp.attributes(prefix: prefix.isEmpty ? "w" : prefix))/>"
            revision = stamp
            pPr += "<\(w)rPr>\(mark)\((markProperties ?? []).joined())</\(w)rPr>"
        } else if let markProperties {
            pPr += "<\(w)rPr>\(markProperties.joined())</\(w)rPr>"
        }
        var run = "<\(w)r>"
        let rPr = runPropertiesXML(bold: bold, italic: italic)
        if !rPr.isEmpty { run += "<\(w)rPr>\(rPr)</\(w)rPr>" }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            if index > 0 { run += "<\(w)br/>" }
            run += "<\(w)t xml:space=\"preserve\">\(XMLText.escaped(String(line)))</\(w)t>"
        }
        run += "</\(w)r>"
        if var stamp = revision {
            run = "<\(w)ins \(stamp.attributes(prefix: prefix.isEmpty ? "w" : prefix))>\(run)</\(w)ins>"
            revision = stamp
        }
        return "<\(w)p>" + (pPr.isEmpty ? "" : "<\(w)pPr>\(pPr)</\(w)pPr>") + run + "</\(w)p>"
    }

    /// Run properties with bold/italic added in schema order (rStyle, rFonts, b, bCs, i, iCs, …).
    func runPropertiesXML(bold: Bool, italic: Bool) -> String {
        let w = prefix.isEmpty ? "" : prefix + ":"
        var head: [String] = [], tail: [String] = []
        var hasBold = false, hasItalic = false
        for property in runProperties {
            switch property.local {
            case "rStyle", "rFonts": head.append(property.xml)
            case "b": hasBold = true; head.append(bold ? "<\(w)b/>" : property.xml)
            case "bCs": head.append(property.xml)
            case "i": hasItalic = true; head.append(italic ? "<\(w)i/>" : property.xml)
            case "iCs": head.append(property.xml)
            default: tail.append(property.xml)
            }
        }
        var result = head
        if bold && !hasBold {
            let at = result.firstIndex { !$0.contains("rStyle") && !$0.contains("rFonts") } ?? result.count
            result.insert("<\(w)b/>", at: at)
        }
        if italic && !hasItalic {
            let at = result.firstIndex { $0.contains("iCs") || (!$0.contains("rStyle") && !$0.contains("rFonts") && !$0.contains("\(w)b") ) } ?? result.count
            result.insert("<\(w)i/>", at: at)
        }
        return (result + tail).joined()
    }
}
