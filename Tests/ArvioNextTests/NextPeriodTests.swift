import Foundation
import Testing
@testable import ArvioNext
import ArvioPackage
import ArvioReport
import ArvioWordML
import ArvioXML

@Suite struct NextPeriodTests {
    /// Parts Arvio did not change are byte-for-byte what they were; changed parts are the
    /// main document, headers/footers with period text, and the document properties.
    @Test(arguments: NextCorpus.reports) func untouchedPartsStayIdentical(_ name: String) throws {
        let run = try NextCorpus.run(name)
        let original = try WordPackage.open(run.input)
        let produced = try WordPackage.open(run.output)
        #expect(original.entries.map(\.name) == produced.entries.map(\.name))
        for entry in original.entries {
            let same = try original.bytes(of: entry.name) == produced.bytes(of: entry.name)
            #expect(same == (run.outcome.replacements[entry.name] == nil), "\(name): \(entry.name)")
        }
        #expect(run.outcome.replacements.keys.contains(original.mainPart))
    }

    /// Importing the output gives the input's model plus exactly the new period's entries.
    @Test(arguments: NextCorpus.reports) func outputIsInputPlusTheNewEntries(_ name: String) throws {
        let run = try NextCorpus.run(name)
        let next = run.before.period!.period.next
        // A stated period moves with the title page; a guessed one (pandoc's rendition lost the
        // title block) is guessed again from the tables, whose new column is still empty.
        if run.before.period?.guessed == false { #expect(run.after.period?.period == next, "\(name)") }
        let wording = PeriodWording(next)
        let before = NextCorpus.sectionTexts(run.before)
        let after = NextCorpus.sectionTexts(run.after)
        #expect(Set(before.keys) == Set(after.keys), "\(name)")
        let planned = EntryPlanner.plan(run.before)
        #expect(!planned.isEmpty)
        var sectionsWithEntry = 0
        for (key, texts) in before {
            let produced = after[key] ?? []
            if produced.count == texts.count {
                #expect(produced == texts, "\(name) \(key) changed without an entry")
            } else {
                sectionsWithEntry += 1
                #expect(Array(produced.prefix(texts.count)) == texts, "\(name) \(key): earlier text changed")
                #expect(Array(produced.dropFirst(texts.count)) == [wording.entryLabel + ":", wording.placeholder], "\(name) \(key)")
            }
        }
        #expect(sectionsWithEntry == planned.count, "\(name)")
        if let expected = NextCorpus.entriesBySeed[String(name.prefix(3))] {
            #expect(sectionsWithEntry == expected, "\(name): sections with a new entry, counted in the seed's text")
        }
        // Earlier periods' table values never change.
        for (old, new) in zip(run.before.goals, run.after.goals) {
            #expect(old.processGoals.map(\.readiness) == new.processGoals.map(\.readiness))
            #expect(old.indicators.map(\.values) == new.indicators.map(\.values))
        }
    }

    /// With --track-changes, rejecting every change gives back the original text and accepting
    /// gives the untracked output: the tracked insertions cover exactly what Arvio added.
    @Test(arguments: NextCorpus.reports) func trackedInsertionsCoverExactlyTheAdditions(_ name: String) throws {
        let date = Date(timeIntervalSince1970: 1_652_000_000)
        let plain = try NextCorpus.run(name, options: NextOptions(date: date))
        let tracked = try NextCorpus.run(name, options: NextOptions(trackChanges: true, author: "Koordinaattori", date: date))
        func texts(_ path: String, _ mode: TrackedChanges) throws -> [String] {
            TreeText.paragraphs(try DocxReader.read(path, options: ReadOptions(trackedChanges: mode)).body)
        }
        #expect(try texts(tracked.output, .reject) == texts(tracked.input, .reject), "\(name)")
        #expect(try texts(tracked.output, .accept) == texts(plain.output, .accept), "\(name)")
        let revisions = try DocxReader.read(tracked.output).revisions.filter { $0.author == "Koordinaattori" }
        #expect(!revisions.isEmpty)
        #expect(revisions.allSatisfy { $0.date == "2022-05-08T08:53:20Z" })
    }

    /// The scanner that finds an element's bytes counts elements exactly as libxml2 does.
    @Test(arguments: NextCorpus.reports) func spansAgreeWithTheParser(_ name: String) throws {
        let package = try WordPackage.open(NextCorpus.path(name))
        let bytes = try package.bytes(of: package.mainPart)
        let root = try XMLTreeReader.parse(bytes, part: package.mainPart)
        let spans = XMLSpans(bytes)
        var checked = 0
        func walk(_ element: XMLElement) {
            let local = element.name.split(separator: ":").last.map(String.init) ?? element.name
            if spans.localName(of: element.ordinal) != local { Issue.record("\(name): ordinal \(element.ordinal) is \(spans[element.ordinal].rawName), not \(element.name)") }
            checked += 1
            for case .element(let child) in element.children { walk(child) }
        }
        walk(root)
        #expect(checked == spans.count)
    }

    /// Dates move on the title page, in the page header and in the document properties.
    @Test func titleHeaderAndPropertiesMoveToTheNewPeriod() throws {
        let run = try NextCorpus.run("001-ita-uusimaa-oma-arviointi-2021.word.docx")
        let document = try DocxReader.read(run.output)
        #expect(document.coreProperties.title?.hasSuffix("oma-arviointi 11/2021") == true)
        #expect(document.headers.first?.blocks.first?.plainText.contains("Oma-arviointi 11/2021") == true)
        #expect(TreeText.paragraphs(document.body).contains { $0.contains("raportointi 15.11.2021") })
        #expect(!TreeText.paragraphs(document.body).contains { $0.contains("raportointi 15.5.2021") })
        #expect(run.outcome.notes.contains { $0.english.contains("15.11.2021") }, "the schedule row is marked")
    }

    /// How each seed writes its own period on the cover, in headers and footers and in File >
    /// Info (MANIFEST: 000 is the 2020 baseline report, 001 spring 2021, 003 autumn 2021).
    static let oldPeriodForms: [String: [String]] = [
        "000": ["15.11.2020", "11/2020", "Oma-arviointi 2020"],
        "001": ["15.5.2021", "5/2021", "5/21"],
        "003": ["15.11.2021", "11/2021", "11/21"],
    ]

    /// After `next`, no page header or footer, title-page paragraph or document property shows
    /// the period the input was for.
    @Test(arguments: NextCorpus.reports) func coverHeadersFootersAndPropertiesMoveOn(_ name: String) throws {
        let run = try NextCorpus.run(name)
        let document = try DocxReader.read(run.output)
        var places: [(String, String)] = []
        places += (document.headers + document.footers).flatMap { story in story.blocks.map { ("\(story.part)", $0.plainText) } }
        places += [("title", document.coreProperties.title ?? ""), ("subject", document.coreProperties.subject ?? "")]
        // The title page: what comes before the first heading.
        for block in document.body.prefix(8) {
            guard case .paragraph(let paragraph) = block else { continue }
            if paragraph.headingLevel != nil { break }
            places.append(("title page", paragraph.text))
        }
        let forms = try #require(Self.oldPeriodForms[String(name.prefix(3))])
        for (place, text) in places {
            for form in forms {
                var rest = text[...]
                while let range = rest.range(of: form) {
                    let after = range.upperBound < rest.endIndex ? rest[range.upperBound] : " "
                    let before = range.lowerBound > rest.startIndex ? rest[rest.index(before: range.lowerBound)] : " "
                    #expect(after.isNumber || after == "/" || before.isNumber || before == "/", "\(name): \(place) still says “\(text)”")
                    rest = rest[range.upperBound...]
                }
            }
        }
    }

    /// Text and values the coordinator supplied land in the right goal, section and column.
    @Test func updatesFillTheRightPlaces() throws {
        let name = "003-kymenlaakso-oma-arviointi-2021.word.docx"
        let input = NextCorpus.path(name)
        let original = try ReportImporter.importReport(input, mappings: NextCorpus.mappings)
        var edited = original
        let next = PeriodKey(year: 2022, half: .spring)
        // As a coordinator would edit the YAML: a paragraph under goal 2's benefit monitoring,
        // one under process goal 1.2, and 1.1's readiness for 5/22.
        let goal2 = edited.goals.firstIndex { $0.number == 2 }!
        let monitoring = edited.goals[goal2].sections.firstIndex { $0.kind == .benefitMonitoring }!
        edited.goals[goal2].sections[monitoring].content.append(ContentBlock(at: BlockPath([9999]), text: "Uusi seurantatieto keväältä."))
        let goal1 = edited.goals.firstIndex { $0.number == 1 }!
        let merged = edited.goals[goal1].sections.firstIndex { $0.kind == .actionsAndProcessMonitoring }!
        let sub = edited.goals[goal1].sections[merged].subsections.firstIndex { $0.heading?.hasPrefix("1.2") == true }!
        edited.goals[goal1].sections[merged].subsections[sub].content.append(ContentBlock(at: BlockPath([9999]), text: "Lääkäriajat: jonot lyhentyneet."))
        let p11 = edited.goals[goal1].processGoals.firstIndex { $0.ids == ["1.1"] }!
        edited.goals[goal1].processGoals[p11].readiness.removeAll { $0.period == next }
        edited.goals[goal1].processGoals[p11].readiness.append(PeriodValue(period: next, value: CellValue(raw: ["75 %"])))

        // Through YAML, as the file would travel.
        let yaml = try ReportWriter.encode(edited, as: .yaml)
        let updates = PeriodUpdates.difference(original: original, edited: try ReportWriter.decode(yaml, as: .yaml), period: next)
        #expect(updates.entries.count == 2)
        #expect(updates.values == [PeriodUpdates.CellUpdate(goal: 1, table: "readiness", key: "1.1", value: "75 %")])

        let run = try NextCorpus.run(name, updates: updates)
        let after = NextCorpus.sectionTexts(run.after)
        let monitoringKey = after.keys.first { $0.hasPrefix("2/benefitMonitoring") }!
        #expect(after[monitoringKey]!.suffix(2) == ["Huhtikuu 2022:", "Uusi seurantatieto keväältä."])
        let subKey = after.keys.first { $0.hasPrefix("1/") && $0.contains("/actionsAndProcessMonitoring/") && $0.hasSuffix("/lääkäriaikojen saatavuus paranee merkittävästi nykytilasta") }
        #expect(subKey != nil, "keys: \(after.keys.sorted().filter { $0.hasPrefix("1/") })")
        #expect(subKey.map { after[$0]!.suffix(2) } == ["Huhtikuu 2022:", "Lääkäriajat: jonot lyhentyneet."])
        let readiness = run.after.goals.first { $0.number == 1 }!.processGoals.first { $0.ids == ["1.1"] }!.readiness
        #expect(readiness.first { $0.period == next }?.value.text == "75 %")
        #expect(readiness.first { $0.period == PeriodKey(year: 2021, half: .autumn) } ==
                original.goals.first { $0.number == 1 }!.processGoals.first { $0.ids == ["1.1"] }!.readiness.first { $0.period == PeriodKey(year: 2021, half: .autumn) })
        #expect(!run.outcome.todo.contains { $0.what.contains("1.1 ") && $0.section == "readiness table" })
    }

    /// The README's YAML example: a coordinator adds only `- text: …` under a section.
    @Test func aParagraphAddedToYAMLNeedsOnlyItsText() throws {
        let name = "000-oma-arviointi-2020.word.docx"
        let original = try ReportImporter.importReport(NextCorpus.path(name), mappings: NextCorpus.mappings)
        var yaml = try ReportWriter.encode(original, as: .yaml)
        // Under goal 3's monitoring heading, after its existing content, as a text editor would.
        let goal3 = try #require(yaml.range(of: "- number: 3"))
        let heading = try #require(yaml.range(of: "heading: Seurannan ja arvioinnin tulokset", range: goal3.upperBound ..< yaml.endIndex))
        let content = try #require(yaml.range(of: "content:\n", range: heading.upperBound ..< yaml.endIndex))
        let indent = yaml[yaml.index(after: yaml[..<content.upperBound].dropLast().lastIndex(of: "\n")!) ..< content.lowerBound]
        // After the last item: where the section's next key ("subsections:") starts.
        let end = try #require(yaml.range(of: "\(indent)subsections:", range: content.upperBound ..< yaml.endIndex))
        yaml.insert(contentsOf: "\(indent)- text: Uusi seurantatieto keväältä 2021.\n", at: end.lowerBound)
        let edited = try ReportWriter.decode(yaml, as: .yaml)
        let updates = PeriodUpdates.difference(original: original, edited: edited, period: PeriodKey(year: 2021, half: .spring))
        #expect(updates.entries == [PeriodUpdates.EntryText(goal: 3, section: .monitoring, processGoal: nil,
                                                              paragraphs: ["Uusi seurantatieto keväältä 2021."])])
    }

    @Test func refusesWhatIsNotAReportOrNotLater() throws {
        let plan = "004-kanta-hame-hankesuunnitelma-2021.word.docx"
        let document = try DocxReader.read(NextCorpus.path(plan))
        let report = try ReportImporter.build(document, file: plan, mappings: NextCorpus.mappings)
        #expect(throws: NextFailure.notAReport(.hankesuunnitelma)) {
            try NextPeriod.prepare(file: NextCorpus.path(plan), document: document, report: report, updates: nil, options: NextOptions())
        }
        let name = "003-kymenlaakso-oma-arviointi-2021.word.docx"
        let reportDocument = try DocxReader.read(NextCorpus.path(name))
        let oma = try ReportImporter.build(reportDocument, file: name, mappings: NextCorpus.mappings)
        let earlier = PeriodKey(year: 2021, half: .spring)
        #expect(throws: NextFailure.periodNotAfter(earlier, current: PeriodKey(year: 2021, half: .autumn))) {
            try NextPeriod.prepare(file: NextCorpus.path(name), document: reportDocument, report: oma, updates: nil,
                                   options: NextOptions(period: earlier))
        }
    }
}

/// Default names: "<stem>-<yyyy-mm>-<today>.docx", the stem without what earlier runs added.
@Suite struct OutputNameTests {
    static let day = Date(timeIntervalSince1970: 1_796_601_600)  // 2026-12-07 UTC

    @Test func aNameDoesNotGrowFromRunToRun() {
        let spring = PeriodKey(year: 2022, half: .spring)
        // The issue's name after two runs.
        #expect(NextPeriod.defaultOutputName(for: "/k/raportti-2021-04-2026-12-07-2021-10-2026-12-07.docx", period: spring, date: Self.day)
                == "/k/raportti-2022-04-2026-12-07.docx")
        #expect(NextPeriod.defaultOutputName(for: "/k/raportti.docx", period: spring, date: Self.day) == "/k/raportti-2022-04-2026-12-07.docx")
        // A period written the coordinator's way ("11-2021") is part of the name, not Arvio's suffix.
        #expect(NextPeriod.defaultOutputName(for: "/k/Kymenlaakso-oma-arviointi-11-2021.docx", period: spring, date: Self.day)
                == "/k/Kymenlaakso-oma-arviointi-11-2021-2022-04-2026-12-07.docx")
        #expect(NextPeriod.defaultOutputName(for: "/k/2021-10-2026-12-07.docx", period: spring, date: Self.day)
                == "/k/2021-10-2022-04-2026-12-07.docx")
    }
}
