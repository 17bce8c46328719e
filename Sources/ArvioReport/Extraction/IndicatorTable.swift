import ArvioMessages
import ArvioWordML

/// Hyötytavoitteiden mittarit (003, every goal): "Hyötytavoite" | "Mittarit" | "Lähtötila" |
/// "5/21" … "11/23". The first column is merged over the rows of one benefit goal (every row
/// repeats it); a value spanning several columns ("Lähtötasoa ei saatavilla, …" over
/// Lähtötila–11/21) is read once, at its first column, with `spansColumns`.
enum IndicatorTable {
    static func read(_ table: Table, _ recognised: RecognisedTable, at: BlockPath, into builder: inout ReportBuilder) {
        guard let goal = builder.currentGoalIndex else {
            builder.warn(.tableOutsideGoal, table: .indicatorTable, at: at, table)
            return
        }
        guard let goalColumn = recognised.columns["benefitGoal"], let metricColumn = recognised.columns["metric"] else { return }
        let periods = PeriodColumns(table, headerRows: recognised.firstDataRow)
        let baselineColumn = recognised.columns["baseline"] ?? periods.baselineColumn
        let periodColumns = periods.periodColumns.filter { ![goalColumn, metricColumn, baselineColumn].contains($0.column) }
        let valueColumns = (baselineColumn.map { [$0] } ?? []) + periodColumns.map(\.column)
        if periodColumns.isEmpty {
            builder.warn(.indicatorNoPeriods, at: at, table)
        }
        for text in periods.unread {
            builder.warn(.periodLabelUnread, code: .periodUnread, table: .indicatorTable, at: at, table, ["cell": .verbatim(Places.short(text))])
        }
        let firstRow = max(recognised.firstDataRow, (periods.labelRow ?? -1) + 1)
        for row in firstRow ..< table.rows.count {
            let path = Table.rowPath(at, row: row)
            if TableClassifier.isHeaderRow(table.rows[row], headers: recognised.headers) || PeriodColumns.isLabelRow(table, row: row)
                || table.isBlank(row: row) { continue }
            guard let metricCell = table.visibleCell(row: row, column: metricColumn),
                  metricCell.column > goalColumn || metricCell.column + metricCell.columnSpan <= goalColumn else {
                builder.warn(.indicatorNoMetric, at: at, table, row: row)
                continue
            }
            var indicator = IndicatorRow(benefitGoal: table.texts(row: row, column: goalColumn),
                                         metric: metricCell.texts, baseline: nil, values: [], at: path)
            for (column, value) in table.values(row: row, columns: valueColumns) {
                if column == baselineColumn {
                    indicator.baseline = value
                } else if let period = periodColumns.first(where: { $0.column == column })?.period {
                    indicator.values.append(PeriodValue(period: period, value: value))
                }
            }
            builder.report.goals[goal].indicators.append(indicator)
        }
    }
}
