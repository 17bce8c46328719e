import Foundation
import Testing
@testable import ArvioWordML

/// Every structural fact MANIFEST.json measured on the seed renditions, reproduced exactly.
@Suite struct ManifestTests {
    static let files = SeedCorpus.fileNames

    @Test(arguments: files) func paragraphCounts(_ name: String) throws {
        let facts = SeedCorpus.measured(name)
        let document = try SeedCorpus.read(name)
        let bodyParagraphs = document.body.compactMap { if case .paragraph(let p) = $0 { p } else { nil } }
        #expect(bodyParagraphs.count == facts["paragraphs_body_level"] as? Int)
        let nonEmpty = bodyParagraphs.filter { !$0.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        #expect(nonEmpty.count == facts["paragraphs_body_level_nonempty"] as? Int)
        #expect(TreeWalk(document.body).paragraphs.count == facts["paragraphs_all"] as? Int)
    }

    @Test(arguments: files) func tables(_ name: String) throws {
        let facts = SeedCorpus.measured(name)
        let tables = TreeWalk(try SeedCorpus.read(name).body).tables
        let cells = tables.flatMap { $0.rows.flatMap(\.cells) }
        #expect(tables.count == facts["tables"] as? Int)
        #expect(tables.map(\.rows.count).reduce(0, +) == facts["table_rows_total"] as? Int)
        #expect(tables.flatMap(\.rows).filter(\.isHeader).count == facts["table_header_rows_total"] as? Int)
        #expect(cells.filter { $0.columnSpan > 1 }.count == facts["gridspan_cells_total"] as? Int)
        #expect(cells.filter { $0.verticalMerge == "restart" }.count == facts["vmerge_restart_total"] as? Int)
        #expect(cells.filter { $0.verticalMerge == "continue" }.count == facts["vmerge_continue_total"] as? Int)

        let details = facts["table_details"] as! [[String: Any]]
        #expect(details.count == tables.count)
        for (table, expected) in zip(tables, details) {
            let tableCells = table.rows.flatMap(\.cells)
            #expect(table.rows.count == expected["rows"] as? Int)
            #expect(table.grid.count == expected["grid_cols"] as? Int)
            #expect(table.rows.filter(\.isHeader).count == expected["header_rows"] as? Int)
            var fills: [String: Int] = [:]
            for cell in tableCells { if let fill = cell.fill { fills[fill, default: 0] += 1 } }
            #expect(fills == (expected["fills"] as? [String: Int] ?? [:]), "fills of table starting \(expected["first_text"] ?? "")")
            // MANIFEST keeps the first 60 characters of the first cell, paragraphs joined by newlines.
            let firstCell = table.rows.first?.cells.first?.blocks.map(\.plainText).joined(separator: "\n") ?? ""
            #expect(String(firstCell.trimmingCharacters(in: .whitespaces).prefix(60)) == (expected["first_text"] as? String)?.trimmingCharacters(in: .whitespaces))
        }
    }

    /// Seed 002's traffic lights: the shading of the two "Arviointi" columns, row by row.
    @Test(arguments: files.filter { $0.hasPrefix("002") }) func trafficLights(_ name: String) throws {
        let expected = SeedCorpus.measured(name)["traffic_light_rows"] as! [[String: Any]]
        let tables = TreeWalk(try SeedCorpus.read(name).body).tables
        #expect(!expected.isEmpty)
        for row in expected {
            let table = tables[row["table"] as! Int]
            // The two columns whose header starts with "Arviointi".
            let columns = table.rows[0].cells.filter { $0.blocks.first?.plainText.hasPrefix("Arviointi") == true }.map(\.column)
            #expect(columns.count == 2)
            let cells = table.rows[row["row"] as! Int].cells
            let first = cells.first { $0.column == columns.first }
            let second = cells.first { $0.column == columns.last }
            #expect(first?.fill == row["arviointi_1"] as? String, "table \(row["table"]!) row \(row["row"]!)")
            #expect(second?.fill == row["arviointi_2"] as? String, "table \(row["table"]!) row \(row["row"]!)")
        }
    }

    @Test(arguments: files) func headings(_ name: String) throws {
        let expected = SeedCorpus.measured(name)["headings"] as! [[String: Any]]
        let document = try SeedCorpus.read(name)
        let headings = TreeWalk(document.body).paragraphs.filter { $0.headingLevel != nil || $0.isTitle }
        let found = headings.map { ($0.isTitle ? 0 : $0.headingLevel!, $0.text.trimmingCharacters(in: .whitespaces)) }
        let wanted = expected.map { ($0["level"] as! Int, ($0["text"] as! String).trimmingCharacters(in: .whitespaces)) }
        #expect(found.map(\.0) == wanted.map(\.0))
        #expect(found.map(\.1) == wanted.map(\.1))
        // Headings numbered by Word through direct numbering carry a label; a manual "1. " stays in the text.
        for (heading, facts) in zip(headings, expected) where facts["numbering"] as? String == "direct-numPr" {
            #expect(heading.list != nil, "\(heading.text) should carry its list label")
        }
    }

    /// Numbered and bulleted paragraphs by format and level, whether numbered directly or by style.
    @Test(arguments: files) func listParagraphs(_ name: String) throws {
        let facts = SeedCorpus.measured(name)
        var expected: [String: Int] = [:]
        for key in ["numbered_paragraphs_direct", "numbered_paragraphs_via_style"] {
            for (kind, count) in facts[key] as! [String: Int] {
                // "decimal/ilvl0/heading" and "heading 1:decimal/ilvl0" both mean decimal at level 0.
                let bare = kind.split(separator: ":").last!.replacingOccurrences(of: "/heading", with: "")
                expected[bare, default: 0] += count
            }
        }
        var found: [String: Int] = [:]
        for paragraph in TreeWalk(try SeedCorpus.read(name).body).paragraphs {
            if let list = paragraph.list { found["\(list.format)/ilvl\(list.level)", default: 0] += 1 }
        }
        #expect(found == expected)
    }

    @Test(arguments: files) func bookmarksFootnotesImagesSections(_ name: String) throws {
        let facts = SeedCorpus.measured(name)
        let document = try SeedCorpus.read(name)
        let inlines = TreeWalk(document.body).inlines
        let bookmarks = inlines.compactMap { if case .bookmarkStart(_, let name) = $0 { name } else { nil } }
        #expect(bookmarks == facts["bookmarks"] as? [String])
        let footnotes = facts["footnotes"] as! [[String: Any]]
        #expect(document.footnotes.map(\.id) == footnotes.map { $0["id"] as! String })
        for (note, expected) in zip(document.footnotes, footnotes) {
            let text = note.blocks.map(\.plainText).joined(separator: "\n").trimmingCharacters(in: .whitespaces)
            #expect(text == (expected["text"] as! String).trimmingCharacters(in: .whitespaces))
        }
        let references = inlines.filter { if case .noteReference(let r) = $0 { r.kind == .footnote } else { false } }
        #expect(references.count == facts["footnote_references"] as? Int)
        let images = inlines.filter { if case .image = $0 { true } else { false } }
        #expect(images.count == facts["images"] as? Int)
        #expect(document.sections.count == facts["sections"] as? Int)
        #expect(document.sections.filter(\.isLandscape).count == facts["landscape_sections"] as? Int)
    }

    /// 004 marks new content in blue (0070C0): the same paragraphs, with the same blue text.
    @Test(arguments: files) func blueRuns(_ name: String) throws {
        let expected = SeedCorpus.measured(name)["blue_paragraphs"] as! [[String: Any]]
        let paragraphs = TreeWalk(try SeedCorpus.read(name).body).paragraphs
        let blue = paragraphs.filter { $0.runs.contains { $0.format.color == "0070C0" } }
        #expect(blue.count == expected.count)
        for (paragraph, facts) in zip(blue, expected) {
            #expect(paragraph.text.hasPrefix(facts["text"] as! String))
            let blueText = paragraph.runs.filter { $0.format.color == "0070C0" }.map(\.text).joined()
            #expect(blueText.hasPrefix(facts["blue_text"] as! String))
            #expect((blueText == paragraph.text) == (facts["full_paragraph"] as! Bool))
        }
    }

    @Test(arguments: files) func trackedChangesAndContentControls(_ name: String) throws {
        let facts = SeedCorpus.measured(name)
        let document = try SeedCorpus.read(name)
        let changes = (facts["tracked_changes"] as! [[String: Any]]).sorted { ($0["type"] as! String) > ($1["type"] as! String) }
        let revisions = document.revisions.sorted { $0.kind == .insertion && $1.kind != .insertion }
        #expect(revisions.count == changes.count)
        for (revision, change) in zip(revisions, changes) {
            #expect(revision.kind == (change["type"] as! String == "ins" ? .insertion : .deletion))
            #expect(revision.author == change["author"] as? String)
            #expect(revision.text == change["text"] as? String)
        }
        // Accepting keeps the insertion and drops the deletion; rejecting does the opposite.
        if let inserted = changes.first(where: { $0["type"] as? String == "ins" })?["text"] as? String,
           let deleted = changes.first(where: { $0["type"] as? String == "del" })?["text"] as? String {
            let sentence = "Nykytilasta ja etenemisestä raportoidaan "
            let accepted = TreeWalk(document.body).paragraphs.map(\.text).filter { $0.contains(sentence) }
            let rejected = TreeWalk(try SeedCorpus.read(name, .reject).body).paragraphs.map(\.text).filter { $0.contains(sentence) }
            #expect(accepted.count == 1 && rejected.count == 1)
            #expect(accepted.first?.contains(sentence + inserted + ".") == true)
            #expect(rejected.first?.contains(sentence + deleted + ".") == true)
        }

        let controls = facts["sdt"] as! [[String: Any]]
        let paragraphs = TreeWalk(document.body).paragraphs
        for control in controls {
            let text = control["text"] as! String
            if control["level"] as? String == "inline" {
                let runs = paragraphs.flatMap(\.runs).filter { $0.contentControl != nil }
                #expect(runs.map(\.text).joined() == text)
                #expect(runs.first?.contentControl?.tag == control["tag"] as? String)
                #expect(runs.first?.contentControl?.alias == control["alias"] as? String)
            } else {
                let inside = paragraphs.filter { !$0.contentControls.isEmpty }
                #expect(inside.map(\.text).joined(separator: "\n").hasPrefix(text))
            }
        }
    }

    @Test(arguments: files) func headersFootersAndCoreProperties(_ name: String) throws {
        let facts = SeedCorpus.measured(name)
        let document = try SeedCorpus.read(name)
        for (kind, stories) in [("headers", document.headers), ("footers", document.footers)] {
            let expected = facts[kind] as! [[String: Any]]
            // Arvio lists them in section order; MANIFEST in zip order.
            let ordered = stories.sorted { $0.part < $1.part }
            #expect(ordered.map(\.part) == expected.map { $0["part"] as! String }.sorted())
            for (story, facts) in zip(ordered, expected.sorted { ($0["part"] as! String) < ($1["part"] as! String) }) {
                let text = story.blocks.map(\.plainText).joined(separator: "\n")
                #expect(text == facts["text"] as? String)
                let fields = TreeWalk(story.blocks).paragraphs.flatMap(\.runs).compactMap(\.field)
                    .map { $0.split(separator: " ").first.map(String.init) ?? $0 }
                #expect(Array(NSOrderedSet(array: fields)) as? [String] == facts["fields"] as? [String])
            }
        }
        let core = facts["core_properties"] as! [String: Any]
        #expect(document.coreProperties.title == core["title"] as? String)
        #expect(document.coreProperties.creator == core["creator"] as? String)
        #expect(document.coreProperties.lastModifiedBy == core["lastModifiedBy"] as? String)
    }
}
