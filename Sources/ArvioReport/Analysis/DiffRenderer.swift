import Foundation

/// `arvio diff` output: readable text by default, Markdown with --md. Places are grouped by
/// national goal, in the new version's order; every line says what happened ("+" added,
/// "-" removed, "~" changed) and quotes the text.
public enum DiffRenderer {
    public static func text(_ diff: ReportDiff, old: String, new: String) -> String {
        var lines = ["Changes from \(old) to \(new):"]
        if diff.isEmpty { return (lines + ["  no changes in the text or the tables."]).joined(separator: "\n") + "\n" }
        for change in diff.document {
            lines.append("  \(change.field): \(quoted(change.old)) → \(quoted(change.new))")
        }
        for (goal, places) in grouped(diff.places) {
            lines.append("")
            lines.append(goalTitle(goal))
            for place in places {
                lines.append("  \(place.name)\(statusNote(place.status))")
                for item in place.items { lines += textLines(item).map { "    " + $0 } }
            }
        }
        lines.append("")
        lines.append(tally(diff))
        return lines.joined(separator: "\n") + "\n"
    }

    public static func markdown(_ diff: ReportDiff, old: String, new: String) -> String {
        var lines = ["# Changes from \(code(old)) to \(code(new))", ""]
        if diff.isEmpty { return (lines + ["No changes in the text or the tables."]).joined(separator: "\n") + "\n" }
        if !diff.document.isEmpty {
            for change in diff.document {
                lines.append("- **\(change.field):** \(quoted(change.old)) → \(quoted(change.new))")
            }
            lines.append("")
        }
        for (goal, places) in grouped(diff.places) {
            lines += ["## \(goalTitle(goal))", ""]
            for place in places {
                lines += ["### \(place.name)\(statusNote(place.status))", ""]
                for item in place.items { lines.append("- " + markdownLine(item)) }
                if !place.items.isEmpty { lines.append("") }
            }
        }
        lines.append(tally(diff))
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: Pieces

    static func grouped(_ places: [ReportDiff.Place]) -> [(Int?, [ReportDiff.Place])] {
        var order: [Int?] = []
        var groups: [Int?: [ReportDiff.Place]] = [:]
        for place in places {
            if groups[place.goal] == nil { order.append(place.goal) }
            groups[place.goal, default: []].append(place)
        }
        return order.map { ($0, groups[$0]!) }
    }

    static func goalTitle(_ goal: Int?) -> String {
        guard let goal else { return "Document" }
        return "Goal \(goal) \(NationalGoal(rawValue: goal)?.shortTitle ?? "")".trimmingCharacters(in: .whitespaces)
    }

    static func statusNote(_ status: ReportDiff.Status) -> String {
        switch status {
        case .changed: ""
        case .added: " (new)"
        case .removed: " (removed)"
        }
    }

    static func textLines(_ item: ReportDiff.Item) -> [String] {
        switch item {
        case .added(let text): ["+ \(oneLine(text))"]
        case .removed(let text): ["- \(oneLine(text))"]
        case .changed(let from, let to): ["~ \(oneLine(from))", "  → \(oneLine(to))"]
        case .cell(let row, let column, let from, let to): ["\(cellVerb(from, to)) \(row) | \(column): \(quoted(from)) → \(quoted(to))"]
        case .rowAdded(let row): ["+ row \(quoted(row))"]
        case .rowRemoved(let row): ["- row \(quoted(row))"]
        case .columnAdded(let column): ["+ column \(quoted(column))"]
        case .columnRemoved(let column): ["- column \(quoted(column))"]
        }
    }

    static func markdownLine(_ item: ReportDiff.Item) -> String {
        switch item {
        case .added(let text): "**added:** \(escaped(text))"
        case .removed(let text): "**removed:** ~~\(escaped(text))~~"
        case .changed(let from, let to): "**changed:** ~~\(escaped(from))~~ → \(escaped(to))"
        case .cell(let row, let column, let from, let to):
            "**\(cellWord(from, to)):** \(escaped(row)), \(escaped(column)): \(quoted(escaped(from))) → \(quoted(escaped(to)))"
        case .rowAdded(let row): "**row added:** \(escaped(row))"
        case .rowRemoved(let row): "**row removed:** ~~\(escaped(row))~~"
        case .columnAdded(let column): "**column added:** \(escaped(column))"
        case .columnRemoved(let column): "**column removed:** ~~\(escaped(column))~~"
        }
    }

    /// "+" for a cell filled in, "-" for one emptied, "~" for one changed.
    static func cellVerb(_ from: String, _ to: String) -> String {
        isBlank(from) ? "+" : isBlank(to) ? "-" : "~"
    }

    static func cellWord(_ from: String, _ to: String) -> String {
        isBlank(from) ? "filled" : isBlank(to) ? "emptied" : "changed"
    }

    static func tally(_ diff: ReportDiff) -> String {
        var added = 0, removed = 0, changed = 0, cells = 0, rows = 0
        for item in diff.places.flatMap(\.items) {
            switch item {
            case .added: added += 1
            case .removed: removed += 1
            case .changed: changed += 1
            case .cell: cells += 1
            case .rowAdded, .rowRemoved, .columnAdded, .columnRemoved: rows += 1
            }
        }
        return "\(added) paragraph(s) added, \(removed) removed, \(changed) changed; \(cells) table cell(s) changed, \(rows) row(s) or column(s) added or removed."
    }

    private static func isBlank(_ text: String) -> Bool { text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }

    private static func quoted(_ text: String?) -> String {
        guard let text else { return "(none)" }
        return isBlank(text) ? "(empty)" : "“\(oneLine(text))”"
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " / ")
    }

    private static func code(_ text: String) -> String { "`\(text.replacingOccurrences(of: "`", with: "'"))`" }

    /// Markdown characters in quoted text shown as themselves.
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in oneLine(text) {
            if "\\`*_[]<>#|~".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
