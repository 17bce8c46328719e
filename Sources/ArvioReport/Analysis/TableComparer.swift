import Foundation

/// The typed tables of two report versions compared row by row and cell by cell. Rows are
/// matched by their key (the n-th row with a key against the n-th), cells by column — a period
/// label ("5/22") or the column's header — so a new column or a moved row is named as such.
enum TableComparer {
    struct KeyedRow {
        var key: String
        var label: String
        var cells: [(column: String, text: String)]
    }

    static func goalTables(_ old: BenefitGoalPart, _ new: BenefitGoalPart) -> [ReportDiff.Place] {
        var places: [ReportDiff.Place] = []
        func add(_ name: String, _ items: [ReportDiff.Item]) {
            if !items.isEmpty { places.append(ReportDiff.Place(goal: new.number, name: name, items: items)) }
        }
        add("problem → objective table", rows(old.problemTable.map(problemRow), new.problemTable.map(problemRow)))
        add("readiness table (valmiusaste)", periodColumns(old.processGoals.map(readinessRow), new.processGoals.map(readinessRow))
            + rows(old.processGoals.map(readinessRow), new.processGoals.map(readinessRow)))
        add("indicator table (mittarit)", periodColumns(old.indicators.map(indicatorRow), new.indicators.map(indicatorRow))
            + rows(old.indicators.map(indicatorRow), new.indicators.map(indicatorRow)))
        return places
    }

    static func documentTables(_ old: Report, _ new: Report) -> [ReportDiff.Place] {
        var places: [ReportDiff.Place] = []
        func add(_ name: String, _ items: [ReportDiff.Item]) {
            if !items.isEmpty { places.append(ReportDiff.Place(goal: nil, name: name, items: items)) }
        }
        add("reporting schedule", rows(old.schedule.map(scheduleRow), new.schedule.map(scheduleRow)))
        add("results table", rows(old.results.map(resultsRow), new.results.map(resultsRow)))
        var oldAnnexes = old.annexes
        for annex in new.annexes {
            let key = TextKey.heading(annex.title)
            let name = "annex “\(annex.title.trimmingCharacters(in: .whitespaces))”"
            guard let index = oldAnnexes.firstIndex(where: { TextKey.heading($0.title) == key }) else {
                places.append(ReportDiff.Place(goal: nil, name: name, status: .added,
                                               items: annexRows(annex).map { .rowAdded($0.label) }))
                continue
            }
            let before = oldAnnexes.remove(at: index)
            let columns = columnChanges(before.columns, annex.columns)
            add(name, columns + rows(annexRows(before), annexRows(annex)))
        }
        for annex in oldAnnexes {
            places.append(ReportDiff.Place(goal: nil, name: "annex “\(annex.title.trimmingCharacters(in: .whitespaces))”", status: .removed))
        }
        if old.plan != nil || new.plan != nil {
            let a = old.plan ?? ProjectPlan(), b = new.plan ?? ProjectPlan()
            add("plan results table", rows(a.results.map(planResultRow), b.results.map(planResultRow)))
            add("risk table", rows(a.risks.map(riskRow), b.risks.map(riskRow)))
            add("text marked as new (additions colour)", ReportComparer.paragraphItems(a.additions.map(\.text), b.additions.map(\.text)))
        }
        return places
    }

    /// Tables with no typed reading: rows matched in order by their text, cells by position.
    static func plainTables(_ old: [[[String]]], _ new: [[[String]]]) -> [ReportDiff.Item] {
        var items: [ReportDiff.Item] = []
        for index in 0 ..< max(old.count, new.count) {
            guard index < old.count else { items += new[index].map { .rowAdded(rowLabel($0)) }; continue }
            guard index < new.count else { items += old[index].map { .rowRemoved(rowLabel($0)) }; continue }
            let a = old[index], b = new[index]
            for operation in SequenceDiff.compare(a.map { $0.joined(separator: " | ") }, b.map { $0.joined(separator: " | ") }) {
                switch operation {
                case .same: continue
                case .added(let j): items.append(.rowAdded(rowLabel(b[j])))
                case .removed(let i): items.append(.rowRemoved(rowLabel(a[i])))
                case .changed(let i, let j):
                    for column in 0 ..< max(a[i].count, b[j].count) {
                        let x = column < a[i].count ? a[i][column] : "", y = column < b[j].count ? b[j][column] : ""
                        if TextKey.normalise(x) != TextKey.normalise(y) {
                            items.append(.cell(row: rowLabel(b[j]), column: "column \(column + 1)", from: x, to: y))
                        }
                    }
                }
            }
        }
        return items
    }

    // MARK: Rows

    /// Rows by key; a matched row's cells by column.
    static func rows(_ old: [KeyedRow], _ new: [KeyedRow]) -> [ReportDiff.Item] {
        var items: [ReportDiff.Item] = []
        var available = Dictionary(grouping: old.indices, by: { old[$0].key })
        var used: Set<Int> = []
        for row in new {
            guard var candidates = available[row.key], !candidates.isEmpty else {
                items.append(.rowAdded(row.label))
                continue
            }
            let index = candidates.removeFirst()
            available[row.key] = candidates
            used.insert(index)
            let before = Dictionary(old[index].cells.map { ($0.column, $0.text) }, uniquingKeysWith: { first, _ in first })
            let after = Dictionary(row.cells.map { ($0.column, $0.text) }, uniquingKeysWith: { first, _ in first })
            var columns = row.cells.map(\.column)
            columns += old[index].cells.map(\.column).filter { !columns.contains($0) }
            for column in columns {
                let x = before[column] ?? "", y = after[column] ?? ""
                if TextKey.normalise(x) != TextKey.normalise(y) {
                    items.append(.cell(row: row.label, column: column, from: x, to: y))
                }
            }
        }
        for index in old.indices where !used.contains(index) { items.append(.rowRemoved(old[index].label)) }
        return items
    }

    /// Period columns one version has and the other does not.
    static func periodColumns(_ old: [KeyedRow], _ new: [KeyedRow]) -> [ReportDiff.Item] {
        columnChanges(ordered(old.flatMap { $0.cells.map(\.column) }), ordered(new.flatMap { $0.cells.map(\.column) }))
    }

    static func columnChanges(_ old: [String], _ new: [String]) -> [ReportDiff.Item] {
        let a = old.map(TextKey.normalise), b = new.map(TextKey.normalise)
        return new.enumerated().filter { !a.contains(b[$0.offset]) }.map { .columnAdded($0.element) }
            + old.enumerated().filter { !b.contains(a[$0.offset]) }.map { .columnRemoved($0.element) }
    }

    private static func ordered(_ columns: [String]) -> [String] {
        var seen: Set<String> = []
        return columns.filter { seen.insert($0).inserted }
    }

    private static func rowLabel(_ cells: [String]) -> String {
        ReportComparer.short(cells.first { !$0.allSatisfy(\.isWhitespace) } ?? "(empty row)", 60)
    }

    static func readinessRow(_ goal: ProcessGoal) -> KeyedRow {
        KeyedRow(key: goal.ids.joined(separator: "+"),
                 label: ReportComparer.short("\(goal.ids.joined(separator: " ja ")) \(TextKey.heading(goal.title) == "" ? "" : goal.title.trimmingCharacters(in: .whitespaces))", 60),
                 cells: goal.readiness.map { ($0.period.columnLabel, $0.value.text) })
    }

    static func indicatorRow(_ row: IndicatorRow) -> KeyedRow {
        let metric = row.metric.first ?? ""
        var cells: [(String, String)] = []
        if let baseline = row.baseline { cells.append(("Lähtötila", baseline.text)) }
        cells += row.values.map { ($0.period.columnLabel, $0.value.text) }
        return KeyedRow(key: TextKey.normalise(metric), label: ReportComparer.short(metric, 60), cells: cells)
    }

    static func problemRow(_ row: AreaRow) -> KeyedRow {
        KeyedRow(key: TextKey.heading(row.area), label: row.area.trimmingCharacters(in: .whitespaces),
                 cells: [("Keskeinen todennettu ongelma", row.problem.joined(separator: "\n")),
                         ("Tavoitteet ja osatavoitteet", row.objective.joined(separator: "\n"))])
    }

    static func scheduleRow(_ entry: ScheduleEntry) -> KeyedRow {
        KeyedRow(key: entry.deadline, label: entry.deadlineRaw, cells: [("Oma-arvioinnin sisältö", entry.content.joined(separator: "\n"))])
    }

    static func resultsRow(_ row: ResultsRow) -> KeyedRow {
        let action = row.action.joined(separator: " ")
        return KeyedRow(key: TextKey.normalise(row.processGoal.joined(separator: " ") + "|" + action),
                        label: ReportComparer.short(action.isEmpty ? row.processGoal.joined(separator: " ") : action, 60),
                        cells: [("Hankkeen tulostavoite", row.outcomeGoal.joined(separator: "\n")),
                                ("Kansallinen hyötytavoite", row.nationalGoalsRaw),
                                ("Mittarit", row.metrics.joined(separator: "\n")),
                                ("Mittarin tuottama tulos", row.result.text),
                                ("tuloksen väri", row.resultLight?.rawValue ?? ""),
                                ("Miten toimenpide on edennyt", row.progress.text),
                                ("etenemisen väri", row.progressLight?.rawValue ?? "")])
    }

    static func annexRows(_ annex: Annex) -> [KeyedRow] {
        annex.rows.map { row in
            let texts = row.map(\.text)
            let key = texts.prefix(2).map(TextKey.normalise).joined(separator: "|")
            let label = texts.count > 1 && !texts[1].allSatisfy(\.isWhitespace) ? texts[1] : texts.first ?? ""
            let cells = texts.enumerated().map { index, text in
                (index < annex.columns.count ? annex.columns[index].trimmingCharacters(in: .whitespaces) : "column \(index + 1)", text)
            }
            return KeyedRow(key: key, label: ReportComparer.short(label, 60), cells: cells)
        }
    }

    static func planResultRow(_ row: PlanResultRow) -> KeyedRow {
        let action = row.subGoalOrAction.joined(separator: " ")
        return KeyedRow(key: "\(row.goal)|" + TextKey.normalise(action), label: "TAVOITE \(row.goal): " + ReportComparer.short(action, 50),
                        cells: [("MITTARI", row.metric.joined(separator: "\n")),
                                ("TULOSTAVOITE/ TUOTOSTAVOITE/ VAIKUTUS", row.outcome.joined(separator: "\n"))])
    }

    static func riskRow(_ risk: Risk) -> KeyedRow {
        let text = risk.risk.joined(separator: " ")
        return KeyedRow(key: TextKey.normalise(text), label: ReportComparer.short(text, 60),
                        cells: risk.cells.map { ($0.column.trimmingCharacters(in: .whitespaces), $0.text.joined(separator: "\n")) })
    }
}
