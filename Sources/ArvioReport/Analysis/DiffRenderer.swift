import ArvioMessages
import Foundation

/// `arvio diff` output: readable text by default, Markdown with --md. Places are grouped by
/// national goal, in the new version's order; every line says what happened ("+" added,
/// "-" removed, "~" changed) and quotes the text.
public enum DiffRenderer {
    public static func text(_ diff: ReportDiff, old: String, new: String, language: Language = .en) -> String {
        let words = Words(language)
        var lines = [DiffPhrase.changesFrom.say(language, ["old": old, "new": new])]
        if diff.isEmpty { return (lines + ["  " + DiffPhrase.noChanges[language]]).joined(separator: "\n") + "\n" }
        for change in diff.document {
            lines.append("  \(words.field(change.field)): \(words.quoted(change.old)) → \(words.quoted(change.new))")
        }
        for (goal, places) in grouped(diff.places) {
            lines.append("")
            lines.append(goalTitle(goal, language))
            for place in places {
                lines.append("  \(place.name)\(statusNote(place.status, language))")
                for item in place.items { lines += textLines(item, words).map { "    " + $0 } }
            }
        }
        lines.append("")
        lines.append(tally(diff, language))
        return lines.joined(separator: "\n") + "\n"
    }

    public static func markdown(_ diff: ReportDiff, old: String, new: String, language: Language = .en) -> String {
        let words = Words(language)
        var lines = ["# " + DiffPhrase.changesTitle.say(language, ["old": code(old), "new": code(new)]), ""]
        if diff.isEmpty { return (lines + [DiffPhrase.noChangesSentence[language]]).joined(separator: "\n") + "\n" }
        if !diff.document.isEmpty {
            for change in diff.document {
                lines.append("- **\(words.field(change.field)):** \(words.quoted(change.old)) → \(words.quoted(change.new))")
            }
            lines.append("")
        }
        for (goal, places) in grouped(diff.places) {
            lines += ["## \(goalTitle(goal, language))", ""]
            for place in places {
                lines += ["### \(place.name)\(statusNote(place.status, language))", ""]
                for item in place.items { lines.append("- " + markdownLine(item, words)) }
                if !place.items.isEmpty { lines.append("") }
            }
        }
        lines.append(tally(diff, language))
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

    static func goalTitle(_ goal: Int?, _ language: Language) -> String {
        guard let goal else { return DiffPhrase.document[language] }
        return DiffPhrase.goal.say(language, ["number": "\(goal)", "title": NationalGoal(rawValue: goal)?.shortTitle ?? ""])
            .trimmingCharacters(in: .whitespaces)
    }

    static func statusNote(_ status: ReportDiff.Status, _ language: Language) -> String {
        switch status {
        case .changed: ""
        case .added: DiffPhrase.statusNew[language]
        case .removed: DiffPhrase.statusRemoved[language]
        }
    }

    /// The words of one language and its quotation marks.
    struct Words {
        let language: Language
        init(_ language: Language) { self.language = language }
        subscript(_ phrase: DiffPhrase) -> String { phrase[language] }

        /// `ReportComparer`'s field names ("document title") in the language.
        func field(_ name: String) -> String {
            let known: [String: DiffPhrase] = ["period": .period, "document title": .documentTitle, "project": .project, "template": .template, "kind": .kind]
            return known[name].map { self[$0] } ?? name
        }

        func quoted(_ text: String?) -> String {
            guard let text else { return self[.none] }
            let (open, close) = language == .en ? ("“", "”") : ("”", "”")
            return isBlank(text) ? self[.empty] : "\(open)\(oneLine(text))\(close)"
        }
    }

    static func textLines(_ item: ReportDiff.Item, _ words: Words) -> [String] {
        switch item {
        case .added(let text): ["+ \(oneLine(text))"]
        case .removed(let text): ["- \(oneLine(text))"]
        case .changed(let from, let to): ["~ \(oneLine(from))", "  → \(oneLine(to))"]
        case .cell(let row, let column, let from, let to): ["\(cellVerb(from, to)) \(row) | \(column): \(words.quoted(from)) → \(words.quoted(to))"]
        case .rowAdded(let row): ["+ \(words[.row]) \(words.quoted(row))"]
        case .rowRemoved(let row): ["- \(words[.row]) \(words.quoted(row))"]
        case .columnAdded(let column): ["+ \(words[.column]) \(words.quoted(column))"]
        case .columnRemoved(let column): ["- \(words[.column]) \(words.quoted(column))"]
        }
    }

    static func markdownLine(_ item: ReportDiff.Item, _ words: Words) -> String {
        switch item {
        case .added(let text): "**\(words[.added]):** \(escaped(text))"
        case .removed(let text): "**\(words[.removed]):** ~~\(escaped(text))~~"
        case .changed(let from, let to): "**\(words[.changed]):** ~~\(escaped(from))~~ → \(escaped(to))"
        case .cell(let row, let column, let from, let to):
            "**\(words[cellWord(from, to)]):** \(escaped(row)), \(escaped(column)): \(words.quoted(escaped(from))) → \(words.quoted(escaped(to)))"
        case .rowAdded(let row): "**\(words[.rowAdded]):** \(escaped(row))"
        case .rowRemoved(let row): "**\(words[.rowRemoved]):** ~~\(escaped(row))~~"
        case .columnAdded(let column): "**\(words[.columnAdded]):** \(escaped(column))"
        case .columnRemoved(let column): "**\(words[.columnRemoved]):** ~~\(escaped(column))~~"
        }
    }

    /// "+" for a cell filled in, "-" for one emptied, "~" for one changed.
    static func cellVerb(_ from: String, _ to: String) -> String {
        isBlank(from) ? "+" : isBlank(to) ? "-" : "~"
    }

    static func cellWord(_ from: String, _ to: String) -> DiffPhrase {
        isBlank(from) ? .filled : isBlank(to) ? .emptied : .changed
    }

    static func tally(_ diff: ReportDiff, _ language: Language) -> String {
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
        return DiffPhrase.tally.say(language, ["added": "\(added)", "removed": "\(removed)", "changed": "\(changed)", "cells": "\(cells)", "rows": "\(rows)"])
    }

    fileprivate static func isBlank(_ text: String) -> Bool { text.allSatisfy(\.isWhitespace) }

    fileprivate static func oneLine(_ text: String) -> String {
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
