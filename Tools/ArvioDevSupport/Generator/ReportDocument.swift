/// The body of an oma-arviointi report in THL's autumn 2021 template, shaped like the Kymenlaakso
/// seed (Corpora/seeds/003-…): title page with the date in a content control, the template's
/// guidance, the project's own description, then for each of the five national goals its
/// sections — goals, baseline, development actions with the readiness table (a `vMerge` header
/// column and a `gridSpan` over the six period columns) and one heading-3 section per process
/// goal with nested bullet lists, benefit monitoring with the indicator table (benefit goals
/// merged down their rows, a baseline spanning three columns now and then) — and the annex table.
/// Length grows through the number of process goals, so the structure stays the seed's.
struct ReportDocument {
    /// How many of everything a report of `pages` pages has.
    struct Shape {
        /// Process goals under each national goal, 1 to 5; a goal without any has no development
        /// actions section, as goal 5 of the seed.
        let processGoals: [Int]
        let indicatorRowsPerGoal: Int
        let annexRowsPerPackage: Int

        /// Calibrated against LibreOffice's page count of the generated files (A4, the template's
        /// margins): the fixed parts take about `fixedPages` and each process goal, with its rows
        /// in the tables, about `pagesPerProcessGoal`.
        static let fixedPages = 9.2
        static let pagesPerProcessGoal = 0.94

        init(pages: Int) {
            let total = max(1, Int(((Double(pages) - Self.fixedPages) / Self.pagesPerProcessGoal).rounded()))
            processGoals = (0 ..< 5).map { total / 5 + ($0 < total % 5 ? 1 : 0) }
            indicatorRowsPerGoal = max(2, total / 10)
            annexRowsPerPackage = max(1, total / 15)
        }
    }

    static let periodColumns = ["5/21", "11/21", "5/22", "11/22", "5/23", "11/23"]

    let shape: Shape
    let region: Region
    var word: WordWriter
    var prose: FinnishText

    init(pages: Int, region: Region, out: XMLStream, seed: UInt64) {
        shape = Shape(pages: pages)
        self.region = region
        word = WordWriter(out: out, seed: seed &+ 1)
        prose = FinnishText(seed: seed &+ 2)
    }

    mutating func write() {
        word.out.raw(DocumentParts.documentOpening)
        titlePage()
        projectDescription()
        for goal in 1 ... 5 { nationalGoal(goal) }
        annex()
        word.out.raw(DocumentParts.documentClosing)
    }

    private mutating func titlePage() {
        word.paragraph("Oma-arviointi", style: .title)
        word.paragraph("\(region.genitive) Tulevaisuuden sosiaali- ja terveyskeskus -hanke", style: .subtitle)
        word.datedSubtitle("Päivitetty ", date: "15.11.2021", isoDate: "2021-11-15")
        for text in TemplateText.instructions { word.paragraph(text) }
        word.paragraph("Vinkkejä raportointiin", style: .heading(2))
        for text in TemplateText.tips { word.paragraph(text, style: .listParagraph, list: .bullet(level: 0)) }
        word.paragraph("Käsitteet", style: .heading(2))
        for text in TemplateText.concepts { word.paragraph(text) }
    }

    private mutating func projectDescription() {
        word.paragraph("\(region.genitive) tulevaisuuden sote-keskus hanke", style: .heading(1))
        for _ in 0 ..< 2 { word.paragraph(prose.paragraph(length: prose.random.int(400 ... 800))) }
        word.paragraph("Tiedonkeruun ja arvioinnin menetelmät", style: .heading(2))
        for _ in 0 ..< 3 { word.paragraph(prose.paragraph(length: prose.random.int(300 ... 600))) }
        word.paragraph("Arvioinnin mittarit/kriteerit", style: .heading(2))
        word.paragraph(prose.paragraph(length: 400))
        word.paragraph("Arviointiasteikko:", format: WordWriter.RunFormat(bold: true))
        for level in TemplateText.readinessScale { word.paragraph(level, style: .listParagraph, list: .decimal) }
        word.paragraph(prose.paragraph(length: 500))
    }

    private mutating func nationalGoal(_ goal: Int) {
        word.paragraph("\(goal). \(TemplateText.goalTitles[goal - 1])", style: .heading(1))
        word.paragraph("Hankkeen tulostavoitteet ja prosessitavoitteet", style: .heading(2))
        word.paragraph(prose.paragraph(length: 300))
        word.paragraph(prose.sentence())
        for _ in 0 ..< 2 { word.paragraph(prose.paragraph(length: 100), style: .listParagraph, list: .bullet(level: 0)) }
        word.paragraph("Lähtötilanteen arvioinnin tulokset", style: .heading(2))
        for _ in 0 ..< 2 { word.paragraph(prose.paragraph(length: prose.random.int(150 ... 350))) }

        let count = shape.processGoals[goal - 1]
        if count > 0 {
            word.paragraph("Tehdyt kehittämistoimenpiteet ja prosessitavoitteiden seurannan ja arvioinnin tulokset", style: .heading(2))
            word.paragraph(prose.paragraph(length: 250))
            let titles = (1 ... count).map { "\(goal).\($0) \(prose.goalStatement())" }
            readinessTable(titles)
            word.paragraph("")
            for title in titles { processGoal(title) }
        }

        word.paragraph("Hyötytavoitteiden seurannan ja arvioinnin tulokset", style: .heading(2))
        word.paragraph("Hyötytavoitteiden etenemistä seurataan alla olevien mittareiden kautta.")
        indicatorTable()
        word.paragraph("")
        word.paragraph(prose.phrase(), style: .listParagraph, list: .bullet(level: 0))
        word.paragraph(prose.paragraph(length: 250), style: .listParagraph, list: .bullet(level: 1))
    }

    /// Process goals by row; the valmiusaste of the first two periods filled in.
    private mutating func readinessTable(_ titles: [String]) {
        let widths = [4318] + Array(repeating: 887, count: 6)
        word.openTable(widths: widths)
        word.row([
            .init(texts: ["Prosessitavoite", "Huom! Raportoitu kehittämistoimenpiteiden etenemisnäkökulmasta"], width: 4318,
                  merge: .restart, shaded: true, bold: true),
            .init(texts: ["Kehittämistoiminnan valmiusaste"], width: 887 * 6, span: 6, shaded: true, bold: true),
        ], header: true)
        word.row([.init(texts: [], width: 4318, merge: .continued, shaded: true)]
            + Self.periodColumns.map { .init(texts: [$0], width: 887, shaded: true, bold: true) }, header: true)
        for title in titles {
            let first = prose.random.chance(30) ? "\(prose.random.int(0 ... 2) * 25) %" : "-"
            let second = "\(prose.random.int(1 ... 4) * 25) %"
            word.row([.init(texts: [title], width: 4318), .init(texts: [first], width: 887), .init(texts: [second], width: 887)]
                + (0 ..< 4).map { _ in .init(texts: [], width: 887) })
        }
        word.closeTable()
    }

    private mutating func processGoal(_ title: String) {
        word.paragraph(title, style: .heading(3))
        word.paragraph(prose.paragraph(length: prose.random.int(150 ... 450)))
        for _ in 0 ..< prose.random.int(2 ... 3) {
            word.paragraph(prose.phrase(maxWords: 4), style: .listParagraph, list: .bullet(level: 0))
            for _ in 0 ..< prose.random.int(2 ... 4) {
                word.paragraph(prose.paragraph(length: prose.random.int(60 ... 260)), style: .listParagraph, list: .bullet(level: 1))
                if prose.random.chance(15) {
                    for _ in 0 ..< prose.random.int(2 ... 3) {
                        word.paragraph(prose.phrase(), style: .listParagraph, list: .bullet(level: 2))
                    }
                }
            }
        }
        if prose.random.chance(40) { word.paragraph(prose.paragraph(length: prose.random.int(120 ... 400))) }
    }

    /// Benefit goals merged down their indicator rows.
    private mutating func indicatorTable() {
        let widths = [1800, 2000, 1000] + Array(repeating: 806, count: 6)
        word.openTable(widths: widths)
        let header = ["Hyötytavoite", "Mittarit", "Lähtötila"] + Self.periodColumns
        word.row(zip(header, widths).map { .init(texts: [$0], width: $1, shaded: true, bold: true) }, header: true)
        var remaining = shape.indicatorRowsPerGoal
        while remaining > 0 {
            let group = min(remaining, prose.random.int(1 ... 6))
            remaining -= group
            let goals = (0 ..< prose.random.int(1 ... 3)).map { _ in prose.phrase() + "." }
            for index in 0 ..< group {
                var cells: [WordWriter.Cell] = [
                    .init(texts: index == 0 ? goals : [], width: widths[0], merge: group > 1 ? (index == 0 ? .restart : .continued) : nil),
                    .init(texts: [prose.phrase() + (prose.random.chance(30) ? " (THL tilasto)" : "")], width: widths[1]),
                ]
                if prose.random.chance(10) {
                    cells.append(.init(texts: ["Lähtötasoa ei saatavilla, mittaaminen tarkentuu vuoden 2022 aikana."],
                                       width: widths[2] + 2 * widths[3], span: 3))
                } else {
                    cells.append(.init(texts: [prose.random.chance(50) ? "-" : "\(prose.random.int(0 ... 99)),\(prose.random.int(0 ... 9)) %"], width: widths[2]))
                    cells.append(.init(texts: ["-"], width: widths[3]))
                    cells.append(.init(texts: [prose.random.chance(70) ? "\(prose.random.int(0 ... 100)) %" : "Ei vielä saatavilla"], width: widths[4]))
                }
                cells += (0 ..< 4).map { _ in .init(texts: [], width: 806) }
                word.row(cells)
            }
        }
        word.closeTable()
    }

    /// Liite 1: each work package merged down its indicators.
    private mutating func annex() {
        word.paragraph("Liite 1; Täydennyshaun mukaiset prosessitavoitteiden mittarit. ", style: .heading(1))
        let widths = [2300, 3300, 2200, 1838]
        word.openTable(widths: widths)
        let header = ["Työpaketti ", "Täydennyshaun prosessitavoitteiden mittarit ", "Tiedonkeruu", "11/2021"]
        word.row(zip(header, widths).map { .init(texts: [$0], width: $1, shaded: true, bold: true) }, header: true)
        for package in 1 ... 5 {
            let name = "\(package). \(prose.phrase())"
            for index in 0 ..< shape.annexRowsPerPackage {
                word.row([
                    .init(texts: index == 0 ? [name] : [], width: widths[0], merge: index == 0 ? .restart : .continued),
                    .init(texts: [prose.phrase() + "."], width: widths[1]),
                    .init(texts: [prose.random.pick(AnnexText.sources)], width: widths[2]),
                    .init(texts: [prose.random.pick(AnnexText.statuses)], width: widths[3]),
                ])
            }
        }
        word.closeTable()
    }
}

/// The one-table document: title page and guidance, the five national goals with a paragraph
/// each, and an annex of a single table (work package merged down its rows, indicator, source,
/// status) of `rows` rows.
struct TableDocument {
    let rows: Int
    let region: Region
    var word: WordWriter
    var prose: FinnishText

    init(rows: Int, region: Region, out: XMLStream, seed: UInt64) {
        self.rows = rows
        self.region = region
        word = WordWriter(out: out, seed: seed &+ 1)
        prose = FinnishText(seed: seed &+ 2)
    }

    mutating func write() {
        word.out.raw(DocumentParts.documentOpening)
        word.paragraph("Oma-arviointi", style: .title)
        word.paragraph("\(region.genitive) Tulevaisuuden sosiaali- ja terveyskeskus -hanke", style: .subtitle)
        word.datedSubtitle("Päivitetty ", date: "15.11.2021", isoDate: "2021-11-15")
        for text in TemplateText.instructions { word.paragraph(text) }
        word.paragraph("Käsitteet", style: .heading(2))
        for text in TemplateText.concepts { word.paragraph(text) }
        for (index, title) in TemplateText.goalTitles.enumerated() {
            word.paragraph("\(index + 1). \(title)", style: .heading(1))
            word.paragraph("Hankkeen tulostavoitteet ja prosessitavoitteet", style: .heading(2))
            word.paragraph(prose.paragraph(length: 300))
        }
        word.paragraph("Liite 1; Täydennyshaun mukaiset prosessitavoitteiden mittarit. ", style: .heading(1))
        let widths = [2300, 3300, 2200, 1838]
        word.openTable(widths: widths)
        let header = ["Työpaketti ", "Täydennyshaun prosessitavoitteiden mittarit ", "Tiedonkeruu", "11/2021"]
        word.row(zip(header, widths).map { .init(texts: [$0], width: $1, shaded: true, bold: true) }, header: true)
        var written = 0
        var package = 0
        while written < rows {
            package += 1
            let group = min(rows - written, prose.random.int(1 ... 12))
            let name = "\(package). \(prose.phrase(maxWords: 3))"
            for index in 0 ..< group {
                word.leanRow([
                    (index == 0 ? name : "", widths[0], group > 1 ? (index == 0 ? .restart : .continued) : nil),
                    (prose.phrase(maxWords: 3), widths[1], nil),
                    (prose.random.pick(AnnexText.sources), widths[2], nil),
                    (prose.random.pick(AnnexText.statuses), widths[3], nil),
                ])
            }
            written += group
        }
        word.closeTable()
        word.out.raw(DocumentParts.documentClosing)
    }
}

enum AnnexText {
    static let sources = ["Qlikview (raportointijärjestelmä)", "Asiakas- ja potilastietojärjestelmät", "LATO-työkalu",
                          "THL tilasto", "Asiakaskysely", "Tilinpäätös", "Henkilöstökysely", "Sotkanet"]
    static let statuses = ["Raportoidaan keväällä 2022", "Selvitystyö käynnissä", "12 %", "35 %", "Ei saatavilla", "Toteutunut",
                           "Mittari tarkentuu", "48 kpl"]
}

/// The project's region, in the forms the template's sentences need.
struct Region {
    let name: String
    let genitive: String

    static let all = [
        Region(name: "Kymenlaakso", genitive: "Kymenlaakson"), Region(name: "Pirkanmaa", genitive: "Pirkanmaan"),
        Region(name: "Etelä-Savo", genitive: "Etelä-Savon"), Region(name: "Lappi", genitive: "Lapin"),
        Region(name: "Satakunta", genitive: "Satakunnan"), Region(name: "Keski-Suomi", genitive: "Keski-Suomen"),
    ]
}
