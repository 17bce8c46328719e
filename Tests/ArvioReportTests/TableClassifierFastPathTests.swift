import ArvioDevSupport
import Foundation
import Testing
@testable import ArvioReport
@testable import ArvioWordML

/// Header matching with each cell keyed once gives what keying the cell again for every rule
/// gave: the same rule, columns and first data row, the same header rows.
@Suite struct TableClassifierFastPathTests {
    static let ruleLists: [[TemplateMapping.TableRule]] = ReportCorpus.mappings.mappings.keys.sorted()
        .compactMap { ReportCorpus.mappings[$0]?.tables }

    /// Tables whose first rows mix every header wording of every rule (some misspelt, numbered,
    /// upper-case or split over two paragraphs) with numbers, long text and empty cells, in
    /// random order, so that rules compete for the same cells and roles repeat.
    static func randomTables(count: Int, seed: UInt64) -> [Table] {
        var generator = SeededRandom(seed: seed)
        let headers = ruleLists.flatMap { $0.flatMap { $0.columns.flatMap(\.headers) } }
        func cellTexts() -> [String] {
            switch generator.int(0 ... 9) {
            case 0: return []
            case 1: return [generator.pick(["2", "-", " ", "\u{A0}", "5/22", "x", "ok"])]
            case 2: return [String(repeating: "Pitkä kuvaus hankkeen etenemisestä. ", count: generator.int(1 ... 6))]
            case 3: return [generator.pick(headers), generator.pick(headers)]
            case 4: return [generator.pick(headers).uppercased()]
            case 5: return ["\(generator.int(1 ... 4)). " + generator.pick(headers) + ":"]
            case 6: return [TextComparisonTests.edit(generator.pick(headers), seed: generator.next())]
            case 7: return ["", generator.pick(headers), "  "]
            default: return [generator.pick(headers)]
            }
        }
        func paragraph(_ text: String) -> Block {
            var paragraph = Paragraph(source: SourceRef(part: "word/document.xml", line: 1, element: 0))
            paragraph.inlines = [.text(TextRun(text: text))]
            return .paragraph(paragraph)
        }
        return (0 ..< count).map { _ in
            let rows = (0 ..< generator.int(1 ... 5)).map { _ in
                let cells = (0 ..< generator.int(1 ... 7)).map { column in
                    TableCell(column: column, columnSpan: 1, rowSpan: 1, verticalMerge: nil, fill: nil,
                              blocks: cellTexts().map(paragraph), element: 0)
                }
                return TableRow(cells: cells, isHeader: false, gridBefore: 0, gridAfter: 0, revision: nil, element: 0)
            }
            return Table(grid: [], rows: rows, source: SourceRef(part: "word/document.xml", line: 1, element: 0))
        }
    }

    static func corpusTables() throws -> [Table] {
        try ReportCorpus.seedFiles.flatMap { file in
            try ReportCorpus.document(file).body.compactMap { block -> Table? in
                if case .table(let table) = block { table } else { nil }
            }
        }
    }

    @Test func classifyingKeysEachCellOnceAndDecidesAsBefore() throws {
        let tables = try Self.corpusTables() + Self.randomTables(count: 400, seed: 31)
        var recognised = 0
        for table in tables {
            for rules in Self.ruleLists {
                let fast = TableClassifier.classify(TableTexts(table), rules: rules)
                let expected = Reference.classify(table, rules: rules)
                #expect(fast?.rule == expected?.rule)
                #expect(fast?.columns == expected?.columns)
                #expect(fast?.firstDataRow == expected?.firstDataRow)
                if fast != nil { recognised += 1 }
            }
        }
        #expect(recognised > 100)  // the tables exercise the rules, not only the misses
    }

    @Test func headerRowsAndRolesAreAsBefore() throws {
        let tables = try Self.corpusTables() + Self.randomTables(count: 100, seed: 32)
        for table in tables {
            let texts = TableTexts(table)
            for rule in Self.ruleLists.joined() {
                for (index, row) in table.rows.enumerated() {
                    #expect(TableClassifier.isHeaderRow(row, rule: rule) == Reference.isHeaderRow(row, rule: rule))
                    #expect(TableClassifier.isHeaderRow(texts, row: index, rule: rule) == Reference.isHeaderRow(row, rule: rule))
                    for cell in row.cells {
                        #expect(TableClassifier.role(of: cell, in: rule) == Reference.role(of: cell, in: rule))
                    }
                }
            }
        }
    }

    /// Paragraphs starting with printable ASCII are kept unread; the candidate keeps exactly the
    /// paragraphs that are not all whitespace.
    @Test func candidatesKeepTheParagraphsThatAreNotBlank() throws {
        let tricky = ["", " ", "\u{A0}", "\r\n", "\t", "\u{7F}", "a\u{301}", "\u{301}", " x", "~", "!\u{200D}", "\u{2028}"]
        var generator = SeededRandom(seed: 33)
        let cells = try Self.corpusTables().flatMap { TableTexts($0).cells.flatMap { $0 } }
            + Self.randomTables(count: 100, seed: 34).flatMap { TableTexts($0).cells.flatMap { $0 } }
            + (0 ..< 2000).map { _ in (0 ..< generator.int(0 ... 4)).map { _ in generator.pick(tricky) + generator.pick(tricky) } }
        for texts in cells {
            #expect(HeaderCandidate(column: 0, texts: texts).paragraphs == texts.filter { !$0.allSatisfy(\.isWhitespace) })
        }
    }

    /// The classifier as it was: every cell keyed again for every rule.
    private enum Reference {
        static func classify(_ table: Table, rules: [TemplateMapping.TableRule]) -> RecognisedTable? {
            let rows = Array(table.rows.prefix(TableClassifier.headerRowsSearched))
            for rule in rules {
                var columns: [String: Int] = [:]
                var lastHeaderRow = -1
                for (rowIndex, row) in rows.enumerated() {
                    for cell in row.cells {
                        guard let role = role(of: cell, in: rule), columns[role] == nil else { continue }
                        columns[role] = cell.column
                        lastHeaderRow = max(lastHeaderRow, rowIndex)
                    }
                }
                if rule.required.allSatisfy({ columns[$0] != nil }) {
                    return RecognisedTable(rule: rule, columns: columns, firstDataRow: lastHeaderRow + 1)
                }
            }
            return nil
        }

        static func role(of cell: TableCell, in rule: TemplateMapping.TableRule) -> String? {
            let headers = HeaderKeys.shared.keys(of: rule)
            let paragraphs = ContentBlock.cellTexts(cell.blocks).filter { !$0.allSatisfy(\.isWhitespace) }
            guard let first = paragraphs.first, first.count <= headers.longest * 2 + 20 else { return nil }
            let firstKey = ComparisonKey(TextKey.heading(first))
            let keys = [ComparisonKey(TextKey.heading(paragraphs.joined(separator: " "))), firstKey]
            for (role, wanted) in headers.keys where keys.contains(where: { TextKey.matches($0, wanted) }) {
                return role
            }
            return nil
        }

        static func isHeaderRow(_ row: TableRow, rule: TemplateMapping.TableRule) -> Bool {
            row.cells.filter { role(of: $0, in: rule) != nil }.count >= 2
        }
    }
}
