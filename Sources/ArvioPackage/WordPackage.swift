import ArvioXML

/// An opened .docx as an OPC package: its parts, content types and relationships.
/// The main document is found through `_rels/.rels` (or, failing that, `[Content_Types].xml`),
/// never by assuming `word/document.xml`.
public struct WordPackage {
    public let file: String
    public let contentTypes: ContentTypes
    public let packageRelationships: Relationships
    /// Part name of the main WordprocessingML document.
    public let mainPart: String
    private let archive: ZipArchive
    /// Lower-cased part name → entry (OPC part names are case-insensitive).
    private let entriesByName: [String: ZipEntry]

    public var entries: [ZipEntry] { archive.entries }

    public static func open(_ file: String, limits: PackageLimits = .default) throws(PackageError) -> WordPackage {
        switch try FileSniffer.sniff(path: file) {
        case .zip: break
        case .empty: throw .empty
        case .ole2(let encrypted): throw encrypted ? .passwordProtected : .legacyWordDocument
        case .other(let looksLike): throw .notAZip(looksLike: looksLike)
        }
        let archive = try ZipArchive(path: file, limits: limits)
        return try WordPackage(file: file, archive: archive)
    }

    private init(file: String, archive: ZipArchive) throws(PackageError) {
        self.file = file
        self.archive = archive
        var byName: [String: ZipEntry] = [:]
        for entry in archive.entries {
            try Self.checkName(entry.name)
            let key = entry.name.lowercased()
            if byName[key] != nil { throw .duplicateEntry(entry.name) }
            byName[key] = entry
        }
        entriesByName = byName

        let typesEntry = byName["[content_types].xml"]
        contentTypes = try typesEntry.map { entry throws(PackageError) in
            ContentTypes(try Self.parse(archive.read(entry), part: entry.name))
        } ?? ContentTypes()
        packageRelationships = try byName["_rels/.rels"].map { entry throws(PackageError) in
            Relationships(try Self.parse(archive.read(entry), part: entry.name), source: "")
        } ?? Relationships()

        if let main = packageRelationships.first(kind: "officeDocument") {
            guard byName[main.target.lowercased()] != nil else { throw .missingMainPart(expected: main.target) }
            mainPart = byName[main.target.lowercased()]!.name
        } else if let candidate = contentTypes.mainDocumentCandidates.first(where: { byName[$0] != nil }) {
            mainPart = byName[candidate]!.name
        } else {
            throw .missingMainPart(expected: nil)
        }
    }

    /// Entry names a reader must never trust: absolute paths, parent references, backslashes, NUL.
    static func checkName(_ name: String) throws(PackageError) {
        if name.hasPrefix("/") || name.unicodeScalars.contains("\\") || name.unicodeScalars.contains("\0") || name.isEmpty
            || name.split(separator: "/").contains("..") || (name.count > 1 && name.dropFirst().hasPrefix(":")) {
            throw .unsafeEntryName(name)
        }
    }


    private static func parse(_ bytes: [UInt8], part: String) throws(PackageError) -> XMLElement {
        do { return try XMLTreeReader.parse(bytes, part: part) } catch { throw .xml(error) }
    }

    public func contains(_ part: String) -> Bool { entriesByName[part.lowercased()] != nil }

    /// The raw bytes of a part, bounded by the package limits.
    public func bytes(of part: String) throws(PackageError) -> [UInt8] {
        guard let entry = entriesByName[part.lowercased()] else { throw .missingMainPart(expected: part) }
        return try archive.read(entry)
    }

    /// A part parsed as XML; nil when the package has no such part.
    public func xml(of part: String) throws(PackageError) -> XMLElement? {
        guard let entry = entriesByName[part.lowercased()] else { return nil }
        return try Self.parse(archive.read(entry), part: entry.name)
    }

    /// The relationships whose source is `part` (empty when it has none).
    public func relationships(of part: String) throws(PackageError) -> Relationships {
        guard let root = try xml(of: PartName.relationshipsPart(of: part)) else { return Relationships() }
        return Relationships(root, source: part)
    }
}
