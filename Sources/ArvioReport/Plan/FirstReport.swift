import ArvioMessages
import ArvioCore
import Foundation

/// `arvio init`: a project's first oma-arviointi, laid out in THL's template of the period
/// (`THLTemplate.forPeriod`: v2021a up to spring 2021, v2021b from autumn 2021) from its
/// hankesuunnitelma. In v2021a, under each national goal, "Hankkeen tavoitteet ja
/// prosessitavoitteet" gets the plan's benefit-goal text and its results table's osatavoitteet
/// and toimenpiteet, "Arvioinnin mittarit/kriteerit" the plan's mittarit for them. In v2021b the
/// osatavoitteet are the prosessitavoitteet of the readiness table ("1.1 …", each with its own
/// narrative) and the mittarit with their tulostavoitteet the rows of the indicator table. Every
/// other section gets THL's guidance text, with an empty entry dated for the period where the
/// report is written period by period — the same entry `arvio next` adds later ("Lokakuu 2021:").
public enum FirstReport {
    public enum Failure: Error, CoordinatorFacingError {
        case notAPlan(DocumentKind)
        public var code: String { "ARVIO-NOT-A-PLAN" }
        public var exitCode: Int32 { 34 }
        public func message(file: String) -> String {
            switch self {
            case .notAPlan(let kind):
                "\(file): this is \(kind == .unknown ? "not a document Arvio recognises" : "\(kind.withArticle), not a hankesuunnitelma"); `arvio init` starts a first report from a project plan (.docx, or the YAML/JSON of `arvio migrate`)."
            }
        }
    }

    /// The report for `period`, from `plan` (an imported or migrated hankesuunnitelma).
    /// `file` names the report's source (the .docx it will be written to).
    /// `template` defaults to THL's template of the period.
    public static func build(from plan: Report, period: PeriodKey, file: String,
                             template chosen: THLTemplate? = nil) throws(Failure) -> Report {
        guard plan.kind == .hankesuunnitelma else { throw .notAPlan(plan.kind) }
        let template = chosen ?? THLTemplate.forPeriod(period)
        var layout = Layout(template: template, values: values(for: plan, period: period), period: period)
        var report = Report(source: SourceInfo(file: file, mainPart: "word/document.xml",
                                               title: layout.fill(template.documentTitle)),
                            kind: .omaArviointi, mapping: template.mapping, project: plan.project)
        report.template = template.generation
        report.period = PeriodInfo(period: period, evidence: "arvio init --period \(period)", guessed: false)

        var title = Section(kind: .title)
        title.content = [layout.paragraph(layout.fill(template.title), style: "Title", role: "title"),
                         layout.paragraph(layout.fill(template.subtitle), style: "Subtitle", role: "title")]
        report.sections = [title] + template.sections.map { layout.part($0) }

        let rows = plan.plan?.results ?? []
        for goal in NationalGoal.allCases {
            var part = BenefitGoalPart(number: goal.rawValue, title: goal.canonicalTitle, heading: goal.canonicalTitle,
                                       headingAt: layout.next())
            let planText = (plan.goals.first { $0.number == goal.rawValue }?.content ?? []).filter { $0.type == "paragraph" && !$0.isEmpty }
            let goalRows = rows.filter { $0.goal == goal.rawValue }
            for section in template.goalSections {
                layout.goalSection(section, planText: planText, rows: goalRows, into: &part)
            }
            if planText.isEmpty && goalRows.isEmpty {
                report.warnings.add(.planEmptyGoal, WarningPhrase.planNothingForGoal.with(["number": "\(goal.rawValue)", "title": goal.shortTitle]))
            }
            report.goals.append(part)
        }
        // Each process goal's narrative is its "1.1 …" section, as `arvio import` links them.
        ProcessGoalLinker.link(&report)
        return report
    }

    /// The words the template's {placeholders} stand for.
    static func values(for plan: Report, period: PeriodKey) -> [String: String] {
        let spring = period.half == .spring && !period.isBaseline
        // The plan names its project wherever it names its region (ProjectDetector); the
        // programme's generic name stands in for a plan that names neither.
        let project = plan.project.name ?? "Tulevaisuuden sosiaali- ja terveyskeskus -hanke"
        return [
            "project": project,
            "deadline": period.deadline,
            "longColumn": period.isBaseline ? "11/2020" : "\(spring ? 5 : 11)/\(period.year)",
            "entryLabel": PeriodWording(period).entryLabel,
            "situation": PeriodWording(period).situation,
        ]
    }

    /// Hands out block paths in document order, which is the order the renderer writes.
    struct Layout {
        let template: THLTemplate
        let values: [String: String]
        let period: PeriodKey
        private var counter = 0

        init(template: THLTemplate, values: [String: String], period: PeriodKey) {
            self.template = template
            self.values = values
            self.period = period
        }

        func fill(_ text: String) -> String { THLTemplate.fill(text, values) }

        mutating func next() -> BlockPath {
            defer { counter += 1 }
            return BlockPath([counter])
        }

        /// A paragraph; a bullet at `level` ("•", then "o"), or item `number` of a numbered list ("1.").
        mutating func paragraph(_ text: String, style: String? = nil, role: String? = nil, bullet level: Int? = nil,
                                number: Int? = nil) -> ContentBlock {
            let list = number.map { ListMark(label: "\($0).", level: 0) } ?? level.map { ListMark(label: $0 == 0 ? "•" : "o", level: $0) }
            return ContentBlock(at: next(), text: text, list: list, style: list == nil ? style : "List Paragraph", role: role)
        }

        mutating func guidance(_ text: String) -> ContentBlock {
            paragraph(text, style: "Placeholder", role: "placeholder")
        }

        /// An empty entry dated for the period: "Lokakuu 2021:" and "< Kuvaus lokakuun 2021 tilanteesta >".
        mutating func datedEntry(into section: inout Section) {
            section.content.append(paragraph(fill(template.labels.entry), role: "dated-entry"))
            section.placeholders.append(guidance(fill(template.labels.entryPlaceholder)))
        }

        mutating func part(_ part: THLTemplate.Part) -> Section {
            var section = Section(kind: part.kind, heading: part.heading, headingAt: next())
            if let placeholder = part.placeholder { section.placeholders.append(guidance(placeholder)) }
            var number = 0
            for paragraph in part.paragraphs ?? [] {
                if paragraph.numbered == true { number += 1 }
                section.content.append(self.paragraph(paragraph.text, bullet: paragraph.bullet == true ? 0 : nil,
                                                      number: paragraph.numbered == true ? number : nil))
            }
            if let rows = part.table { section.content.append(ContentBlock(at: next(), type: "table", rows: rows)) }
            return section
        }

        mutating func goalSection(_ spec: THLTemplate.GoalSection, planText: [ContentBlock], rows: [PlanResultRow],
                                  into goal: inout BenefitGoalPart) {
            var section = Section(kind: spec.kind, heading: spec.heading, headingAt: next())
            let subGoals = rows.map { FirstReport.joined($0.subGoalOrAction) }
            switch spec.fill {
            case .planGoals where !planText.isEmpty || !rows.isEmpty:
                planParagraphs(planText, into: &section)
                if !rows.isEmpty {
                    section.content.append(paragraph(fill(template.labels.planGoals)))
                    for subGoal in subGoals where !subGoal.isEmpty { section.content.append(paragraph(subGoal, bullet: 0)) }
                }
            case .planText where !planText.isEmpty:
                planParagraphs(planText, into: &section)
            case .planIndicators where rows.contains(where: { !FirstReport.metrics($0).isEmpty }):
                section.content.append(paragraph(fill(template.labels.planIndicators)))
                for (row, subGoal) in zip(rows, subGoals) {
                    let metrics = FirstReport.metrics(row)
                    guard !metrics.isEmpty else { continue }
                    if !subGoal.isEmpty { section.content.append(paragraph(subGoal, bullet: 0)) }
                    for metric in metrics { section.content.append(paragraph(metric, bullet: subGoal.isEmpty ? 0 : 1)) }
                }
            case .datedEntry:
                section.placeholders.append(guidance(spec.placeholder))
                datedEntry(into: &section)
            case .readiness:
                section.placeholders.append(guidance(spec.placeholder))
                goal.processGoals = readinessTable(goal: goal.number, rows: rows, into: &section)
                // Without process goals the section itself carries the period's entry.
                if goal.processGoals.isEmpty { datedEntry(into: &section) }
            case .indicatorTable:
                section.placeholders.append(guidance(spec.placeholder))
                goal.indicators = indicatorTable(rows: rows, into: &section)
                datedEntry(into: &section)
            default:
                section.placeholders.append(guidance(spec.placeholder))
            }
            goal.sections.append(section)
        }

        /// The plan's benefit-goal text, paragraph by paragraph, its bullets at most two deep.
        private mutating func planParagraphs(_ planText: [ContentBlock], into section: inout Section) {
            for block in planText {
                section.content.append(paragraph(block.text ?? "", bullet: block.list.map { min($0.level, 1) }))
            }
        }
    }

    /// A cell's paragraphs as one line: a sentence the plan broke over two paragraphs
    /// ("… implementointi yhteistyössä" / "TAYS:n ja …") reads as one osatavoite.
    static func joined(_ paragraphs: [String]) -> String {
        paragraphs.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The row's mittarit, one per non-empty paragraph, as written.
    static func metrics(_ row: PlanResultRow) -> [String] {
        row.metric.filter { !$0.allSatisfy(\.isWhitespace) }
    }
}

extension DocumentKind {
    /// "an oma-arviointi", "a hankesuunnitelma", "a document Arvio does not recognise": the kind
    /// in a sentence.
    public var withArticle: String {
        switch self {
        case .omaArviointi: "an \(rawValue)"
        case .unknown: "a document Arvio does not recognise"
        default: "a \(rawValue)"
        }
    }
}
