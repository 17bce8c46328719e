import Foundation

/// `arvio-summary.csv`: one row per document of a batch, as RFC 4180 describes CSV (CRLF line
/// ends; a field with a comma, quote or line break in double quotes, its quotes doubled), so
/// spreadsheets and `csv` modules read it back unchanged.
enum SummaryCSV {
    static let header = ["file", "output", "kind", "period", "goals", "coverage_percent", "warnings", "todo",
                         "error_code", "error_message"]

    static func render(_ rows: [BatchRow]) -> String {
        var text = line(header)
        for row in rows {
            text += line([row.file, row.output, row.kind, row.period, row.goals, row.coverage, row.warnings, row.todo,
                          row.errorCode, row.errorMessage])
        }
        return text
    }

    static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
