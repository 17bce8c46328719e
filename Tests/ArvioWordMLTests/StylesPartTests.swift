import Foundation
import Testing
import ArvioPackage
import ArvioXML
@testable import ArvioWordML

/// The styles part is read without the elements `StyleSheet` never looks at (`StyleSheet.unread`).
@Suite struct StylesPartTests {
    /// Every styles part in Corpora/: the tree read with skipping is the whole tree without those
    /// elements (blank text between elements aside: the cut leaves the line breaks it held).
    @Test func realStylesPartsLoseOnlyTheUnreadElements() throws {
        var parts = 0, cut = 0
        for relative in CorpusReadTests.files {
            let path = SeedCorpus.repositoryRoot.appendingPathComponent("Corpora").appendingPathComponent(relative).path
            guard let package = try? WordPackage.open(path),
                  let target = try package.relationships(of: package.mainPart).first(kind: "styles")?.target,
                  package.contains(target) else { continue }
            let bytes = try package.bytes(of: target)
            guard let whole = try? XMLTreeReader.parse(bytes, part: target) else { continue }
            let skimmed = try XMLTreeReader.parse(bytes, part: target, skipping: StyleSheet.unread)
            parts += 1
            if StyleSheet.unread.removing(from: bytes) != nil { cut += 1 }
            let unread = StyleSheet.unread.localNames.map { "w:" + $0 }
            #expect(Self.outline(skimmed) == Self.outline(whole, without: unread), "\(relative)")
        }
        #expect(parts >= 80)
        #expect(cut * 2 >= parts, "most styles parts have something to leave out: \(cut) of \(parts)")
    }

    @Test func theSeedsReadTheSameWithAndWithoutTheUnreadElements() throws {
        // What the tree takes from styles (names, heading levels, lists, run formatting) does not change.
        // (Every document reading the same is `UnreadFormattingTests`.)
        for name in SeedCorpus.fileNames where name.hasSuffix(".docx") {
            let package = try WordPackage.open(SeedCorpus.folder.appendingPathComponent(name).path)
            guard let target = try package.relationships(of: package.mainPart).first(kind: "styles")?.target else { continue }
            let bytes = try package.bytes(of: target)
            let whole = StyleSheet(try XMLTreeReader.parse(bytes, part: target))
            let skimmed = StyleSheet(try XMLTreeReader.parse(bytes, part: target, skipping: StyleSheet.unread))
            #expect(Self.summary(whole) == Self.summary(skimmed), "\(name)")
        }
    }

    static func summary(_ sheet: StyleSheet) -> [String] {
        sheet.styles.keys.sorted().map { id in
            let style = sheet.styles[id]!
            // The run formatting the chain gives, as `RunFormatting` reads it.
            var runs = RunFormat()
            for properties in sheet.runPropertiesChain(id) { RunFormatting.apply(properties, to: &runs, names: WordNames(properties)) }
            return "\(id) \(style.name ?? "-") \(style.type) \(style.basedOn ?? "-") \(sheet.headingLevel(id) ?? 0) "
                + "\(sheet.isTitle(id)) \(String(describing: sheet.numbering(id))) \(runs)"
        }
    }

    /// Names, attributes, lines and non-blank text, depth first, without the named elements.
    static func outline(_ element: XMLElement, without skipped: [String] = []) -> [String] {
        var lines = ["\(element.name)@\(element.line) \(element.attributes.map { "\($0.name)=\($0.value)" })"]
        for node in element.children {
            switch node {
            case .element(let child) where !skipped.contains(child.name):
                lines += outline(child, without: skipped).map { "  " + $0 }
            case .text(let text) where !text.allSatisfy(\.isWhitespace):
                lines.append("  \"\(text)\"")
            default:
                continue
            }
        }
        return lines
    }
}
