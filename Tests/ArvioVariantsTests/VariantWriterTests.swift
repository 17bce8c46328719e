import ArvioDevSupport
import ArvioReport
import ArvioVariants
import ArvioWordML
import Foundation
import Testing

/// The variant writer's own correctness: it rewrites what it says it rewrites (counts from
/// Corpora/seeds/MANIFEST.md), the result is a well-formed package other programs open, and
/// the accepted view of what it wrote is what Word would show. Expected values come from the
/// manifest and the seed texts, not from the writer.
@Suite("Variant writer")
struct VariantWriterTests {
    static func write(_ seed: String, _ idioms: [Idiom]) throws -> (path: String, summary: VariantSummary) {
        let path = ScratchFolder.url("variant").appendingPathExtension("docx").path
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let summary = try VariantWriter.write(VariantCorpus.seedPath(seed), idioms: idioms, to: path)
        return (path, summary)
    }

    static let word001 = "001-ita-uusimaa-oma-arviointi-2021.word.docx"
    static let word002 = "002-etela-pohjanmaa-loppuyhteenveto.word.docx"
    static let libreoffice002 = "002-etela-pohjanmaa-loppuyhteenveto.libreoffice.docx"
    static let word003 = "003-kymenlaakso-oma-arviointi-2021.word.docx"
    static let word004 = "004-kanta-hame-hankesuunnitelma-2021.word.docx"

    /// MANIFEST.md: 001.word has Heading 1×7, Heading 2×33, Title×1; 003.word Heading 1×8,
    /// Heading 2×23, Heading 3×23, Title×1.
    @Test func rewritesEveryHeadingStyledParagraph() throws {
        #expect(try Self.write(Self.word001, [.headingsAsDirectFormatting]).summary.edits[.headingsAsDirectFormatting] == 41)
        #expect(try Self.write(Self.word003, [.headingsAsDirectFormatting]).summary.edits[.headingsAsDirectFormatting] == 55)
    }

    /// MANIFEST.md: 001.word's national goal headings are numbered by direct w:numPr ("1."–"5.",
    /// not in the text). In the variant the number is typed in and the paragraph is no list item
    /// and no heading.
    @Test func typesTheListNumberOfANumberedHeading() throws {
        let variant = try DocxReader.read(try Self.write(Self.word001, [.headingsAsDirectFormatting]).path)
        let paragraphs = variant.body.compactMap { block -> Paragraph? in
            if case .paragraph(let paragraph) = block { return paragraph } else { return nil }
        }
        // Seed 001 l.41: "Palveluiden yhdenvertaisen saatavuuden, oikea-aikaisuuden ja jatkuvuuden parantaminen".
        let goal = try #require(paragraphs.first { $0.text.contains("Palveluiden yhdenvertaisen saatavuuden, oikea-aikaisuuden") })
        #expect(goal.text.hasPrefix("1. "))
        #expect(goal.list == nil)
        #expect(goal.headingLevel == nil)
        #expect(paragraphs.allSatisfy { $0.headingLevel == nil && !$0.isTitle })
    }

    /// DOMAIN.md §4.2: 001's five problem tables have five development-area rows each; §4.7: 004's
    /// results table has the group rows "TAVOITE 1" … "TAVOITE 5".
    @Test func movesEveryGroupLabelRowIntoTheFirstColumn() throws {
        let merged = try Self.write(Self.word001, [.groupLabelsInMergedColumn])
        #expect(merged.summary.edits[.groupLabelsInMergedColumn] == 25)
        #expect(try Self.write(Self.word004, [.groupLabelsOnEveryRow]).summary.edits[.groupLabelsOnEveryRow] == 5)
        let document = try DocxReader.read(merged.path)
        let tables = document.body.compactMap { block -> Table? in
            if case .table(let table) = block { return table } else { return nil }
        }
        // 001 l.44–51: "Asiakasohjaus ja neuvonta␠" is the first area of Taulukko 1.
        let table = try #require(tables.first { $0.rows.first?.cells.first?.blocks.first.map(\.plainText)?.hasPrefix("Taulukko 1.") == true })
        let areaRow = try #require(table.rows.first { $0.cells.first?.blocks.first?.plainText == "Asiakasohjaus ja neuvonta " })
        #expect(areaRow.cells.count == 3)
        #expect(table.grid.count == 3)
    }

    /// MANIFEST.md: 002.word's cells are shaded 00B050 ×52, D9D9D9 ×49, FF0000 ×22, FFFF00 ×46.
    @Test(arguments: [Idiom.solidShading, .themeShading, .themeTintedShading, .patternShading])
    func rewritesEveryFill(_ idiom: Idiom) throws {
        let variant = try Self.write(Self.word002, [idiom])
        #expect(variant.summary.edits[idiom] == 169)
        let xml = try Self.part("word/document.xml", of: variant.path)
        #expect(!xml.contains("w:fill=\"FF0000\"") || idiom == .patternShading)
        switch idiom {
        case .solidShading: #expect(Self.count("w:val=\"solid\" w:color=\"FF0000\" w:fill=\"auto\"", in: xml) == 22)
        case .patternShading:
            // Alternately red dots on white and black dots on red: the 22 red cells in one form or the other.
            let dotsOnWhite = Self.count("w:val=\"pct50\" w:color=\"FF0000\" w:fill=\"FFFFFF\"", in: xml)
            let blackDots = Self.count("w:val=\"pct20\" w:color=\"auto\" w:fill=\"FF0000\"", in: xml)
            #expect(dotsOnWhite + blackDots == 22 && dotsOnWhite > 0 && blackDots > 0)
            #expect(Self.count("w:val=\"pct50\"", in: xml) + Self.count("w:val=\"pct20\"", in: xml) == 169)
        case .themeTintedShading:
            #expect(Self.count("w:themeFill=", in: xml) == 169)
            #expect(Self.count("w:themeFillShade=", in: xml) + Self.count("w:themeFillTint=", in: xml) == 169)
        default: #expect(Self.count("w:themeFill=", in: xml) == 169)
        }
    }

    /// The tinted theme form, worked by hand from Word's HSL rule (L·s for a shade, L·t + 1 − t for a tint): FF0000 has
    /// lightness ½, so its slot holds the same hue and saturation at lightness 0.93, FFDBDB
    /// (G = B = 2·0.93 − 1 = 0.86 → 219), darkened by ½ / 0.93 of 255 = 137 = 0x89. 00B050 has
    /// lightness 88/510 = 0.345 < ½: its slot is the same hue (147°) at lightness 0.07, 002410,
    /// lightened by (1 − 0.345) / 0.93 of 255 = 180 = 0xB4. Neither slot colour alone is a light.
    @Test func writesThemeColoursThatOnlyTheirShadeOrTintMakeALight() throws {
        let variant = try Self.write(Self.word002, [.themeTintedShading])
        let theme = try Self.part("word/theme/theme1.xml", of: variant.path)
        #expect(theme.contains("val=\"FFDBDB\"") && theme.contains("val=\"002410\""))
        #expect(!theme.contains("val=\"FF0000\"") && !theme.contains("val=\"00B050\""))
        let xml = try Self.part("word/document.xml", of: variant.path)
        #expect(xml.contains("w:themeFillShade=\"89\"") && xml.contains("w:themeFillTint=\"B4\""))
        #expect(TrafficLight(fill: "FFDBDB") == nil && TrafficLight(fill: "002410") == nil)
    }

    /// LibreOffice writes no theme part (002.libreoffice has none): the themed variant adds one,
    /// with its relationship and content type, holding the four fill colours.
    @Test func addsATheme() throws {
        let variant = try Self.write(Self.libreoffice002, [.themeShading])
        let theme = try Self.part("word/theme/theme1.xml", of: variant.path)
        for colour in ["00B050", "D9D9D9", "FF0000", "FFFF00"] { #expect(theme.contains("val=\"\(colour)\"")) }
        #expect(try Self.part("word/_rels/document.xml.rels", of: variant.path).contains("theme/theme1.xml"))
        #expect(try Self.part("[Content_Types].xml", of: variant.path).contains("/word/theme/theme1.xml"))
    }

    @Test func writesFinnishStyleIdsAndStrict() throws {
        let variant = try Self.write(Self.word001, [.finnishStyleIds, .strict])
        let document = try DocxReader.read(variant.path)
        #expect(document.isStrict)
        let styles = try Self.part("word/styles.xml", of: variant.path)
        #expect(styles.contains("w:styleId=\"Otsikko1\"") && !styles.contains("w:styleId=\"Heading1\""))
        #expect(styles.contains("http://purl.oclc.org/ooxml/wordprocessingml/main"))
        #expect(!(try Self.part("word/document.xml", of: variant.path)).contains("schemas.openxmlformats.org/wordprocessingml"))
        let heading = document.body.compactMap { block -> Paragraph? in
            if case .paragraph(let paragraph) = block, paragraph.headingLevel == 1 { return paragraph } else { return nil }
        }.first
        #expect(heading?.styleId == "Otsikko1")
    }

    /// The accepted view keeps the text; the changes are there for a reviewer.
    @Test func leavesTrackedChangesPending() throws {
        let variant = try Self.write(Self.word004, [.pendingChanges])
        let xml = try Self.part("word/document.xml", of: variant.path)
        #expect(Self.count("<w:ins ", in: xml) > 10)
        #expect(Self.count("<w:delText xml:space=\"preserve\">luonnos: </w:delText>", in: xml) > 10)
        #expect(xml.contains("Tämä kappale poistetaan."))
        let document = try DocxReader.read(variant.path)
        #expect(!TreeText.lines(document).contains { $0.contains("luonnos:") || $0.contains("Tämä kappale poistetaan.") })
    }

    /// MANIFEST.md: 003.word has 11 tables; each gets an inserted last row and a deleted row after it.
    @Test func marksRowsAsInsertedAndDeleted() throws {
        let variant = try Self.write(Self.word003, [.trackedRows])
        #expect(variant.summary.edits[.trackedRows] == 11)
        let xml = try Self.part("word/document.xml", of: variant.path)
        #expect(Self.count("Poistettu rivi.</w:delText>", in: xml) > 11)
        let document = try DocxReader.read(variant.path)
        #expect(!TreeText.lines(document).contains { $0.contains("Poistettu rivi.") })
    }

    @Test func wrapsInContentControls() throws {
        let variant = try Self.write(Self.word001, [.controlsAroundSections, .controlsAroundCells, .controlsAroundRows])
        // MANIFEST.md: 41 heading-styled paragraphs, 66 table rows.
        #expect(variant.summary.edits[.controlsAroundSections] == 41)
        #expect(variant.summary.edits[.controlsAroundRows] == 66)
        #expect(Self.count("<w:sdt>", in: try Self.part("word/document.xml", of: variant.path)) > 41 + 66)
    }

    @Test func splitsRunsIntoWords() throws {
        let variant = try Self.write(Self.word003, [.runFragments])
        let edits = try #require(variant.summary.edits[.runFragments])
        #expect(edits > 100)
        let xml = try Self.part("word/document.xml", of: variant.path)
        let original = try Self.part("word/document.xml", of: VariantCorpus.seedPath(Self.word003))
        let spellStart = "<w:proofErr w:type=\"spellStart\"/>"
        #expect(Self.count(spellStart, in: xml) - Self.count(spellStart, in: original) == edits)
        // Seed 003 l.35's heading, now a run per word.
        #expect(xml.contains(">Palveluiden </w:t>"))
    }

    /// DOMAIN.md §4.3: 003's four readiness tables label six columns "5/21" … "11/23"; §4.5: its
    /// five indicator tables add "Lähtötila" before them; §4.6: Liite 1 has "11/2021" — 24 + 35 + 1.
    @Test func relabelsEveryPeriodHeaderCell() throws {
        let variant = try Self.write(Self.word003, [.periodLabels])
        #expect(variant.summary.edits[.periodLabels] == 60)
        let relabelled = variant.summary.relabelled
        #expect(relabelled.count == 60)
        #expect(relabelled.filter { $0.original == "Lähtötila" }.count == 5)
        #expect(relabelled.filter { $0.original == "11/2021" }.count == 1)
        #expect(relabelled.allSatisfy { $0.original != $0.written })
        // The first readiness table's "5/21", "11/21": spring and autumn 2021 in the first two forms.
        #expect(relabelled.prefix(2).map(\.written) == ["Kevät 2021", "syksy -21"])
        let xml = try Self.part("word/document.xml", of: variant.path)
        #expect(!xml.contains(">5/21<") && !xml.contains(">11/2021<"))
        // 001's schedule dates and 002's tables have no period labels: nothing to rewrite.
        #expect(try Self.write(Self.word001, [.periodLabels]).summary.edits[.periodLabels] == 0)
    }

    @Test func writesLettersDecomposed() throws {
        let variant = try Self.write(Self.word003, [.decomposedText])
        let edits = try #require(variant.summary.edits[.decomposedText])
        #expect(edits > 100)
        let xml = try Self.part("word/document.xml", of: variant.path)
        let original = try Self.part("word/document.xml", of: VariantCorpus.seedPath(Self.word003))
        // Seed 003 is Finnish: "ä" and "ö" come back as a letter and U+0308, which it never had.
        #expect(!original.unicodeScalars.contains("\u{0308}"))
        #expect(xml.unicodeScalars.filter { $0 == "\u{0308}" }.count > edits)
    }

    /// Bytes in, bytes out: the same variant as from a file.
    @Test func rewritesBytesInMemory() throws {
        let input = try Data(contentsOf: URL(fileURLWithPath: VariantCorpus.seedPath(Self.word004)))
        let variant = try VariantWriter.variant(of: input, idioms: [.headingsAsDirectFormatting])
        let path = ScratchFolder.url("bytes").appendingPathExtension("docx")
        try variant.bytes.write(to: path)
        let fromFile = try Self.write(Self.word004, [.headingsAsDirectFormatting])
        #expect(variant.summary.edits == fromFile.summary.edits)
        #expect(TreeText.lines(try DocxReader.read(path.path)) == TreeText.lines(try DocxReader.read(fromFile.path)))
    }

    @Test func neverWritesOntoItsInput() throws {
        let copy = ScratchFolder.url("input").appendingPathExtension("docx")
        try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: VariantCorpus.seedPath(Self.word001), toPath: copy.path)
        #expect(throws: VariantFailure.cannotWrite(copy.path)) {
            try VariantWriter.write(copy.path, idioms: [.strict], to: copy.path)
        }
        let notADocx = ScratchFolder.url("text").appendingPathExtension("docx")
        try Data("not a zip".utf8).write(to: notADocx)
        #expect(throws: VariantFailure.notAZip(notADocx.path)) {
            try VariantWriter.write(notADocx.path, idioms: [.strict], to: notADocx.path + ".out.docx")
        }
    }

    /// Every XML part of every variant of three renditions parses in another XML parser
    /// (Python's expat), and the Transitional ones open in python-docx.
    @Test(.enabled(if: Peers.python != nil, Comment(rawValue: Peers.noPython)), arguments: VariantCorpus.variants.map(\.name))
    func partsParseElsewhere(_ name: String) throws {
        let idioms = VariantCorpus.variants.first { $0.name == name }!.idioms
        for seed in [Self.word001, Self.libreoffice002, Self.word004] {
            let variant = try Self.write(seed, idioms)
            let script = """
            import sys, zipfile, xml.dom.minidom
            z = zipfile.ZipFile(sys.argv[1])
            assert z.testzip() is None
            for name in z.namelist():
                if name.endswith('.xml') or name.endswith('.rels'):
                    xml.dom.minidom.parseString(z.read(name))
            if sys.argv[2] == 'docx':
                import docx
                d = docx.Document(sys.argv[1])
                print(len(d.paragraphs), len(d.tables))
            """
            let check = idioms.contains(.strict) || !Peers.pythonDocx ? "xml" : "docx"
            let python = try #require(Peers.pythonWithDocx ?? Peers.python)
            let result = try ProcessRunner.run(python, ["-c", script, variant.path, check], timeout: 120)
            #expect(result.status == 0, "\(seed) · \(name): \(result.output)")
        }
    }

    /// LibreOffice opens the variant with every idiom together (Strict included) and converts it
    /// to PDF. A document it cannot read converts to one empty page; 001.word is 13 pages
    /// (MANIFEST.md), the variant's headings are larger but its text is the same.
    @Test(.enabled(if: Peers.hasLibreOffice, Comment(rawValue: Peers.noLibreOffice)))
    func convertsToPDFInLibreOffice() throws {
        let variant = try Self.write(Self.word001, Idiom.allTogether)
        let folder = URL(fileURLWithPath: variant.path).deletingLastPathComponent()
        let profile = ScratchFolder.url("soffice-profile")
        let result = try ProcessRunner.run(try #require(Peers.libreOffice), ["-env:UserInstallation=file://\(profile.path)", "--headless",
                                                                             "--convert-to", "pdf", "--outdir", folder.path, variant.path], timeout: 180)
        let pdf = URL(fileURLWithPath: variant.path).deletingPathExtension().appendingPathExtension("pdf")
        let bytes = try #require(try? Data(contentsOf: pdf), "no PDF: \(result.output)")
        // LibreOffice writes each page object as "<</Type/Page/Parent …".
        let pages = String(decoding: bytes, as: UTF8.self).components(separatedBy: "/Type/Page/").count - 1
        #expect(result.status == 0)
        #expect(pages >= 10, "\(pages) pages")
    }

    static func part(_ name: String, of path: String) throws -> String {
        // unzip reads a name as a pattern: "[Content_Types]" would be a character class.
        let pattern = name.replacingOccurrences(of: "[", with: "\\[").replacingOccurrences(of: "]", with: "\\]")
        return try ProcessRunner.run("/usr/bin/unzip", ["-p", path, pattern], timeout: 120).stdout
    }

    static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }
}
