import ArvioDevSupport
import ArvioPackage
import ArvioMessages
import Foundation
import Testing
@testable import ArvioReport
import ArvioWordML

/// Traffic lights come from the colour a reader sees, whichever way the cell is shaded.
@Suite struct TrafficLightShadingTests {
    /// The shades templates use, from the seeds (002: FF0000, FFFF00, 00B050) and the colours the
    /// reader gives for patterns over white (pct50 of FF0000 is FF8080, of FFFF00 FFFF80, of
    /// 00B050 80D8A8).
    @Test func nearColoursAreTheirLight() {
        let expected: [(String, TrafficLight?)] = [
            ("FF0000", .red), ("C00000", .red), ("FF8080", .red), ("ff3333", .red),
            ("FFFF00", .yellow), ("FFC000", .yellow), ("FFEB9C", .yellow), ("FFFF80", .yellow), ("FFD966", .yellow),
            ("00B050", .green), ("92D050", .green), ("C6EFCE", .green), ("70AD47", .green), ("80D8A8", .green),
        ]
        for (fill, light) in expected { #expect(TrafficLight(fill: fill) == light, "\(fill)") }
    }

    /// Greys, blues and whites of the seeds' header cells (002 D9D9D9, 001 F2F2F2, 003 DEEAF6,
    /// 004 BDD6EE), orange, black, and FFF2CC, the shading `next` gives rows left to fill in.
    @Test func otherColoursAreNoLight() {
        for fill in ["D9D9D9", "F2F2F2", "DEEAF6", "BDD6EE", "FFFFFF", "000000", "ED7D31", "FFF2CC", "auto", "", "GGGGGG"] {
            #expect(TrafficLight(fill: fill) == nil, "\(fill)")
        }
    }

    /// The case: 002's 60 results rows with every traffic-light cell rewritten from
    /// `w:val="clear" w:fill="X"` to another form Word writes still read to MANIFEST's lights.
    @Test(arguments: ["solid", "pct50"]) func seedResultsKeepTheirLightsInAnotherShadingForm(_ form: String) throws {
        let file = "seeds/002-etela-pohjanmaa-loppuyhteenveto.word.docx"
        let package = try WordPackage.open(ReportCorpus.path(file))
        var xml = String(decoding: try package.bytes(of: package.mainPart), as: UTF8.self)
        var rewritten = 0
        for colour in ["FF0000", "FFFF00", "00B050"] {
            let clear = "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\(colour)\"/>"
            let other = form == "solid" ? "<w:shd w:val=\"solid\" w:color=\"\(colour)\" w:fill=\"auto\"/>"
                : "<w:shd w:val=\"pct50\" w:color=\"\(colour)\" w:fill=\"FFFFFF\"/>"
            rewritten += xml.components(separatedBy: clear).count - 1
            xml = xml.replacingOccurrences(of: clear, with: other)
        }
        #expect(rewritten == 120, "52 green, 46 yellow and 22 red cells in the seed's XML")
        let path = ScratchFolder.url("shading-\(form)").appendingPathExtension("docx").path
        try PackageWriter.write(from: ReportCorpus.path(file), to: path, replacements: [package.mainPart: Array(xml.utf8)])
        let report = try ReportImporter.importReport(path, mappings: ReportCorpus.mappings)
        let rows = ResultsAndPlanTablesTests.keyed(report)
        let expected = try ResultsAndPlanTablesTests.manifestRows(file)
        #expect(expected.count == 60)
        for manifest in expected {
            let row = try #require(rows[.init(table: manifest.table, row: manifest.row)])
            #expect(row.resultLight != nil && row.resultLight == TrafficLight(fill: manifest.result), "\(manifest.table)/\(manifest.row)")
            #expect(row.progressLight != nil && row.progressLight == TrafficLight(fill: manifest.progress), "\(manifest.table)/\(manifest.row)")
        }
        #expect(!report.warnings.contains { $0.code == .table && $0.message.contains("is not red, yellow or green") }, "\(report.warnings)")
    }

    /// A colour that is no traffic light (orange, ED7D31) in one of 002's red results cells is
    /// warned about in the coordinator's language, the place in the document's own words.
    @Test func anOddColourIsWarnedAboutInFinnishAndSwedish() throws {
        let file = "seeds/002-etela-pohjanmaa-loppuyhteenveto.word.docx"
        let package = try WordPackage.open(ReportCorpus.path(file))
        let xml = String(decoding: try package.bytes(of: package.mainPart), as: UTF8.self)
        let red = "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"FF0000\"/>"
        let first = try #require(xml.range(of: red))
        let orange = xml.replacingCharacters(in: first, with: "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"ED7D31\"/>")
        let path = ScratchFolder.url("shading-orange").appendingPathExtension("docx").path
        try PackageWriter.write(from: ReportCorpus.path(file), to: path, replacements: [package.mainPart: Array(orange.utf8)])
        let report = try ReportImporter.importReport(path, mappings: ReportCorpus.mappings)
        let odd = report.warnings.filter { $0.code == .table && $0.message.contains("the colour ED7D31 in the") }
        #expect(odd.count == 1, "\(report.warnings)")
        let warning = try #require(odd.first)
        #expect(warning.message.hasPrefix("The results table “"), "\(warning.message)")
        #expect(warning.said[.fi].hasPrefix("Tulostaulukko ”"), "\(warning.said[.fi])")
        #expect(warning.said[.fi].contains(": sarakkeen ”tulos” väri ED7D31 ei ole punainen, keltainen eikä vihreä; tallessa on vain väri.")
                || warning.said[.fi].contains(": sarakkeen ”eteneminen” väri ED7D31 ei ole punainen, keltainen eikä vihreä; tallessa on vain väri."),
                "\(warning.said[.fi])")
        #expect(warning.said[.sv].contains(", rad "), "\(warning.said[.sv])")
        #expect(!warning.said[.fi].contains("“") && !warning.said[.fi].contains("row "), "\(warning.said[.fi])")
    }
}
