import Foundation
import Testing
@testable import ArvioNext
import ArvioPackage
import ArvioRender
import ArvioReport
import ArvioWordML

/// The Markdown route end to end: `next --to md`, every guidance line of the new entries and
/// every empty cell of the new period's columns (readiness, indicators, Liite 1's list) filled
/// with a text the test types, `next --updates` — and the .docx holds exactly those texts there.
@Suite struct MarkdownRouteTests {
    struct Filled {
        var markdown: String
        var entries: [String] = []
        var cells: [String] = []
    }

    /// Fills the Markdown as a coordinator would, with numbered texts.
    static func fill(_ markdown: String, period: PeriodKey) -> Filled {
        let situation = "\(period.half == .spring ? "huhtikuun" : "lokakuun") \(period.year) tilanteesta"
        let guidance = "*< Kuvaus \(situation) >*"
        let short = "\(period.half == .spring ? 5 : 11)/\(period.year % 100)"
        let long = "\(period.half == .spring ? 5 : 11)/\(period.year)"
        var filled = Filled(markdown: "")
        var lines: [String] = []
        var newColumn: Int?
        var inAnnexList = false
        for line in markdown.components(separatedBy: "\n") {
            if line == guidance {
                let text = "Kirjoitettu teksti \(filled.entries.count + 1) (\(situation))."
                filled.entries.append(text)
                lines.append(text)
                continue
            }
            if line.hasPrefix("| ") {
                let cells = line.dropFirst(2).dropLast(2).components(separatedBy: " | ")
                if let column = cells.firstIndex(of: short) { newColumn = column }
                else if let column = newColumn, cells.count > column, cells[column].trimmingCharacters(in: .whitespaces).isEmpty,
                        !line.hasPrefix("| ---") {
                    let text = "Arvo \(filled.cells.count + 1)"
                    filled.cells.append(text)
                    var changed = cells
                    changed[column] = text
                    lines.append("| " + changed.joined(separator: " | ") + " |")
                    continue
                }
            } else {
                newColumn = nil
            }
            if line.hasPrefix("Sarake \(long) ") { inAnnexList = true }
            else if inAnnexList, line.hasPrefix("- "), line.hasSuffix(":") {
                let text = "Liitteen arvo \(filled.cells.count + 1)"
                filled.cells.append(text)
                lines.append(line + " " + text)
                continue
            } else if !line.hasPrefix("- ") && !line.isEmpty { inAnnexList = false }
            lines.append(line)
        }
        filled.markdown = lines.joined(separator: "\n")
        return filled
    }

    /// The texts of every cell under a header cell reading `labels`, table by table.
    static func newColumnTexts(_ blocks: [Block], labels: Set<String>) -> [String] {
        var found: [String] = []
        for case .table(let table) in blocks {
            var column: Int?
            var headerRow = 0
            for (index, row) in table.rows.prefix(3).enumerated() {
                if let cell = row.cells.first(where: { labels.contains(TreeText.paragraphs($0.blocks).joined().trimmingCharacters(in: .whitespaces)) }) {
                    column = cell.column
                    headerRow = index
                }
            }
            guard let column else { continue }
            for row in table.rows.dropFirst(headerRow + 1) {
                if let cell = row.cells.first(where: { $0.column == column && $0.rowSpan != 0 }) {
                    found += TreeText.paragraphs(cell.blocks).filter { !$0.isEmpty }
                }
            }
        }
        return found
    }

    @Test(arguments: NextCorpus.reports) func everythingFilledInTheMarkdownLandsInTheDocument(_ name: String) throws {
        let (report, markdown) = try UpdatesEditsTests.nextMarkdown(name)
        let period = try #require(report.period?.period.next)
        let filled = Self.fill(markdown, period: period)
        #expect(!filled.entries.isEmpty, "\(name): no guidance line to fill")
        if name.hasPrefix("003") {
            // Seed 003: Liite 1 has 19 measure rows under "11/2021", and each goal's readiness
            // and indicator tables an empty 5/22 column.
            #expect(filled.cells.filter { $0.hasPrefix("Liitteen arvo") }.count == 19, "\(name)")
            #expect(filled.cells.filter { $0.hasPrefix("Arvo") }.count > 19, "\(name)")
        }
        let updates = try UpdatesReader.read(filled.markdown, name: "filled.md", original: report, period: nil, mappings: NextCorpus.mappings)
        #expect(updates.edits.isEmpty, "\(name): \(updates.edits.map(\.description))")
        let run = try NextCorpus.run(name, updates: updates)
        let output = try DocxReader.read(run.output)
        let paragraphs = TreeText.paragraphs(output.body)
        let label = "\(period.half == .spring ? "Huhtikuu" : "Lokakuu") \(period.year):"
        for text in filled.entries {
            let index = paragraphs.firstIndex(of: text)
            #expect(paragraphs.filter { $0 == text }.count == 1, "\(name): “\(text)” once")
            #expect(index.map { paragraphs[$0 - 1] } == label, "\(name): “\(text)” under its label")
        }
        #expect(!paragraphs.contains("< Kuvaus \(period.half == .spring ? "huhtikuun" : "lokakuun") \(period.year) tilanteesta >"),
                "\(name): a guidance line was left")
        let labels: Set<String> = ["\(period.half == .spring ? 5 : 11)/\(period.year % 100)", "\(period.half == .spring ? 5 : 11)/\(period.year)"]
        let inNewColumns = Self.newColumnTexts(output.body, labels: labels)
        #expect(inNewColumns == filled.cells, "\(name): \(inNewColumns.count) values in the new columns, \(filled.cells.count) typed")
        // Nothing the input had once is there twice.
        let input = TreeText.paragraphs(try DocxReader.read(run.input).body)
        var counts: [String: Int] = [:]
        for text in input where !text.allSatisfy(\.isWhitespace) { counts[text, default: 0] += 1 }
        for (text, count) in counts where paragraphs.filter({ $0 == text }).count > count {
            Issue.record("\(name): “\(text.prefix(60))” is there more often than in the input")
        }
    }

    /// The Markdown says which version it is: the new period on the `>` line and the title page's date moved on.
    @Test func theMarkdownIsTheNextVersion() throws {
        let (_, markdown) = try UpdatesEditsTests.nextMarkdown("003-kymenlaakso-oma-arviointi-2021.word.docx")
        // Seed 003's subtitle "Päivitetty 15.11.2021" and period 11/21 (MANIFEST), one period on.
        #expect(markdown.contains("\nPäivitetty 15.5.2022\n"))
        #expect(markdown.contains("· Kausi: 5/22 ·"))
        #expect(!markdown.contains("15.11.2021\n") && !markdown.contains("Kausi: 11/21"))
        #expect(markdown.contains("Sarake 5/2022 (arvo kaksoispisteen jälkeen):"))
    }
}
