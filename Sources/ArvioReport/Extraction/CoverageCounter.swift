import ArvioWordML

/// How much of the body's text the report holds, and where. Counted per top-level block:
/// a block is canonical when a canonical field holds it, unmapped when `unmapped` does.
enum CoverageCounter {
    static func count(document: WordDocument, report: Report) -> Coverage {
        count(blockCharacters: document.body.map(TreeText.characters), report: report)
    }

    /// With the characters of each top-level block (`TreeText.characters`) already counted.
    static func count(blockCharacters: [Int], report: Report) -> Coverage {
        var placed = Placements(blocks: blockCharacters.count)
        for section in report.sections { placed.mark(section) }
        for goal in report.goals {
            placed.mark(goal.headingAt)
            for content in goal.content { placed.mark(content.at) }
            for section in goal.sections { placed.mark(section) }
        }
        for annex in report.annexes {
            placed.mark(annex.titleAt)
            for content in annex.content { placed.mark(content.at) }
        }
        for block in report.unmapped { placed.mark(block.at, canonical: false) }

        var coverage = Coverage()
        for (index, characters) in blockCharacters.enumerated() {
            coverage.bodyCharacters += characters
            switch placed.states[index] {
            case .canonical: coverage.canonicalCharacters += characters
            case .unmapped: coverage.unmappedCharacters += characters
            case .unplaced: break
            }
        }
        return coverage
    }

    /// Where each top-level block went, by index: an array rather than a dictionary, as a large
    /// report marks tens of thousands of blocks (one hash look-up each was most of the count).
    private struct Placements {
        enum State { case unplaced, canonical, unmapped }
        var states: [State]

        init(blocks: Int) { states = Array(repeating: .unplaced, count: blocks) }

        /// Unmapped wins over canonical, whichever comes first. Paths past the body are skipped
        /// (the totals never read them).
        mutating func mark(_ path: BlockPath?, canonical: Bool = true) {
            guard let first = path?.components.first, states.indices.contains(first) else { return }
            if states[first] == .unplaced || !canonical { states[first] = canonical ? .canonical : .unmapped }
        }

        mutating func mark(_ section: Section) {
            mark(section.headingAt)
            for content in section.placeholders { mark(content.at) }
            for content in section.content { mark(content.at) }
            for subsection in section.subsections { mark(subsection) }
        }
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
        case .paragraph(let paragraph): paragraph.text.count
        case .table(let table): table.rows.reduce(0) { $0 + $1.cells.reduce(0) { $0 + $1.blocks.reduce(0) { $0 + characters($1) } } }
        }
    }
}
