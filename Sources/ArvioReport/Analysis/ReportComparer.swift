import Foundation

/// Compares two versions of a report into a `ReportDiff`. Goals are matched by number,
/// sections by kind and heading, process goals by id, table rows by their key (process goal
/// id, metric, development area, annex row title); block positions are never compared, since
/// every addition moves everything after it.
public enum ReportComparer {
    public static func compare(_ old: Report, _ new: Report) -> ReportDiff {
        var diff = ReportDiff()
        diff.document = documentChanges(old, new)
        diff.places += sections(old.sections, new.sections, goal: nil, typed: typedTables(old), typedNew: typedTables(new))
        let oldGoals = Dictionary(old.goals.map { ($0.number, $0) }, uniquingKeysWith: { first, _ in first })
        for goal in new.goals {
            guard let before = oldGoals[goal.number] else {
                diff.places.append(ReportDiff.Place(goal: goal.number, name: "national goal \(goal.number)", status: .added))
                continue
            }
            diff.places += goalChanges(before, goal, typed: typedTables(old), typedNew: typedTables(new))
        }
        for goal in old.goals where !new.goals.contains(where: { $0.number == goal.number }) {
            diff.places.append(ReportDiff.Place(goal: goal.number, name: "national goal \(goal.number)", status: .removed))
        }
        diff.places += TableComparer.documentTables(old, new)
        diff.places += paragraphs(old.unmapped.map(\.text), new.unmapped.map(\.text), goal: nil, name: "text outside any section")
        return diff
    }

    // MARK: Document

    static func documentChanges(_ old: Report, _ new: Report) -> [ReportDiff.FieldChange] {
        var changes: [ReportDiff.FieldChange] = []
        func note(_ field: String, _ a: String?, _ b: String?) {
            if (a.map(TextKey.normalise) ?? "") != (b.map(TextKey.normalise) ?? "") {
                changes.append(ReportDiff.FieldChange(field: field, old: a, new: b))
            }
        }
        note("period", old.period.map { label($0.period) }, new.period.map { label($0.period) })
        note("document title", old.source.title, new.source.title)
        note("project", old.project.name, new.project.name)
        note("template", old.template, new.template)
        note("kind", old.kind.rawValue, new.kind.rawValue)
        return changes
    }

    static func label(_ period: PeriodKey) -> String {
        period.isBaseline ? "Lähtötila (15.11.2020)" : "\(period.columnLabel) (\(period.deadline))"
    }

    // MARK: Goals and sections

    static func goalChanges(_ old: BenefitGoalPart, _ new: BenefitGoalPart, typed: Set<Int>, typedNew: Set<Int>) -> [ReportDiff.Place] {
        var places: [ReportDiff.Place] = []
        if let a = old.heading, let b = new.heading, TextKey.normalise(a) != TextKey.normalise(b) {
            places.append(ReportDiff.Place(goal: new.number, name: "goal heading", items: [.changed(from: a, to: b)]))
        }
        places += paragraphs(texts(old.content), texts(new.content), goal: new.number, name: "text under the goal heading")
        places += sections(old.sections, new.sections, goal: new.number, typed: typed, typedNew: typedNew)
        places += TableComparer.goalTables(old, new)
        return places
    }

    /// Sections matched by kind and heading (the n-th of a kind and heading with the n-th).
    static func sections(_ old: [Section], _ new: [Section], goal: Int?, typed: Set<Int>, typedNew: Set<Int>,
                         processGoals: Bool = false) -> [ReportDiff.Place] {
        var places: [ReportDiff.Place] = []
        var remaining = old.enumerated().map { ($0.offset, key($0.element, processGoal: processGoals)) }
        var matched: Set<Int> = []
        for section in new {
            let wanted = key(section, processGoal: processGoals)
            let name = placeName(section)
            guard let found = remaining.firstIndex(where: { $0.1 == wanted }) else {
                var place = ReportDiff.Place(goal: goal, name: name, status: .added)
                place.items = texts(blocks(section)).map { .added($0) }
                places.append(place)
                places += sections([], section.subsections, goal: goal, typed: typed, typedNew: typedNew, processGoals: true)
                continue
            }
            let index = remaining.remove(at: found).0
            matched.insert(index)
            let before = old[index]
            var items: [ReportDiff.Item] = []
            if let a = before.heading, let b = section.heading, TextKey.normalise(a) != TextKey.normalise(b) {
                items.append(.changed(from: a, to: b))
            }
            items += paragraphItems(texts(blocks(before)), texts(blocks(section)))
            items += TableComparer.plainTables(tables(blocks(before), skipping: typed), tables(blocks(section), skipping: typedNew))
            if !items.isEmpty { places.append(ReportDiff.Place(goal: goal, name: name, items: items)) }
            places += sections(before.subsections, section.subsections, goal: goal, typed: typed, typedNew: typedNew, processGoals: true)
        }
        for (index, section) in old.enumerated() where !matched.contains(index) {
            var place = ReportDiff.Place(goal: goal, name: placeName(section), status: .removed)
            place.items = texts(blocks(section)).map { .removed($0) }
            places.append(place)
        }
        return places
    }

    static func key(_ section: Section, processGoal: Bool) -> String {
        if section.kind == .processGoal, let id = PeriodSections.processGoalID(section.heading) { return "pg:" + id }
        return section.kind.rawValue + ":" + TextKey.heading(section.heading ?? "")
    }

    static func placeName(_ section: Section) -> String {
        if section.kind == .processGoal, let heading = section.heading {
            return "process goal \(short(heading.trimmingCharacters(in: .whitespaces), 70))"
        }
        if let heading = section.heading { return "“\(heading.trimmingCharacters(in: .whitespaces))”" }
        if section.kind == .title { return "title page" }
        return "(\(section.kind.rawValue), no heading)"
    }

    /// Content and guidance in document order.
    static func blocks(_ section: Section) -> [ContentBlock] {
        (section.content + section.placeholders).sorted { $0.at < $1.at }
    }

    /// Paragraph texts, empty ones left out.
    static func texts(_ blocks: [ContentBlock]) -> [String] {
        blocks.filter { $0.type == "paragraph" && !$0.isEmpty }.compactMap(\.text)
    }

    /// Tables as rows of cell texts; those the typed comparisons cover are skipped.
    static func tables(_ blocks: [ContentBlock], skipping typed: Set<Int>) -> [[[String]]] {
        blocks.filter { $0.type == "table" && !typed.contains($0.at.components.first ?? -1) }.compactMap(\.rows)
            .map { rows in rows.map { $0.map { $0.joined(separator: "\n") } } }
    }

    static func paragraphs(_ old: [String], _ new: [String], goal: Int?, name: String) -> [ReportDiff.Place] {
        let items = paragraphItems(old, new)
        return items.isEmpty ? [] : [ReportDiff.Place(goal: goal, name: name, items: items)]
    }

    static func paragraphItems(_ old: [String], _ new: [String]) -> [ReportDiff.Item] {
        SequenceDiff.compare(old, new).compactMap { operation in
            switch operation {
            case .same: nil
            case .added(let j): .added(new[j])
            case .removed(let i): .removed(old[i])
            case .changed(let i, let j): .changed(from: old[i], to: new[j])
            }
        }
    }

    /// Top-level blocks holding tables the typed comparisons cover.
    static func typedTables(_ report: Report) -> Set<Int> {
        var paths: [BlockPath] = []
        for goal in report.goals {
            paths += goal.problemTable.map(\.at) + goal.processGoals.compactMap(\.at) + goal.indicators.map(\.at)
        }
        paths += report.schedule.map(\.at) + report.results.map(\.at)
        if let plan = report.plan { paths += plan.results.map(\.at) + plan.risks.map(\.at) }
        return Set(paths.compactMap(\.components.first))
    }

    static func short(_ text: String, _ limit: Int) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        return flat.count > limit ? String(flat.prefix(limit - 1)) + "…" : flat
    }
}
