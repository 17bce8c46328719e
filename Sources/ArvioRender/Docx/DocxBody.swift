import ArvioReport

/// `w:body` of a rendered document, block by block in document order: goals and top-level
/// sections as "heading 1", their sections as "heading 2", process goals and other
/// subsections as "heading 3"; paragraphs in their own style with their list numbering;
/// guidance text in the Placeholder style; tables with the spans, merges and shading the
/// typed rows recovered; a plan's additions in its additions colour.
struct DocxBody {
    /// Text width of an A4 page with 2 cm side margins, in twentieths of a point.
    static let textWidth = 9638

    let styles: DocxStyles
    let shapes: TableShapes
    /// Paragraph path → the marked (coloured) parts of its text.
    let additions: [[Int]: [MarkedText]]
    let additionsColour: String?
    private(set) var numbering = DocxNumbering()
    private(set) var xml = ""

    init(report: Report, styles: DocxStyles) {
        self.styles = styles
        self.shapes = TableShapes(report)
        var additions: [[Int]: [MarkedText]] = [:]
        for marked in report.plan?.additions ?? [] { additions[marked.at.components, default: []].append(marked) }
        self.additions = additions
        self.additionsColour = report.plan?.additionsColour
    }

    mutating func append(_ item: DocumentOutline.Item) {
        switch item {
        case .goal(let goal):
            let text = goal.heading ?? "\(goal.number). \(goal.title)"
            let key = TextKey.normalise(text)
            let numbered = TextKey.leadingNumber(key) != nil || key.hasPrefix("tavoite ")
            paragraph(text, style: "Heading1", list: numbered ? nil : numbering.assignGoalHeading(goal.number),
                      marked: goal.headingAt.flatMap { additions[$0.components] } ?? [])
        case .heading(let text, let depth, _, let at):
            paragraph(text, style: "Heading\(min(max(depth, 1), 3))", marked: at.flatMap { additions[$0.components] } ?? [])
        case .block(let block, let depth):
            if block.isTable {
                table(block)
            } else if block.role == "heading" {
                paragraph(block.text ?? "", style: "Heading\(min(depth + 1, 3))", marked: additions[block.at.components] ?? [])
            } else {
                contentParagraph(block)
            }
        case .unmapped(let block):
            paragraph(block.text, style: nil)
        }
    }

    private mutating func contentParagraph(_ block: ContentBlock) {
        var style = styles.id(forName: block.style)
        if block.isPlaceholder { style = "Placeholder" }
        // A title read by its look (larger Normal text) is written in the Title style, so the
        // rendered file says plainly what the original showed.
        if block.role == "title", style != "Title", style != "Subtitle" { style = "Title" }
        if style == nil, block.list != nil { style = "ListParagraph" }
        let list = block.list.map { numbering.assign(label: $0.label, level: $0.level) }
        // A dated entry's label ("Lokakuu 2021:") is bold, as `arvio next` writes it.
        paragraph(block.text ?? "", style: style, list: list, marked: additions[block.at.components] ?? [],
                  bold: block.role == "dated-entry")
    }

    private mutating func paragraph(_ text: String, style: String?, list: (numId: Int, level: Int)? = nil,
                                    marked: [MarkedText] = [], bold: Bool = false) {
        xml += Self.paragraphXML(text, style: style, list: list, segments: segments(text, marked: marked), bold: bold)
    }

    static func paragraphXML(_ text: String, style: String?, list: (numId: Int, level: Int)?,
                             segments: [(text: String, coloured: String?)], bold: Bool) -> String {
        var xml = "<w:p>"
        if style != nil || list != nil {
            xml += "<w:pPr>"
            if let style { xml += "<w:pStyle w:val=\"\(XMLText.escape(style))\"/>" }
            if let list { xml += "<w:numPr><w:ilvl w:val=\"\(list.level)\"/><w:numId w:val=\"\(list.numId)\"/></w:numPr>" }
            xml += "</w:pPr>"
        }
        for segment in segments where !segment.text.isEmpty { xml += run(segment.text, colour: segment.coloured, bold: bold) }
        return xml + "</w:p>"
    }

    /// One run; tabs and line breaks as Word writes them.
    static func run(_ text: String, colour: String?, bold: Bool) -> String {
        var xml = "<w:r>"
        if bold || colour != nil {
            xml += "<w:rPr>"
            if bold { xml += "<w:b/><w:bCs/>" }
            if let colour { xml += "<w:color w:val=\"\(XMLText.escape(colour))\"/>" }
            xml += "</w:rPr>"
        }
        var pending = ""
        func flush() {
            if !pending.isEmpty { xml += "<w:t xml:space=\"preserve\">\(XMLText.escape(pending))</w:t>" }
            pending = ""
        }
        for character in text {
            switch character {
            case "\t": flush(); xml += "<w:tab/>"
            case "\n", "\r\n": flush(); xml += "<w:br/>"
            case "\r": continue
            default: pending.append(character)
            }
        }
        flush()
        return xml + "</w:r>"
    }

    /// The text cut where a plan marks additions in colour: a whole paragraph, or the marked
    /// part where it is found in the text.
    private func segments(_ text: String, marked: [MarkedText]) -> [(text: String, coloured: String?)] {
        guard let colour = additionsColour, !marked.isEmpty else { return [(text, nil)] }
        if marked.contains(where: \.wholeParagraph) { return [(text, colour)] }
        var result: [(text: String, coloured: String?)] = []
        var rest = Substring(text)
        for part in marked where !part.text.isEmpty {
            guard let range = rest.range(of: part.text) else { continue }
            result.append((String(rest[..<range.lowerBound]), nil))
            result.append((String(rest[range]), colour))
            rest = rest[range.upperBound...]
        }
        result.append((String(rest), nil))
        return result
    }

    // MARK: Tables

    /// Grid column widths by what the columns hold (cells of their own only): wide enough for
    /// the longest word, and for text up to 40 characters a line, so "50 %" columns stay narrow
    /// and text columns get the room.
    static func columnWidths(_ rows: [[[String]]], shape: TableShape) -> [Int] {
        let count = max(shape.gridWidth, 1)
        var weights = Array(repeating: 7, count: count)
        for (rowIndex, row) in rows.enumerated() {
            let starts = shape.startColumns(row: rowIndex)
            for (cellIndex, paragraphs) in row.enumerated() where shape.rows[rowIndex][cellIndex].span == 1 && starts[cellIndex] < count {
                let longest = paragraphs.map(\.count).max() ?? 0
                let word = paragraphs.flatMap { $0.split(separator: " ") }.map(\.count).max() ?? 0
                weights[starts[cellIndex]] = max(weights[starts[cellIndex]], word + 2, min(longest, 40))
            }
        }
        // Every column gets room for a short value ("11/23", "50 %") and the rest goes by weight.
        let minimum = min(700, textWidth / count)
        let spare = textWidth - minimum * count
        let extra = weights.map { $0 - 7 }
        let totalExtra = extra.reduce(0, +)
        return extra.map { minimum + (totalExtra == 0 ? spare / count : spare * $0 / totalExtra) }
    }

    private mutating func table(_ block: ContentBlock) {
        let rows = block.rows ?? []
        guard !rows.isEmpty else { return }
        let shape = shapes.shape(of: block)
        let widths = Self.columnWidths(rows, shape: shape)
        xml += "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>"
        xml += "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr>"
        xml += "<w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        for (rowIndex, row) in rows.enumerated() {
            xml += "<w:tr>"
            let starts = shape.startColumns(row: rowIndex)
            for (cellIndex, paragraphs) in row.enumerated() {
                let cell = shape.rows[rowIndex][cellIndex]
                let cellWidth = widths[min(starts[cellIndex], widths.count) ..< min(starts[cellIndex] + cell.span, widths.count)].reduce(0, +)
                xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(cellWidth)\" w:type=\"dxa\"/>"
                if cell.span > 1 { xml += "<w:gridSpan w:val=\"\(cell.span)\"/>" }
                switch cell.merge {
                case .restart: xml += "<w:vMerge w:val=\"restart\"/>"
                case .continued: xml += "<w:vMerge/>"
                case nil: break
                }
                if let fill = cell.fill { xml += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\(XMLText.escape(fill))\"/>" }
                xml += "</w:tcPr>"
                let texts = paragraphs.isEmpty ? [""] : paragraphs
                for (index, text) in texts.enumerated() {
                    let path = block.at.components + [rowIndex, cellIndex, index]
                    xml += Self.paragraphXML(text, style: nil, list: nil,
                                             segments: segments(text, marked: additions[path] ?? []), bold: cell.bold)
                }
                xml += "</w:tc>"
            }
            xml += "</w:tr>"
        }
        xml += "</w:tbl>"
    }
}
