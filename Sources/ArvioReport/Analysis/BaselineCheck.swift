import ArvioMessages

/// Lähtötila: an indicator table's baseline cell left empty. THL asks for each mittari's
/// baseline, and `arvio init` writes the column empty (a hankesuunnitelma has no baselines), so
/// a coordinator must fill it; "-" or "Lähtötasoa ei saatavilla …" is an answer and counts as
/// filled. A report of the baseline period itself is flagged by its period column instead.
enum BaselineCheck {
    static func findings(_ report: Report) -> [ReviewFinding] {
        guard report.kind == .omaArviointi, report.period?.period.isBaseline != true else { return [] }
        var findings: [ReviewFinding] = []
        for goal in report.goals {
            for row in goal.indicators {
                // No baseline at all: the table has no Lähtötila column, which is no empty cell.
                guard let baseline = row.baseline, ReviewCheck.isBlank(baseline.text) else { continue }
                let indicator = ReviewCheck.short(row.metric.first { !ReviewCheck.isBlank($0) } ?? "?")
                let benefitGoal = row.benefitGoal.joined(separator: " ")
                let message = ReviewCheck.isBlank(benefitGoal)
                    ? CheckPhrase.baselineEmptyNoGoal.with(["indicator": indicator])
                    : CheckPhrase.baselineEmpty.with(["indicator": indicator, "goal": ReviewCheck.short(benefitGoal)])
                findings.append(ReviewFinding(.fix, goal: goal.number, place: CheckPhrase.placeIndicatorTable.message,
                                              rule: "baseline-empty", message: message))
            }
        }
        return findings
    }
}
