import Foundation

/// Oma-arviointi reports made up from a seed, for the property tests (`arvio-generate random`
/// writes one): THL's 2020 template (title, guidance, five national goals with their six sections)
/// filled with random content — lists at random depths, tables with random column spans and
/// vertical merges (sometimes a table in a cell), tracked insertions and deletions, content
/// controls around blocks and runs, and paragraphs whose runs are split and formatted at random.
/// Zipped by the generator's own writer (`DocxArchive`), not Arvio's, so the code under test
/// makes none of its input.
public struct GeneratedReport: Sendable {
    public let seed: UInt64
    /// The package parts, around the main part as `MinimalPackage` has them.
    public let parts: [(name: String, bytes: [UInt8])]

    public init(seed: UInt64) {
        self.seed = seed
        var body = RandomReportBody(random: SeededRandom(seed: seed))
        parts = MinimalPackage.parts(document: Array(body.document().utf8))
    }

    /// Writes the report as a real .docx at `path`.
    public func write(to path: String) throws {
        try DocxArchive.write(path, parts: parts.map { ($0.name, .data($0.bytes)) })
    }

    /// The five national goals, in order, each a heading "N. title".
    public static var goalTitles: [String] { TemplateText.goalTitles }
    /// The six sections of every goal, each a heading and the template's placeholder.
    public static var sections: [(heading: String, placeholder: String)] { RandomReportBody.sections }
}

struct RandomReportBody {
    var random: SeededRandom
    private var revisionId = 100

    init(random: SeededRandom) { self.random = random }

    static let sections: [(heading: String, placeholder: String)] = [
        ("Hankkeen tavoitteet", "< Kuvaus hankkeen omista hyötytavoitteista >"),
        ("Arvioinnin mittarit/kriteerit", "< Kuvaus mittareista/kriteereistä, joilla hankkeen tavoitteiden toteutumista seurataan >"),
        ("Tiedonkeruun ja arvioinnin menetelmät", "< Kuvaus siitä miten tietoa kerätään (esim. rekisterit ja tilastot, asiakas/potilastietojärjestelmät) ja miten arviointia tehdään kerätyn tiedon perusteella >"),
        ("Lähtötilanteen arvioinnin tulokset", "< Kuvaus mittareiden/kriteerien avulla tehdyn lähtötilanteen arvioinnin tuloksista >"),
        ("Tehdyt kehittämistoimenpiteet", "< Kuvaus tehdyistä kehittämistoimenpiteistä ja arviointi niiden edistymisestä >"),
        ("Seurannan ja arvioinnin tulokset", "< Kuvaus tavoitteiden toteutumisen seurannan ja arvioinnin tuloksista >"),
    ]
    static let words = [
        "asiakas", "palvelu", "kehittäminen", "malli", "alue", "tiimi", "kokeilu", "työpaja", "käyttöönotto",
        "ikäihmiset", "perhekeskus", "sähköinen", "asiointi", "jono", "hoitaja", "lääkäri", "yhteistyö",
        "järjestö", "kysely", "mittari", "päivystys", "kotihoito", "suun", "terveys", "neuvola", "etävastaanotto",
        "Kymenlaakso", "2021", "15 %", "3/4", "A & B", "x < y", "”lainaus”", "–", "€", "ÅÄÖ",
    ]

    // MARK: The document

    mutating func document() -> String {
        var body = ""
        body += paragraph(runs: [run("OMA-ARVIOINTI", bold: true)])
        body += paragraph(runs: [run("Tulevaisuuden sosiaali- ja terveyskeskus -hanke, raportointi 15.11.2020", bold: true)])
        body += paragraph(runs: [run("Kirjaa ja päivitä oma-arvioinnin toteutus aina samaan pohjaan. Tallenna uusin päivitetty ja päivätty versio pdf:nä Innokylään oman alueesi Kokonaisuuden alle liitetiedostoksi.")])
        body += heading("Käsitteet", level: 2)
        body += paragraph(runs: [run("Hankkeen tavoitteet kuvaavat alueellisen hankkeen omia tarkennettuja hyötytavoitteita kunkin kansallisen hyötytavoitteen alla.")])
        for (index, title) in TemplateText.goalTitles.enumerated() {
            body += heading("\(index + 1). \(title)", level: 1)
            for section in Self.sections {
                body += heading(section.heading, level: 2)
                if random.chance(70) {
                    body += paragraph(runs: [run(section.placeholder, italic: true, color: "7F7F7F")])
                }
                for _ in 0 ..< random.int(0 ... 4) { body += block(depth: 0) }
            }
        }
        return #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
            + #"<w:document xmlns:w="\#(MinimalPackage.wordNamespace)" xmlns:r="\#(MinimalPackage.relationshipNamespace)"><w:body>"#
            + body
            + #"<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>"#
    }

    /// One piece of content: a paragraph, a list, a table, tracked changes or a content control.
    mutating func block(depth: Int) -> String {
        switch random.int(0 ... 9) {
        case 0 ... 2: return paragraph(runs: runs())
        case 3, 4: return list()
        case 5, 6: return depth < 2 ? table(depth: depth) : paragraph(runs: runs())
        case 7: return trackedParagraph()
        case 8: return contentControl(depth: depth)
        default: return paragraph(runs: runs(), style: random.chance(50) ? "ListParagraph" : nil)
        }
    }

    mutating func sentence(_ range: ClosedRange<Int> = 1 ... 8) -> String {
        var words: [String] = []
        for _ in 0 ..< random.int(range) { words.append(random.pick(Self.words)) }
        var text = words.joined(separator: " ")
        if let first = text.first { text = first.uppercased() + text.dropFirst() }
        return text + (random.chance(60) ? "." : "")
    }

    /// A sentence in one to three runs, some bold or italic, now and then a run-level content control.
    mutating func runs() -> String {
        let text = sentence()
        let pieces = random.int(1 ... 3)
        var result = ""
        var rest = Substring(text)
        for index in 0 ..< pieces {
            let cut = index == pieces - 1 ? rest.count : random.int(0 ... rest.count)
            let piece = String(rest.prefix(cut))
            rest = rest.dropFirst(cut)
            if piece.isEmpty { continue }
            let made = run(piece, bold: random.chance(15), italic: random.chance(10))
            result += random.chance(10) ? sdt(alias: "Teksti", content: made) : made
        }
        return result
    }

    mutating func list() -> String {
        let numbering = random.pick([1, 2])
        var level = 0
        var result = ""
        for _ in 0 ..< random.int(1 ... 6) {
            level = max(0, min(8, level + random.pick([-2, -1, 0, 0, 1, 1, 2])))
            result += paragraph(runs: runs(), style: "ListParagraph", list: (numbering, level))
        }
        return result
    }

    /// A table of 1–5 rows on a grid of 2–5 columns; cells span 1 or more columns and merge
    /// vertically with the cell above when it starts in the same column with the same span.
    mutating func table(depth: Int) -> String {
        struct Cell { var column: Int; var span: Int; var merge: String?; var content: String }
        let columns = random.int(2 ... 5)
        var rows: [[Cell]] = []
        for rowIndex in 0 ..< random.int(1 ... 5) {
            var row: [Cell] = []
            var column = 0
            while column < columns {
                let span = random.chance(25) ? random.int(1 ... columns - column) : 1
                var cell = Cell(column: column, span: span, merge: nil, content: "")
                if rowIndex > 0, random.chance(25),
                   let above = rows[rowIndex - 1].firstIndex(where: { $0.column == column && $0.span == span }) {
                    if rows[rowIndex - 1][above].merge == nil { rows[rowIndex - 1][above].merge = "restart" }
                    cell.merge = "continue"
                    // Word leaves a merged-on cell empty; a hand-edited file may not.
                    cell.content = random.chance(10) ? paragraph(runs: runs()) : "<w:p/>"
                } else {
                    var content = ""
                    for _ in 0 ..< random.int(1 ... 2) {
                        content += random.chance(8) && depth < 1 ? table(depth: depth + 1) + "<w:p/>" : paragraph(runs: runs())
                    }
                    cell.content = content
                }
                row.append(cell)
                column += span
            }
            rows.append(row)
        }
        var xml = "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>"
        for _ in 0 ..< columns { xml += "<w:gridCol w:w=\"\(9000 / columns)\"/>" }
        xml += "</w:tblGrid>"
        for row in rows {
            xml += "<w:tr>"
            for cell in row {
                xml += "<w:tc><w:tcPr>"
                if cell.span > 1 { xml += "<w:gridSpan w:val=\"\(cell.span)\"/>" }
                if cell.merge == "restart" { xml += "<w:vMerge w:val=\"restart\"/>" }
                if cell.merge == "continue" { xml += "<w:vMerge/>" }
                xml += "</w:tcPr>\(cell.content)</w:tc>"
            }
            xml += "</w:tr>"
        }
        return xml + "</w:tbl>"
    }

    /// A paragraph with inserted and deleted runs, or a whole inserted paragraph.
    mutating func trackedParagraph() -> String {
        if random.chance(30) {
            let mark = "<w:rPr><w:ins \(revision())/></w:rPr>"
            return "<w:p><w:pPr>\(mark)</w:pPr><w:ins \(revision())>\(run(sentence()))</w:ins></w:p>"
        }
        var content = ""
        for _ in 0 ..< random.int(1 ... 4) {
            switch random.int(0 ... 2) {
            case 0: content += run(sentence(1 ... 3) + " ")
            case 1: content += "<w:ins \(revision())>\(run(sentence(1 ... 3) + " "))</w:ins>"
            default:
                content += "<w:del \(revision())><w:r><w:delText xml:space=\"preserve\">\(Self.escape(sentence(1 ... 3))) </w:delText></w:r></w:del>"
            }
        }
        return "<w:p>\(content)</w:p>"
    }

    mutating func contentControl(depth: Int) -> String {
        var content = ""
        for _ in 0 ..< random.int(1 ... 3) {
            content += random.chance(70) ? paragraph(runs: runs()) : list()
        }
        return sdt(alias: random.pick(["Kuvaus", "Tavoite", "Päivämäärä"]), content: content)
    }

    mutating func revision() -> String {
        revisionId += 1
        return "w:id=\"\(revisionId)\" w:author=\"Testaaja\" w:date=\"2021-0\(random.int(1 ... 9))-01T10:00:00Z\""
    }

    // MARK: XML pieces

    func sdt(alias: String, content: String) -> String {
        "<w:sdt><w:sdtPr><w:alias w:val=\"\(alias)\"/><w:tag w:val=\"\(alias.lowercased())\"/></w:sdtPr><w:sdtContent>\(content)</w:sdtContent></w:sdt>"
    }

    mutating func heading(_ text: String, level: Int) -> String {
        // Headings as Word's template has them (bold Normal) or with real heading styles.
        random.chance(50)
            ? paragraph(runs: run(text, bold: true), style: nil)
            : paragraph(runs: run(text), style: "Heading\(level)")
    }

    func paragraph(runs: String, style: String? = nil, list: (id: Int, level: Int)? = nil) -> String {
        var properties = ""
        if let style { properties += "<w:pStyle w:val=\"\(style)\"/>" }
        if let list { properties += "<w:numPr><w:ilvl w:val=\"\(list.level)\"/><w:numId w:val=\"\(list.id)\"/></w:numPr>" }
        return "<w:p>" + (properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>") + runs + "</w:p>"
    }

    func paragraph(runs: [String]) -> String { paragraph(runs: runs.joined()) }

    func run(_ text: String, bold: Bool = false, italic: Bool = false, color: String? = nil) -> String {
        var properties = ""
        if bold { properties += "<w:b/>" }
        if italic { properties += "<w:i/>" }
        if let color { properties += "<w:color w:val=\"\(color)\"/>" }
        return "<w:r>" + (properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>")
            + "<w:t xml:space=\"preserve\">\(Self.escape(text))</w:t></w:r>"
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
