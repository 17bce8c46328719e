@testable import ArvioRender
import ArvioDevSupport
import ArvioReport
import Foundation
import Testing

/// Every table of every seed rendition as `render --to md` and `next --to md` write it
/// (`MarkdownTable.lines`, a pipe table or HTML by the table's merges) and as `next --updates`
/// reads it back (`MarkdownBlocks`): the same rows, the same cells, the same paragraphs. The
/// readiness, indicator and results tables are also written from their typed rows; their values
/// come back through MarkdownRoundTripTests. The count is MANIFEST.json's "tables" of each
/// rendition: 6 (001), 7 (002), 11 (003), 2 (004), none in 000 — 78 over the 15 renditions.
@Suite struct MarkdownTableRoundTripTests {
    static let expectedTotal = 3 * (0 + 6 + 7 + 11 + 2)

    /// MANIFEST.json's measured table count per rendition.
    static let manifestTables: [String: Int] = {
        guard let data = try? Data(contentsOf: Corpus.seedsFolder.appendingPathComponent("MANIFEST.json")),
              let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let files = root["files"] as? [String: [String: Any]] else { return [:] }
        return files.compactMapValues { ($0["measured"] as? [String: Any])?["tables"] as? Int }
    }()

    /// A cell as Markdown can keep it: paragraphs (a line break inside one is a `<br>`, so it
    /// reads back as the next paragraph) without the spaces at their ends; no paragraph at all
    /// reads back as one empty paragraph.
    static func comparable(_ cell: [String]) -> [String] {
        let paragraphs = cell.flatMap { $0.components(separatedBy: "\n") }.map { $0.trimmingCharacters(in: .whitespaces) }
        return paragraphs.isEmpty ? [""] : paragraphs
    }

    static func comparable(_ rows: [[[String]]]) -> [[[String]]] { rows.map { $0.map(comparable) } }

    /// (table, what was written, what was read) for every table of the report.
    static func roundTrips(_ report: Report) -> [(table: ContentBlock, lines: [String], read: [MarkdownBlock])] {
        let shapes = TableShapes(report)
        var result: [(ContentBlock, [String], [MarkdownBlock])] = []
        TableShapes.forEachBlock(report) { block in
            guard block.isTable else { return }
            let lines = MarkdownTable.lines(block.rows ?? [], shape: shapes.shape(of: block))
            result.append((block, lines, MarkdownBlocks.parse(lines.joined(separator: "\n"))))
        }
        return result
    }

    @Test func everyRenditionIsCounted() {
        #expect(RenderCorpus.seedFiles.count == Corpus.expectedSeedRenditions)
        #expect(Self.manifestTables.count == Corpus.expectedSeedRenditions)
        #expect(Self.manifestTables.values.reduce(0, +) == Self.expectedTotal)
    }

    @Test(arguments: RenderCorpus.seedFiles) func everyTableReadsBackAsWritten(_ seed: String) throws {
        let report = try RenderCorpus.report(seed)
        let trips = Self.roundTrips(report)
        let name = String(seed.dropFirst("seeds/".count))
        #expect(trips.count == Self.manifestTables[name], "\(name): \(trips.count) tables")
        for trip in trips {
            guard trip.read.count == 1, case .table(let rows) = trip.read[0] else {
                Issue.record("\(name) table at \(trip.table.at): read as \(trip.read.count) blocks:\n\(trip.lines.joined(separator: "\n"))")
                continue
            }
            let written = Self.comparable(trip.table.rows ?? [])
            let read = Self.comparable(rows)
            #expect(read.count == written.count, "\(name) table at \(trip.table.at): \(read.count) rows read, \(written.count) written")
            for (index, (back, row)) in zip(read, written).enumerated() where back != row {
                let cells = zip(back, row).filter { $0.0 != $0.1 }.map { "read \($0.0), written \($0.1)" }
                Issue.record("\(name) table at \(trip.table.at), row \(index) (\(back.count) cells read, \(row.count) written): \(cells.first ?? "")")
                break
            }
        }
    }
}
