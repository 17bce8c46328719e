import ArvioWordML

/// How much of the body's text the report holds, and where. Counted per top-level block:
/// a block is canonical when a canonical field holds it, unmapped when `unmapped` does.
enum CoverageCounter {
    static func count(document: WordDocument, report: Report) -> Coverage {
        count(blockCharacters: document.body.map(TreeText.characters), report: report)
    }

    /// With the characters of each top-level block (`TreeText.characters`) already counted.
    static func count(blockCharacters: [Int], report: Report) -> Coverage {
        var placed: [Int: Bool] = [:]  // top-level block index → canonical?
        func mark(_ path: BlockPath?, canonical: Bool = true) {
            guard let first = path?.components.first else { return }
            if placed[first] == nil || canonical == false { placed[first] = canonical }
        }
        func visit(_ section: Section) {
            mark(section.headingAt)
            section.placeholders.forEach { mark($0.at) }
            section.content.forEach { mark($0.at) }
            section.subsections.forEach(visit)
        }
        report.sections.forEach(visit)
        for goal in report.goals {
            mark(goal.headingAt)
            goal.content.forEach { mark($0.at) }
            goal.sections.forEach(visit)
        }
        for annex in report.annexes {
            mark(annex.titleAt)
            annex.content.forEach { mark($0.at) }
        }
        report.unmapped.forEach { mark($0.at, canonical: false) }

        var coverage = Coverage()
        for (index, characters) in blockCharacters.enumerated() {
            coverage.bodyCharacters += characters
            switch placed[index] {
            case true?: coverage.canonicalCharacters += characters
            case false?: coverage.unmappedCharacters += characters
            case nil: break
            }
        }
        return coverage
    }
}

/// Text of the tree as the report sees it: every paragraph, in tables and text boxes too.
public enum TreeText {
    public static func paragraphs(_ blocks: [Block]) -> [String] {
        blocks.flatMap { block -> [String] in
            switch block {
            case .paragraph(let paragraph): [paragraph.text]
            case .table(let table): table.rows.flatMap { $0.cells.flatMap { paragraphs($0.blocks) } }
            }
        }
    }

    /// The characters of `paragraphs([block])`, summed without collecting them.
    static func characters(_ block: Block) -> Int {
        switch block {
        case .paragraph(let paragraph): paragraph.text.characterCount
        case .table(let table): table.rows.reduce(0) { $0 + $1.cells.reduce(0) { $0 + $1.blocks.reduce(0) { $0 + characters($1) } } }
        }
    }
}
