/// Paragraphs, lists and table cells as Word writes them, noise included: every paragraph has
/// its `w14:paraId` and revision ids (`w:rsidR`), text is split into several runs — often in
/// the middle of a word, where editing sessions met — with spell-check marks between them.
/// A reader has to skip all of that, so a generated document costs what a real one does.
struct WordWriter {
    let out: XMLStream
    var random: SeededRandom
    private var paragraphCount = 0x1C2D_0000
    /// Editing sessions: each run belongs to one of them.
    private static let sessions = ["009BFB2F", "00D299F1", "006EDF44", "0041CD31", "006B3CE9", "00354A94",
                                   "00A4C662", "0035EE8C", "00C6DC09", "00150026", "00F0CB1E", "00C5EF5E"]

    init(out: XMLStream, seed: UInt64) {
        self.out = out
        random = SeededRandom(seed: seed)
    }

    enum Style {
        case normal, title, subtitle, heading(Int), listParagraph
        var id: String? {
            switch self {
            case .normal: nil
            case .title: "Title"
            case .subtitle: "Subtitle"
            case .heading(let level): "Heading\(level)"
            case .listParagraph: "ListParagraph"
            }
        }
    }

    /// List numbering instances of `word/numbering.xml`.
    enum List {
        case bullet(level: Int)
        case decimal
        var numId: Int { if case .decimal = self { 2 } else { 1 } }
        var level: Int { if case .bullet(let level) = self { level } else { 0 } }
    }

    /// Formatting of every run in a paragraph: table text is 9 pt, header cells bold.
    struct RunFormat {
        var bold = false
        var small = false
        static let plain = RunFormat()
    }

    mutating func paragraph(_ text: String, style: Style = .normal, list: List? = nil, format: RunFormat = .plain) {
        openParagraph()
        if style.id != nil || list != nil {
            out.raw("<w:pPr>")
            if let id = style.id { out.raw("<w:pStyle w:val=\"\(id)\"/>") }
            if let list { out.raw("<w:numPr><w:ilvl w:val=\"\(list.level)\"/><w:numId w:val=\"\(list.numId)\"/></w:numPr>") }
            out.raw("</w:pPr>")
        }
        runs(text, format: format)
        out.raw("</w:p>")
    }

    /// The date on the title page, in a date picker content control as THL's template has it.
    mutating func datedSubtitle(_ label: String, date: String, isoDate: String) {
        openParagraph()
        out.raw("<w:pPr><w:pStyle w:val=\"Subtitle\"/></w:pPr>")
        runs(label, format: .plain)
        out.raw("<w:sdt><w:sdtPr><w:alias w:val=\"Päivämäärä\"/><w:tag w:val=\"raportin_paivays\"/><w:id w:val=\"-1204563120\"/>")
        out.raw("<w:date w:fullDate=\"\(isoDate)T00:00:00Z\"><w:dateFormat w:val=\"d.M.yyyy\"/><w:lid w:val=\"fi-FI\"/>")
        out.raw("<w:storeMappedDataAs w:val=\"dateTime\"/><w:calendar w:val=\"gregorian\"/></w:date></w:sdtPr><w:sdtContent>")
        out.raw("<w:r><w:t xml:space=\"preserve\">")
        out.text(date)
        out.raw("</w:t></w:r></w:sdtContent></w:sdt></w:p>")
    }

    private mutating func openParagraph() {
        paragraphCount += 1
        let id = String(paragraphCount & 0x7FFF_FFFF, radix: 16, uppercase: true)
        out.raw("<w:p w14:paraId=\"\(String(repeating: "0", count: max(0, 8 - id.count)))\(id)\" w14:textId=\"77777777\" ")
        out.raw("w:rsidR=\"\(random.pick(Self.sessions))\" w:rsidRDefault=\"\(random.pick(Self.sessions))\">")
    }

    /// The text in one to four runs, cut at arbitrary characters.
    private mutating func runs(_ text: String, format: RunFormat) {
        guard !text.isEmpty else { return }
        let scalars = Array(text.unicodeScalars)
        var cuts: [Int] = []
        if scalars.count > 24 {
            for _ in 0 ..< random.int(0 ... 3) { cuts.append(random.int(1 ... scalars.count - 1)) }
        }
        cuts = Array(Set(cuts)).sorted()
        var start = 0
        for end in cuts + [scalars.count] where end > start {
            let spell = random.chance(10)
            if spell { out.raw("<w:proofErr w:type=\"spellStart\"/>") }
            out.raw(start == 0 ? "<w:r>" : "<w:r w:rsidR=\"\(random.pick(Self.sessions))\">")
            if format.bold || format.small || random.chance(20) {
                out.raw("<w:rPr>")
                if format.bold { out.raw("<w:b/><w:bCs/>") }
                if format.small { out.raw("<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>") }
                if !format.bold && !format.small { out.raw("<w:lang w:val=\"fi-FI\"/>") }
                out.raw("</w:rPr>")
            }
            out.raw("<w:t xml:space=\"preserve\">")
            var piece = String.UnicodeScalarView()
            piece.append(contentsOf: scalars[start ..< end])
            out.text(String(piece))
            out.raw("</w:t></w:r>")
            if spell { out.raw("<w:proofErr w:type=\"spellEnd\"/>") }
            start = end
        }
    }

    // MARK: Tables

    /// A table cell's place in the grid and its merges.
    struct Cell {
        var texts: [String]
        var width: Int
        var span = 1
        var merge: Merge? = nil
        var shaded = false
        var bold = false
        enum Merge { case restart, continued }
    }

    mutating func openTable(widths: [Int]) {
        out.raw("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/>")
        out.raw("<w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\" ")
        out.raw("w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>")
        for width in widths { out.raw("<w:gridCol w:w=\"\(width)\"/>") }
        out.raw("</w:tblGrid>")
    }

    mutating func row(_ cells: [Cell], header: Bool = false) {
        out.raw("<w:tr w:rsidR=\"\(random.pick(Self.sessions))\">")
        if header { out.raw("<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>") }
        for cell in cells {
            out.raw("<w:tc><w:tcPr><w:tcW w:w=\"\(cell.width)\" w:type=\"dxa\"/>")
            if cell.span > 1 { out.raw("<w:gridSpan w:val=\"\(cell.span)\"/>") }
            switch cell.merge {
            case .restart: out.raw("<w:vMerge w:val=\"restart\"/>")
            case .continued: out.raw("<w:vMerge/>")
            case nil: break
            }
            if cell.shaded { out.raw("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"DEEAF6\"/>") }
            out.raw("</w:tcPr>")
            let texts = cell.texts.isEmpty ? [""] : cell.texts
            for text in texts { paragraph(text, format: RunFormat(bold: cell.bold, small: true)) }
            out.raw("</w:tc>")
        }
        out.raw("</w:tr>")
    }

    /// A row of plain cells with no Word noise: the 200,000-row table stays inside the size a
    /// part may have while keeping Word's cell structure (`w:tcW`, paragraph, run, text).
    func leanRow(_ cells: [(text: String, width: Int, merge: Cell.Merge?)]) {
        out.raw("<w:tr>")
        for cell in cells {
            out.raw("<w:tc><w:tcPr><w:tcW w:w=\"\(cell.width)\" w:type=\"dxa\"/>")
            switch cell.merge {
            case .restart: out.raw("<w:vMerge w:val=\"restart\"/>")
            case .continued: out.raw("<w:vMerge/>")
            case nil: break
            }
            out.raw("</w:tcPr><w:p>")
            if !cell.text.isEmpty {
                out.raw("<w:r><w:t xml:space=\"preserve\">")
                out.text(cell.text)
                out.raw("</w:t></w:r>")
            }
            out.raw("</w:p></w:tc>")
        }
        out.raw("</w:tr>")
    }

    func closeTable() { out.raw("</w:tbl>") }
}
