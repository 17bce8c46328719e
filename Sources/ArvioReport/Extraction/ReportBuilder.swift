import ArvioCore
import ArvioMessages
import ArvioWordML
import Foundation

/// Builds a `Report` from a document tree by walking the body once, in order. Headings open
/// national goals and sections (matched through the mapping); everything between headings
/// is content of the section it sits in; tables are kept whole as content and, when the
/// mapping recognises them, also read into typed rows. What no rule claims goes to `unmapped`.
struct ReportBuilder {
    let document: WordDocument
    let matcher: MappingMatcher
    var report: Report

    /// Where content goes next.
    enum Target: Equatable {
        case none
        case document(section: Int)
        case goal(goal: Int, section: Int?)
        case annex(Int)
    }

    private(set) var target: Target = .none
    /// Heading level of the section content currently goes to, for nesting unmatched headings.
    private var sectionLevel = 0
    /// Index of the open subsection inside the current section, if any.
    private var subsection: Int?
    private var subsectionLevel = 0
    /// The open subsection, for naming places in messages.
    var openSubsection: Int? { subsection }
    /// Characters of each top-level block, counted from the texts placing it built anyway (for coverage).
    private(set) var blockCharacters: [Int] = []
    /// The body text's size, which a heading written as larger Normal text stands out from.
    private let bodySize: Int?
    /// Bold or larger numbered lines read as text because no rule made them headings, with the
    /// heading they were read under: said once, together, at the end.
    private var unsureHeadings: [(line: String, under: String?)] = []
    /// Lines read as the title by their look so far; past `titleLinesByLookLimit` they are the
    /// cover page's text. THL's title pages set the title in one to three lines (000: "OMA-
    /// ARVIOINTI" and the project's name).
    private var titleLinesByLook = 0
    static let titleLinesByLookLimit = 3

    init(document: WordDocument, file: String, mapping: TemplateMapping) {
        self.document = document
        self.matcher = MappingMatcher(mapping)
        self.bodySize = BodyTextSize.of(document.body)
        var report = Report(
            source: SourceInfo(file: file, mainPart: document.mainPart, title: document.coreProperties.title,
                               modified: document.coreProperties.modified),
            kind: mapping.kind ?? .unknown, mapping: mapping.name)
        report.template = mapping.template
        self.report = report
    }

    mutating func build() -> Report {
        blockCharacters.reserveCapacity(document.body.count)
        for (index, block) in document.body.enumerated() {
            let at = BlockPath([index])
            switch block {
            case .paragraph(let paragraph): place(paragraph, at: at)
            case .table(let table): place(table, at: at)
            }
        }
        warnUnsureHeadings()
        report.trackedChanges = document.revisions.map {
            TrackedChange(kind: $0.kind.rawValue, author: $0.author, date: $0.date, text: $0.text)
        }
        return report
    }

    // MARK: Paragraphs

    private mutating func place(_ paragraph: Paragraph, at: BlockPath) {
        let text = paragraph.text
        blockCharacters.append(text.count)
        let normalised = TextKey.normalise(text)
        if !text.isEmpty, matcher.isIgnored(normalised: normalised) {
            report.unmapped.append(UnmappedBlock(at: at, text: text, reason: InspectPhrase.decoration.message))
            return
        }
        let look = HeadingLook.of(paragraph, text: text, body: document.body, index: at.components[0], bodySize: bodySize)
        if Self.isTableOfContents(paragraph) || (look?.stands == true && headsTableOfContents(at.components[0])) {
            appendContents(ContentBlock.paragraph(paragraph, text: text, at: at, role: "contents"))
            return
        }
        if paragraph.isTitle || (target == .none && paragraph.styleName?.lowercased() == "subtitle") {
            append(ContentBlock.paragraph(paragraph, text: text, at: at, role: "title"), titleSection: true)
            return
        }
        if let look, isTitleByLook(text, look: look) {
            // A cover page of many large lines (project, region, period, version, date): the
            // first few are the title, the rest stay on the cover as its text.
            let role = titleLinesByLook < Self.titleLinesByLookLimit ? "title" : nil
            titleLinesByLook += 1
            append(ContentBlock.paragraph(paragraph, text: text, at: at, role: role), titleSection: true)
            return
        }
        if openProcessGoal(paragraph, text: text, at: at) { return }
        if let look, openHeading(text, normalised: normalised, look: look, at: at) { return }
        var content = ContentBlock.paragraph(paragraph, text: text, at: at)
        let guidance = matcher.placeholder(normalised: normalised)
        if guidance.isPlaceholder {
            content.role = "placeholder"
            appendPlaceholder(content)
        } else {
            append(content)
        }
    }

    /// The document's title written as larger Normal text, without the Title style: larger than
    /// the body text, before any other text, and not a heading the mapping names.
    private func isTitleByLook(_ text: String, look: HeadingLook) -> Bool {
        guard look.styledLevel == nil, look.larger, report.goals.isEmpty,
              report.sections.allSatisfy({ $0.kind == .title || ($0.heading == nil && $0.content.allSatisfy { $0.rows == nil && ($0.text ?? "").allSatisfy(\.isWhitespace) }) })
        else { return false }
        return !namesMappingHeading(text, inGoal: false)
    }

    /// True when `text` is a national goal's or a section's heading in the mapping.
    private func namesMappingHeading(_ text: String, inGoal: Bool) -> Bool {
        let key = TextKey.heading(text)
        return matcher.nationalGoal(headingKey: key) != nil || matcher.section(headingKey: key, inGoal: inGoal) != nil
    }

    /// Sisällysluettelo: Word's table of contents (its "TOC Heading" and "toc N" paragraphs).
    static func isTableOfContents(_ paragraph: Paragraph) -> Bool {
        guard let name = paragraph.styleName?.lowercased() else { return false }
        return name.hasPrefix("toc ") || name == "toc heading"
    }

    /// True when the next paragraph with text is Word's table of contents: then a heading by
    /// look at `index` ("Sisällys" in bold, without the "TOC Heading" style) is its heading.
    private func headsTableOfContents(_ index: Int) -> Bool {
        var next = index + 1
        while document.body.indices.contains(next), case .paragraph(let paragraph) = document.body[next] {
            if Self.isTableOfContents(paragraph) { return true }
            if !paragraph.text.allSatisfy(\.isWhitespace) { return false }
            next += 1
        }
        return false
    }

    private mutating func appendContents(_ content: ContentBlock) {
        if let last = report.sections.indices.last, report.sections[last].kind == .contents {
            report.sections[last].content.append(content)
        } else {
            var section = Section(kind: .contents)
            section.content = [content]
            report.sections.append(section)
        }
    }

    /// Opens a goal, section, subsection or annex for a heading; false when the heading is
    /// only a bold paragraph the mapping does not know (then it stays content).
    private mutating func openHeading(_ text: String, normalised: String, look: HeadingLook, at: BlockPath) -> Bool {
        let key = TextKey.heading(normalised: normalised)
        let rawLevel = look.styledLevel ?? 0
        let isPseudo = look.styledLevel == nil
        let inGoal: Bool = { if case .goal = target { return true } else { return false } }()

        // A plan's action areas may be named like a goal ("Kustannusten nousun hillintä" under
        // "Toimenpiteet"): there the heading is an area, not the goal. "Taulukko 1. Saatavuus,
        // oikea-aikaisuus, jatkuvuus" is a caption, not a goal heading.
        let insideActions = currentSectionKind == .planActions && (isPseudo ? isUnderOpenSection(look) : rawLevel > sectionLevel)
        if look.plain {
            // Plain text is a heading only when its words are exactly a section heading of the mapping.
            guard let rule = matcher.section(headingKey: key, inGoal: inGoal, exactly: true) else { return false }
            openSection(rule.kind, heading: text, at: at, level: rule.scope == "goal" ? 2 : 1, scope: rule.scope ?? "any")
            return true
        }
        if !insideActions, let number = matcher.nationalGoal(headingKey: key), !normalised.hasPrefix("taulukko") {
            let goal = NationalGoal(rawValue: number)!
            var part = BenefitGoalPart(number: number, title: goal.canonicalTitle, heading: text, headingAt: at)
            if let existing = report.goals.firstIndex(where: { $0.number == number }) {
                // A second heading for the same goal (a plan's actions part): keep it as a section of that goal.
                var section = Section(kind: .goals, heading: text, headingAt: at)
                section.content = []
                report.goals[existing].sections.append(section)
                target = .goal(goal: existing, section: report.goals[existing].sections.count - 1)
            } else {
                part.sections = []
                report.goals.append(part)
                target = .goal(goal: report.goals.count - 1, section: nil)
            }
            sectionLevel = isPseudo ? 1 : rawLevel
            subsection = nil
            return true
        }

        if let rule = matcher.section(headingKey: key, inGoal: inGoal) {
            let level = isPseudo ? (rule.scope == "goal" ? 2 : 1) : rawLevel
            openSection(rule.kind, heading: text, at: at, level: level, scope: rule.scope ?? "any")
            return true
        }

        let kind: SectionKind = (!inGoal && report.goals.isEmpty && normalised.contains("hanke")) ? .projectDescription : .other
        if isPseudo {
            // A bold line naming the project after the template's instructions (003's
            // "Kymenlaakson tulevaisuuden sote-keskus hanke" written without a heading style).
            if look.bold, !inGoal, report.goals.isEmpty, report.sections.contains(where: { $0.kind == .concepts || $0.kind == .tips }),
               normalised.contains("hanke") {
                openSection(.projectDescription, heading: text, at: at, level: 1, scope: "document")
                return true
            }
            // A numbered line continuing the open section's number ("3.2 Asiakas- ja
            // palveluohjaus" under "3 Toimenpiteet") sits under it, as a deeper styled heading would.
            if look.stands, isUnderOpenSection(look) {
                openSubsection(heading: text, normalised: normalised, at: at, level: sectionLevel + 1)
                return true
            }
            // Bold and larger than the body text, not under the open section: a heading of its
            // rank, unnamed, read as an unnamed styled heading of that rank would be.
            if look.bold, look.larger {
                openSection(kind, heading: text, at: at, level: inGoal ? 2 : 1, scope: inGoal ? "goal" : "document")
                return true
            }
            if look.stands, look.typedNumber != nil { noteUnsureHeading(text) }
            return false
        }

        // An unnamed heading: nest it under the open section when it is deeper, else start an
        // "other" section at the same place.
        if sectionLevel > 0, rawLevel > sectionLevel, target != .none {
            openSubsection(heading: text, normalised: normalised, at: at, level: rawLevel)
            return true
        }
        openSection(kind, heading: text, at: at, level: rawLevel, scope: inGoal ? "goal" : "document")
        return true
    }

    /// The heading of the section content goes to, and where it stands in the body.
    private var openSectionHeading: (text: String, at: BlockPath?)? {
        switch target {
        case .document(let index):
            report.sections[index].heading.map { ($0, report.sections[index].headingAt) }
        case .goal(let goal, let section?):
            report.goals[goal].sections[section].heading.map { ($0, report.goals[goal].sections[section].headingAt) }
                ?? report.goals[goal].heading.map { ($0, report.goals[goal].headingAt) }
        case .goal(let goal, nil):
            report.goals[goal].heading.map { ($0, report.goals[goal].headingAt) }
        case .annex(let index):
            (report.annexes[index].title, report.annexes[index].titleAt)
        case .none:
            nil
        }
    }

    /// The size the open section's heading is set in, as a reader sees it.
    private var openSectionHeadingSize: Int? {
        guard let at = openSectionHeading?.at, at.components.count == 1, document.body.indices.contains(at.components[0]),
              case .paragraph(let heading) = document.body[at.components[0]] else { return nil }
        return HeadingLook.textSize(heading)
    }

    /// True when a heading by look sits under the open section: its typed number continues the
    /// section's ("3.2" under "3"), or it is bold and set larger than the body text but smaller
    /// than the section's heading — what a reader takes for the next level down. Larger type
    /// alone is not enough: a lead-in line a point above the body ("Tasks before release:") is text.
    private func isUnderOpenSection(_ look: HeadingLook) -> Bool {
        if let number = look.typedNumber, let parent = openSectionHeading.flatMap({ HeadingLook.typedNumber($0.text) }) {
            return HeadingLook.number(number, isUnder: parent)
        }
        guard look.bold, look.larger, let size = look.size, let parentSize = openSectionHeadingSize else { return false }
        return size < parentSize
    }

    /// A bold or larger numbered line that is no heading of the template and does not continue
    /// the open section's numbering: kept as text, and said, rather than guessed into a section.
    private mutating func noteUnsureHeading(_ text: String) {
        unsureHeadings.append((text.trimmed,
                               openSectionHeading?.text.trimmed))
    }

    /// One warning for every unsure heading, the first three named. Only for a known template:
    /// in a document read with the shared mapping alone nothing is a template heading.
    private mutating func warnUnsureHeadings() {
        guard !unsureHeadings.isEmpty, report.kind != .unknown else { return }
        let named = unsureHeadings.prefix(3).map { line, under in
            under.map { WarningPhrase.unsureHeadingUnder.with(["line": line, "heading": $0]) } ?? WarningPhrase.quoted.with(["text": line])
        }
        var lines = Message.joined(named, separator: ", ")
        let count = unsureHeadings.count
        if count > 3 { lines = WarningPhrase.unsureHeadingMore.with(parts: ["lines": lines, "count": .verbatim("\(count - 3)")]) }
        report.warnings.add(.headingUnsure, (count == 1 ? WarningPhrase.unsureHeadingOne : .unsureHeadingMany)
            .with(parts: ["count": .verbatim("\(count)"), "lines": lines]))
    }

    /// A process goal's narrative heading, whatever it looks like: inside a goal's section, a
    /// paragraph starting with an id ("1.1", "4.1.", "1.5 … ja 1.6 …") that the goal's readiness
    /// table lists, or a bold line starting with such an id. Styled headings take the usual way
    /// (a deeper heading under the section) and are not handled here.
    private mutating func openProcessGoal(_ paragraph: Paragraph, text: String, at: BlockPath) -> Bool {
        // The id as the reader sees it: typed, or Word's list label ("1.1" from lvlText "%1.%2").
        let seen = Self.textWithListID(paragraph, text: text)
        guard paragraph.headingLevel == nil || seen != text, paragraph.list?.format != "bullet",
              case .goal(let goal, _) = target, let leading = ProcessGoalID.leading(seen) else { return false }
        let listed = report.goals[goal].processGoals.contains { $0.ids.contains { ProcessGoalID.key($0) == ProcessGoalID.key(leading.id) } }
        let trimmed = seen.trimmed
        // Unlisted ids open a narrative only when typed on a short bold line; a list label
        // ("2.1.2" of a plan's numbered headings) counts only for an id the readiness table lists.
        // A heading the mapping names ("2.1.2 Ennaltaehkäisy ja ennakointi", a plan's goal) is that, not a narrative.
        guard listed ? trimmed.count <= HeadingLook.longest * 2
                     : (seen == text && trimmed.count <= HeadingLook.longest && HeadingLook.isAllBold(paragraph)
                        && !namesMappingHeading(seen, inGoal: true))
        else { return false }
        openSubsection(heading: seen, normalised: TextKey.normalise(seen), at: at, level: max(sectionLevel, 1) + 1)
        return true
    }

    /// "1.1 Kiireettömät …" for a paragraph whose "1.1" is Word's list numbering, not typed
    /// text; the text itself otherwise.
    static func textWithListID(_ paragraph: Paragraph, text: String) -> String {
        guard let list = paragraph.list, list.format != "bullet", ProcessGoalID.leading(text) == nil,
              ProcessGoalID.leading(list.label + " ") != nil else { return text }
        return list.label + " " + text
    }

    private mutating func openSection(_ kind: SectionKind, heading: String, at: BlockPath, level: Int, scope: String) {
        let section = Section(kind: kind, heading: heading, headingAt: at)
        subsection = nil
        sectionLevel = level
        if kind == .annex {
            report.annexes.append(Annex(title: heading, titleAt: at, columns: [], rows: []))
            target = .annex(report.annexes.count - 1)
            return
        }
        if case .goal(let goal, _) = target, scope != "document" {
            report.goals[goal].sections.append(section)
            target = .goal(goal: goal, section: report.goals[goal].sections.count - 1)
        } else {
            report.sections.append(section)
            target = .document(section: report.sections.count - 1)
        }
    }

    private mutating func openSubsection(heading: String, normalised: String, at: BlockPath, level: Int) {
        let kind: SectionKind
        // A plan's action area may carry its typed number ("3.2 Asiakas- ja palveluohjaus").
        if currentSectionKind == .planActions { kind = .planActionArea }
        else if TextKey.leadingNumber(normalised)?.contains(".") == true { kind = .processGoal }
        else { kind = .other }
        let sub = Section(kind: kind, heading: heading, headingAt: at)
        subsection = nil
        switch target {
        case .document(let index):
            report.sections[index].subsections.append(sub)
            subsection = report.sections[index].subsections.count - 1
        case .goal(let goal, let section?):
            report.goals[goal].sections[section].subsections.append(sub)
            subsection = report.goals[goal].sections[section].subsections.count - 1
        case .goal(let goal, nil):
            report.goals[goal].sections.append(sub)
            target = .goal(goal: goal, section: report.goals[goal].sections.count - 1)
            sectionLevel = level
        case .annex(let index):
            report.annexes[index].content.append(ContentBlock(at: at, text: heading, role: "heading"))
        case .none:
            report.sections.append(sub)
            target = .document(section: report.sections.count - 1)
            sectionLevel = level
        }
        subsectionLevel = level
    }

    var currentSectionKind: SectionKind? {
        switch target {
        case .document(let index): report.sections[index].kind
        case .goal(let goal, let section?): report.goals[goal].sections[section].kind
        default: nil
        }
    }

    // MARK: Content routing

    mutating func append(_ content: ContentBlock, titleSection: Bool = false) {
        if titleSection || target == .none {
            let kind: SectionKind = titleSection ? .title : .instructions
            if let last = report.sections.indices.last, report.sections[last].kind == kind, report.sections[last].heading == nil,
               case .document(let index) = target, index == last {
                report.sections[last].content.append(content)
            } else if titleSection, target == .none || report.sections.last?.kind == .title {
                if report.sections.last?.kind == .title {
                    report.sections[report.sections.count - 1].content.append(content)
                } else {
                    var section = Section(kind: .title)
                    section.content = [content]
                    report.sections.append(section)
                }
                target = .none
            } else {
                var section = Section(kind: kind)
                section.content = [content]
                report.sections.append(section)
                target = .document(section: report.sections.count - 1)
                sectionLevel = 0
            }
            return
        }
        switch target {
        case .document(let index):
            if let subsection { report.sections[index].subsections[subsection].content.append(content) }
            else { report.sections[index].content.append(content) }
        case .goal(let goal, let section?):
            if let subsection { report.goals[goal].sections[section].subsections[subsection].content.append(content) }
            else { report.goals[goal].sections[section].content.append(content) }
        case .goal(let goal, nil):
            report.goals[goal].content.append(content)
        case .annex(let index):
            report.annexes[index].content.append(content)
        case .none:
            break
        }
    }

    private mutating func appendPlaceholder(_ content: ContentBlock) {
        switch target {
        case .document(let index):
            if let subsection { report.sections[index].subsections[subsection].placeholders.append(content) }
            else { report.sections[index].placeholders.append(content) }
        case .goal(let goal, let section?):
            if let subsection { report.goals[goal].sections[section].subsections[subsection].placeholders.append(content) }
            else { report.goals[goal].sections[section].placeholders.append(content) }
        default:
            append(content)
        }
    }

    /// The goal content currently goes to, for typed tables.
    var currentGoalIndex: Int? {
        if case .goal(let goal, _) = target { return goal }
        return nil
    }

    var currentAnnexIndex: Int? {
        if case .annex(let index) = target { return index }
        return nil
    }

    // MARK: Tables

    private mutating func place(_ table: Table, at: BlockPath) {
        let content = ContentBlock.table(table, at: at)
        blockCharacters.append(content.rows?.reduce(0) { $0 + $1.reduce(0) { $0 + $1.reduce(0) { $0 + $1.count } } } ?? 0)
        append(content)
        if let recognised = TableClassifier.classify(table, rules: matcher.mapping.tables ?? []) {
            TableExtraction.apply(recognised, table: table, at: at, builder: &self)
        }
    }
}

extension ContentBlock {
    /// `text` is the paragraph's text, which callers already hold (it is assembled from the runs on each use).
    static func paragraph(_ paragraph: Paragraph, text: String, at: BlockPath, role: String? = nil) -> ContentBlock {
        ContentBlock(at: at, type: "paragraph", text: text,
                     list: paragraph.list.map { ListMark(label: $0.label, level: $0.level) },
                     style: paragraph.styleName ?? paragraph.styleId, role: role, images: imageMarks(paragraph.inlines))
    }

    /// The paragraph's pictures and charts that say what they show; nil when none does.
    static func imageMarks(_ inlines: [Inline]) -> [ImageMark]? {
        let marks = inlines.compactMap { inline -> ImageMark? in
            guard case .image(let image) = inline, image.description != nil || image.title != nil else { return nil }
            return ImageMark(description: image.description, title: image.title, target: image.target)
        }
        return marks.isEmpty ? nil : marks
    }

    /// A table kept whole: rows → cells → every paragraph of the cell (nested tables flattened),
    /// and the pictures in its cells that say what they show.
    static func table(_ table: Table, at: BlockPath) -> ContentBlock {
        ContentBlock(at: at, type: "table", rows: table.rows.map { $0.cells.map(\.texts) }, images: cellImageMarks(table))
    }

    /// Pictures in the cells, each at its paragraph in the order `cellTexts` counts them; nil when none.
    static func cellImageMarks(_ table: Table) -> [ImageMark]? {
        var marks: [ImageMark] = []
        for (rowIndex, row) in table.rows.enumerated() {
            for (cellIndex, cell) in row.cells.enumerated() {
                for (paragraphIndex, paragraph) in cellParagraphs(cell.blocks).enumerated() {
                    for var mark in imageMarks(paragraph.inlines) ?? [] {
                        mark.cell = CellPlace(row: rowIndex, cell: cellIndex, paragraph: paragraphIndex)
                        marks.append(mark)
                    }
                }
            }
        }
        return marks.isEmpty ? nil : marks
    }

    /// The cell's paragraphs as `cellTexts` flattens them.
    private static func cellParagraphs(_ blocks: [Block]) -> [Paragraph] {
        blocks.flatMap { block -> [Paragraph] in
            switch block {
            case .paragraph(let paragraph): [paragraph]
            case .table(let inner): inner.rows.flatMap { $0.cells.flatMap { cellParagraphs($0.blocks) } }
            }
        }
    }

    /// Every paragraph of the blocks, nested tables flattened row by row.
    public static func cellTexts(_ blocks: [Block]) -> [String] {
        blocks.flatMap { block -> [String] in
            switch block {
            case .paragraph(let paragraph): [paragraph.text]
            case .table(let inner): inner.rows.flatMap { $0.cells.flatMap { cellTexts($0.blocks) } }
            }
        }
    }
}
