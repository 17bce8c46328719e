import Foundation
import Testing
@testable import ArvioReport
import ArvioWordML

/// The same report in other Word idioms reads to the same structure (issue 15): headings written
/// as bold or plain Normal paragraphs instead of heading styles, and development areas in a
/// first column merged vertically over their rows, or repeated on every row, instead of a row
/// spanning the table. Each test rewrites the Word rendition's tree and compares the model with
/// the original's; the absolute numbers come from the seeds (DOMAIN §4.2, §4.3).
@Suite struct LayoutIdiomTests {
    static let seed001 = "seeds/001-ita-uusimaa-oma-arviointi-2021.word.docx"
    static let seed003 = "seeds/003-kymenlaakso-oma-arviointi-2021.word.docx"

    // MARK: Headings by look

    enum HeadingIdiom { case bold, plainProcessGoals, plainNumbered, listNumberedProcessGoals }

    /// Every styled heading (not the title) rewritten as a Normal paragraph; `.bold` makes its
    /// runs bold, `.plainProcessGoals` leaves the process-goal headings ("1.1 …") plain as well;
    /// `.plainNumbered` leaves every heading plain, goal 1 numbered by a Word list instead of its
    /// typed "1. ", goal 3 typed as "TAVOITE 3: …" — all but the project's name, which as a plain
    /// line would be text like any other and stays bold; `.listNumberedProcessGoals` keeps the
    /// heading styles but numbers each process goal by a Word list ("1.1" from `lvlText`), its
    /// typed id taken out of the text.
    static func rewritingHeadings(_ document: WordDocument, _ idiom: HeadingIdiom) -> (WordDocument, Int) {
        var document = document
        var changed = 0
        // A decimal list item of the document (003:27–31, the readiness scale) lends its numbering.
        let numbered = document.body.lazy.compactMap { block -> ListItem? in
            if case .paragraph(let paragraph) = block, let list = paragraph.list, list.format == "decimal" { list } else { nil }
        }.first
        for index in document.body.indices {
            guard case .paragraph(var paragraph) = document.body[index], paragraph.headingLevel != nil, !paragraph.isTitle else { continue }
            let text = paragraph.text
            let isProcessGoal = ProcessGoalID.leading(text) != nil
            if idiom == .listNumberedProcessGoals {
                guard let leading = ProcessGoalID.leading(text), var list = numbered else { continue }
                list.numId = 9_002
                list.label = leading.id
                paragraph.list = list
                paragraph.inlines = [.text(TextRun(text: leading.rest))]
                document.body[index] = .paragraph(paragraph)
                changed += 1
                continue
            }
            paragraph.headingLevel = nil
            paragraph.styleId = "Normal"
            paragraph.styleName = "Normal"
            if idiom == .plainNumbered, text.hasPrefix("1. "), var list = numbered {
                list.numId = 9_001
                list.label = "1."
                paragraph.list = list
                paragraph.inlines = [.text(TextRun(text: String(text.dropFirst(3))))]
            } else if idiom == .plainNumbered, text.hasPrefix("3 ") {
                paragraph.inlines = [.text(TextRun(text: "TAVOITE 3: " + text.dropFirst(2)))]
            }
            let stays = idiom == .plainNumbered ? text.contains("hanke") : (idiom == .bold || !isProcessGoal)
            if stays {
                paragraph.inlines = paragraph.inlines.map { inline in
                    guard case .text(var run) = inline else { return inline }
                    run.format.bold = true
                    return .text(run)
                }
            }
            document.body[index] = .paragraph(paragraph)
            changed += 1
        }
        return (document, changed)
    }

    /// What must not change: goals, their sections' kinds and headings, process goals and their
    /// narratives, the document sections.
    static func outline(_ report: Report) -> [String] {
        var lines = report.sections.map { "\($0.kind.rawValue): \(TextKey.heading($0.heading ?? ""))" }
        for goal in report.goals {
            lines.append("goal \(goal.number)")
            func visit(_ section: Section, _ depth: Int) {
                lines.append(String(repeating: "  ", count: depth) + "\(section.kind.rawValue): \(TextKey.heading(section.heading ?? ""))")
                section.subsections.forEach { visit($0, depth + 1) }
            }
            goal.sections.forEach { visit($0, 1) }
            for processGoal in goal.processGoals {
                lines.append("  process goal \(processGoal.ids): \(processGoal.narrative.isEmpty ? "NO NARRATIVE" : processGoal.narrative.compactMap(\.text).joined(separator: "|"))")
            }
        }
        return lines
    }

    @Test(arguments: [HeadingIdiom.bold, .plainProcessGoals, .plainNumbered, .listNumberedProcessGoals])
    func headingsWithoutStylesReadAsTheOriginal(_ idiom: HeadingIdiom) throws {
        let original = try ReportCorpus.document(Self.seed003)
        let (variant, changed) = Self.rewritingHeadings(original, idiom)
        // MANIFEST: 003's Word rendition has Heading 1 ×8, Heading 2 ×23, Heading 3 ×23; the 23
        // Heading 3 are the process-goal narratives (DOMAIN §4.3: 7 + 8 + 4 + 4 readiness rows, "1.5 … ja 1.6 …" one heading).
        #expect(changed == (idiom == .listNumberedProcessGoals ? 23 : 54))
        let expected = try ReportImporter.build(original, file: "003.docx", mappings: ReportCorpus.mappings)
        let report = try ReportImporter.build(variant, file: "003.docx", mappings: ReportCorpus.mappings)
        #expect(Self.outline(report) == Self.outline(expected))
        #expect(report.warnings == expected.warnings, "\(report.warnings)")
        // DOMAIN §4.3: 7 + 8 + 4 + 4 readiness rows in goals 1–4, every one with its narrative.
        let processGoals = report.goals.flatMap(\.processGoals)
        #expect(processGoals.count == 23)
        #expect(processGoals.allSatisfy { !$0.narrative.isEmpty })
        // 003 §3.2: the project description after "Käsitteet", not folded into it.
        #expect(report.sections.map(\.kind).contains(.projectDescription))
        #expect(report.sections.first { $0.kind == .projectDescription }?.heading?.contains("Kymenlaakson tulevaisuuden sote-keskus hanke") == true)
    }

    /// A process goal's narrative is found by its id even when the heading is a plain paragraph
    /// of the section's text and the readiness table lists the id.
    @Test func aProcessGoalWithoutItsNarrativeNamesWhatWasLookedFor() throws {
        var document = try ReportCorpus.document(Self.seed003)
        // Take away the heading "1.2 Lääkäriaikojen saatavuus paranee merkittävästi nykytilasta." (003:…).
        let index = try #require(document.body.indices.first {
            if case .paragraph(let paragraph) = document.body[$0] { paragraph.text.hasPrefix("1.2 Lääkäriaikojen") } else { false }
        })
        document.body.remove(at: index)
        let report = try ReportImporter.build(document, file: "003.docx", mappings: ReportCorpus.mappings)
        let warnings = report.warnings.filter { $0.code == .processGoal }
        #expect(warnings.count == 1, "\(warnings)")
        let message = try #require(warnings.first?.message)
        #expect(message.contains("process goal 1.2 “Lääkäriaikojen saatavuus paranee merkittävästi nykytilasta.”"), "\(message)")
        #expect(message.contains("starts with “1.2”"), "\(message)")
    }

    // MARK: Group labels in tables

    enum GroupIdiom: CaseIterable { case mergedColumn, repeatedColumn }

    /// 001's problem → objective tables with the development area in a new first column instead
    /// of a row spanning the table; each problem/objective row is split in two (the objective
    /// after its first sentence), the area and the problem merged over both rows or repeated.
    static func rewritingGroups(_ document: WordDocument, _ idiom: GroupIdiom) -> (WordDocument, Int) {
        var document = document
        var changed = 0
        for index in document.body.indices {
            guard case .table(var table) = document.body[index],
                  table.rows.contains(where: { $0.cells.contains { $0.texts.joined().contains("Keskeinen todennettu ongelma") } }) else { continue }
            changed += 1
            var rows: [TableRow] = []
            var area: TableCell?
            for var row in table.rows {
                let texts = row.cells.flatMap(\.texts).joined()
                if row.cells.count == 1, texts.contains("Taulukko") {
                    row.cells[0].columnSpan = 3
                    rows.append(row)
                } else if row.cells.count == 1 {
                    area = row.cells[0]
                } else if texts.contains("Keskeinen") {
                    var blank = row.cells[0]
                    blank.blocks = [Self.paragraph("", like: row.cells[0])]
                    row.cells = [blank] + row.cells.map { var cell = $0; cell.column += 1; return cell }
                    rows.append(row)
                } else {
                    var label = area!
                    label.column = 0
                    label.columnSpan = 1
                    var problem = row.cells[0]
                    problem.column = 1
                    let objectiveText = row.cells[1].texts.joined(separator: " ")
                    let split = objectiveText.range(of: ". ").map { (String(objectiveText[..<$0.lowerBound]) + ".", String(objectiveText[$0.upperBound...])) }
                        ?? (objectiveText, "")
                    var first = row, second = row
                    var objective1 = row.cells[1], objective2 = row.cells[1]
                    objective1.column = 2
                    objective2.column = 2
                    objective1.blocks = [Self.paragraph(split.0, like: row.cells[1])]
                    objective2.blocks = [Self.paragraph(split.1, like: row.cells[1])]
                    var label2 = label, problem2 = problem
                    if idiom == .mergedColumn {
                        (label.rowSpan, label.verticalMerge, problem.rowSpan, problem.verticalMerge) = (2, "restart", 2, "restart")
                        (label2.rowSpan, label2.verticalMerge, problem2.rowSpan, problem2.verticalMerge) = (0, "continue", 0, "continue")
                        label2.blocks = [Self.paragraph("", like: label)]
                        problem2.blocks = [Self.paragraph("", like: problem)]
                    }
                    first.cells = [label, problem, objective1]
                    second.cells = [label2, problem2, objective2]
                    rows += [first, second]
                }
            }
            table.rows = rows
            table.grid = [2000] + table.grid
            document.body[index] = .table(table)
        }
        return (document, changed)
    }

    static func paragraph(_ text: String, like cell: TableCell) -> Block {
        for block in cell.blocks {
            if case .paragraph(var paragraph) = block {
                paragraph.inlines = text.isEmpty ? [] : [.text(TextRun(text: text))]
                return .paragraph(paragraph)
            }
        }
        preconditionFailure("every table cell of 001 holds a paragraph")
    }

    @Test(arguments: GroupIdiom.allCases) func developmentAreasInAColumnReadAsRowsSpanningTheTable(_ idiom: GroupIdiom) throws {
        let original = try ReportCorpus.document(Self.seed001)
        let (variant, changed) = Self.rewritingGroups(original, idiom)
        #expect(changed == 5)  // DOMAIN §4.2: "Taulukko 1."–"Taulukko 5."
        let expected = try ReportImporter.build(original, file: "001.docx", mappings: ReportCorpus.mappings)
        let report = try ReportImporter.build(variant, file: "001.docx", mappings: ReportCorpus.mappings)
        #expect(report.warnings.isEmpty, "\(report.warnings)")
        for (goal, before) in zip(report.goals, expected.goals) {
            // One entry per area, in the seed's order, with the problem once and the objectives together.
            #expect(goal.problemTable.map { $0.area.trimmingCharacters(in: .whitespaces) } == OmaArviointiTablesTests.areas, "goal \(goal.number)")
            #expect(goal.problemTable.map(\.problem) == before.problemTable.map(\.problem), "goal \(goal.number)")
            #expect(goal.problemTable.map { $0.objective.joined(separator: " ").trimmingCharacters(in: .whitespaces) }
                        == before.problemTable.map { $0.objective.joined(separator: " ").trimmingCharacters(in: .whitespaces) }, "goal \(goal.number)")
        }
    }

    /// 002's results table with each outcome goal (tulostavoite) in a row of its own across the
    /// table, above its rows, instead of a first column merged over them: the same 60 rows
    /// (DOMAIN §4.4) with the same outcome goals.
    @Test func outcomeGoalsInRowsAcrossTheTableReadAsTheMergedColumn() throws {
        let file = "seeds/002-etela-pohjanmaa-loppuyhteenveto.word.docx"
        let original = try ReportCorpus.document(file)
        var document = original
        var changed = 0
        for index in document.body.indices {
            guard case .table(var table) = document.body[index], table.rows.first?.cells.count ?? 0 >= 7 else { continue }
            let width = table.grid.count
            var rows: [TableRow] = []
            for var row in table.rows {
                // A merged outcome goal starts here, alone in the first column: lift it into a row of its own.
                if let first = row.cells.first, first.column == 0, first.columnSpan == 1, first.rowSpan > 1,
                   !first.isBlank, !first.texts.joined().contains("tulostavoite") {
                    var group = row
                    var label = first
                    (label.columnSpan, label.rowSpan, label.verticalMerge) = (width, 1, nil)
                    group.cells = [label]
                    rows.append(group)
                    row.cells[0].blocks = [Self.paragraph("", like: first)]
                    (row.cells[0].rowSpan, row.cells[0].verticalMerge) = (1, nil)
                    changed += 1
                } else if let first = row.cells.first, first.column == 0, first.rowSpan == 0 {
                    (row.cells[0].rowSpan, row.cells[0].verticalMerge) = (1, nil)
                }
                rows.append(row)
            }
            table.rows = rows
            document.body[index] = .table(table)
        }
        #expect(changed > 0)
        let expected = try ReportImporter.build(original, file: "002.docx", mappings: ReportCorpus.mappings)
        let report = try ReportImporter.build(document, file: "002.docx", mappings: ReportCorpus.mappings)
        #expect(report.results.count == 60)
        // Where the original names the outcome goal, the same one; where it leaves the cell empty
        // (002 continuation rows without their vMerge, DOMAIN §3.4 7), the goal of the row across
        // the table above — so every row has one.
        func blank(_ texts: [String]) -> Bool { texts.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } }
        for (offset, (row, before)) in zip(report.results, expected.results).enumerated() where !blank(before.outcomeGoal) {
            #expect(row.outcomeGoal == before.outcomeGoal, "row \(offset)")
        }
        #expect(!report.results.contains { blank($0.outcomeGoal) })
        #expect(report.results.map(\.action) == expected.results.map(\.action))
        #expect(report.warnings == expected.warnings, "\(report.warnings)")
    }

    /// 003's Liite 1 with each work package (työpaketti) in a row of its own across the table
    /// instead of a first column merged over its rows (DOMAIN §4.6): the same rows, each with its
    /// work package.
    @Test func workPackagesInRowsAcrossTheTableReadAsTheMergedColumn() throws {
        let original = try ReportCorpus.document(Self.seed003)
        var document = original
        var changed = 0
        for index in document.body.indices {
            guard case .table(var table) = document.body[index],
                  table.rows.first?.cells.first?.texts.joined().hasPrefix("Työpaketti") == true else { continue }
            let width = table.grid.count
            var rows: [TableRow] = []
            for var row in table.rows {
                if let first = row.cells.first, first.column == 0, first.rowSpan >= 1, !first.isBlank,
                   !first.texts.joined().hasPrefix("Työpaketti") {
                    var group = row
                    var label = first
                    (label.columnSpan, label.rowSpan, label.verticalMerge) = (width, 1, nil)
                    group.cells = [label]
                    rows.append(group)
                    row.cells[0].blocks = [Self.paragraph("", like: first)]
                    changed += 1
                }
                if !row.cells.isEmpty, row.cells[0].column == 0 { (row.cells[0].rowSpan, row.cells[0].verticalMerge) = (1, nil) }
                rows.append(row)
            }
            table.rows = rows
            document.body[index] = .table(table)
        }
        #expect(changed == 5)  // DOMAIN §4.6: five work packages
        let expected = try ReportImporter.build(original, file: "003.docx", mappings: ReportCorpus.mappings)
        let report = try ReportImporter.build(document, file: "003.docx", mappings: ReportCorpus.mappings)
        let before = try #require(expected.annexes.first), after = try #require(report.annexes.first)
        #expect(after.columns == before.columns)
        #expect(after.rows.map { $0.map(\.raw) } == before.rows.map { $0.map(\.raw) })
        #expect(report.warnings == expected.warnings, "\(report.warnings)")
    }
}
