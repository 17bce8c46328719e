import ArvioMessages
import Foundation

/// `arvio check`: what a reviewer would flag before a report or plan is uploaded.
///
/// - Sections with THL's guidance ("< Kuvaus … >") and nothing written under it, and sections
///   with a heading and nothing at all.
/// - This period's dated entries: missing where the report keeps dated entries, or holding only
///   guidance (the "< Kuvaus huhtikuun 2022 tilanteesta >" `arvio next` writes counts as unfilled).
/// - This period's column of the readiness and indicator tables (and of single-period annex
///   columns): empty cells. "-" is an answer ("not applicable") and counts as filled.
/// - Indicator tables' baseline ("Lähtötila") cells left empty (`BaselineCheck`).
/// - Dates that disagree (`DateConsistency`).
/// - Plans: no text marked in the additions colour, and more than 25 pages.
public enum ReviewCheck {
    public static func review(_ report: Report, facts: DocumentFacts = DocumentFacts(), pages: PageCount? = nil) -> [ReviewFinding] {
        var findings: [ReviewFinding] = []
        let period = report.period?.period
        findings += sectionFindings(report, period: period, facts: facts)
        if report.kind == .omaArviointi {
            if let info = report.period {
                findings += columnFindings(report, period: info.period)
                findings += BaselineCheck.findings(report)
                if info.guessed {
                    findings.append(ReviewFinding(.fix, goal: nil, place: CheckPhrase.placePeriod.message, rule: "period-guessed",
                                                  message: CheckPhrase.periodGuessed.with(parts: ["period": .verbatim(info.period.columnLabel), "evidence": info.said])))
                }
            } else {
                findings.append(ReviewFinding(.look, goal: nil, place: CheckPhrase.placePeriod.message, rule: "period-unknown",
                                              message: CheckPhrase.periodUnknown.message))
            }
        }
        findings += readingFindings(report)
        findings += DateConsistency.findings(report, facts: facts)
        if report.kind == .hankesuunnitelma { findings += planFindings(report, pages: pages) }
        return findings
    }

    /// What Arvio was unsure of while reading and a reviewer would see as incomplete: a goal or
    /// a template section missing, a process goal without its narrative, a table read only as
    /// text. Each is a "fix": the structure is not what the template has.
    static func readingFindings(_ report: Report) -> [ReviewFinding] {
        let structural: [ReportWarning.Code: String] = [
            .missingGoal: "missing-goal", .missingSection: "missing-section", .processGoal: "process-goal-unlinked", .table: "table-not-read",
        ]
        return report.warnings.compactMap { warning in
            structural[warning.code].map { ReviewFinding(.fix, goal: nil, place: CheckPhrase.placeAsRead.message, rule: $0, message: warning.said) }
        }
    }

    /// True when nothing must be fixed (and, when `strict`, nothing is worth a look either).
    public static func isReady(_ findings: [ReviewFinding], strict: Bool) -> Bool {
        !findings.contains { $0.severity == .fix || (strict && $0.severity == .look) }
    }

    // MARK: Sections and entries

    /// Kinds holding THL's own text or navigation, never filled in by the project.
    static let fixedKinds: Set<SectionKind> = [.title, .instructions, .contents, .tips, .concepts, .schedule, .nationalGoals, .annex]

    static func sectionFindings(_ report: Report, period: PeriodKey?, facts: DocumentFacts) -> [ReviewFinding] {
        var findings: [ReviewFinding] = []
        let dated = PeriodSections.usesDatedEntries(report)
        for goal in report.goals {
            let periodSections = PeriodSections.of(goal)
            for section in goal.sections {
                findings += emptiness(section, goal: goal.number, severity: .fix, facts: facts)
            }
            guard dated, let period else { continue }
            for section in periodSections where !isUnwritten(section) {
                let label = EntryLabel.text(for: period)
                if let entry = section.entry(for: period) {
                    if !entry.isWritten {
                        findings.append(ReviewFinding(.fix, goal: goal.number, place: section.place, rule: "entry-unfilled",
                                                      message: CheckPhrase.entryUnfilled.with(["label": label])))
                    }
                } else {
                    findings.append(ReviewFinding(.fix, goal: goal.number, place: section.place, rule: "entry-missing",
                                                  message: CheckPhrase.entryMissing.with(["label": label])))
                }
            }
        }
        for section in report.sections where !fixedKinds.contains(section.kind) {
            findings += emptiness(section, goal: nil, severity: .look, facts: facts)
        }
        return findings
    }

    /// A section (and its sub-parts) with guidance but nothing written, or with nothing at all.
    static func emptiness(_ section: Section, goal: Int?, severity: ReviewFinding.Severity, facts: DocumentFacts) -> [ReviewFinding] {
        let stream = PeriodSections.make(goal ?? 0, section, processGoal: section.kind == .processGoal ? PeriodSections.processGoalID(section.heading) : nil)
        var findings: [ReviewFinding] = []
        let hasSubsections = !section.subsections.isEmpty
        if stream.writtenBlocks.isEmpty && !hasSubsections {
            if !section.placeholders.isEmpty {
                let dated = stream.blocks.contains { EntryLabel.of($0) != nil }
                // A section whose only entry is Arvio's unfilled one is reported by the entry rule.
                if !dated {
                    findings.append(ReviewFinding(.fix, goal: goal, place: stream.place, rule: "unfilled-guidance",
                                                  message: CheckPhrase.unfilledGuidance.message))
                }
            } else if section.heading != nil, !stream.blocks.contains(where: { EntryLabel.of($0) != nil }),
                      !(section.headingAt?.components.first.map(facts.isParentHeading) ?? false) {
                findings.append(ReviewFinding(severity, goal: goal, place: stream.place, rule: "empty-section",
                                              message: CheckPhrase.emptySection.message))
            }
        }
        for sub in section.subsections { findings += emptiness(sub, goal: goal, severity: severity, facts: facts) }
        return findings
    }

    /// Sections flagged as a whole (guidance only, or nothing) are not flagged again per entry.
    private static func isUnwritten(_ section: PeriodSection) -> Bool {
        section.writtenBlocks.isEmpty && section.entries.isEmpty
    }

    // MARK: Period columns

    static func columnFindings(_ report: Report, period: PeriodKey) -> [ReviewFinding] {
        var findings: [ReviewFinding] = []
        let label = period.columnLabel
        for goal in report.goals {
            let readiness = goal.processGoals.map { (goal: $0.ids.joined(separator: "+"), value: $0.readiness.first { $0.period == period }) }
            let indicators = goal.indicators.map { row in
                (goal: short(row.metric.first ?? "?"), value: period.isBaseline ? row.baseline.map { PeriodValue(period: period, value: $0) }
                    : row.values.first { $0.period == period })
            }
            for (name, rows) in [(CheckPhrase.placeReadinessTable, readiness), (CheckPhrase.placeIndicatorTable, indicators)] where !rows.isEmpty {
                if rows.allSatisfy({ $0.value == nil }) {
                    if !(period.isBaseline && name == .placeReadinessTable) {
                        findings.append(ReviewFinding(.look, goal: goal.number, place: name.message, rule: "period-column-missing",
                                                      message: CheckPhrase.periodColumnMissing.with(["label": label])))
                    }
                    continue
                }
                let empty = rows.filter { $0.value.map { isBlank($0.value.text) } ?? false }.map(\.goal)
                if !empty.isEmpty {
                    findings.append(ReviewFinding(.fix, goal: goal.number, place: name.message, rule: "period-column-empty",
                                                  message: CheckPhrase.periodColumnEmpty.with(["label": label, "count": "\(empty.count)", "rows": list(empty)])))
                }
            }
        }
        for annex in report.annexes {
            for (index, column) in annex.columns.enumerated() where PeriodKey(notation: column) == period {
                let empty = annex.rows.filter { index < $0.count && isBlank($0[index].text) }
                    .map { row in short(row.dropFirst().first?.text ?? row.first?.text ?? "?") }
                if !empty.isEmpty {
                    findings.append(ReviewFinding(.look, goal: nil, place: CheckPhrase.placeAnnex.with(["title": annex.title.trimmingCharacters(in: .whitespaces)]),
                                                  rule: "period-column-empty",
                                                  message: CheckPhrase.periodColumnEmpty.with(["label": column.trimmingCharacters(in: .whitespaces),
                                                                                               "count": "\(empty.count)", "rows": list(empty)])))
                }
            }
        }
        return findings
    }

    // MARK: Plans

    /// THL: "Päivitetyn hankesuunnitelman kokonaispituus voi olla enintään 25 sivua. 25 sivuun ei
    /// lasketa kansilehteä tai sisällysluetteloa." and "Merkitse selkeästi esim. eri värillä
    /// olennaiset täydennykset aiempaan hankesuunnitelmaan nähden."
    public static let planPageLimit = 25

    static func planFindings(_ report: Report, pages: PageCount?) -> [ReviewFinding] {
        var findings: [ReviewFinding] = []
        if report.plan?.additions.isEmpty ?? true {
            findings.append(ReviewFinding(.fix, goal: nil, place: CheckPhrase.placePlanUpdate.message, rule: "additions-unmarked",
                                          message: CheckPhrase.additionsUnmarked.message))
        }
        switch pages {
        case .counted(let count):
            // The cover and the table of contents do not count; allow a page for each the plan has.
            let allowance = (report.sections.contains { $0.kind == .title } ? 1 : 0) + (report.sections.contains { $0.kind == .contents } ? 1 : 0)
            let limit = planPageLimit + allowance
            if count > limit {
                findings.append(ReviewFinding(.fix, goal: nil, place: CheckPhrase.placeLength.message, rule: "plan-too-long",
                                              message: CheckPhrase.planTooLong.with(["count": "\(count)", "limit": "\(planPageLimit)"])))
            } else {
                findings.append(ReviewFinding(.note, goal: nil, place: CheckPhrase.placeLength.message, rule: "plan-pages",
                                              message: CheckPhrase.planPages.with(["count": "\(count)", "limit": "\(limit)"])))
            }
        case .skipped(let reason):
            findings.append(ReviewFinding(.note, goal: nil, place: CheckPhrase.placeLength.message, rule: "pages-not-counted",
                                          message: CheckPhrase.pagesNotCounted.with(parts: ["reason": reason])))
        case nil:
            break
        }
        return findings
    }

    // MARK: Helpers

    static func isBlank(_ text: String) -> Bool { text.allSatisfy(\.isWhitespace) }

    static func short(_ text: String) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces)
        return flat.count > 40 ? String(flat.prefix(39)) + "…" : flat
    }

    static func list(_ items: [String]) -> String {
        items.count > 8 ? items.prefix(8).joined(separator: ", ") + ", …" : items.joined(separator: ", ")
    }
}
