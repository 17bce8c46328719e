import ArvioMessages
import ArvioReport
import ArvioWordML
import ArvioXML

/// Applies the coordinator's edits, deletions and additions (`PeriodUpdates.edits`) to the
/// main part: an edit replaces only the words that changed, inside the runs that held them, so
/// the paragraph keeps its formatting; with `--track-changes` every change is a Word deletion
/// and insertion by the author. What cannot be placed safely is listed in the notes.
extension EditContext {
    mutating func applyEdits(_ updates: PeriodUpdates?) {
        guard let updates else { return }
        for edit in updates.edits {
            let applied: Bool
            switch edit.kind {
            case .edited: applied = applyEdit(edit)
            case .deleted: applied = applyDeletion(edit)
            case .added: applied = applyAddition(edit)
            }
            if applied {
                applyToModel(edit)
            } else {
                notes.append(NextPhrase.editNotApplied.with(["edit": edit.description]))
                todo.append(TodoItem(goal: edit.goal, section: edit.section.trimmingCharacters(in: .whitespaces),
                                     what: "make by hand: \(edit.kind.rawValue) paragraph “\(PeriodUpdates.short(edit.new ?? edit.old ?? ""))”"))
            }
        }
    }

    /// The `w:p` element of a top-level body paragraph at `path`.
    private func paragraphElement(_ path: BlockPath?) -> Int? {
        guard let path, path.components.count == 1, let ordinal = element(ofBlock: path.components[0]),
              spans.localName(of: ordinal) == "p" else { return nil }
        return ordinal
    }

    // MARK: Edited paragraphs

    /// A piece of a paragraph's text: the words of one `w:t`, or a tab or break that stays.
    private struct Piece {
        var text: String
        /// The `w:t` element; nil for a tab or a break.
        var element: Int?
    }

    private func pieces(of paragraph: Int) -> [Piece] {
        var result: [Piece] = []
        let end = spans[paragraph].end
        var ordinal = paragraph + 1
        while ordinal < spans.count, spans[ordinal].start < end {
            defer { ordinal += 1 }
            switch spans.localName(of: ordinal) {
            case "t":
                let span = spans[ordinal]
                let text = span.contentStart < span.contentEnd ? XMLText.unescaped(main.slice(span.contentStart ..< span.contentEnd)) : ""
                result.append(Piece(text: text, element: ordinal))
            case "tab": if spans.localName(of: spans[ordinal].parent) == "r" { result.append(Piece(text: "\t", element: nil)) }
            case "br", "cr": result.append(Piece(text: "\n", element: nil))
            default: continue
            }
        }
        return result
    }

    private mutating func applyEdit(_ edit: ParagraphEdit) -> Bool {
        guard let paragraph = paragraphElement(edit.at), let old = edit.old, let new = edit.new,
              case .paragraph(let tree) = document.body[edit.at!.components[0]] else { return false }
        let pieces = pieces(of: paragraph)
        let written = pieces.map(\.text).joined()
        // Only a paragraph whose text is exactly its runs' text (no fields, notes, text boxes).
        guard written == tree.text, TextKey.normalise(written) == TextKey.normalise(old) else { return false }
        let before = Array(written), after = Array(new)
        // The changed stretch; a run of spaces counts as one, so spaces the updates file lost
        // (double or trailing ones) are no change and stay as written.
        let (prefix, newStart) = Self.commonStart(before, after)
        let (oldEnd, newEnd) = Self.commonEnd(before, after, notBefore: prefix, newStart)
        let inserted = String(after[newStart ..< newEnd])
        if prefix == oldEnd && inserted.isEmpty { return true }  // only spaces differ
        // The pieces the changed characters fall in; a pure insertion goes into the piece before it.
        var offsets: [Int] = []
        var position = 0
        for piece in pieces { offsets.append(position); position += piece.text.count }
        let changeStart = prefix, changeEnd = oldEnd
        var touched = pieces.indices.filter { index in
            let start = offsets[index], end = start + pieces[index].text.count
            return start < changeEnd && end > changeStart
        }
        if touched.isEmpty {
            guard let index = pieces.indices.last(where: { offsets[$0] <= changeStart && pieces[$0].element != nil }) else { return false }
            touched = [index]
        }
        guard touched.allSatisfy({ pieces[$0].element != nil }) else { return false }
        for (number, index) in touched.enumerated() {
            let element = pieces[index].element!
            let characters = Array(pieces[index].text)
            let start = offsets[index]
            let keepBefore = String(characters[0 ..< max(0, min(characters.count, changeStart - start))])
            let keepAfter = String(characters[max(0, min(characters.count, changeEnd - start))...])
            let removed = String(characters[keepBefore.count ..< (characters.count - keepAfter.count)])
            let added = number == 0 ? inserted : ""
            guard replacePiece(element, keepBefore: keepBefore, removed: removed, added: added, keepAfter: keepAfter) else { return false }
        }
        return true
    }

    /// How far two texts agree from the start, as offsets into each.
    static func commonStart(_ a: [Character], _ b: [Character]) -> (Int, Int) {
        var i = 0, j = 0
        while i < a.count, j < b.count {
            if a[i].isWhitespace, b[j].isWhitespace {
                var (x, y) = (i, j)
                while x < a.count, a[x].isWhitespace { x += 1 }
                while y < b.count, b[y].isWhitespace { y += 1 }
                (i, j) = (x, y)
            } else if a[i] == b[j] {
                i += 1
                j += 1
            } else {
                break
            }
        }
        return (i, j)
    }

    /// How far two texts agree from the end (not reaching back past `a0`/`b0`), as end offsets.
    static func commonEnd(_ a: [Character], _ b: [Character], notBefore a0: Int, _ b0: Int) -> (Int, Int) {
        var i = a.count, j = b.count
        // Trailing spaces on either side are no difference.
        while i > a0, a[i - 1].isWhitespace { i -= 1 }
        while j > b0, b[j - 1].isWhitespace { j -= 1 }
        if i == a0 || j == b0 { return (i, j) }
        while i > a0, j > b0 {
            if a[i - 1].isWhitespace, b[j - 1].isWhitespace {
                var (x, y) = (i, j)
                while x > a0, a[x - 1].isWhitespace { x -= 1 }
                while y > b0, b[y - 1].isWhitespace { y -= 1 }
                (i, j) = (x, y)
            } else if a[i - 1] == b[j - 1] {
                i -= 1
                j -= 1
            } else {
                break
            }
        }
        return (i, j)
    }

    /// Writes one `w:t` anew: untracked, its text with the change; tracked, its run split into
    /// the kept text, a deleted run and an inserted run, each with the run's own properties.
    private mutating func replacePiece(_ element: Int, keepBefore: String, removed: String, added: String, keepAfter: String) -> Bool {
        let prefix = spans.prefix(of: element)
        let w = prefix.isEmpty ? "" : prefix + ":"
        func textElement(_ text: String, local: String = "t") -> String {
            "<\(w)\(local) xml:space=\"preserve\">\(XMLText.escaped(text))</\(w)\(local)>"
        }
        guard var stamp = revision else {
            let range = spans[element].start ..< spans[element].end
            guard main.isFree(range) else { return false }
            main.replace(range, with: textElement(keepBefore + added + keepAfter))
            return true
        }
        let run = spans[element].parent
        guard run >= 0, spans.localName(of: run) == "r",
              spans.children(of: run).allSatisfy({ ["rPr", "t"].contains(spans.localName(of: $0)) }),
              spans.children(of: run).filter({ spans.localName(of: $0) == "t" }).count == 1 else { return false }
        let range = spans[run].start ..< spans[run].end
        guard main.isFree(range) else { return false }
        let rPr = spans.children(of: run).first { spans.localName(of: $0) == "rPr" }.map { main.slice(spans[$0].start ..< spans[$0].end) } ?? ""
        let attributes = prefix.isEmpty ? "w" : prefix
        var xml = ""
        if !keepBefore.isEmpty { xml += "<\(w)r>\(rPr)\(textElement(keepBefore))</\(w)r>" }
        if !removed.isEmpty {
            xml += "<\(w)del \(stamp.attributes(prefix: attributes))><\(w)r>\(rPr)\(textElement(removed, local: "delText"))</\(w)r></\(w)del>"
        }
        if !added.isEmpty {
            xml += "<\(w)ins \(stamp.attributes(prefix: attributes))><\(w)r>\(rPr)\(textElement(added))</\(w)r></\(w)ins>"
        }
        if !keepAfter.isEmpty { xml += "<\(w)r>\(rPr)\(textElement(keepAfter))</\(w)r>" }
        revision = stamp
        main.replace(range, with: xml)
        return true
    }

    // MARK: Deleted paragraphs

    private mutating func applyDeletion(_ edit: ParagraphEdit) -> Bool {
        guard let paragraph = paragraphElement(edit.at) else { return false }
        let span = spans[paragraph]
        guard main.isFree(span.start ..< span.end) else { return false }
        let children = spans.children(of: paragraph)
        let pPr = children.first { spans.localName(of: $0) == "pPr" }
        // A section break lives in the paragraph's properties: deleting it would merge sections.
        if let pPr, spans.children(of: pPr).contains(where: { spans.localName(of: $0) == "sectPr" }) { return false }
        let markers: Set<String> = ["bookmarkStart", "bookmarkEnd", "commentRangeStart", "commentRangeEnd"]
        guard var stamp = revision else {
            // Bookmarks and comment ranges may pair with others elsewhere: they stay, at body level.
            let kept = children.filter { markers.contains(spans.localName(of: $0)) }.map { main.slice(spans[$0].start ..< spans[$0].end) }
            main.replace(span.start ..< span.end, with: kept.joined())
            return true
        }
        let prefix = spans.prefix(of: paragraph)
        let w = prefix.isEmpty ? "" : prefix + ":"
        let attributes = prefix.isEmpty ? "w" : prefix
        var xml = "<\(w)p>"
        let mark = "<\(w)del \(stamp.attributes(prefix: attributes))/>"
        if let pPr {
            var properties = ""
            var marked = false
            for child in spans.children(of: pPr) {
                let local = spans.localName(of: child)
                let raw = main.slice(spans[child].start ..< spans[child].end)
                if local == "rPr" {
                    let rPr = spans[child]
                    properties += rPr.contentStart == rPr.end ? "<\(w)rPr>\(mark)</\(w)rPr>"
                        : main.slice(rPr.start ..< rPr.contentStart) + mark + main.slice(rPr.contentStart ..< rPr.end)
                    marked = true
                } else if local == "pPrChange", !marked {
                    properties += "<\(w)rPr>\(mark)</\(w)rPr>" + raw
                    marked = true
                } else {
                    properties += raw
                }
            }
            if !marked { properties += "<\(w)rPr>\(mark)</\(w)rPr>" }
            xml += "<\(w)pPr>\(properties)</\(w)pPr>"
        } else {
            xml += "<\(w)pPr><\(w)rPr>\(mark)</\(w)rPr></\(w)pPr>"
        }
        for child in children where child != pPr {
            let local = spans.localName(of: child)
            let raw = main.slice(spans[child].start ..< spans[child].end)
            switch local {
            case "r":
                let deleted = raw.replacingOccurrences(of: "<\(w)t>", with: "<\(w)delText>")
                    .replacingOccurrences(of: "<\(w)t ", with: "<\(w)delText ")
                    .replacingOccurrences(of: "</\(w)t>", with: "</\(w)delText>")
                    .replacingOccurrences(of: "<\(w)instrText", with: "<\(w)delInstrText")
                    .replacingOccurrences(of: "</\(w)instrText>", with: "</\(w)delInstrText>")
                xml += "<\(w)del \(stamp.attributes(prefix: attributes))>\(deleted)</\(w)del>"
            case "proofErr", "bookmarkStart", "bookmarkEnd", "commentRangeStart", "commentRangeEnd", "del":
                xml += raw
            default:
                return false  // hyperlinks, insertions, content controls: left for Word
            }
        }
        revision = stamp
        main.replace(span.start ..< span.end, with: xml + "</\(w)p>")
        return true
    }

    // MARK: New paragraphs

    private mutating func applyAddition(_ edit: ParagraphEdit) -> Bool {
        guard let text = edit.new, let placement = edit.placement else { return false }
        let (path, after): (BlockPath, Bool)
        switch placement {
        case .after(let anchor): (path, after) = (anchor, true)
        case .before(let anchor): (path, after) = (anchor, false)
        }
        guard let neighbour = paragraphElement(path) else { return false }
        let style = ParagraphTemplate(paragraph: neighbour, spans: spans, bytes: main.bytes,
                                      keepNumbering: edit.isListItem && isListParagraph(path))
        let xml = style.paragraph(text, revision: &revision)
        main.insert(xml, at: after ? spans[neighbour].end : spans[neighbour].start)
        return true
    }

    private func isListParagraph(_ path: BlockPath) -> Bool {
        guard let index = path.components.first, case .paragraph(let paragraph) = document.body[index] else { return false }
        return paragraph.list != nil
    }

    // MARK: The next version's model

    private mutating func applyToModel(_ edit: ParagraphEdit) {
        func update(_ section: inout Section) -> Bool {
            if section.heading == edit.section || (section.heading == nil && section.kind.rawValue == edit.section) {
                switch edit.kind {
                case .edited:
                    if let index = section.content.firstIndex(where: { $0.at == edit.at }) { section.content[index].text = edit.new }
                case .deleted:
                    section.content.removeAll { $0.at == edit.at }
                    section.placeholders.removeAll { $0.at == edit.at }
                case .added:
                    var block = ContentBlock(at: BlockPath([]), text: edit.new)
                    switch edit.placement {
                    case .after(let anchor)?:
                        block.at = anchor
                        let index = section.content.firstIndex { $0.at == anchor }.map { $0 + 1 } ?? section.content.count
                        section.content.insert(block, at: index)
                    case .before(let anchor)?:
                        block.at = anchor
                        section.content.insert(block, at: section.content.firstIndex { $0.at == anchor } ?? 0)
                    case nil:
                        section.content.append(block)
                    }
                }
                return true
            }
            for index in section.subsections.indices where update(&section.subsections[index]) { return true }
            return false
        }
        if let goal = edit.goal {
            guard let goalIndex = nextReport.goals.firstIndex(where: { $0.number == goal }) else { return }
            for index in nextReport.goals[goalIndex].sections.indices where update(&nextReport.goals[goalIndex].sections[index]) { return }
        } else {
            for index in nextReport.sections.indices where update(&nextReport.sections[index]) { return }
        }
    }
}
