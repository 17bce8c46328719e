import ArvioPackage
import ArvioXML

/// Walks the WordprocessingML of one story (body, note, comment, header, footer) into blocks.
/// State that crosses paragraphs lives here: list counters, open complex fields (a TOC field
/// spans many paragraphs), bookmarks that sit between paragraphs, and tracked changes.
struct PartReader {
    struct Shared {
        let styles: StyleSheet
        var counter: ListCounter
        var formatting: RunFormatting
        let mode: TrackedChanges
        var revisions: [Revision] = []
        var sections: [PageSection] = []
        var warnings: [ReadingNote] = []
    }

    private struct OpenField {
        var instruction = ""
        /// Set at `separate`, when the instruction is complete: the instruction trimmed and the
        /// link it makes, worked out once rather than for every run of the result (a table of
        /// contents is one field over many paragraphs).
        var result: (instruction: String, hyperlink: String?)?
        var showingResult: Bool { result != nil }

        mutating func showResult() {
            result = (instruction.trimmingCharacters(in: .whitespaces), Markup.hyperlinkTarget(fromField: instruction))
        }
    }

    private struct InlineContext {
        var paragraphStyle: String?
        var hyperlink: String?
        var revision: Revision?
        var contentControl: ContentControl?
        var simpleField: String?

        init(paragraphStyle: String?) { self.paragraphStyle = paragraphStyle }
    }

    let part: String
    let relationships: Relationships
    var shared: Shared
    private var fields: [OpenField] = []
    private var pendingInlines: [Inline] = []
    /// The story part's names as ids, resolved when the walk starts.
    private var resolvedNames: WordNames?
    var n: WordNames { resolvedNames! }

    init(part: String, relationships: Relationships, shared: Shared) {
        self.part = part
        self.relationships = relationships
        self.shared = shared
    }

    // MARK: Blocks

    mutating func blocks(in container: XMLElement, controls: [ContentControl] = []) -> [Block] {
        if resolvedNames?.part != container.partIdentity { resolvedNames = WordNames(container) }
        var result: [Block] = []
        var carried: Paragraph?
        appendBlocks(in: container, controls: controls, to: &result, carried: &carried)
        // A removed paragraph mark with nothing after it to run on into: the paragraph ends the
        // story on its own, unless nothing of it is left in this view (Word drops it then).
        if let carried, !carried.inlines.isEmpty { result.append(.paragraph(carried)) }
        if !pendingInlines.isEmpty, case .paragraph(var last)? = result.last {
            last.inlines += pendingInlines
            pendingInlines = []
            result[result.count - 1] = .paragraph(last)
        }
        return result
    }

    /// `carried` holds a paragraph whose mark was removed by a tracked change: in the chosen
    /// view it runs on into the next paragraph, as in Word.
    private mutating func appendBlocks(in container: XMLElement, controls: [ContentControl],
                                       to result: inout [Block], carried: inout Paragraph?) {
        let n = n
        for element in container.childElements {
            switch element.nameId {
            case n.p:
                var paragraph = paragraph(element, controls: controls)
                if let previous = carried {
                    paragraph.inlines = previous.inlines + paragraph.inlines
                    carried = nil
                }
                if let mark = paragraph.markRevision, mergesWithNext(mark) {
                    carried = paragraph
                } else {
                    result.append(.paragraph(paragraph))
                }
            case n.tbl:
                if let previous = carried { result.append(.paragraph(previous)); carried = nil }
                result.append(.table(table(element, controls: controls)))
            case n.sdt:
                let control = Markup.contentControl(element)
                if let content = element.child(nameId: n.sdtContent) {
                    appendBlocks(in: content, controls: controls + [control], to: &result, carried: &carried)
                }
            case n.customXml, n.smartTag:
                appendBlocks(in: element, controls: controls, to: &result, carried: &carried)
            case n.alternateContent:
                if let branch = Markup.chosenBranch(element) {
                    appendBlocks(in: branch, controls: controls, to: &result, carried: &carried)
                }
            case n.ins, n.moveTo:
                if shared.mode != .reject { appendBlocks(in: element, controls: controls, to: &result, carried: &carried) }
            case n.del, n.moveFrom:
                if shared.mode != .accept { appendBlocks(in: element, controls: controls, to: &result, carried: &carried) }
            case n.bookmarkStart, n.bookmarkEnd, n.commentRangeStart, n.commentRangeEnd:
                if let inline = marker(element) { pendingInlines.append(inline) }
            case n.sectPr:
                shared.sections.append(section(element))
            case n.altChunk:
                let id = element.attribute("r:id")
                // The kind of file it came from, by its name ("/word/afchunk.htm"), for the reader's words.
                let name = id.flatMap { relationships[$0] }.flatMap { $0.target.split(separator: "/").last }
                let fileExtension = name.flatMap { $0.contains(".") ? $0.split(separator: ".").last.map { $0.lowercased() } : nil }
                let before = result.reversed().lazy.compactMap { block -> String? in
                    guard case .paragraph(let paragraph) = block else { return nil }
                    let text = paragraph.text.trimmingCharacters(in: .whitespacesAndNewlines)
                    return text.isEmpty ? nil : text
                }.first
                shared.warnings.append(ReadingNote(.notRead, "\(part) line \(element.line): imported content (altChunk, relationship \(id ?? "?")) is not read",
                                                   subject: .importedContent(fileExtension: fileExtension, after: before)))
            default:
                let lost = Markup.changedText(element)
                if !lost.isEmpty {
                    shared.warnings.append(ReadingNote(.unsupported, "\(part) line \(element.line): text inside unsupported <\(element.name)> kept as a paragraph",
                                                       subject: .unknownElement(name: element.name, text: lost)))
                    var paragraph = Paragraph(source: SourceRef(part: part, line: element.line, element: element.ordinal))
                    paragraph.inlines = [.text(TextRun(text: lost))]
                    result.append(.paragraph(paragraph))
                }
            }
        }
    }

    private func mergesWithNext(_ mark: Revision) -> Bool {
        switch shared.mode {
        case .accept: mark.kind == .paragraphMarkDeletion
        case .reject: mark.kind == .paragraphMarkInsertion
        case .all: false
        }
    }

    // MARK: Paragraphs

    mutating func paragraph(_ element: XMLElement, controls: [ContentControl]) -> Paragraph {
        var paragraph = Paragraph(source: SourceRef(part: part, line: element.line, element: element.ordinal))
        let n = n
        let properties = element.child(nameId: n.pPr)
        let styles = shared.styles
        paragraph.styleId = properties?.child(nameId: n.pStyle)?.attribute(nameId: n.val)
        let effectiveStyle = paragraph.styleId ?? styles.defaultParagraphStyle
        let style = styles.resolvedStyle(effectiveStyle)
        paragraph.styleName = style?.name
        paragraph.contentControls = controls
        paragraph.alignment = properties?.child(nameId: n.jc)?.attribute(nameId: n.val)
        if let shading = properties?.child(nameId: n.shd).map(ShadingColour.shading) {
            paragraph.shading = shading
            paragraph.fill = ShadingColour.visible(shading, theme: shared.formatting.theme)
        }
        if let outline = properties?.child(nameId: n.outlineLvl)?.attribute(nameId: n.val).flatMap(Int.init) {
            paragraph.headingLevel = outline < 9 ? outline + 1 : nil
        } else {
            paragraph.headingLevel = style?.headingLevel
        }
        paragraph.isTitle = style?.isTitle ?? false

        if let mark = properties?.child(nameId: n.rPr) {
            if let inserted = mark.child(nameId: n.ins) {
                paragraph.markRevision = Markup.revision(inserted, kind: .paragraphMarkInsertion)
            } else if let deleted = mark.child(nameId: n.del) {
                paragraph.markRevision = Markup.revision(deleted, kind: .paragraphMarkDeletion)
            }
            if let revision = paragraph.markRevision { shared.revisions.append(revision) }
        }
        if let change = properties?.child(nameId: n.pPrChange) {
            shared.revisions.append(Markup.revision(change, kind: .formatChange))
        }

        // Direct numbering wins; an `ilvl` alone keeps the style's list; numId 0 switches it off.
        let direct = properties?.child(nameId: n.numPr)
        let inherited = style?.numbering
        let numId = direct?.child(nameId: n.numId)?.attribute(nameId: n.val).flatMap(Int.init) ?? inherited?.numId
        let level = direct?.child(nameId: n.ilvl)?.attribute(nameId: n.val).flatMap(Int.init) ?? inherited?.level ?? 0
        if let numId, numId != 0, !(shared.mode == .accept && paragraph.markRevision?.kind == .paragraphMarkDeletion) {
            paragraph.list = shared.counter.next(numId: numId, level: level)
        }

        if let sectionProperties = properties?.child(nameId: n.sectPr) {
            shared.sections.append(section(sectionProperties))
            paragraph.endsSection = shared.sections.count - 1
        }

        var inlines = pendingInlines
        pendingInlines = []
        appendInlines(of: element, context: InlineContext(paragraphStyle: effectiveStyle), to: &inlines)
        paragraph.inlines = inlines
        return paragraph
    }

    /// Adds a run, joined to the one before when they differ only in where Word happened to
    /// split them (spell-check, rsid).
    private static func append(_ run: consuming TextRun, to inlines: inout [Inline]) {
        if !inlines.isEmpty, inlines[inlines.count - 1].absorb(run) { return }
        inlines.append(.text(run))
    }

    private mutating func appendInlines(of element: XMLElement, context: InlineContext, to inlines: inout [Inline]) {
        let n = n
        for child in element.childElements {
            switch child.nameId {
            case n.pPr, n.proofErr, n.permStart, n.permEnd, n.rPr:
                continue
            case n.r:
                appendRun(child, context: context, to: &inlines)
            case n.hyperlink:
                var inner = context
                if let id = child.attribute("r:id"), let relationship = relationships[id] {
                    inner.hyperlink = relationship.target + (child.attribute("w:anchor").map { "#" + $0 } ?? "")
                } else if let anchor = child.attribute("w:anchor") {
                    inner.hyperlink = "#" + anchor
                }
                appendInlines(of: child, context: inner, to: &inlines)
            case n.ins, n.moveTo:
                let revision = recordRevision(child, kind: child.nameId == n.ins ? .insertion : .moveTo)
                if shared.mode != .reject {
                    var inner = context
                    inner.revision = revision
                    appendInlines(of: child, context: inner, to: &inlines)
                }
            case n.del, n.moveFrom:
                let revision = recordRevision(child, kind: child.nameId == n.del ? .deletion : .moveFrom)
                if shared.mode != .accept {
                    var inner = context
                    inner.revision = revision
                    appendInlines(of: child, context: inner, to: &inlines)
                }
            case n.sdt:
                var inner = context
                inner.contentControl = Markup.contentControl(child)
                if let content = child.child(nameId: n.sdtContent) { appendInlines(of: content, context: inner, to: &inlines) }
            case n.smartTag, n.customXml, n.dir, n.bdo, n.sdtContent:
                appendInlines(of: child, context: context, to: &inlines)
            case n.fldSimple:
                var inner = context
                let instruction = (child.attribute("w:instr") ?? "").trimmingCharacters(in: .whitespaces)
                inner.simpleField = instruction
                if let target = Markup.hyperlinkTarget(fromField: instruction) { inner.hyperlink = target }
                appendInlines(of: child, context: inner, to: &inlines)
            case n.alternateContent:
                if let branch = Markup.chosenBranch(child) { appendInlines(of: branch, context: context, to: &inlines) }
            case n.oMath, n.oMathPara:
                inlines.append(.math(MathText.linear(child)))
            case n.bookmarkStart, n.bookmarkEnd, n.commentRangeStart, n.commentRangeEnd:
                if let marker = marker(child) { inlines.append(marker) }
            default:
                // Unknown wrappers (w:customXml variants, future markup): read through them.
                if child.hasElementChildren {
                    appendInlines(of: child, context: context, to: &inlines)
                }
            }
        }
    }

    private mutating func recordRevision(_ element: XMLElement, kind: Revision.Kind) -> Revision {
        var revision = Markup.revision(element, kind: kind)
        revision.text = Markup.changedText(element)
        shared.revisions.append(revision)
        revision.text = ""  // runs carry who/when; the text is in the runs themselves
        return revision
    }

    private func marker(_ element: XMLElement) -> Inline? {
        let id = element.attribute("w:id") ?? ""
        switch element.name {
        case "w:bookmarkStart": return .bookmarkStart(id: id, name: element.attribute("w:name") ?? "")
        case "w:bookmarkEnd": return .bookmarkEnd(id: id)
        case "w:commentRangeStart": return .commentStart(id: id)
        case "w:commentRangeEnd": return .commentEnd(id: id)
        default: return nil
        }
    }

    // MARK: Runs

    /// True while every open complex field is showing its result (not its instruction).
    private var fieldResultVisible: Bool { fields.allSatisfy(\.showingResult) }

    private var currentField: String? {
        fields.last(where: \.showingResult)?.result?.instruction
    }

    private mutating func appendRun(_ run: XMLElement, context: InlineContext, to inlines: inout [Inline]) {
        let names = n
        let format = shared.formatting.format(paragraphStyle: context.paragraphStyle, runProperties: run.child(nameId: names.rPr),
                                              names: names)
        var text = ""
        for child in run.childElements {
            runChild(child, format: format, context: context, text: &text, inlines: &inlines)
        }
        flush(&text, format: format, context: context, to: &inlines)
    }

    private func flush(_ text: inout String, format: RunFormat, context: InlineContext, to inlines: inout [Inline]) {
        guard !text.isEmpty else { return }
        var hyperlink = context.hyperlink
        if hyperlink == nil {
            for open in fields.reversed() {
                if let target = open.result?.hyperlink { hyperlink = target; break }
            }
        }
        Self.append(TextRun(text: text, format: format, hyperlink: hyperlink, field: currentField ?? context.simpleField,
                            revision: context.revision, contentControl: context.contentControl), to: &inlines)
        text = ""
    }

    private mutating func runChild(_ child: XMLElement, format: RunFormat, context: InlineContext,
                                   text: inout String, inlines: inout [Inline]) {
        let visible = fieldResultVisible
        let n = n
        switch child.nameId {
        case n.t, n.delText:
            if visible { text += child.text }
        case n.instrText, n.delInstrText:
            if !fields.isEmpty, !fields[fields.count - 1].showingResult {
                fields[fields.count - 1].instruction += child.text
            }
        case n.fldChar:
            flush(&text, format: format, context: context, to: &inlines)
            switch child.attribute(nameId: n.fldCharType) {
            case "begin": fields.append(OpenField())
            case "separate": if !fields.isEmpty { fields[fields.count - 1].showResult() }
            case "end": _ = fields.popLast()
            default: break
            }
        case n.tab, n.ptab:
            if visible { text += "\t" }
        case n.br:
            guard visible else { return }
            switch child.attribute(nameId: n.type) {
            case "page", "column":
                flush(&text, format: format, context: context, to: &inlines)
                inlines.append(.break(child.attribute(nameId: n.type) == "page" ? .page : .column))
            default:
                text += "\n"
            }
        case n.cr:
            if visible { text += "\n" }
        case n.noBreakHyphen:
            if visible { text += "\u{2011}" }
        case n.softHyphen:
            if visible { text += "\u{00AD}" }
        case n.sym:
            if visible, let code = child.attribute("w:char"), let value = UInt32(code, radix: 16) {
                // Symbol-font characters sit in the private-use area at F0xx; the low byte is the character.
                let scalar = value >= 0xF000 && value <= 0xF0FF ? value - 0xF000 : value
                if let character = Unicode.Scalar(scalar) { text.unicodeScalars.append(character) }
            }
        case n.symEx, n.symExLong:
            // Word 2016+ writes an emoji as a symbol extension in the `mc:Choice` branch (the
            // `mc:Fallback` has it as plain `w:t`); `char` is the code point in hex.
            let code = child.attribute("w16se:char") ?? child.attribute("{http://schemas.microsoft.com/office/word/2015/wordml/symex}char")
            if visible, let code, let value = UInt32(code, radix: 16), let character = Unicode.Scalar(value) {
                text.unicodeScalars.append(character)
            }
        case n.footnoteReference, n.endnoteReference:
            flush(&text, format: format, context: context, to: &inlines)
            let kind: NoteReference.Kind = child.nameId == n.footnoteReference ? .footnote : .endnote
            inlines.append(.noteReference(NoteReference(kind: kind, id: child.attribute("w:id") ?? "")))
        case n.commentReference:
            flush(&text, format: format, context: context, to: &inlines)
            inlines.append(.commentReference(id: child.attribute("w:id") ?? ""))
        case n.drawing, n.pict, n.object:
            flush(&text, format: format, context: context, to: &inlines)
            appendDrawing(child, to: &inlines)
        case n.alternateContent:
            if let branch = Markup.chosenBranch(child) {
                for inner in branch.childElements {
                    runChild(inner, format: format, context: context, text: &text, inlines: &inlines)
                }
            }
        default:
            break  // w:rPr, w:lastRenderedPageBreak, w:footnoteRef, separators, annotation marks
        }
    }

    // MARK: Drawings and text boxes

    /// Images by their relationship, with their alt text, and the text of text boxes read exactly once.
    private mutating func appendDrawing(_ element: XMLElement, to inlines: inout [Inline]) {
        let properties = findFirst(element, named: "wp:docPr")
        func nonEmpty(_ value: String?) -> String? { value?.isEmpty == false ? value : nil }
        let description = nonEmpty(properties?.attribute("descr")), title = nonEmpty(properties?.attribute("title"))
        // VML (`w:pict`, `w:object`) keeps alt text on the shape around the picture.
        let shape = findFirst(element, named: "v:shape")
        var images: [Image] = []
        var boxes: [[Block]] = []
        func walk(_ node: XMLElement, _ reader: inout PartReader) {
            for child in node.childElements {
                switch child.name {
                case "w:txbxContent":
                    boxes.append(reader.blocks(in: child))
                case "a:blip":
                    let id = child.attribute("r:embed") ?? child.attribute("r:link")
                    images.append(Image(target: id.flatMap { reader.relationships[$0]?.target },
                                        name: properties?.attribute("name"), description: description, title: title))
                case "v:imagedata":
                    let id = child.attribute("r:id")
                    images.append(Image(target: id.flatMap { reader.relationships[$0]?.target },
                                        name: child.attribute("o:title"),
                                        description: description ?? nonEmpty(shape?.attribute("alt")),
                                        title: title))
                case "mc:AlternateContent":
                    if let branch = Markup.chosenBranch(child) { walk(branch, &reader) }
                default:
                    walk(child, &reader)
                }
            }
        }
        walk(element, &self)
        // A chart or shape: no picture, but its name and alt text.
        if images.isEmpty && boxes.isEmpty, let properties {
            images.append(Image(target: nil, name: properties.attribute("name"), description: description, title: title))
        }
        inlines += images.map(Inline.image)
        inlines += boxes.map(Inline.textBox)
    }

    private func findFirst(_ element: XMLElement, named name: String) -> XMLElement? {
        for child in element.childElements {
            if child.name == name { return child }
            if let found = findFirst(child, named: name) { return found }
        }
        return nil
    }

    // MARK: Sections

    private func section(_ element: XMLElement) -> PageSection {
        let size = element.child("w:pgSz")
        let width = size?.attribute("w:w").flatMap(Int.init) ?? 0
        let height = size?.attribute("w:h").flatMap(Int.init) ?? 0
        let landscape = size?.attribute("w:orient") == "landscape" || (width > 0 && width > height)
        func parts(_ name: String) -> [String] {
            element.children(name).compactMap { reference in
                reference.attribute("r:id").flatMap { relationships[$0]?.target }
            }
        }
        return PageSection(isLandscape: landscape, headerParts: parts("w:headerReference"), footerParts: parts("w:footerReference"))
    }
}
