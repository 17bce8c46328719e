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

    /// Candidates are short: a heading is a line, not a paragraph of text.
    static let longest = 160
    /// Plain lines are compared with the mapping's headings only up to the longest of them.
    static let plainLongest = 100

    /// The look of paragraph `index` of the body; nil when it is plain text.
    static func of(_ paragraph: Paragraph, text: String, body: [Block], index: Int) -> HeadingLook? {
        if let level = paragraph.headingLevel { return HeadingLook(styledLevel: level, bold: false, numbered: false) }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.count <= longest else { return nil }
        if let list = paragraph.list {
            // A bullet is a list item; a numbered item counts only when alone ("1." over a
            // section, the next "2." far below), never inside a run of items of its list.
            guard list.format != "bullet", !hasListNeighbour(list, body: body, index: index) else { return nil }
            return HeadingLook(styledLevel: nil, bold: isAllBold(paragraph), numbered: true)
        }
        let bold = isAllBold(paragraph)
        let numbered = hasTypedNumber(trimmed)
        guard bold || numbered else {
            return trimmed.count <= plainLongest ? HeadingLook(styledLevel: nil, bold: false, numbered: false, plain: true) : nil
        }
        return HeadingLook(styledLevel: nil, bold: bold, numbered: numbered)
    }

    /// Every run with text bold, at least one: a run's blankness only matters when it is not bold.
    static func isAllBold(_ paragraph: Paragraph) -> Bool {
        var sawText = false
        for inline in paragraph.inlines {
            guard case .text(let run) = inline else { continue }
            if run.format.bold {
                if !sawText { sawText = !run.text.trimmingCharacters(in: .whitespaces).isEmpty }
            } else if !run.text.trimmingCharacters(in: .whitespaces).isEmpty {
                return false
            }
        }
        return sawText
    }

    /// "1. …", "1.1 …", "2 …", "4.1. …", "TAVOITE 3: …" at the start of the text.
    static func hasTypedNumber(_ text: String) -> Bool {
        var key = TextKey.normalise(text)
        if key.hasPrefix("tavoite ") { key.removeFirst("tavoite ".count) }
        guard let number = TextKey.leadingNumber(key) else { return false }
        // A bare year or amount ("2021 aikana", "15 %") is not a heading number.
        return number.contains(".") || number.count == 1
    }

    /// True when the nearest non-empty paragraph before or after is an item of the same list.
    private static func hasListNeighbour(_ list: ListItem, body: [Block], index: Int) -> Bool {
        for step in [-1, 1] {
            var at = index + step
            while body.indices.contains(at), case .paragraph(let other) = body[at],
                  other.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { at += step }
            if body.indices.contains(at), case .paragraph(let other) = body[at], other.list?.numId == list.numId { return true }
        }
        return false
    }
}
