import ArvioDevSupport
import Foundation
@testable import ArvioWordML

/// The seed renditions in Corpora/seeds and the facts MANIFEST.json measured on them.
enum SeedCorpus {
    static let repositoryRoot = Repository.root
    static let folder = repositoryRoot.appendingPathComponent("Corpora/seeds")

    nonisolated(unsafe) static let manifest: [String: [String: Any]] = {
        let data = try! Data(contentsOf: folder.appendingPathComponent("MANIFEST.json"))
        let root = try! JSONSerialization.jsonObject(with: data) as! [String: Any]
        return root["files"] as! [String: [String: Any]]
    }()

    static var fileNames: [String] { manifest.keys.sorted() }

    static func measured(_ name: String) -> [String: Any] { manifest[name]!["measured"] as! [String: Any] }

    static func read(_ name: String, _ mode: TrackedChanges = .accept) throws -> WordDocument {
        try DocxReader.read(folder.appendingPathComponent(name).path, options: ReadOptions(trackedChanges: mode))
    }
}

/// Walks every block of a story, tables and text boxes included, in document order.
struct TreeWalk {
    var paragraphs: [Paragraph] = []
    var tables: [Table] = []

    init(_ blocks: [Block]) { visit(blocks) }

    private mutating func visit(_ blocks: [Block]) {
        for block in blocks {
            switch block {
            case .paragraph(let paragraph):
                paragraphs.append(paragraph)
                for case .textBox(let inner) in paragraph.inlines { visit(inner) }
            case .table(let table):
                tables.append(table)
                for row in table.rows { for cell in row.cells { visit(cell.blocks) } }
            }
        }
    }

    var inlines: [Inline] { paragraphs.flatMap(\.inlines) }
}
