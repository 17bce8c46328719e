import Foundation
import ArvioWordML

/// Why a paragraph may be a heading: its style chain says so, or it looks like one to a reader.
/// Looking like one only makes it a candidate; what it is (goal, section, process goal,
/// project description) is decided by the mapping's heading texts and the readiness tables.
struct HeadingLook: Equatable {
    /// Heading level from the style chain or outline level; nil when only the look speaks.
    var styledLevel: Int?
    /// Every run with text is bold (or a bold style gives it).
    var bold: Bool
    /// Starts with a typed number ("1.", "1.1", "2 ", "TAVOITE 3:") or is numbered by a list
    /// on its own (a decimal label with no list neighbours).
    var numbered: Bool
    /// Neither styled, bold nor numbered: a short line alone. It becomes a heading only when
    /// its words are exactly a heading of the mapping ("Käsitteet" typed as plain text).
    var plain = false
    /// Every run with text is set larger than the body text (`BodyTextSize`).
    var larger = false
    /// The typed number without its trailing dot ("3.2" of "3.2 Asiakas- ja palveluohjaus"),
    /// which says where the heading sits: "3.2" belongs under "3".
    var typedNumber: String?
    /// The size its text is set in, in half-points (`textSize`); nil for a styled heading.
    var size: Int?

    /// Candidates are short: a heading is a line, not a paragraph of text.
    static let longest = 160
    /// Plain lines are compared with the mapping's headings only up to the longest of them.
    static let plainLongest = 100

    /// The look of paragraph `index` of the body; nil when it is plain text. `bodySize` is the
    /// body text's size in half-points (nil when the document gives none).
    static func of(_ paragraph: Paragraph, text: String, body: [Block], index: Int, bodySize: Int? = nil) -> HeadingLook? {
        if let level = paragraph.headingLevel { return HeadingLook(styledLevel: level, bold: false, numbered: false) }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.count <= longest else { return nil }
        let larger = bodySize.map { isAllLarger(paragraph, than: $0) } ?? false
        if let list = paragraph.list {
            // A bullet is a list item; a numbered item counts only when alone ("1." over a
            // section, the next "2." far below), never inside a run of items of its list.
            guard list.format != "bullet", !hasListNeighbour(list, body: body, index: index) else { return nil }
            return HeadingLook(styledLevel: nil, bold: isAllBold(paragraph), numbered: true, larger: larger, size: textSize(paragraph))
        }
        let bold = isAllBold(paragraph)
        let number = typedNumber(trimmed)
        guard bold || larger || number != nil else {
            return trimmed.count <= plainLongest ? HeadingLook(styledLevel: nil, bold: false, numbered: false, plain: true) : nil
        }
        return HeadingLook(styledLevel: nil, bold: bold, numbered: number != nil, larger: larger, typedNumber: number,
                           size: textSize(paragraph))
    }

    /// Looks like a heading to a reader, not only by its words: bold or larger type.
    var stands: Bool { styledLevel != nil || bold || larger }

    /// True when `number` ("3.2") continues `parent` ("3", "3."): the heading sits under it.
    static func number(_ number: String, isUnder parent: String) -> Bool {
        let parentParts = parent.split(separator: ".")
        let parts = number.split(separator: ".")
        return !parentParts.isEmpty && parts.count > parentParts.count && Array(parts.prefix(parentParts.count)) == parentParts
    }

    /// The size a reader sees the text in: that of its smallest run with text, in half-points.
    static func textSize(_ paragraph: Paragraph) -> Int? {
        var smallest: Int?
        for inline in paragraph.inlines {
            guard case .text(let run) = inline, !run.text.allSatisfy(\.isWhitespace) else { continue }
            let size = run.format.size ?? BodyTextSize.wordDefault
            smallest = min(smallest ?? size, size)
        }
        return smallest
    }

    /// Every run with text at least a point (two half-points) larger than `bodySize`.
    static func isAllLarger(_ paragraph: Paragraph, than bodySize: Int) -> Bool {
        var sawText = false
        for inline in paragraph.inlines {
            guard case .text(let run) = inline, !run.text.allSatisfy(\.isWhitespace) else { continue }
            guard (run.format.size ?? BodyTextSize.wordDefault) >= bodySize + 2 else { return false }
            sawText = true
        }
        return sawText
    }

    /// Every run with text bold, at least one: a run's blankness only matters when it is not bold.
    static func isAllBold(_ paragraph: Paragraph) -> Bool {
        var sawText = false
        for inline in paragraph.inlines {
            guard case .text(let run) = inline else { continue }
            if run.format.bold {
                if !sawText { sawText = !run.text.allSatisfy(\.isWhitespace) }
            } else if !run.text.allSatisfy(\.isWhitespace) {
                return false
            }
        }
        return sawText
    }

    /// The number of "1. …", "1.1 …", "2 …", "4.1. …", "TAVOITE 3: …" at the start of the
    /// text, without a trailing dot ("4.1"); nil when the text starts otherwise.
    static func typedNumber(_ text: String) -> String? {
        var key = TextKey.normalise(text)
        if key.hasPrefix("tavoite ") { key.removeFirst("tavoite ".count) }
        guard var number = TextKey.leadingNumber(key) else { return nil }
        // A bare year or amount ("2021 aikana", "15 %") is not a heading number.
        guard number.contains(".") || number.count == 1 else { return nil }
        while number.hasSuffix(".") { number.removeLast() }
        // Nor is a date ("12.04.2006", "15.11.2020"): a heading number's parts are short.
        guard number.split(separator: ".").allSatisfy({ $0.count <= 2 }) else { return nil }
        return number
    }

    /// True when the nearest non-empty paragraph before or after is an item of the same list.
    private static func hasListNeighbour(_ list: ListItem, body: [Block], index: Int) -> Bool {
        for step in [-1, 1] {
            var at = index + step
            while body.indices.contains(at), case .paragraph(let other) = body[at],
                  other.text.allSatisfy(\.isWhitespace) { at += step }
            if body.indices.contains(at), case .paragraph(let other) = body[at], other.list?.numId == list.numId { return true }
        }
        return false
    }
}
