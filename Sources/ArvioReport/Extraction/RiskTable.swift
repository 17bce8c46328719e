import ArvioMessages
import ArvioWordML
import Foundation

/// A plan's risk table (004 "Taulukko 3"): riski | todennäköisyys 1–5 | ilmaantumisen estäminen
/// tai vähentäminen 1–5 | toimenpide/korjausliike. A legend row of scales ("1=merkityksetön, …")
/// goes verbatim to `riskLegend`; every other row is a `Risk` that also keeps every cell under
/// its column header, so a table with other columns loses nothing.
enum RiskTable {
    static func read(_ table: Table, _ recognised: RecognisedTable, at: BlockPath, into builder: inout ReportBuilder) {
        var plan = builder.report.plan ?? ProjectPlan()
        let names = headerNames(table, recognised)
        for row in 0 ..< table.rows.count {
            let tableRow = table.rows[row]
            let path = BlockPath(at.components + [row, 0, 0])
            if TableClassifier.isHeaderRow(tableRow, headers: recognised.headers)
                || (row < recognised.firstDataRow && tableRow.cells.contains { TableClassifier.role(of: $0, in: recognised.headers) != nil }) {
                continue
            }
            let paragraphs = tableRow.cells.flatMap { ContentBlock.cellTexts($0.blocks) }
                .filter { !$0.allSatisfy(\.isWhitespace) }
            if paragraphs.isEmpty {
                builder.warn(.rowEmpty, table: .riskTable, at: at, table, row: row)
                continue
            }
            if isLegend(tableRow, table: table, row: row, recognised) {
                plan.riskLegend += paragraphs
                continue
            }
            if row < recognised.firstDataRow {
                builder.warn(.rowBeforeHeader, table: .riskTable, at: at, table, row: row)
                continue
            }
            var cells: [NamedCell] = []
            for cell in tableRow.cells {
                let shown = table.visibleCell(row: row, column: cell.column) ?? cell
                cells.append(NamedCell(column: names[cell.column] ?? "column \(cell.column + 1)",
                                       text: ContentBlock.cellTexts(shown.blocks)))
            }
            let likelihoodRaw = table.texts(row: row, column: recognised.columns["likelihood"]).joined(separator: "\n")
            let severityRaw = table.texts(row: row, column: recognised.columns["severity"]).joined(separator: "\n")
            let likelihood = score(likelihoodRaw), severity = score(severityRaw)
            for (name, raw, value) in [(WarningPhrase.riskLikelihood, likelihoodRaw, likelihood), (.riskSeverity, severityRaw, severity)]
                where value == nil && !raw.allSatisfy(\.isWhitespace) {
                builder.warn(.riskNotScore, at: at, table, row: row, ["name": name.message, "raw": .verbatim(raw)])
            }
            plan.risks.append(Risk(
                cells: cells,
                risk: table.texts(row: row, column: recognised.columns["risk"]),
                likelihood: likelihood, likelihoodRaw: likelihoodRaw,
                severity: severity, severityRaw: severityRaw,
                action: table.texts(row: row, column: recognised.columns["action"]),
                at: path))
        }
        builder.report.plan = plan
    }

    /// "4" → 4; anything but a whole number 1–5 → nil.
    static func score(_ raw: String) -> Int? {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines.union(.init(charactersIn: "\u{00A0}\u{202F}")))
        guard let value = Int(text), (1 ... 5).contains(value) else { return nil }
        return value
    }

    /// The scales row: no score in the score columns, and some paragraph reads "1=…" or "2-3=…".
    static func isLegend(_ tableRow: TableRow, table: Table, row: Int, _ recognised: RecognisedTable) -> Bool {
        let scores = ["likelihood", "severity"].map { score(table.texts(row: row, column: recognised.columns[$0]).joined(separator: "\n")) }
        guard scores.allSatisfy({ $0 == nil }) else { return false }
        return tableRow.cells.flatMap { ContentBlock.cellTexts($0.blocks) }.contains(where: isScaleText)
    }

    /// "1=merkityksetön, …", "2-3=seurattavia", "4 – 5 = mietittävä".
    static func isScaleText(_ text: String) -> Bool {
        var rest = Substring(text).drop { $0 == " " || $0 == "\u{00A0}" }
        func digits() -> Bool {
            let count = rest.prefix { $0.isNumber }.count
            rest = rest.dropFirst(count).drop { $0 == " " }
            return count > 0
        }
        guard digits() else { return false }
        if let dash = rest.first, dash == "-" || dash == "–" {
            rest = rest.dropFirst().drop { $0 == " " }
            guard digits() else { return false }
        }
        return rest.first == "="
    }

    /// Grid column → its header as written (paragraphs joined by a space), from the header rows.
    static func headerNames(_ table: Table, _ recognised: RecognisedTable) -> [Int: String] {
        var names: [Int: String] = [:]
        for row in 0 ..< min(recognised.firstDataRow, table.rows.count) {
            let cells = table.rows[row].cells
            guard cells.contains(where: { TableClassifier.role(of: $0, in: recognised.headers) != nil }) else { continue }
            for cell in cells {
                let text = ContentBlock.cellTexts(cell.blocks).filter { !$0.allSatisfy(\.isWhitespace) }
                    .joined(separator: " ")
                guard !text.isEmpty else { continue }
                for column in cell.column ..< cell.column + max(cell.columnSpan, 1) where names[column] == nil {
                    names[column] = text
                }
            }
        }
        return names
    }
}
