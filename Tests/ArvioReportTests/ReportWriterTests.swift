import Foundation
import Testing
import Yams
@testable import ArvioReport

/// Reports written as YAML (Arvio's writer) and JSON (JSONEncoder): every corpus report reads
/// back unchanged through Yams and JSONDecoder, and the texts and numbers YAML could misread
/// come back as themselves.
@Suite struct ReportWriterTests {
    // MARK: - The corpus

    @Test(arguments: ReportCorpus.allFiles) func everyCorpusReportReadsBack(_ file: String) throws {
        let report = try ReportImporter.build(try ReportCorpus.document(file), file: file, mappings: ReportCorpus.mappings)
        let yaml = try ReportWriter.encode(report, as: .yaml)
        #expect(try YAMLDecoder().decode(Report.self, from: yaml) == report, "\(file): YAML reads back differently")
        let json = try ReportWriter.data(report, as: .json)
        #expect(try JSONDecoder().decode(Report.self, from: json) == report, "\(file): JSON reads back differently")
    }

    @Test func everyFieldReadsBack() throws {
        let report = SchemaAndRoundTripTests.everyField()
        #expect(try ReportWriter.decode(ReportWriter.encode(report, as: .yaml), as: .yaml) == report)
        #expect(try ReportWriter.decode(ReportWriter.encode(report, as: .json), as: .json) == report)
    }

    /// Sorted keys, two-space indent, slashes as they are, a final newline.
    @Test func jsonLayoutIsStable() throws {
        let json = String(decoding: try ReportWriter.data(Layout(name: "a/b", rows: [["x"]], items: [], maybe: 1), as: .json), as: UTF8.self)
        #expect(json == """
            {
              "empty" : [

              ],
              "items" : [

              ],
              "maybe" : 1,
              "name" : "a/b",
              "nothing" : {

              },
              "rows" : [
                [
                  "x"
                ]
              ]
            }

            """)
    }


    // MARK: - Texts

    struct Probe: Codable, Equatable {
        var text: String
    }

    /// YAML's first reading of `text: …`: the scalar's resolved tag and its string.
    private func readBack(_ text: String) throws -> (yaml: String, tag: String?, string: String?) {
        let yaml = String(decoding: try ReportWriter.data(Probe(text: text), as: .yaml), as: UTF8.self)
        let node = try Yams.compose(yaml: yaml)?["text"]
        return (yaml, node?.tag.rawValue, node?.string)
    }

    @Test(arguments: ["yes", "No", "y", "N", "on", "OFF", "~", "null", "true", "1.0", "0x1F", "0o17", "1e3", "-15", "+1",
                      ".inf", "-.Inf", ".NaN", "2021-05-01", "2021-5-1 12:00", "12:30", "1_000", "<<", "=",
                      "- item", "-30--45", "a: b", "ends with:", " leading", "trailing ", "#tag", "a #comment", "@at",
                      "`tick", "[x]", "{y}", "*star", "&anchor", "!tag", "|", ">", "%", "'", "\"", "?", ",", "", "...x"])
    func textsThatMustBeQuotedComeBackAsStrings(_ text: String) throws {
        #expect(YAMLScalar.style(of: text) != .plain)
        let back = try readBack(text)
        #expect(back.tag == Yams.Tag.Name.str.rawValue && back.string == text, "\(text.debugDescription) was written \(back.yaml.debugDescription)")
    }

    @Test(arguments: ["line\nbreak", "tab\there", "\r\n", "nul\u{0}", "bell\u{7}", "del\u{7F}", "next\u{85}line",
                      "separator\u{2028}", "bom\u{FEFF}", "multi\nline\n", "\u{1B}[0m"])
    func controlCharactersAreEscapedInDoubleQuotes(_ text: String) throws {
        #expect(YAMLScalar.style(of: text) == .doubleQuoted)
        let back = try readBack(text)
        #expect(back.tag == Yams.Tag.Name.str.rawValue && back.string == text, "\(text.debugDescription) was written \(back.yaml.debugDescription)")
        #expect(back.yaml.split(separator: "\n").count == 1, "one line: \(back.yaml.debugDescription)")
    }

    @Test(arguments: ["Ääkköset ja öljy", "Kymenlaakso", "2021-10", "15.11.2020", "5/21", "1.  Työn murros", "1.1.",
                      "no\u{A0}break", "€ 100", "kello 12.30", "a:b", "a#b", "Huom! Tärkeää", "\u{1F600}", "TP 1. Kiireettömät", "back\\slash \"quoted\""])
    func ordinaryTextStaysPlain(_ text: String) throws {
        let back = try readBack(text)
        #expect(back.yaml == "text: \(text)\n")
        #expect(back.tag == Yams.Tag.Name.str.rawValue && back.string == text)
    }

    @Test func quotesInsideSingleQuotesAreDoubled() throws {
        #expect(try readBack("'tis").yaml == "text: '''tis'\n")
        #expect(try readBack("it's: fine").string == "it's: fine")
    }

    // MARK: - Numbers

    struct Numbers: Codable {
        var values: [Double]
    }

    static let doubles: [Double] = [1.0 / 3, 0.1, -0.0, 0, 1e-300, 5e-324, .greatestFiniteMagnitude, 9007199254740992,
                                    123456789012345678, 1e20, -15, 50, 0.36, 2.5e20, 1e-7]

    @Test func doublesReadBackBitForBit() throws {
        for format in [ReportWriter.Format.yaml, .json] {
            let text = String(decoding: try ReportWriter.data(Numbers(values: Self.doubles), as: format), as: UTF8.self)
            let back = format == .yaml ? try YAMLDecoder().decode(Numbers.self, from: text)
                                       : try JSONDecoder().decode(Numbers.self, from: Data(text.utf8))
            #expect(back.values.map(\.bitPattern) == Self.doubles.map(\.bitPattern), "\(format): \(text)")
        }
    }

    @Test func yamlSpellsDoublesTheShortestWay() throws {
        let yaml = String(decoding: try ReportWriter.data(Numbers(values: [1.0 / 3, 50, -0.0, .nan, .infinity, -.infinity]), as: .yaml),
                          as: UTF8.self)
        #expect(yaml == "values:\n- 0.3333333333333333\n- 50.0\n- -0.0\n- .nan\n- .inf\n- -.inf\n")
        let back = try YAMLDecoder().decode(Numbers.self, from: yaml)
        #expect(back.values[3].isNaN && back.values[4] == .infinity && back.values[5] == -.infinity)
    }

    @Test func jsonRefusesWhatItCannotSpell() {
        #expect(throws: EncodingError.self) { try ReportWriter.data(Numbers(values: [.nan]), as: .json) }
    }

    // MARK: - Layout

    struct Layout: Codable {
        var name: String
        var empty: [String] = []
        var nothing: [String: Int] = [:]
        var rows: [[String]]
        var items: [Probe]
        var maybe: Int?
    }

    @Test func yamlLayoutIsLibyamls() throws {
        let value = Layout(name: "Liite 1", rows: [["a", "b"], []], items: [Probe(text: "x")])
        let yaml = String(decoding: try ReportWriter.data(value, as: .yaml), as: UTF8.self)
        #expect(yaml == """
            name: Liite 1
            empty: []
            nothing: {}
            rows:
            - - a
              - b
            - []
            items:
            - text: x

            """)
    }
}
