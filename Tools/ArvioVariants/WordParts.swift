import Foundation

/// A .docx opened for rewriting: the package, its main document part found through
/// `_rels/.rels` (never assumed to be `word/document.xml`), and the XML parts parsed so far.
/// Parts are parsed on first use and serialised back by `finish()`.
final class WordParts {
    private(set) var package: DocxPackage
    private var parsed: [String: XMLPart] = [:]
    let mainPart: String

    init(package: DocxPackage, file: String) throws {
        self.package = package
        guard let rels = package["_rels/.rels"], let relsPart = try? XMLPart(name: "_rels/.rels", bytes: rels),
              let main = relsPart.root.children.first(where: {
                  $0.plainAttribute("Type")?.hasSuffix("/officeDocument") == true
              })?.plainAttribute("Target")
        else { throw VariantFailure.noMainDocument(file) }
        mainPart = WordParts.resolve(main, from: "")
        guard package[mainPart] != nil else { throw VariantFailure.noMainDocument(file) }
    }

    func part(_ name: String) throws -> XMLPart? {
        if let done = parsed[name] { return done }
        guard let bytes = package[name] else { return nil }
        let part = try XMLPart(name: name, bytes: bytes)
        parsed[name] = part
        return part
    }

    var main: XMLPart { get throws { try part(mainPart)! } }

    /// The main part's relationships part name ("word/_rels/document.xml.rels").
    var mainRelationshipsName: String {
        let url = mainPart as NSString
        let folder = url.deletingLastPathComponent
        return (folder.isEmpty ? "" : folder + "/") + "_rels/" + url.lastPathComponent + ".rels"
    }

    /// The part the main document points to with a relationship of this type ("styles",
    /// "numbering", "theme"), Transitional or Strict.
    func relatedPart(_ typeName: String) throws -> String? {
        guard let rels = try part(mainRelationshipsName) else { return nil }
        let target = rels.root.children.first {
            $0.plainAttribute("Type")?.hasSuffix("/" + typeName) == true && $0.plainAttribute("TargetMode") != "External"
        }?.plainAttribute("Target")
        return target.map { WordParts.resolve($0, from: (mainPart as NSString).deletingLastPathComponent) }
    }

    /// Every XML part of the package (for idioms that touch all of them: style ids, Strict).
    var xmlPartNames: [String] {
        package.names.filter { $0.hasSuffix(".xml") || $0.hasSuffix(".rels") }
    }

    /// Puts new bytes in the package, for a part that is not edited as a tree.
    func setBytes(_ bytes: Data, for name: String) {
        parsed[name] = nil
        package[name] = bytes
    }

    func finish() -> DocxPackage {
        for (name, part) in parsed { package[name] = part.serialised() }
        parsed = [:]
        return package
    }

    static func resolve(_ target: String, from folder: String) -> String {
        var components = target.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            switch piece {
            case ".": continue
            case "..": if !components.isEmpty { components.removeLast() }
            default: components.append(String(piece))
            }
        }
        return components.joined(separator: "/")
    }
}
