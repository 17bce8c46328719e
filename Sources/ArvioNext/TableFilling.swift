import ArvioMessages
import ArvioReport
import ArvioWordML
import ArvioXML

/// The new period's column of the readiness and indicator tables: filled where the coordinator
/// gave a value, left empty and listed where not. Earlier columns are never touched, and no
/// value is carried forward from the previous period.
extension EditContext {
    mutating func fillTables(updates: PeriodUpdates?) {
        var tables: [Int: (goal: Int, kind: TableKind)] = [:]
        for goal in report.goals {
            for processGoal in goal.processGoals { if let index = processGoal.at?.components.first { tables[index] = (goal.number, .readiness) } }
            for indicator in goal.indicators { if let index = indicator.at.components.first { tables[index] = (goal.number, .indicators) } }
        }
        for (index, info) in tables.sorted(by: { $0.key < $1.key }) {
            guard case .table(let table) = document.body[index] else { continue }
            guard let (headerRow, column) = periodColumn(in: table, period: period) else {
                if addPeriodColumn(toTableAt: index, table: table, place: (info.kind == .readiness ? NextPhrase.goalReadinessTable : .goalIndicatorTable).with(["goal": "\(info.goal)"])) {
                    todo.append(TodoItem(goal: info.goal, place: tablePlace(info.kind), task: NextPhrase.fillColumn.with(["column": wording.shortColumn])))
                } else {
                    todo.append(TodoItem(goal: info.goal, place: tablePlace(info.kind), task: NextPhrase.noColumn.with(["column": wording.shortColumn])))
                }
                continue
            }
            let previous = periodColumn(in: table, period: NextPeriod.previous(of: period))?.column
            for rowIndex in (headerRow + 1) ..< table.rows.count {
                let row = table.rows[rowIndex]
                guard let cell = row.cells.first(where: { $0.column <= column && column < $0.column + $0.columnSpan }),
                      cell.column == column, cell.rowSpan != 0 else { continue }
                let key = rowKey(table: table, row: rowIndex, kind: info.kind)
                guard !key.isEmpty else { continue }
                let existing = ContentBlock.cellTexts(cell.blocks).joined(separator: " ").trimmingCharacters(in: .whitespaces)
                let supplied = updates?.values.first { $0.goal == info.goal && $0.table == info.kind.rawValue && matches($0.key, key) }?.value
                if !existing.isEmpty { continue }  // already written: never overwritten
                if let supplied {
                    let neighbour = previous.flatMap { column in row.cells.first { $0.column == column } }
                    fill(cell, with: supplied, styledLike: neighbour)
                    updateModel(goal: info.goal, kind: info.kind, key: key, value: supplied)
                } else {
                    todo.append(TodoItem(goal: info.goal, place: tablePlace(info.kind),
                                         task: NextPhrase.valueFor.with(["column": wording.shortColumn, "key": short(key)])))
                }
            }
        }
    }

    /// The header row holding period labels and the grid column of `period` in it.
    func periodColumn(in table: Table, period: PeriodKey) -> (row: Int, column: Int)? {
        for (rowIndex, row) in table.rows.prefix(3).enumerated() {
            for cell in row.cells {
                let text = ContentBlock.cellTexts(cell.blocks).joined(separator: " ")
                if PeriodKey(notation: text) == period, !period.isBaseline || text.lowercased().hasPrefix("lähtö") {
                    return (rowIndex, cell.column)
                }
            }
        }
        return nil
    }

    private func rowKey(table: Table, row: Int, kind: TableKind) -> String {
        if kind == .readiness {
            let first = table.texts(row: row, column: 0).first ?? ""
            return first.trimmingCharacters(in: .whitespaces)
        }
        // Indicators: the metric column (second).
        return (table.texts(row: row, column: 1).first ?? "").trimmingCharacters(in: .whitespaces)
    }

    private func matches(_ updateKey: String, _ rowKey: String) -> Bool {
        let row = TextKey.normalise(rowKey)
        let wanted = TextKey.normalise(updateKey)
        if row == wanted { return true }
        // A process goal given by its id ("1.1" or "1.5+1.6") matches the row starting with it.
        let ids = wanted.split(separator: "+").map(String.init)
        return ids.contains { row.hasPrefix($0 + " ") || row.hasPrefix($0 + ".") || row == $0 }
    }

    /// "readiness table" / "indicator table" in the coordinator's language.
    private func tablePlace(_ kind: TableKind) -> Message {
        (kind == .readiness ? NextPhrase.readinessTable : .indicatorTable).message
    }

    private func short(_ text: String) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        return flat.count > 60 ? String(flat.prefix(57)) + "…" : flat
    }

    /// Writes `value` into the cell's first paragraph with the run formatting of the previous
    /// period's cell in the same row (or the cell's own paragraph).
    private mutating func fill(_ cell: TableCell, with value: String, styledLike neighbour: TableCell?) {
        guard cell.element < spans.count,
              let paragraph = spans.children(of: cell.element).first(where: { spans.localName(of: $0) == "p" }) else { return }
        let source = neighbour.flatMap { n in spans.children(of: n.element).first { spans.localName(of: $0) == "p" } } ?? paragraph
        let style = ParagraphTemplate(paragraph: source, spans: spans, bytes: main.bytes)
        let w = style.prefix.isEmpty ? "" : style.prefix + ":"
        var run = "<\(w)r>"
        let rPr = style.runPropertiesXML(bold: false, italic: false)
        if !rPr.isEmpty { run += "<\(w)rPr>\(rPr)</\(w)rPr>" }
        run += "<\(w)t xml:space=\"preserve\">\(XMLText.escaped(value))</\(w)t></\(w)r>"
        if var stamp = revision {
            run = "<\(w)ins \(stamp.attributes(prefix: style.prefix.isEmpty ? "w" : style.prefix))>\(run)</\(w)ins>"
            revision = stamp
        }
        let span = spans[paragraph]
        if span.contentStart == span.end {
            // <w:p/>: give it content.
            main.replace(span.start ..< span.end, with: "<\(w)p>\(run)</\(w)p>")
        } else {
            main.insert(run, at: span.contentEnd)
        }
    }

    private mutating func updateModel(goal: Int, kind: TableKind, key: String, value: String) {
        guard let goalIndex = nextReport.goals.firstIndex(where: { $0.number == goal }) else { return }
        let cellValue = CellValue(raw: [value])
        if kind == .readiness {
            for index in nextReport.goals[goalIndex].processGoals.indices
            where matches(nextReport.goals[goalIndex].processGoals[index].ids.joined(separator: "+"), key) {
                nextReport.goals[goalIndex].processGoals[index].readiness.removeAll { $0.period == period }
                nextReport.goals[goalIndex].processGoals[index].readiness.append(PeriodValue(period: period, value: cellValue))
            }
        } else {
            for index in nextReport.goals[goalIndex].indicators.indices
            where TextKey.normalise(nextReport.goals[goalIndex].indicators[index].metric.first ?? "") == TextKey.normalise(key) {
                nextReport.goals[goalIndex].indicators[index].values.removeAll { $0.period == period }
                nextReport.goals[goalIndex].indicators[index].values.append(PeriodValue(period: period, value: cellValue))
            }
        }
    }
}
