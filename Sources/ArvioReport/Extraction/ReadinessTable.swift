import ArvioMessages
import ArvioWordML

/// Kehittämistoiminnan valmiusaste (003, goals 1–4): header row 1 "Prosessitavoite" |
/// "Kehittämistoiminnan valmiusaste", header row 2 the period labels ("5/21" … "11/23"); then
/// one row per process goal: "<id> <title>" | a readiness value per period. Narratives are
/// linked afterwards by `ProcessGoalLinker`.
enum ReadinessTable {
    static func read(_ table: Table, _ recognised: RecognisedTable, at: BlockPath, into builder: inout ReportBuilder) {
        guard let goal = builder.currentGoalIndex else {
            builder.warn(.tableOutsideGoal, table: .readinessTable, at: at, table)
            return
        }
        guard let goalColumn = recognised.columns["processGoal"] else { return }
        let periods = PeriodColumns(table, headerRows: recognised.firstDataRow)
        if periods.columns.isEmpty {
            builder.warn(.readinessNoPeriods, at: at, table)
        }
        for text in periods.unread {
            builder.warn(.periodLabelUnread, code: .periodUnread, table: .readinessTable, at: at, table, ["cell": .verbatim(Places.short(text))])
        }
        let periodColumns = periods.periodColumns.filter { $0.column != goalColumn }
        let firstRow = max(recognised.firstDataRow, (periods.labelRow ?? -1) + 1)
        for row in firstRow ..< table.rows.count {
            let path = Table.rowPath(at, row: row)
            if TableClassifier.isHeaderRow(table.rows[row], headers: recognised.headers) || PeriodColumns.isLabelRow(table, row: row)
                || table.isBlank(row: row) { continue }
            guard let goalCell = table.visibleCell(row: row, column: goalColumn) else {
                builder.warn(.noCellUnder, table: .readinessTable, at: at, table, row: row, ["column": .verbatim("Prosessitavoite")])
                continue
            }
            let covered = goalCell.column ..< goalCell.column + max(goalCell.columnSpan, 1)
            if !periodColumns.isEmpty, periodColumns.allSatisfy({ covered.contains($0.column) }) {
                builder.warn(.readinessAcross, at: at, table, row: row)
                continue
            }
            let (ids, title) = ProcessGoalID.split(goalCell.texts)
            if ids.isEmpty {
                builder.warn(.readinessNoNumber, code: .processGoal, at: at, table, row: row)
            }
            let readiness = table.values(row: row, columns: periodColumns.map(\.column)).compactMap { value in
                periodColumns.first { $0.column == value.column }.map { PeriodValue(period: $0.period, value: value.value) }
            }
            builder.report.goals[goal].processGoals.append(
                ProcessGoal(ids: ids, title: title, readiness: readiness, at: path))
        }
    }
}

/// Process-goal numbers as written: "1.1", "4.1." (trailing dot kept), two in one cell
/// ("1.5 …" and "1.6 …" as separate paragraphs).
public enum ProcessGoalID {
    /// The ids of every paragraph that starts with one, and the text after the first id
    /// (paragraphs joined by "\n", everything else as written).
    public static func split(_ paragraphs: [String]) -> (ids: [String], title: String) {
        let ids = paragraphs.compactMap { leading($0)?.id }
        let joined = paragraphs.joined(separator: "\n")
        let trimmedStart = joined.drop { $0.isWhitespace || $0.isNewline }
        guard let first = leading(trimmedStart) else { return (ids, joined) }
        return (ids, first.rest)
    }

    /// "1.1 Kiireettömät …" → ("1.1", "Kiireettömät …"); nil when the text does not start with
    /// a number of at least two parts.
    public static func leading(_ text: String) -> (id: String, rest: String)? { leading(Substring(text)) }

    static func leading(_ text: Substring) -> (id: String, rest: String)? {
        let start = text.drop { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" || $0 == "\t" }
        var id = ""
        var index = start.startIndex
        var sawDotDigit = false
        while index < start.endIndex {
            let character = start[index]
            if character.isASCII && character.isNumber {
                if id.last == "." { sawDotDigit = true }
                id.append(character)
            } else if character == ".", let last = id.last, last.isNumber {
                id.append(character)
            } else {
                break
            }
            index = start.index(after: index)
        }
        guard sawDotDigit else { return nil }
        let rest = start[index...]
        guard rest.isEmpty || rest.first!.isWhitespace else { return nil }
        return (id, String(rest.drop { $0.isWhitespace && !$0.isNewline }))
    }

    /// "4.1." and "4.1" name the same goal.
    static func key(_ id: String) -> String {
        var key = id
        while key.hasSuffix(".") { key.removeLast() }
        return key
    }
}
