import ArvioPackage
import ArvioXML

/// The front door: a .docx file in, a `WordDocument` out, or a `PackageError` that says why not.
public enum DocxReader {
    public static func read(_ file: String, options: ReadOptions = ReadOptions()) throws(PackageError) -> WordDocument {
        let package = try WordPackage.open(file, limits: options.limits)
        return try read(package, options: options)
    }

    public static func read(_ package: WordPackage, options: ReadOptions = ReadOptions()) throws(PackageError) -> WordDocument {
        let main = package.mainPart
        // The part's bytes are dropped as soon as the tree is built.
        let (root, strict) = try { () throws(PackageError) -> (XMLElement, Bool) in
            let bytes = try package.bytes(of: main)
            return (try parse(bytes, part: main), isStrict(bytes))
        }()
        let relationships = try package.relationships(of: main)

        var styles = StyleSheet()
        if let target = relationships.first(kind: "styles")?.target, let stylesRoot = try package.xml(of: target) {
            styles = StyleSheet(stylesRoot)
        }
        var numbering = NumberingDefinitions()
        if let target = relationships.first(kind: "numbering")?.target, let numberingRoot = try package.xml(of: target) {
            numbering = NumberingDefinitions(numberingRoot)
        }
        // Only shading given as a theme colour needs the theme, and Word saves the colour it
        // worked out beside it: a theme part that does not read costs nothing else.
        var theme = ThemeColors()
        var themeWarning: String?
        if let target = relationships.first(kind: "theme")?.target {
            do throws(PackageError) {
                if let themeRoot = try package.xml(of: target) { theme = ThemeColors(themeRoot) }
            } catch {
                themeWarning = "\(target) (the theme) could not be read; theme colours are taken as Word last saved them"
            }
        }
        var shared = PartReader.Shared(
            styles: styles, counter: ListCounter(definitions: numbering, styles: styles),
            formatting: RunFormatting(styles: styles, theme: theme), mode: options.trackedChanges)

        if let themeWarning { shared.warnings.append(ReadingNote(.partNotRead, themeWarning, subject: .theme)) }
        var document = WordDocument(mainPart: main, isStrict: strict)
        guard let body = root.child("w:body") else {
            throw .missingMainPart(expected: "\(main) with a <w:body>")
        }
        var reader = PartReader(part: main, relationships: relationships, shared: shared)
        document.body = reader.blocks(in: body)
        shared = reader.shared
        document.revisions = shared.revisions
        document.sections = shared.sections

        func story(_ part: String, _ container: XMLElement, _ shared: inout PartReader.Shared) throws(PackageError) -> [Block] {
            let storyRelationships = try package.relationships(of: part)
            var storyReader = PartReader(part: part, relationships: storyRelationships, shared: shared)
            let blocks = storyReader.blocks(in: container)
            shared = storyReader.shared
            return blocks
        }

        for (kind, element) in [("footnotes", "w:footnote"), ("endnotes", "w:endnote")] {
            guard let target = relationships.first(kind: kind)?.target, let notesRoot = try package.xml(of: target) else { continue }
            var notes: [Note] = []
            for note in notesRoot.children(element) {
                let type = note.attribute("w:type") ?? "normal"
                guard type == "normal" else { continue }  // separators and continuation notices are not text
                notes.append(Note(id: note.attribute("w:id") ?? "", blocks: try story(target, note, &shared)))
            }
            if kind == "footnotes" { document.footnotes = notes } else { document.endnotes = notes }
        }

        if let target = relationships.first(kind: "comments")?.target, let commentsRoot = try package.xml(of: target) {
            for comment in commentsRoot.children("w:comment") {
                document.comments.append(Comment(
                    id: comment.attribute("w:id") ?? "", author: comment.attribute("w:author"),
                    date: comment.attribute("w:date"), blocks: try story(target, comment, &shared)))
            }
        }

        // Headers and footers in section order, each part read once.
        var seen: Set<String> = []
        for reference in Self.headerFooterReferences(body) {
            guard let target = relationships[reference.id]?.target, !seen.contains(target),
                  let partRoot = try package.xml(of: target) else { continue }
            seen.insert(target)
            let item = HeaderFooter(part: target, type: reference.type, blocks: try story(target, partRoot, &shared))
            if reference.isHeader { document.headers.append(item) } else { document.footers.append(item) }
        }

        if let core = package.packageRelationships.first(kind: "metadata/core-properties")?.target,
           let coreRoot = try package.xml(of: core) {
            document.coreProperties = CorePropertiesReader.read(coreRoot)
        }
        document.warnings = shared.warnings
        return document
    }

    private static func parse(_ bytes: [UInt8], part: String) throws(PackageError) -> XMLElement {
        do { return try XMLTreeReader.parse(bytes, part: part) } catch { throw .xml(error) }
    }

    /// Strict files name the purl.oclc.org namespace on the root element (in UTF-8 or UTF-16).
    private static func isStrict(_ bytes: [UInt8]) -> Bool {
        let namespace = "http://purl.oclc.org/ooxml/wordprocessingml/main"
        let head = bytes.prefix(8192)
        guard head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) else {
            // Bytes, not a String: String.contains goes through Foundation's locale-aware search.
            return head.withUnsafeBytes { contains($0, Array(namespace.utf8)) }
        }
        let bigEndian = head.first == 0xFE
        var units: [UInt16] = []
        for index in stride(from: 2, to: head.count - 1, by: 2) {
            let first = UInt16(head[index]), second = UInt16(head[index + 1])
            units.append(bigEndian ? (first << 8) | second : (second << 8) | first)
        }
        return String(decoding: units, as: UTF16.self).contains(namespace)
    }

    private static func contains(_ haystack: UnsafeRawBufferPointer, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return false }
        var start = 0
        while start + needle.count <= haystack.count {
            if haystack[start] == first, needle.indices.allSatisfy({ haystack[start + $0] == needle[$0] }) { return true }
            start += 1
        }
        return false
    }

    private struct HeaderFooterReference { let id: String; let type: String; let isHeader: Bool }

    private static func headerFooterReferences(_ body: XMLElement) -> [HeaderFooterReference] {
        var result: [HeaderFooterReference] = []
        func collect(_ sectPr: XMLElement) {
            for reference in sectPr.elements where reference.name == "w:headerReference" || reference.name == "w:footerReference" {
                guard let id = reference.attribute("r:id") else { continue }
                result.append(HeaderFooterReference(id: id, type: reference.attribute("w:type") ?? "default",
                                                    isHeader: reference.name == "w:headerReference"))
            }
        }
        func walk(_ element: XMLElement) {
            for child in element.childElements {
                switch child.name {
                case "w:sectPr": collect(child)
                case "w:p": if let sectPr = child.child("w:pPr")?.child("w:sectPr") { collect(sectPr) }
                case "w:sdt", "w:sdtContent", "w:customXml": walk(child)
                default: continue
                }
            }
        }
        walk(body)
        return result
    }
}

enum CorePropertiesReader {
    static func read(_ root: XMLElement) -> CoreProperties {
        var properties = CoreProperties()
        for element in root.elements {
            let value = element.text.isEmpty ? nil : element.text
            switch element.name {
            case "dc:title": properties.title = value
            case "dc:subject": properties.subject = value
            case "dc:creator": properties.creator = value
            case "cp:keywords": properties.keywords = value
            case "dc:description": properties.description = value
            case "cp:lastModifiedBy": properties.lastModifiedBy = value
            case "cp:revision": properties.revision = value
            case "dcterms:created": properties.created = value
            case "dcterms:modified": properties.modified = value
            case "dc:language": properties.language = value
            case "cp:category": properties.category = value
            default: continue
            }
        }
        return properties
    }
}
