import ArvioCore
import ArvioMessages
import ArvioWordML
import Foundation

/// A final summary's results table (002 "TAULUKKO 1."): tulostavoite → prosessitavoite →
/// kehittämistoimenpide, national goals "1, 3, 4,", mittarit, and two traffic-light columns
/// whose rating is the cell shading. One `ResultsRow` per data row.
///
/// - Vertically merged cells: a continuation row shows the text of the merged cell above; an
///   outcome goal left empty below another (a merge split or lost) is that outcome goal too.
/// - A cell spanning several of the goal columns (tulostavoite, prosessitavoite, toimenpide)
///   is read once, into the last of them it covers: the columns to its left are the broader
///   goals that this row does not restate (002 "Sovitut palvelut ovat tarjolla ilta- ja
///   viikonloppuaikaan." spans tulostavoite + prosessitavoite and is a process goal). Its
///   outcome goal is the one above (`ResultsRow.outcomeGoalFromAbove`); with none above, the
///   row is named in a warning.
/// - Repeated header rows and header rows split over two rows ("Kansallinen hyötö-tavoite" +
///   "1-5", "… on" + "edennyt …") are skipped; every other row is read or warned about.
/// - The outcome goal (tulostavoite) may also stand in a row of its own across the table, above
///   its rows: then it is the outcome goal of each row below that has none of its own, as a
///   merged or repeated first column gives it.
enum ResultsTable {
    static let goalColumns = ["outcomeGoal", "processGoal", "action"]

    static func read(_ table: Table, _ recognised: RecognisedTable, at: BlockPath, into builder: inout ReportBuilder) {
        let rule = recognised.rule
        var recognised = recognised
        recognised.columns = columnsWithSplitHeader(table, recognised)
        var afterHeader = false
        var group: [String]?
        // An empty outcome-goal cell of its own continues the outcome goal above it: 002 leaves
        // it empty where a merged cell was split by a page break or lost its `w:vMerge`
        // (DOMAIN §4.4, "continuation rows leave leading cells empty"). So does a process goal
        // whose cell spans the outcome-goal column: 002 writes "Sovitut palvelut …" (l.44) among
        // the rows of "Kiireettömään hoitoon …" (l.40), and DOMAIN §4.4 counts it as none of the
        // eight outcome goals.
        var previousOutcome: [String]?
        let gridWidth = max(table.grid.count, table.rows.map { $0.cells.map { $0.column + max($0.columnSpan, 1) }.max() ?? 0 }.max() ?? 0)
        for row in 0 ..< table.rows.count {
            let tableRow = table.rows[row]
            let path = BlockPath(at.components + [row, 0, 0])
            if TableClassifier.isHeaderRow(tableRow, headers: recognised.headers) || (row < recognised.firstDataRow && hasHeaderCell(tableRow, headers: recognised.headers)) {
                afterHeader = true
                continue
            }
            if afterHeader, isHeaderContinuation(tableRow, rule: rule, columns: recognised.columns) {
                continue
            }
            afterHeader = false
            if row < recognised.firstDataRow {
                if !isEmpty(tableRow) {
                    builder.warn(.rowBeforeHeader, table: .resultsTable, at: at, table, row: row)
                }
                continue
            }
            if isEmpty(tableRow) {
                builder.warn(.rowEmpty, table: .resultsTable, at: at, table, row: row)
                continue
            }
            if row >= recognised.firstDataRow, let label = groupLabel(tableRow, gridWidth: gridWidth) {
                group = label
                continue
            }
            var read = resultsRow(row, table: table, recognised, path: path, place: builder.tablePlaceSaid(at, table), warnings: &builder.report.warnings)
            let isBlank = { (texts: [String]) in texts.allSatisfy { $0.allSatisfy(\.isWhitespace) } }
            if group == nil, let previousOutcome, mayHaveLostItsSpan(read, above: previousOutcome) {
                let above = WarningPhrase.quoted.with(["text": Places.short(previousOutcome.joined(separator: " "))])
                builder.warn(.resultsOutcomeWithoutProcessGoal, at: at, table, row: row, ["above": above])
            }
            let fromAbove = read.outcomeGoalFromAbove == true
            if isBlank(read.outcomeGoal) {
                if let group {
                    read.outcomeGoal = group
                } else if !read.outcomeGoal.isEmpty || fromAbove, let previousOutcome {
                    read.outcomeGoal = previousOutcome
                } else if fromAbove {
                    builder.warn(.resultsNoOutcomeGoal, at: at, table, row: row)
                }
            }
            if !isBlank(read.outcomeGoal) { previousOutcome = read.outcomeGoal }
            builder.report.results.append(read)
        }
    }

    /// An outcome goal of its own beside an empty process-goal cell, below another outcome goal's
    /// rows: a new outcome goal without process goals, or a process goal whose span over both
    /// columns was lost on the way (pandoc writes 002 l.44 and l.79 so). The document no longer
    /// says which: the row is read as written, and said.
    static func mayHaveLostItsSpan(_ read: ResultsRow, above: [String]) -> Bool {
        let isBlank = { (texts: [String]) in texts.allSatisfy { $0.allSatisfy(\.isWhitespace) } }
        return !isBlank(read.outcomeGoal) && read.outcomeGoal != above && !read.processGoal.isEmpty && isBlank(read.processGoal)
    }

    /// The paragraphs of a row that is one cell across every grid column, if it is one.
    static func groupLabel(_ row: TableRow, gridWidth: Int) -> [String]? {
        guard gridWidth > 1, row.cells.count == 1, let cell = row.cells.first, cell.column == 0, cell.columnSpan >= gridWidth,
              !cell.isBlank else { return nil }
        return cell.texts
    }

    static func resultsRow(_ row: Int, table: Table, _ recognised: RecognisedTable, path: BlockPath,
                     place: Message, warnings: inout [ReportWarning]) -> ResultsRow {
        func cell(_ role: String) -> TableCell? {
            guard let column = recognised.columns[role] else { return nil }
            return table.visibleCell(row: row, column: column)
        }
        /// True when the role's cell also covers a later goal column, which it is read into.
        func spansLaterGoal(_ role: String) -> Bool {
            guard let cell = cell(role), let index = goalColumns.firstIndex(of: role) else { return false }
            let covered = cell.column ..< cell.column + max(cell.columnSpan, 1)
            let later = goalColumns[(index + 1)...].compactMap { recognised.columns[$0] }
            return later.contains { covered.contains($0) }
        }
        func texts(_ role: String) -> [String] {
            guard let cell = cell(role), !spansLaterGoal(role) else { return [] }
            return ContentBlock.cellTexts(cell.blocks)
        }
        func rating(_ role: String) -> (CellValue, TrafficLight?) {
            guard let cell = cell(role) else { return (CellValueParser.value([]), nil) }
            let light = TrafficLight(fill: cell.fill)
            if light == nil, let fill = cell.fill, !["FFFFFF", "AUTO"].contains(fill.uppercased()) {
                warnings.add(.table, WarningPhrase.resultsColour.with(parts: [
                    "place": place, "row": Places.rowSaid(table, row), "fill": .verbatim(fill),
                    "column": (role == "result" ? WarningPhrase.resultColumn : .progressColumn).message,
                ]))
            }
            return (CellValueParser.value(ContentBlock.cellTexts(cell.blocks), fill: cell.fill), light)
        }

        let goalsRaw = texts("nationalGoals").joined(separator: "\n")
        let (goals, rejected) = nationalGoals(goalsRaw)
        if !rejected.isEmpty {
            let goals = Message.joined(rejected.map { WarningPhrase.quoted.with(["text": $0]) }, separator: ", ")
            warnings.add(.table, WarningPhrase.resultsGoals.with(parts: ["place": place, "row": Places.rowSaid(table, row), "goals": goals]))
        }
        let (result, resultLight) = rating("result")
        let (progress, progressLight) = rating("progress")
        return ResultsRow(
            outcomeGoal: texts("outcomeGoal"), processGoal: texts("processGoal"), action: texts("action"),
            nationalGoals: goals, nationalGoalsRaw: goalsRaw, metrics: texts("metrics"),
            result: result, resultLight: resultLight, progress: progress, progressLight: progressLight,
            outcomeGoalFromAbove: spansLaterGoal("outcomeGoal") ? true : nil, at: path)
    }

    /// The classifier's columns, completed from a header split over two rows: a column whose
    /// header reads "Arviointi Miten kyseinen kehittämistoimenpide on" in one row and "edennyt
    /// hankkeessa suhteessa suunnitelmaan" in the next is found from the two texts joined.
    static func columnsWithSplitHeader(_ table: Table, _ recognised: RecognisedTable) -> [String: Int] {
        var columns = recognised.columns
        let rule = recognised.rule
        let missing = rule.columns.filter { columns[$0.role] == nil }
        guard !missing.isEmpty else { return columns }
        var headerRows: [Int] = []
        for row in 0 ..< table.rows.count {
            let tableRow = table.rows[row]
            if row < recognised.firstDataRow, hasHeaderCell(tableRow, headers: recognised.headers) { headerRows.append(row); continue }
            if !headerRows.isEmpty, headerRows.last == row - 1, isHeaderContinuation(tableRow, rule: rule, columns: columns) {
                headerRows.append(row)
                continue
            }
            if row >= recognised.firstDataRow { break }
        }
        let width = table.rows.map { $0.cells.map { $0.column + max($0.columnSpan, 1) }.max() ?? 0 }.max() ?? 0
        for column in 0 ..< width where !columns.values.contains(column) {
            var pieces: [String] = []
            for row in headerRows {
                // A header cell merged down over both rows is read once, in its first row.
                guard let cell = table.cell(row: row, column: column), cell.rowSpan != 0 || row == headerRows[0] else { continue }
                pieces += ContentBlock.cellTexts(cell.blocks).filter { !$0.allSatisfy(\.isWhitespace) }
            }
            let key = TextKey.heading(pieces.joined(separator: " "))
            guard !key.isEmpty else { continue }
            if let rule = missing.first(where: { columns[$0.role] == nil && $0.headers.contains { TextKey.matches(key, TextKey.heading($0)) } }) {
                columns[rule.role] = column
            }
        }
        return columns
    }

    /// "1,2,3,4,5", "1, 3, 4,", "" → the numbers 1–5 in the order written, and what was not one.
    static func nationalGoals(_ raw: String) -> (goals: [Int], rejected: [String]) {
        var goals: [Int] = [], rejected: [String] = []
        for piece in raw.split(whereSeparator: { $0 == "," || $0 == "\n" }) {
            // U+00A0 and U+202F are spaces (Zs) of Foundation's set already: no set built per piece.
            let token = piece.trimmed
            guard !token.isEmpty else { continue }
            if let number = Int(token), (1 ... 5).contains(number) { goals.append(number) } else { rejected.append(token) }
        }
        return (goals, rejected)
    }

    /// True when some cell of the row is one of the rule's header texts.
    static func hasHeaderCell(_ row: TableRow, headers: HeaderKeys) -> Bool {
        row.cells.contains { TableClassifier.role(of: $0, in: headers) != nil }
    }

    /// The second half of a header split over two rows: every filled cell is a piece of one of
    /// the rule's header texts ("1-5", "Mittarin tuottama tulos, olemmeko tavoitteessa?",
    /// "edennyt hankkeessa suhteessa suunnitelmaan") and the rating columns carry no traffic light.
    static func isHeaderContinuation(_ row: TableRow, rule: TemplateMapping.TableRule, columns: [String: Int]) -> Bool {
        let headers = rule.columns.flatMap(\.headers).map { TextKey.heading($0) }
        var filled = 0
        for cell in row.cells {
            let text = ContentBlock.cellTexts(cell.blocks).joined(separator: " ")
            let key = TextKey.heading(text)
            guard !key.isEmpty else { continue }
            filled += 1
            guard key.count >= 3, headers.contains(where: { $0.contains(key) }) else { return false }
        }
        let lit = ["result", "progress"].contains { role in
            guard let column = columns[role] else { return false }
            return row.cells.contains { $0.column <= column && column < $0.column + $0.columnSpan && TrafficLight(fill: $0.fill) != nil }
        }
        return filled > 0 && !lit
    }

    /// No text in any cell of the row and no traffic light either.
    static func isEmpty(_ row: TableRow) -> Bool {
        row.cells.allSatisfy { cell in
            TrafficLight(fill: cell.fill) == nil
                && ContentBlock.cellTexts(cell.blocks).allSatisfy { $0.allSatisfy(\.isWhitespace) }
        }
    }
}
