import ArvioReport
import Foundation

/// Names an output the way Innokylä uploads are told apart: project (its region), the kind
/// of document and a date — "Kymenlaakso-oma-arviointi-2021-11-15.pdf" — in the input's folder.
enum DatedFileName {
    /// The region as the report names it, else the project's name, else the input's own name;
    /// spaces become "-" and nothing that could leave the folder is kept.
    static func make(for report: Report, kind: String, date: String, extension ext: String, beside input: String) -> String {
        let fallback = URL(fileURLWithPath: input).deletingPathExtension().lastPathComponent
        let project = report.project.region ?? report.project.name ?? fallback
        let safe = project.split(whereSeparator: { $0.isWhitespace || $0 == "/" || $0 == "\\" || $0 == ":" })
            .joined(separator: "-")
            .trimmingCharacters(in: CharacterSet(charactersIn: ".-"))
        let name = "\(safe.isEmpty ? fallback : safe)-\(kind)-\(date).\(ext)"
        return URL(fileURLWithPath: input).deletingLastPathComponent().appendingPathComponent(name).path
    }

    /// "15.11.2021" for the period's deadline → "2021-11-15".
    static func isoDate(deadlineOf period: PeriodKey) -> String {
        let parts = period.deadline.split(separator: ".").compactMap { Int($0) }
        guard parts.count == 3 else { return today() }
        return String(format: "%04d-%02d-%02d", parts[2], parts[1], parts[0])
    }

    static func today() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = .current
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }
}
