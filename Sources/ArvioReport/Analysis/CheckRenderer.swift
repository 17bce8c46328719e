import Foundation

/// `arvio check` output: the findings by goal, each marked "fix" (must be fixed), "look"
/// (worth a look; fails only with --strict) or "note", then the verdict.
public enum CheckRenderer {
    public static func text(_ findings: [ReviewFinding], report: Report, file: String, strict: Bool) -> String {
        var lines: [String] = []
        var about = "\(file): \(report.kind.rawValue)"
        if let period = report.period?.period {
            about += period.isBaseline ? " (lähtötilanne, \(period.deadline))" : " \(period.columnLabel) (\(period.deadline))"
        }
        lines.append(about)
        let groups = Dictionary(grouping: findings, by: \.goal)
        for goal in groups.keys.sorted(by: { ($0 ?? 0) < ($1 ?? 0) }) {
            lines.append(goal.map { "Goal \($0) \(NationalGoal(rawValue: $0)?.shortTitle ?? "")" } ?? "Document")
            for finding in groups[goal]!.sorted(by: { $0.severity < $1.severity }) {
                lines.append("  \(finding.severity.rawValue.padding(toLength: 5, withPad: " ", startingAt: 0))\(finding.place): \(finding.message)")
            }
        }
        let fix = findings.filter { $0.severity == .fix }.count
        let look = findings.filter { $0.severity == .look }.count
        let counts = "\(fix) to fix, \(look) to look at"
        if ReviewCheck.isReady(findings, strict: strict) {
            lines.append(findings.isEmpty ? "Ready to upload: nothing to fix." : "Ready to upload (\(counts)).")
        } else {
            lines.append("Not ready to upload: \(counts)\(strict && fix == 0 ? " (--strict)" : "").")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
