import ArvioReport

/// Places Markdown blocks into a `Report` the way `ReportBuilder` places a document's: the
/// heading level says where a heading sits (`##` goal, document section or annex; `###` a
/// goal's section or a subsection; `####` a goal section's subsection), the mapping says what
/// it is, and everything else is content of the open section.
struct MarkdownAssembler {
    private let matcher: MappingMatcher
    private(set) var report: Report
    private var ordinal = 0

    private enum Target: Equatable {
        /// Before the first heading; `afterSummary` once the `>` line has been passed.
        case preamble(afterSummary: Bool)
        case document(section: Int, subsection: Int?)
        case goal(goal: Int, section: Int?, subsection: Int?)
        case annex(Int)
        case unmapped
    }
    private var target: Target = .preamble(afterSummary: false)
    /// The annex whose period column list ("Sarake 5/2022 …:") is being read.
    private var periodList: Int?

    init(mapping: TemplateMapping, file: String) {
        matcher = MappingMatcher(mapping)
        report = Report(source: SourceInfo(file: file, mainPart: "markdown"), kind: mapping.kind ?? .unknown, mapping: mapping.name)
        report.template = mapping.template
    }

    mutating func read(_ blocks: [MarkdownBlock]) {
        for block in blocks {
            let at = BlockPath([ordinal])
            switch block {
            case .heading(let level, let source): heading(MarkdownText.unescape(source), level: level, at: at)
            case .paragraph(let source): paragraph(source, list: nil, at: at)
            case .listItem(let marker, let level, let source):
                let label = marker == "-" ? StandardBullets.label(level: level) : marker
                paragraph(source, list: ListMark(label: label, level: level), at: at)
            case .table(let rows): table(rows, at: at)
            case .quote(let source):
                // The first quote before any heading is the summary line; any other is text.
                if case .preamble(afterSummary: false) = target { target = .preamble(afterSummary: true); continue }
                paragraph(source, list: nil, at: at)
            }
            ordinal += 1
        }
        var coverage = Coverage()
        TableShapes.forEachBlock(report) { coverage.canonicalCharacters += $0.texts.reduce(0) { $0 + $1.count } }
        coverage.unmappedCharacters = report.unmapped.reduce(0) { $0 + $1.text.count }
        coverage.bodyCharacters = coverage.canonicalCharacters + coverage.unmappedCharacters
        report.coverage = coverage
    }

    // MARK: Headings

    private mutating func heading(_ text: String, level: Int, at: BlockPath) {
        if level == 1 {
            append(ContentBlock(at: at, text: text, style: "Title", role: "title"), titleSection: true)
            return
        }
        if level == 2 {
            if TextKey.heading(text) == TextKey.heading(MarkdownRenderer.unmappedHeading) {
                target = .unmapped
            } else if let number = matcher.nationalGoal(heading: text), !report.goals.contains(where: { $0.number == number }) {
                let goal = NationalGoal(rawValue: number)!
                report.goals.append(BenefitGoalPart(number: number, title: goal.canonicalTitle, heading: text, headingAt: at))
                target = .goal(goal: report.goals.count - 1, section: nil, subsection: nil)
            } else if let rule = matcher.section(heading: text, inGoal: false), rule.kind == .annex {
                report.annexes.append(Annex(title: text, titleAt: at, columns: [], rows: []))
                target = .annex(report.annexes.count - 1)
            } else {
                let kind = matcher.section(heading: text, inGoal: false)?.kind
                    ?? (report.goals.isEmpty && TextKey.normalise(text).contains("hanke") ? .projectDescription : .other)
                report.sections.append(Section(kind: kind, heading: text, headingAt: at))
                target = .document(section: report.sections.count - 1, subsection: nil)
            }
            return
        }
        switch target {
        case .goal(let goal, let section, _):
            if level == 3 || section == nil {
                let kind = matcher.section(heading: text, inGoal: true)?.kind ?? subsectionKind(text)
                report.goals[goal].sections.append(Section(kind: kind, heading: text, headingAt: at))
                target = .goal(goal: goal, section: report.goals[goal].sections.count - 1, subsection: nil)
            } else if let section {
                report.goals[goal].sections[section].subsections.append(Section(kind: subsectionKind(text), heading: text, headingAt: at))
                target = .goal(goal: goal, section: section, subsection: report.goals[goal].sections[section].subsections.count - 1)
            }
        case .document(let section, _):
            let kind = report.sections[section].kind == .planActions && !isNumbered(text) ? .planActionArea : subsectionKind(text)
            report.sections[section].subsections.append(Section(kind: kind, heading: text, headingAt: at))
            target = .document(section: section, subsection: report.sections[section].subsections.count - 1)
        case .annex(let index):
            report.annexes[index].content.append(ContentBlock(at: at, text: text, role: "heading"))
        case .preamble, .unmapped:
            let kind = matcher.section(heading: text, inGoal: false)?.kind ?? .other
            report.sections.append(Section(kind: kind, heading: text, headingAt: at))
            target = .document(section: report.sections.count - 1, subsection: nil)
        }
    }

    private func isNumbered(_ text: String) -> Bool {
        TextKey.leadingNumber(TextKey.normalise(text))?.contains(".") == true
    }

    /// "1.1 …" is a process goal (prosessitavoite); any other subheading is kept as "other".
    private func subsectionKind(_ text: String) -> SectionKind {
        isNumbered(text) ? .processGoal : .other
    }

    // MARK: Content

    private mutating func paragraph(_ whole: String, list: ListMark?, at: BlockPath) {
        let (source, images) = MarkdownImages.split(whole)
        // An annex's period column as a list (`MarkdownTables.periodList`): its items are the
        // column's values, "name: value", kept as the annex's typed rows, not as its text.
        if case .annex(let index) = target {
            if list == nil, let label = MarkdownTables.periodListLabel(MarkdownText.unescape(source)) {
                report.annexes[index].columns = [label]
                report.annexes[index].rows = []
                periodList = index
                return
            }
            if list != nil, periodList == index {
                report.annexes[index].rows.append([CellValue(raw: [MarkdownText.unescape(source)])])
                return
            }
        }
        periodList = nil
        if target == .unmapped, let block = unmappedBlock(source, at: at) {
            report.unmapped.append(block)
            return
        }
        var text = MarkdownText.unescape(source)
        var role: String?
        if let inner = italicContent(source) {
            let innerText = MarkdownText.unescape(inner)
            if matcher.placeholder(innerText).isPlaceholder {
                text = innerText
                role = "placeholder"
            }
        }
        var block = ContentBlock(at: at, text: text, list: list, role: role, images: images.isEmpty ? nil : images)
        if case .preamble(let afterSummary) = target, !afterSummary, report.sections.first?.kind == .title {
            block.role = "title"
            block.style = "Subtitle"
            append(block, titleSection: true)
            return
        }
        if role == "placeholder" { appendPlaceholder(block) } else { append(block) }
    }

    /// "*…*" or "_…_" around a whole paragraph (not "**…**").
    private func italicContent(_ source: String) -> String? {
        for mark in ["*", "_"] where source.count > 2 && source.hasPrefix(mark) && source.hasSuffix(mark)
            && !source.hasPrefix(mark + mark) && !source.hasSuffix("\\" + mark) {
            return String(source.dropFirst().dropLast())
        }
        return nil
    }

    /// "kohta 17: Sote-udistus *(reason)*".
    private func unmappedBlock(_ source: String, at: BlockPath) -> UnmappedBlock? {
        var text = source
        var reason = "unmapped in the original report"
        if let open = text.range(of: " *(", options: .backwards), text.hasSuffix(")*") {
            reason = MarkdownText.unescape(String(text[open.upperBound...].dropLast(2)))
            text = String(text[..<open.lowerBound])
        }
        var path = at
        if text.lowercased().hasPrefix("kohta "), let colon = text.firstIndex(of: ":") {
            let position = text[text.index(text.startIndex, offsetBy: 6) ..< colon].trimmingCharacters(in: .whitespaces)
            if let parsed = Self.blockPath(position) { path = parsed }
            text = String(text[text.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
        }
        return UnmappedBlock(at: path, text: MarkdownText.unescape(text), reason: reason)
    }

    /// "17", "40/r3/c1/0" → the path.
    static func blockPath(_ text: String) -> BlockPath? {
        var parts: [Int] = []
        for piece in text.split(separator: "/") {
            guard let value = Int(piece.drop { $0 == "r" || $0 == "c" }) else { return nil }
            parts.append(value)
        }
        return parts.isEmpty ? nil : BlockPath(parts)
    }

    /// A table as content; the readiness, indicator and results tables also as typed rows, and
    /// as content in the document's own form (see `MarkdownTypedTables`).
    private mutating func table(_ rows: [[[String]]], at: BlockPath) {
        guard let header = rows.first else { return }
        let keys = header.map { TextKey.heading($0.joined(separator: " ")) }
        var content = rows
        if keys == MarkdownTables.resultsHeader.map(TextKey.heading) {
            let read = MarkdownTypedTables.results(rows, at: at, mapping: matcher.mapping)
            report.results += read.rows
            content = read.table
        } else if case .goal(let goal, _, _) = target {
            if keys.first == TextKey.heading(MarkdownTables.processGoalHeader) {
                let read = MarkdownTypedTables.readiness(rows, at: at, mapping: matcher.mapping)
                report.goals[goal].processGoals += read.rows
                content = read.table
            } else if keys.count >= 2, keys[0] == TextKey.heading(MarkdownTables.benefitGoalHeader),
                      keys[1].hasPrefix(TextKey.heading(MarkdownTables.metricHeader)) {
                let read = MarkdownTypedTables.indicators(rows, at: at)
                report.goals[goal].indicators += read.rows
                content = read.table
            }
        }
        let (texts, images) = Self.cellImages(content)
        append(ContentBlock(at: at, type: "table", rows: texts, images: images))
    }

    /// Pictures that end a cell's paragraph (`MarkdownTable.cellText`) taken off it, with their place.
    static func cellImages(_ rows: [[[String]]]) -> (rows: [[[String]]], images: [ImageMark]?) {
        var images: [ImageMark] = []
        let texts = rows.enumerated().map { rowIndex, row in
            row.enumerated().map { cellIndex, paragraphs in
                paragraphs.enumerated().map { index, paragraph in
                    let (text, found) = MarkdownImages.split(paragraph)
                    for var image in found {
                        image.cell = CellPlace(row: rowIndex, cell: cellIndex, paragraph: index)
                        images.append(image)
                    }
                    return text
                }
            }
        }
        return (texts, images.isEmpty ? nil : images)
    }

    // MARK: Routing

    private mutating func append(_ block: ContentBlock, titleSection: Bool = false) {
        if titleSection {
            if report.sections.last?.kind == .title, report.sections.count == 1 {
                report.sections[0].content.append(block)
            } else {
                var section = Section(kind: .title)
                section.content = [block]
                report.sections.append(section)
            }
            return
        }
        switch target {
        case .preamble:
            if let last = report.sections.indices.last, report.sections[last].kind == .instructions, report.sections[last].heading == nil {
                report.sections[last].content.append(block)
            } else {
                var section = Section(kind: .instructions)
                section.content = [block]
                report.sections.append(section)
            }
        case .document(let section, let subsection):
            if let subsection { report.sections[section].subsections[subsection].content.append(block) }
            else { report.sections[section].content.append(block) }
        case .goal(let goal, let section?, let subsection):
            if let subsection { report.goals[goal].sections[section].subsections[subsection].content.append(block) }
            else { report.goals[goal].sections[section].content.append(block) }
        case .goal(let goal, nil, _):
            report.goals[goal].content.append(block)
        case .annex(let index):
            report.annexes[index].content.append(block)
        case .unmapped:
            report.unmapped.append(UnmappedBlock(at: block.at, text: block.text ?? "", reason: "unmapped in the original report"))
        }
    }

    private mutating func appendPlaceholder(_ block: ContentBlock) {
        switch target {
        case .document(let section, let subsection):
            if let subsection { report.sections[section].subsections[subsection].placeholders.append(block) }
            else { report.sections[section].placeholders.append(block) }
        case .goal(let goal, let section?, let subsection):
            if let subsection { report.goals[goal].sections[section].subsections[subsection].placeholders.append(block) }
            else { report.goals[goal].sections[section].placeholders.append(block) }
        default:
            append(block)
        }
    }
}
