import ArvioMessages
import Foundation

/// `arvio check` output: the findings by goal, each marked "fix" (must be fixed), "look"
/// (worth a look; fails only with --strict) or "note", then the verdict.
public enum CheckRenderer {
    public static func text(_ findings: [ReviewFinding], report: Report, file: String, strict: Bool, language: Language = .en) -> String {
        var lines: [String] = []
        var about = "\(file): \(report.kind.rawValue)"
        if let period = report.period?.period {
            about += period.isBaseline ? " (\(CheckPhrase.baseline[language]), \(period.deadline))" : " \(period.columnLabel) (\(period.deadline))"
        }
        lines.append(about)
        let severities: [ReviewFinding.Severity: String] = [.fix: CheckPhrase.fix[language], .look: CheckPhrase.look[language], .note: CheckPhrase.note[language]]
        // One column for the marks, as wide as the language's longest and a space.
        let width = (severities.values.map(\.count).max() ?? 4) + 1
        let groups = Dictionary(grouping: findings, by: \.goal)
        for goal in groups.keys.sorted(by: { ($0 ?? 0) < ($1 ?? 0) }) {
            lines.append(goal.map { CheckPhrase.goalHeading.say(language, ["number": "\($0)", "title": NationalGoal(rawValue: $0)?.shortTitle ?? ""]) }
                ?? CheckPhrase.document[language])
            for finding in groups[goal]!.sorted(by: { $0.severity < $1.severity }) {
                let mark = severities[finding.severity]!.padding(toLength: width, withPad: " ", startingAt: 0)
                lines.append("  \(mark)\(finding.at[language]): \(finding.says[language])")
            }
        }
        let fix = findings.filter { $0.severity == .fix }.count
        let look = findings.filter { $0.severity == .look }.count
        let counts = ["fix": "\(fix)", "look": "\(look)"]
        if ReviewCheck.isReady(findings, strict: strict) {
            lines.append(findings.isEmpty ? CheckPhrase.readyNothing[language] : CheckPhrase.readyCounts.say(language, counts))
        } else {
            lines.append(CheckPhrase.notReady.say(language, counts.merging(["strict": strict && fix == 0 ? " (--strict)" : ""]) { $1 }))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
