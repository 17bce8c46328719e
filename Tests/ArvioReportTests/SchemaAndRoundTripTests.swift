import Foundation
import Testing
import ArvioMessages
@testable import ArvioReport
import ArvioDevSupport

/// The report's outside: its JSON matches Schemas/report.schema.json, the same document always
/// gives the same bytes, YAML and JSON read back into the same `Report`, the embedded mappings
/// match Mappings/, and a broken mapping or an unknown `--mapping` is reported usefully.
@Suite struct SchemaAndRoundTripTests {
    static let schemaURL = ReportCorpus.repositoryRoot.appendingPathComponent("Schemas/report.schema.json")

    static func validator() throws -> MiniSchemaValidator {
        let text = try String(contentsOf: schemaURL, encoding: .utf8)
        return try MiniSchemaValidator(schema: try JSONValue.parse(text))
    }

    // MARK: - (a) JSON Schema

    /// The validator itself: a valid report passes, and each kind of breakage is caught with its path.
    @Test func validatorRejectsABrokenReport() throws {
        let validator = try Self.validator()
        var report = Report(source: SourceInfo(file: "x.docx", mainPart: "/word/document.xml"), kind: .omaArviointi,
                            mapping: "thl-common")
        var goal = BenefitGoalPart(number: 1, title: NationalGoal.saatavuus.canonicalTitle, headingAt: BlockPath([12]))
        goal.indicators = [IndicatorRow(benefitGoal: ["a"], metric: ["b"], baseline: CellValue(raw: ["50 %"]),
                                        values: [PeriodValue(period: PeriodKey(year: 2021, half: .autumn),
                                                             value: CellValue(raw: ["-"], parsed: ParsedValue(type: "notApplicable")))],
                                        at: BlockPath([40, 3, 1, 0]))]
        report.goals = [goal]
        report.period = PeriodInfo(period: .baseline, evidence: "test", guessed: false)
        let good = try JSONValue.parse(ReportWriter.encode(report, as: .json))
        #expect(validator.validate(good) == [])

        guard case .object(var top) = good, case .array(var goals)? = top["goals"], case .object(var first) = goals[0],
              case .object(var coverage)? = top["coverage"], case .object(var period)? = top["period"] else {
            Issue.record("unexpected JSON shape"); return
        }
        top["surprise"] = .string("drift")                       // additionalProperties: false
        top["kind"] = .string("oma_arviointi")                   // enum
        top.removeValue(forKey: "mapping")                       // required
        top["warnings"] = .array([.integer(3)])                  // items + type
        coverage["bodyCharacters"] = .integer(-1)                // minimum
        top["coverage"] = .object(coverage)
        period["period"] = .string("2021-05")                    // pattern (PeriodKey)
        top["period"] = .object(period)
        first["headingAt"] = .string("12/x3")                    // pattern (BlockPath), through $ref
        first["number"] = .integer(6)                            // enum through $ref
        goals[0] = .object(first)
        top["goals"] = .array(goals)
        let problems = validator.validate(.object(top))
        let expected = [
            "$: property 'surprise' is not allowed",
            "$.kind: \"oma_arviointi\" is not one of",
            "$: required property 'mapping' is missing",
            "$.warnings[0]: expected object, found 3",
            "$.coverage.bodyCharacters: -1 is less than the minimum 0",
            "$.period.period: \"2021-05\" does not match",
            "$.goals[0].headingAt: \"12/x3\" does not match",
            "$.goals[0].number: 6 is not one of",
        ]
        for prefix in expected {
            #expect(problems.contains { $0.hasPrefix(prefix) }, "not reported: \(prefix)\nproblems: \(problems)")
        }
        #expect(problems.count == expected.count, "\(problems)")
        #expect(validator.validate(.string("report")) == ["$: expected object, found \"report\""])
    }

    /// A schema keyword the validator does not implement is refused, not ignored.
    @Test func validatorRefusesKeywordsItDoesNotImplement() throws {
        let schema = try JSONValue.parse(#"{"type": "object", "properties": {"a": {"type": "string", "maxLength": 3}}}"#)
        #expect(throws: MiniSchemaValidator.SchemaProblem.self) { try MiniSchemaValidator(schema: schema) }
    }

    @Test(arguments: ReportCorpus.seedFiles) func seedJSONMatchesTheSchema(_ file: String) throws {
        let validator = try Self.validator()
        let json = try ReportWriter.encode(try ReportCorpus.report(file), as: .json)
        let problems = validator.validate(try JSONValue.parse(json))
        #expect(problems.isEmpty, "\(file): \(problems.count) problems, first: \(problems.prefix(5))")
    }

    /// Texts YAML could mistake for something else, numbers that must survive text, and every
    /// field set, including the ones the seeds leave empty (results rows, plan rows, risks).
    static let awkward = ["", " ", "yes", "No", "null", "~", "true", "1.0", "0x1F", "-", "2021-04", "5/21",
                          "  leading", "trailing  ", "a: b", "# not a comment", "- not a list", "@at", "'", "\"",
                          "multi\nline\n", "\t", "no\u{A0}break", "ääkköset ÅÖ €", "[x]", "{y}", "*star", "&anchor",
                          "!tag", "|", ">", "%", "`", "\u{1F600}", "\\backslash", "\r\n"]

    static let numbers: [Double] = [0, -15, 0.1, 1.0 / 3, 33.333333333333336, 1e-7, 123456789.125, 2.5e20, 670, 0.5]

    static func everyField() -> Report {
        var report = Report(source: SourceInfo(file: "x.docx", mainPart: "/word/document.xml", title: "T", modified: "2021-11-15T10:00:00Z"),
                            kind: .hankesuunnitelma, mapping: "hankesuunnitelma-2021",
                            project: ProjectInfo(name: "Hanke", region: "Kanta-Häme"))
        report.template = "plan2021"
        report.period = PeriodInfo(period: PeriodKey(year: 2022, half: .spring), evidence: "core title", guessed: true)
        func cell(_ index: Int) -> CellValue {
            CellValue(raw: [awkward[index % awkward.count], awkward[(index + 7) % awkward.count]],
                      parsed: ParsedValue(type: "count", number: numbers[index % numbers.count], unit: "kpl", yes: index % 2 == 0),
                      spansColumns: 2, fill: "FFC000")
        }
        var block = ContentBlock(at: BlockPath([3]), type: "paragraph", text: "Kappale", list: ListMark(label: "•", level: 1),
                                 style: "Heading 2", role: "heading",
                                 images: [ImageMark(description: "Kaavio: käynnit", title: "Kuva 1", target: "word/media/image1.png")])
        let table = ContentBlock(at: BlockPath([40, 3, 1, 0]), type: "table", rows: [awkward.map { [$0] }])
        var blocks = [block, table]
        for (index, text) in awkward.enumerated() {
            block.text = text
            block.at = BlockPath([100 + index])
            blocks.append(block)
        }
        var section = Section(kind: .planResults, heading: "Tulokset ja vaikutukset␠", headingAt: BlockPath([7]))
        section.placeholders = [block]
        section.content = blocks
        var sub = Section(kind: .other)
        sub.content = [table]
        section.subsections = [sub]
        report.sections = [section]
        report.schedule = [ScheduleEntry(deadline: "2021-05-15", deadlineRaw: "15.5.2021", period: PeriodKey(year: 2021, half: .spring),
                                         content: ["Hyötytavoitteet (vapaaehtoinen)"], optional: true, at: BlockPath([9, 1, 0, 0]))]
        var goal = BenefitGoalPart(number: 3, title: NationalGoal.laatuJaVaikuttavuus.canonicalTitle, heading: "3 Laatu ", headingAt: BlockPath([20]))
        goal.content = blocks
        goal.sections = [section]
        goal.problemTable = [AreaRow(area: "Asiakasohjaus ja neuvonta ", problem: ["p"], objective: ["o", ""], at: BlockPath([21, 1, 0, 0]))]
        goal.processGoals = [ProcessGoal(ids: ["1.5", "1.6"], title: "Otsikko.", narrativeHeading: "Otsikko",
                                         readiness: [PeriodValue(period: .baseline, value: cell(0)),
                                                     PeriodValue(period: PeriodKey(year: 2021, half: .autumn), value: cell(1))],
                                         narrative: blocks, at: BlockPath([22, 2, 0, 0]))]
        goal.indicators = (0 ..< numbers.count).map { index in
            IndicatorRow(benefitGoal: ["h"], metric: ["m", "(tieto THL:stä)"], baseline: cell(index),
                         values: [PeriodValue(period: PeriodKey(year: 2022, half: .spring), value: cell(index + 1))],
                         at: BlockPath([23, index, 1, 0]))
        }
        report.goals = [goal]
        report.results = [ResultsRow(outcomeGoal: ["t"], processGoal: ["p"], action: ["a"], nationalGoals: [1, 3, 4],
                                     nationalGoalsRaw: "1, 3, 4,", metrics: ["m"], result: cell(2), resultLight: .green,
                                     progress: cell(3), progressLight: .red, outcomeGoalFromAbove: true, at: BlockPath([30, 2, 0, 0]))]
        var plan = ProjectPlan()
        plan.results = [PlanResultRow(goal: 5, subGoalOrAction: ["s"], metric: ["m"], outcome: ["o"], at: BlockPath([31, 1, 0, 0]))]
        plan.risks = [Risk(cells: [NamedCell(column: "Riski", text: ["r"])], risk: ["r"], likelihood: 3, likelihoodRaw: "3",
                           severity: 4, severityRaw: " 4 ", action: ["toimi"], at: BlockPath([32, 1, 0, 0]))]
        plan.riskLegend = ["1 = pieni", "5 = suuri"]
        plan.additionsColour = "0070C0"
        plan.additions = [MarkedText(at: BlockPath([5]), text: "uutta", wholeParagraph: false)]
        plan.footnotes = [Footnote(id: "1", text: "Alaviite", at: BlockPath([6]))]
        plan.phases = [PlanPhase(number: 1, text: "lähtötilanteen arviointi syksy 2020", when: "syksy 2020", year: 2020, at: BlockPath([7]))]
        report.plan = plan
        report.annexes = [Annex(title: "Liite 1", titleAt: BlockPath([50]), columns: ["Mittari", "11/2021"],
                                rows: [[cell(4), cell(5)]], content: [block])]
        report.unmapped = [UnmappedBlock(at: BlockPath([60]), text: "Sote-uudistus", reason: "no rule")]
        report.trackedChanges = [TrackedChange(kind: "insertion", author: "A", date: "2021-11-01T12:00:00Z", text: "lisätty")]
        report.warnings = awkward.map { ReportWarning(.other, $0) }
        var coverage = Coverage()
        coverage.bodyCharacters = 10
        coverage.canonicalCharacters = 9
        coverage.unmappedCharacters = 1
        report.coverage = coverage
        return report
    }

    /// Each awkward text and number on its own, so a failure names the value.
    @Test(arguments: [ReportWriter.Format.yaml, .json]) func awkwardValuesSurvive(_ format: ReportWriter.Format) throws {
        for text in Self.awkward {
            var report = Report(source: SourceInfo(file: text, mainPart: "/word/document.xml"), kind: .unknown, mapping: text)
            report.warnings = [ReportWarning(.other, text)]
            let decoded = try ReportWriter.decode(try ReportWriter.encode(report, as: format), as: format)
            #expect(decoded.warnings.map(\.message) == [text] && decoded.mapping == text && decoded.source.file == text,
                    "\(format): \(text.debugDescription) came back as \(decoded.warnings.map(\.message.debugDescription))")
        }
        for number in Self.numbers {
            var report = Report(source: SourceInfo(file: "x", mainPart: "y"), kind: .unknown, mapping: "m")
            report.annexes = [Annex(title: "", columns: [], rows: [[CellValue(raw: [], parsed: ParsedValue(type: "number", number: number))]])]
            let decoded = try ReportWriter.decode(try ReportWriter.encode(report, as: format), as: format)
            let back = decoded.annexes.first?.rows.first?.first?.parsed?.number
            #expect(back == number, "\(format): \(number) came back as \(String(describing: back))")
        }
    }

    /// The report with every field set matches the schema, uses every property the schema
    /// declares, and reads back unchanged from YAML and JSON.
    @Test func everyFieldMatchesTheSchemaAndRoundTrips() throws {
        let validator = try Self.validator()
        let report = Self.everyField()
        var seen: Set<String> = []
        let problems = validator.validate(try JSONValue.parse(ReportWriter.encode(report, as: .json)), seen: &seen)
        #expect(problems.isEmpty, "\(problems)")
        #expect(validator.declaredProperties.subtracting(seen).isEmpty,
                "schema properties this test does not set: \(validator.declaredProperties.subtracting(seen).sorted())")
        for format in [ReportWriter.Format.yaml, .json] {
            let text = try ReportWriter.encode(report, as: format)
            let decoded = try ReportWriter.decode(text, as: format)
            #expect(decoded == report, "\(format): decoded report differs")
            #expect(try ReportWriter.encode(decoded, as: format) == text, "\(format): bytes differ after a round trip")
        }
    }

    // MARK: - (b) determinism

    @Test(arguments: ReportCorpus.seedFiles) func importingTwiceGivesTheSameBytes(_ file: String) throws {
        let first = try ReportCorpus.report(file)
        let second = try ReportCorpus.report(file)
        #expect(try ReportWriter.encode(first, as: .yaml) == ReportWriter.encode(second, as: .yaml), "\(file): YAML differs")
        #expect(try ReportWriter.encode(first, as: .json) == ReportWriter.encode(second, as: .json), "\(file): JSON differs")
    }

    // MARK: - (c) round trips

    @Test(arguments: ReportCorpus.seedFiles) func yamlRoundTrips(_ file: String) throws {
        try roundTrip(file, .yaml)
    }

    @Test(arguments: ReportCorpus.seedFiles) func jsonRoundTrips(_ file: String) throws {
        try roundTrip(file, .json)
    }

    private func roundTrip(_ file: String, _ format: ReportWriter.Format) throws {
        let original = try ReportCorpus.report(file)
        let text = try ReportWriter.encode(original, as: format)
        let decoded = try ReportWriter.decode(text, as: format)
        let again = try ReportWriter.encode(decoded, as: format)
        #expect(again == text, "\(file): \(format) differs after a round trip, first at line \(firstDifference(text, again))")
        #expect(decoded == original, "\(file): the \(format)-decoded report is not the imported one")
    }

    private func firstDifference(_ a: String, _ b: String) -> String {
        let left = a.split(separator: "\n", omittingEmptySubsequences: false)
        let right = b.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0 ..< max(left.count, right.count) {
            let l = index < left.count ? String(left[index]) : "<end>"
            let r = index < right.count ? String(right[index]) : "<end>"
            if l != r { return "\(index + 1): \(l) ≠ \(r)" }
        }
        return "none"
    }

    // MARK: - (d) embedded mappings

    /// `make mappings` compiles Mappings/*.yaml into Swift values (DefaultMappings.swift), so
    /// `arvio` parses no YAML at start. Each file parsed here as a `--mappings` file is, it must
    /// equal its compiled value, so the two cannot drift.
    @Test func compiledMappingsEqualTheFiles() throws {
        let folder = ReportCorpus.repositoryRoot.appendingPathComponent("Mappings")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(names.count == 6, "Mappings/ holds \(names)")
        #expect(DefaultMappings.files.map(\.name) == names, "Mappings/ and DefaultMappings.swift name different files; run `make mappings`")
        let compiled = Dictionary(DefaultMappings.files.map { ($0.name, $0.mapping) }, uniquingKeysWith: { first, _ in first })
        for name in names {
            let yaml = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let (parsed, _) = try MappingSet.decode(yaml: yaml, file: "Mappings/" + name)
            #expect(compiled[name] == parsed, "Mappings/\(name) differs from its values in DefaultMappings.swift; run `make mappings`")
        }
    }

    // MARK: - (e) broken mapping files

    private func loadBroken(_ name: String, _ yaml: String) throws -> (error: MappingError?, path: String) {
        let folder = ScratchFolder.url("arvio-mappings")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(name).path
        try Data(yaml.utf8).write(to: URL(fileURLWithPath: path))
        do {
            _ = try MappingSet.defaults(adding: folder.path)
            return (nil, path)
        } catch {
            return (error, path)
        }
    }

    @Test func yamlSyntaxErrorNamesFileAndLine() throws {
        let (error, path) = try loadBroken("syntax.yaml", """
            name: broken-syntax
            description: a mapping with a YAML mistake
            extends: thl-common
            template: @v2021
            kind: oma-arviointi

            """)
        let failure = try #require(error)
        #expect(failure.file == path)
        #expect(failure.line == 4, "\(failure)")
        #expect(failure.problem.hasPrefix("not valid YAML ("), "\(failure.problem)")
        // Line 4 is "template: @v2021"; the @ that no YAML value may start with is its 11th character.
        #expect(failure.message(file: "") == "\(path) line 4, column 11: not valid YAML (found character that cannot start any token). Fix the mapping file or leave out --mappings.")
        // In Finnish and Swedish, what the character means for the one editing the file, not libyaml's sentence.
        #expect(failure.said(file: "")[.fi] == "\(path), rivi 4, sarake 11: vastaavuustiedosto ei ole kelvollista YAML:ia: arvo alkaa merkillä, jonka YAML varaa omaan käyttöönsä (esimerkiksi @, `, %, &, * tai !); pane teksti lainausmerkkeihin. Korjaa vastaavuustiedosto tai jätä `--mappings` pois.")
        #expect(failure.said(file: "")[.sv] == "\(path), rad 4, kolumn 11: mappningsfilen är inte giltig YAML: värdet börjar med ett tecken som YAML reserverar för sig själv (till exempel @, `, %, &, * eller !); sätt texten inom citattecken. Rätta mappningsfilen eller utelämna `--mappings`.")
    }

    @Test func unknownSectionKindNamesItsLine() throws {
        let (error, path) = try loadBroken("kind.yaml", """
            name: unknown-kind
            extends: thl-common
            sections:
              - kind: goals
                headings: ["Tavoitteet"]
              - kind: notASectionKind
                headings: ["Jotain muuta"]

            """)
        let failure = try #require(error)
        #expect(failure.file == path)
        #expect(failure.line == 6, "\(failure)")
        #expect(failure.problem.contains("sections.[1].kind") || failure.problem.contains("sections[1].kind"), "\(failure.problem)")
        #expect(failure.problem.contains("unknown section kind; use one of title, instructions"), "\(failure.problem)")
        #expect(!failure.problem.contains("\n"))
    }

    /// A table kind is one of `TableKind`'s, each with its reader: an unknown one is refused when
    /// the mapping is loaded, with its line and the kinds there are (before, such a table was
    /// read as text with a warning).
    @Test func unknownTableKindNamesItsLine() throws {
        let (error, path) = try loadBroken("table-kind.yaml", """
            name: unknown-table-kind
            extends: thl-common
            tables:
              - kind: notATableKind
                columns:
                  - role: risk
                    headers: ["Riski"]
                required: [risk]

            """)
        let failure = try #require(error)
        #expect(failure.file == path)
        #expect(failure.line == 4, "\(failure)")
        #expect(failure.problem.contains("unknown table kind; use one of schedule, problemGoals, readiness, indicators, results, planResults, risks, annex"),
                "\(failure.problem)")
    }

    @Test func missingNameIsReported() throws {
        let (error, path) = try loadBroken("nameless.yaml", """
            # A mapping that forgot its name.
            description: no name here
            extends: thl-common

            """)
        let failure = try #require(error)
        #expect(failure.file == path)
        #expect(failure.line == 2, "\(failure)")
        #expect(failure.problem == "'name' is missing")
    }

    @Test func extendsOfAMissingMappingNamesItsLine() throws {
        let (error, path) = try loadBroken("orphan.yaml", """
            name: orphan
            description: extends a mapping nobody defines
            kind: oma-arviointi
            extends: no-such-mapping

            """)
        let failure = try #require(error)
        #expect(failure.file == path)
        #expect(failure.line == 4, "\(failure)")
        #expect(failure.problem == "extends 'no-such-mapping', which no mapping defines")
    }

    @Test func aValidExtraMappingLoads() throws {
        let (error, _) = try loadBroken("fine.yaml", """
            name: regional-variant
            extends: thl-oma-arviointi-2021-syksy
            sections:
              - { kind: goals, scope: document, headings: ["Hankkeen omat tavoitteet"] }

            """)
        #expect(error == nil)
    }

    // MARK: - (f) choosing the mapping

    @Test func unknownMappingListsTheAvailableOnes() throws {
        let file = ReportCorpus.path("seeds/003-kymenlaakso-oma-arviointi-2021.word.docx")
        do {
            _ = try ReportImporter.importReport(file, mappings: ReportCorpus.mappings, mappingName: "no-such-mapping")
            Issue.record("importing with an unknown mapping succeeded")
        } catch let failure as ReportImporter.Failure {
            guard case .unknownMapping(let name, let available) = failure else { return }
            #expect(name == "no-such-mapping")
            #expect(available == ReportCorpus.mappings.templates.map(\.name))
            for expected in ["thl-oma-arviointi-2020", "thl-oma-arviointi-2021-kevat", "thl-oma-arviointi-2021-syksy",
                             "hankesuunnitelma-2021", "loppu-tiivistelma"] {
                #expect(available.contains(expected), "\(available)")
            }
            #expect(failure.message(file: file).contains("Available: \(available.joined(separator: ", "))"))
            #expect(failure.exitCode == 21)
        }
    }

    @Test func forcingAMappingIsObeyed() throws {
        let file = ReportCorpus.path("seeds/003-kymenlaakso-oma-arviointi-2021.word.docx")
        let detected = try ReportImporter.importReport(file, mappings: ReportCorpus.mappings)
        #expect(detected.mapping == "thl-oma-arviointi-2021-syksy")
        let forced = try ReportImporter.importReport(file, mappings: ReportCorpus.mappings,
                                                     mappingName: "thl-oma-arviointi-2021-kevat")
        #expect(forced.mapping == "thl-oma-arviointi-2021-kevat")
        #expect(forced.goals.map(\.number) == [1, 2, 3, 4, 5])
    }
}
