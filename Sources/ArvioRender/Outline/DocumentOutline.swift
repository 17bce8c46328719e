import ArvioReport

/// The report laid out again as one list in document order — headings, paragraphs, tables and
/// unmapped text — which is what both renderers walk. The report groups text by goal and
/// section; the document interleaves them (a plan's sections come after its goals), so the
/// order comes from the block paths (`at`), and where a path is missing (a report edited by
/// hand or read from Markdown) from the item before it in the report.
struct DocumentOutline {
    /// How deep a heading sits: a goal, a document section or an annex is 1; a goal's section
    /// or a document section's subsection 2; a goal section's subsection (prosessitavoite) 3.
    enum Item {
        case goal(BenefitGoalPart)
        case heading(text: String, depth: Int, kind: SectionKind, at: BlockPath?)
        case block(ContentBlock, depth: Int)
        case unmapped(UnmappedBlock)
    }

    private(set) var items: [Item] = []

    init(_ report: Report) {
        var collected: [(key: [Int]?, item: Item)] = []
        func add(_ section: Section, depth: Int) {
            if let heading = section.heading { collected.append((section.headingAt?.components, .heading(text: heading, depth: depth, kind: section.kind, at: section.headingAt))) }
            for block in Self.merged(section.placeholders, section.content) {
                collected.append((block.at.components, .block(block, depth: depth)))
            }
            for sub in section.subsections { add(sub, depth: depth + 1) }
        }
        for section in report.sections { add(section, depth: 1) }
        for goal in report.goals {
            collected.append((goal.headingAt?.components, .goal(goal)))
            for block in goal.content { collected.append((block.at.components, .block(block, depth: 1))) }
            for section in goal.sections { add(section, depth: 2) }
        }
        for annex in report.annexes {
            collected.append((annex.titleAt?.components, .heading(text: annex.title, depth: 1, kind: .annex, at: annex.titleAt)))
            for block in annex.content { collected.append((block.at.components, .block(block, depth: 1))) }
        }
        for block in report.unmapped { collected.append((block.at.components, .unmapped(block))) }

        // An item without a path stays right after the one before it in the report.
        var keyed: [(key: [Int], sequence: Int, item: Item)] = []
        var previous: [Int] = []
        for (sequence, entry) in collected.enumerated() {
            let key = (entry.key?.isEmpty == false ? entry.key : nil) ?? previous
            keyed.append((key, sequence, entry.item))
            previous = key
        }
        keyed.sort { lhs, rhs in
            if lhs.key != rhs.key { return lhs.key.lexicographicallyPrecedes(rhs.key) }
            return lhs.sequence < rhs.sequence
        }
        items = keyed.map(\.item)
    }

    /// Guidance text and content of one section in one list (sorted later with the rest).
    private static func merged(_ placeholders: [ContentBlock], _ content: [ContentBlock]) -> [ContentBlock] {
        placeholders.map { block in
            var block = block
            if block.role == nil { block.role = "placeholder" }
            return block
        } + content
    }
}

extension ContentBlock {
    var isPlaceholder: Bool { role == "placeholder" }
    var isTable: Bool { type == "table" }
}
