import Foundation

/// Hankkeen vaiheet: the numbered phases a plan lists under "Prosessitavoitteet", either inline
/// ("Hankkeen vaiheet ovat 1) lähtötilanteen arviointi syksy 2020, 2) … ja 8) loppuarviointi
/// syksy 2023.", seed 004) or as list paragraphs labelled "1)" / "1.".
enum PlanPhases {
    static func read(_ report: Report) -> [PlanPhase] {
        guard let section = report.sections.first(where: { $0.kind == .planProcessGoals }) else { return [] }
        var phases: [PlanPhase] = []
        for block in paragraphs(of: section) {
            guard let text = block.text else { continue }
            if let label = block.list?.label, let number = labelNumber(label), number == phases.count + 1 {
                phases.append(phase(number: number, text: tidy(text, last: true), at: block.at))
                continue
            }
            let found = inline(text)
            guard found.count >= 2, found.first?.number == phases.count + 1 else { continue }
            for (index, item) in found.enumerated() {
                phases.append(phase(number: item.number, text: tidy(item.text, last: index == found.count - 1), at: block.at))
            }
        }
        return phases
    }

    private static func paragraphs(of section: Section) -> [ContentBlock] {
        section.content.filter { $0.type == "paragraph" } + section.subsections.flatMap(paragraphs(of:))
    }

    /// "1)", "1.", "(1)" → 1.
    static func labelNumber(_ label: String) -> Int? {
        Int(label.trimmingCharacters(in: .init(charactersIn: "().  ")))
    }

    /// The "n) …" items of one paragraph: 1, 2, 3, … in order, each starting at the text's
    /// start or after a space, so "(ks. 2)" or "2023)" never start a phase.
    static func inline(_ text: String) -> [(number: Int, text: String)] {
        var markers: [(number: Int, start: String.Index, end: String.Index)] = []
        var position = text.startIndex
        var expected = 1
        while let range = marker(expected, in: text, from: position) {
            markers.append((expected, range.lowerBound, range.upperBound))
            position = range.upperBound
            expected += 1
        }
        return markers.enumerated().map { index, marker in
            let end = index + 1 < markers.count ? markers[index + 1].start : text.endIndex
            return (marker.number, String(text[marker.end ..< end]))
        }
    }

    private static func marker(_ number: Int, in text: String, from start: String.Index) -> Range<String.Index>? {
        let needle = "\(number))"
        var from = start
        while let range = text.range(of: needle, range: from ..< text.endIndex) {
            let atWordStart = range.lowerBound == text.startIndex || text[text.index(before: range.lowerBound)].isWhitespace
            let followedBySpace = range.upperBound < text.endIndex && text[range.upperBound].isWhitespace
            if atWordStart && followedBySpace { return range }
            from = range.upperBound
        }
        return nil
    }

    /// Drops what joins a phase to the next: spaces, ",", a final " ja", and the last one's ".".
    static func tidy(_ raw: String, last: Bool) -> String {
        var text = raw.trimmingCharacters(in: .whitespaces)
        if text.hasSuffix(",") { text.removeLast() }
        if text.hasSuffix(" ja") { text.removeLast(3) }
        text = text.trimmingCharacters(in: .whitespaces)
        if last, text.hasSuffix("."), !text.hasSuffix("..") { text.removeLast() }
        return text
    }

    static let seasons = ["syksy", "kevät", "talvi", "kesä", "syksyllä", "keväällä", "talvella", "kesällä"]

    /// "… kevät 2021 jatkuu 2023 asti" → ("kevät 2021", 2021); "… hanketoiminnaksi 2023" → ("2023", 2023).
    static func when(_ text: String) -> (String, Int)? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        func year(_ word: String) -> Int? {
            guard word.count == 4, let value = Int(word), (1990 ... 2099).contains(value) else { return nil }
            return value
        }
        for (index, word) in words.enumerated() where index + 1 < words.count && seasons.contains(word.lowercased()) {
            if let value = year(words[index + 1]) { return ("\(word) \(words[index + 1])", value) }
        }
        if let value = words.lazy.compactMap(year).first { return (String(value), value) }
        return nil
    }

    private static func phase(number: Int, text: String, at: BlockPath) -> PlanPhase {
        let time = when(text)
        return PlanPhase(number: number, text: text, when: time?.0, year: time?.1, at: at)
    }
}
