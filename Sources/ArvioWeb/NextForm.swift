import ArvioCore
import ArvioNext
import ArvioReport
import Foundation

/// The next-period form as sent: the period, tracked changes and their author, and the text
/// typed per dated entry (`entry-N`, N in `NextPeriod.plannedEntries` order) and per new-period
/// cell (`ready-GOAL-I` for the I-th process goal's readiness, `ind-GOAL-I` for an indicator,
/// `annex-A-R` for row R of the A-th annex table, Liite 1's new period column).
struct NextForm {
    var period: PeriodKey?
    var trackChanges: Bool
    var author: String
    var fields: [String: String]

    init(fields: [String: String]) {
        self.fields = fields
        period = fields["period"].flatMap { PeriodKey(notation: $0.trimmingCharacters(in: .whitespaces)) }
        trackChanges = fields["track"] == "on"
        let author = (fields["author"] ?? "").trimmed
        self.author = author.isEmpty ? "Arvio" : String(author.prefix(100))
    }

    /// `application/x-www-form-urlencoded` → fields (the last value of a repeated name wins).
    static func fields(urlencoded body: String) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ text: Substring) -> String {
                text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            fields[decode(parts[0])] = parts.count > 1 ? decode(parts[1]) : ""
        }
        return fields
    }

    static func entryField(_ index: Int) -> String { "entry-\(index)" }
    static func readinessField(goal: Int, index: Int) -> String { "ready-\(goal)-\(index)" }
    static func indicatorField(goal: Int, index: Int) -> String { "ind-\(goal)-\(index)" }
    static func annexField(annex: Int, row: Int) -> String { "annex-\(annex)-\(row)" }

    /// The annexes that get a column for `period` (their last period column is earlier), and
    /// their rows that have a name: the rows a coordinator fills in.
    static func annexRows(_ report: Report, period: PeriodKey) -> [(annex: Int, rows: [Int])] {
        report.annexes.enumerated().compactMap { index, annex in
            guard let last = annex.periodColumn?.period, last < period else { return nil }
            let rows = annex.rows.indices.filter { !annex.rowKey($0).isEmpty }
            return rows.isEmpty ? nil : (index, rows)
        }
    }

    /// The values typed for the annexes' new column, as `--updates` gives them (DOMAIN §7.3).
    func annexValues(_ report: Report, period: PeriodKey) -> [PeriodUpdates.AnnexValue] {
        Self.annexRows(report, period: period).flatMap { index, rows in
            let annex = report.annexes[index]
            return rows.compactMap { row in
                let value = text(Self.annexField(annex: index, row: row))
                return value.isEmpty ? nil : PeriodUpdates.AnnexValue(annex: annex.title, row: row, key: annex.rowKey(row), value: value)
            }
        }
    }

    private func text(_ name: String) -> String {
        (fields[name] ?? "").replacingOccurrences(of: "\r\n", with: "\n").trimmed
    }

    /// The report with the typed text added, as a coordinator would add it to the YAML of
    /// `arvio import` for `--updates`: new paragraphs (one per line) under their sections,
    /// values in the new period's column.
    func edited(_ original: Report, period: PeriodKey) -> Report {
        var report = original
        for (index, entry) in NextPeriod.plannedEntries(original).enumerated() {
            let paragraphs = text(Self.entryField(index)).split(separator: "\n")
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard !paragraphs.isEmpty, let goal = report.goals.firstIndex(where: { $0.number == entry.goal }) else { continue }
            let blocks = paragraphs.map { ContentBlock(at: BlockPath([]), text: $0) }
            for sectionIndex in report.goals[goal].sections.indices {
                let section = report.goals[goal].sections[sectionIndex]
                if entry.processGoal != nil {
                    if let sub = section.subsections.firstIndex(where: { $0.kind == .processGoal && $0.heading == entry.heading }) {
                        report.goals[goal].sections[sectionIndex].subsections[sub].content += blocks
                        break
                    }
                } else if section.kind == entry.section && (section.heading ?? section.kind.rawValue) == entry.heading {
                    report.goals[goal].sections[sectionIndex].content += blocks
                    break
                }
            }
        }
        for goal in report.goals.indices {
            let number = report.goals[goal].number
            for index in report.goals[goal].processGoals.indices {
                let value = text(Self.readinessField(goal: number, index: index))
                guard !value.isEmpty else { continue }
                report.goals[goal].processGoals[index].readiness.removeAll { $0.period == period }
                report.goals[goal].processGoals[index].readiness.append(PeriodValue(period: period, value: CellValue(raw: [value])))
            }
            for index in report.goals[goal].indicators.indices {
                let value = text(Self.indicatorField(goal: number, index: index))
                guard !value.isEmpty else { continue }
                report.goals[goal].indicators[index].values.removeAll { $0.period == period }
                report.goals[goal].indicators[index].values.append(PeriodValue(period: period, value: CellValue(raw: [value])))
            }
        }
        return report
    }
}
