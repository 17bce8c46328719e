import ArvioMessages
import ArvioWordML

/// `arvio migrate`: a hankesuunnitelma into the model, with what `import` leaves as plain text
/// made structured — the numbered phases, where each footnote is referenced — and a note for
/// every part of the 2021 plan model the document lacks.
public enum PlanMigration {
    /// The parts of a hankesuunnitelma (täydennyshaku 2021), in the plan's order, with the
    /// name a coordinator knows them by.
    public static let parts: [(kind: SectionKind, name: String)] = [
        (.planBackground, "Hankkeen tausta"), (.planGoals, "Hankkeen tavoitteet"), (.planBenefitGoals, "Hyötytavoitteet"),
        (.planProcessGoals, "Prosessitavoitteet"), (.planLimits, "Rajaukset ja riippuvuudet"),
        (.planSchedule, "Aikataulu"), (.planActions, "Toimenpiteet"), (.planResults, "Tulokset ja vaikutukset"),
        (.planCosts, "Hankkeen kustannukset"), (.planAdministration, "Hankkeen hallinnointi"),
        (.planOrganisation, "Hankkeen kattavuus ja organisoituminen"), (.planCommunication, "Viestintä ja sidosryhmät"),
        (.planMonitoring, "Seuranta ja arviointi"), (.planRisks, "Riskit ja niihin varautuminen"),
    ]

    /// Completes an imported plan; a report of any other kind is left as it is. `document` is
    /// the tree the report was built from (nil for a report read from YAML or JSON: then the
    /// footnotes keep the places they have).
    public static func complete(_ report: inout Report, document: WordDocument?) {
        guard report.kind == .hankesuunnitelma else { return }
        var plan = report.plan ?? ProjectPlan()
        plan.phases = PlanPhases.read(report)
        if let document {
            let places = footnotePlaces(document)
            for index in plan.footnotes.indices { plan.footnotes[index].at = places[plan.footnotes[index].id] }
        }
        report.plan = plan

        var notes: [ReportWarning] = []
        for (kind, name) in parts where !report.sections.contains(where: { $0.kind == kind }) {
            notes.add(.missingSection, WarningPhrase.planNoSection.with(["name": name]))
        }
        if plan.phases?.isEmpty != false {
            notes.add(.planNoPhases, WarningPhrase.planNoPhases.message)
        }
        for goal in NationalGoal.allCases {
            let text = report.goals.first { $0.number == goal.rawValue }?.content.filter { !$0.isEmpty } ?? []
            if text.isEmpty { notes.add(.missingSection, WarningPhrase.planNoBenefitText.with(["title": goal.shortTitle, "number": "\(goal.rawValue)"])) }
            if !plan.results.contains(where: { $0.goal == goal.rawValue }) {
                notes.add(.table, WarningPhrase.planNoResultRows.with(["number": "\(goal.rawValue)"]))
            }
        }
        for note in notes { report.warnings.add(note) }
    }

    /// Footnote id → the paragraph (top-level or in a table cell) holding its reference mark.
    static func footnotePlaces(_ document: WordDocument) -> [String: BlockPath] {
        var places: [String: BlockPath] = [:]
        func visit(_ block: Block, at path: [Int]) {
            switch block {
            case .paragraph(let paragraph):
                for inline in paragraph.inlines {
                    if case .noteReference(let reference) = inline, reference.kind == .footnote, places[reference.id] == nil {
                        places[reference.id] = BlockPath(path)
                    }
                }
            case .table(let table):
                for (r, row) in table.rows.enumerated() {
                    for (c, cell) in row.cells.enumerated() {
                        for (b, inner) in cell.blocks.enumerated() { visit(inner, at: path + [r, c, b]) }
                    }
                }
            }
        }
        for (index, block) in document.body.enumerated() { visit(block, at: [index]) }
        return places
    }

    /// What the migration found, part by part, for the coordinator to check at a glance: one
    /// line each, said in the language it is shown in.
    public static func summary(_ report: Report) -> [Message] {
        let plan = report.plan ?? ProjectPlan()
        var lines: [Message] = []
        func count(_ value: Int) -> String { "\(value)" }
        func describe(_ section: Section) -> Message {
            let blocks = section.content + section.subsections.flatMap(\.content)
            let paragraphs = blocks.filter { $0.type == "paragraph" && !$0.isEmpty }.count
            let tables = blocks.filter { $0.type == "table" }.count
            if paragraphs == 0 && tables == 0 && section.subsections.isEmpty { return MigratePhrase.headingOnly.message }
            var parts = [paragraphs == 1 ? MigratePhrase.paragraphOne.message : MigratePhrase.paragraphMany.with(["count": count(paragraphs)])]
            if tables > 0 { parts.append(tables == 1 ? MigratePhrase.tableOne.message : MigratePhrase.tableMany.with(["count": count(tables)])) }
            if !section.subsections.isEmpty { parts.append(MigratePhrase.subsections.with(["count": count(section.subsections.count)])) }
            return Message.joined(parts, separator: ", ")
        }
        for (kind, name) in parts {
            guard let section = report.sections.first(where: { $0.kind == kind }) else {
                lines.append(MigratePhrase.partMissing.with(["name": name]))
                continue
            }
            switch kind {
            case .planBenefitGoals:
                let goals = report.goals.sorted { $0.number < $1.number }.map { goal in
                    "\(goal.number) (\(goal.content.filter { !$0.isEmpty }.count))"
                }
                lines.append(MigratePhrase.benefitGoals.with(["name": name, "goals": goals.joined(separator: ", ")]))
            case .planProcessGoals:
                let phases = plan.phases ?? []
                let span = phases.isEmpty ? "" : ": \(phases.first?.when ?? "?") … \(phases.last?.when ?? "?")"
                lines.append(MigratePhrase.processGoals.with(parts: ["name": .verbatim(name), "found": describe(section),
                                                                     "count": .verbatim(count(phases.count)), "span": .verbatim(span)]))
            case .planActions:
                lines.append(MigratePhrase.actions.with(["name": name, "count": count(section.subsections.count)]))
            case .planResults:
                let counts = (1 ... 5).map { goal in "\(goal): \(plan.results.filter { $0.goal == goal }.count)" }
                lines.append(MigratePhrase.results.with(["name": name, "count": count(plan.results.count), "counts": counts.joined(separator: ", ")]))
            case .planRisks:
                let scales = plan.riskLegend.isEmpty ? Message.verbatim("") : MigratePhrase.riskScales.message
                lines.append(MigratePhrase.risks.with(parts: ["name": .verbatim(name), "count": .verbatim(count(plan.risks.count)), "scales": scales]))
            default:
                lines.append(Message.joined([.verbatim("  \(name): "), describe(section)], separator: ""))
            }
        }
        lines.append(MigratePhrase.footnotes.with(["count": count(plan.footnotes.count)]))
        if let colour = plan.additionsColour {
            lines.append(MigratePhrase.newContent.with(["colour": colour, "count": count(plan.additions.count)]))
        } else {
            lines.append(MigratePhrase.noNewContent.message)
        }
        return lines
    }
}
