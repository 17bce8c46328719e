import ArvioPackage
import Testing
@testable import ArvioWordML

/// Every way Word writes `w:shd` reads to the colour a reader sees (`TableCell.fill`).
/// Expected colours are worked out by hand from the XML in each test.
@Suite struct ShadingTests {
    static func fills(_ shadings: [String], theme: String? = nil) throws -> [String?] {
        let body = MiniDocx.table(shadings.enumerated().map { ($1, "cell \($0)") })
        return try MiniDocx.cells(MiniDocx.read(body: body, theme: theme)).first?.map(\.fill) ?? []
    }

    @Test func clearFillIsTheFill() throws {
        #expect(try Self.fills([#"<w:shd w:val="clear" w:color="auto" w:fill="00b050"/>"#, #"<w:shd w:fill="FFFF00"/>"#])
            == ["00B050", "FFFF00"])
    }

    /// The issue's example: older Word and some templates write a traffic light as a solid pattern.
    @Test func solidPatternIsThePatternColour() throws {
        #expect(try Self.fills([#"<w:shd w:val="solid" w:color="FF0000" w:fill="auto"/>"#,
                                #"<w:shd w:val="solid" w:color="00B050" w:fill="FFFFFF"/>"#,
                                #"<w:shd w:val="solid" w:color="auto" w:fill="FFFF00"/>"#])
            == ["FF0000", "00B050", "000000"])  // an automatic pattern colour is black
    }

    /// pctN: N % of the pattern colour over the fill. pct50 of FF0000 over white: G and B are
    /// 255 × 0.5 = 127.5 → 128 (80); pct25 black over an automatic (white) fill: 255 × 0.75 = 191 (BF).
    @Test func percentPatternsMixThePatternIntoTheFill() throws {
        #expect(try Self.fills([#"<w:shd w:val="pct50" w:color="FF0000" w:fill="FFFFFF"/>"#,
                                #"<w:shd w:val="pct25" w:color="000000" w:fill="auto"/>"#,
                                #"<w:shd w:val="pct10" w:color="auto" w:fill="auto"/>"#,
                                #"<w:shd w:val="horzStripe" w:color="0000FF" w:fill="FFFFFF"/>"#])
            == ["FF8080", "BFBFBF", "E6E6E6", "8080FF"])  // 255 × 0.9 = 229.5 → 230 (E6); stripes cover half
    }

    @Test func noShadingReadsAsNone() throws {
        #expect(try Self.fills([#"<w:shd w:val="clear" w:color="auto" w:fill="auto"/>"#,
                                #"<w:shd w:val="nil" w:fill="FF0000"/>"#, ""]) == [nil, nil, nil])
    }

    /// Theme colours win over the saved fill. Word saves the colour it worked out beside the
    /// theme colour; these pairs are from Word-written files (text2 1F497D, tint 33 → C6D9F1;
    /// background2 EEECE1, shade E6 → DDD9C3), here with a deliberately wrong saved fill so only
    /// the theme can give them. Word's rounding differs by one step on some channels.
    @Test func themeFillWithTintAndShadeIsResolvedThroughTheTheme() throws {
        let fills = try Self.fills([#"<w:shd w:val="clear" w:color="auto" w:fill="000000" w:themeFill="text2" w:themeFillTint="33"/>"#,
                                    #"<w:shd w:val="clear" w:color="auto" w:fill="000000" w:themeFill="background2" w:themeFillShade="E6"/>"#,
                                    #"<w:shd w:val="clear" w:color="auto" w:themeFill="accent2"/>"#],
                                   theme: MiniDocx.office2007Theme)
        #expect(Self.near(fills[0], "C6D9F1"), "\(fills)")
        #expect(Self.near(fills[1], "DDD9C3"), "\(fills)")
        #expect(fills[2] == "C0504D")
    }

    @Test func themeFillWithoutATheme_isTheSavedFill() throws {
        #expect(try Self.fills([#"<w:shd w:val="clear" w:color="auto" w:fill="ED7D31" w:themeFill="accent2"/>"#]) == ["ED7D31"])
    }

    /// Corpora: Open-Xml-PowerTools' HC031 shades a paragraph `w:themeFill="accent2"` with Word's
    /// saved `w:fill="ED7D31"` (see ParagraphAndTableShadingTests for the paragraph): its theme part, read as
    /// `DocxReader` finds it, gives accent2 the same colour.
    @Test func corpusThemeGivesWordsSavedFill() throws {
        let package = try WordPackage.open(SeedCorpus.repositoryRoot
            .appendingPathComponent("Corpora/external/open-xml-powertools/HC031-Complicated-Document.docx").path)
        let target = try #require(try package.relationships(of: package.mainPart).first(kind: "theme")?.target)
        let theme = ThemeColors(try #require(try package.xml(of: target)))
        #expect(ShadingColour.visible(Shading(pattern: "clear", color: "auto", fill: "000000", themeFill: "accent2"), theme: theme)
            == "ED7D31")
    }

    @Test func runShadingIsTheVisibleColourToo() throws {
        let body = #"<w:p><w:r><w:rPr><w:shd w:val="solid" w:color="FF0000" w:fill="auto"/></w:rPr><w:t>punainen</w:t></w:r></w:p>"#
        let document = try MiniDocx.read(body: body)
        guard case .paragraph(let paragraph)? = document.body.first else { Issue.record("no paragraph"); return }
        #expect(paragraph.runs.first?.format.shading == "FF0000")
    }

    @Test func dumpSaysHowAPatternShadingWasWritten() throws {
        let document = try MiniDocx.read(body: MiniDocx.table([(#"<w:shd w:val="solid" w:color="FF0000" w:fill="auto"/>"#, "x")]))
        #expect(TreeDump.render(document).contains("cell c1 fill=FF0000 (shading solid FF0000 over auto)"))
    }

    /// Each channel within one step of the expected hex.
    static func near(_ actual: String?, _ expected: String) -> Bool {
        guard let actual, let a = RGB(hex: actual), let e = RGB(hex: expected) else { return false }
        return [(a.red, e.red), (a.green, e.green), (a.blue, e.blue)].allSatisfy { abs(Int($0.0) - Int($0.1)) <= 1 }
    }
}

/// A theme part that does not parse costs only theme colours: the document reads, with a warning.
@Suite struct BrokenThemeTests {
    @Test func brokenThemeIsAWarningNotAFailure() throws {
        let body = MiniDocx.table([(#"<w:shd w:val="clear" w:fill="ED7D31" w:themeFill="accent2"/>"#, "x")])
        let document = try MiniDocx.read(body: body, theme: "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><a:broken")
        #expect(MiniDocx.cells(document).first?.first?.fill == "ED7D31")
        #expect(document.warnings.contains { $0.kind == .partNotRead && $0.text.contains("word/theme/theme1.xml") })
    }
}
