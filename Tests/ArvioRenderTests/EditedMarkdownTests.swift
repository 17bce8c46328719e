import ArvioRender
import ArvioReport
import Foundation
import Testing

/// A coordinator's edits in some editor come back in the right goal, section and cell.
@Suite struct EditedMarkdownTests {
    /// Inserts `paragraph` as the last block of the section headed `heading` under goal `goal`.
    static func add(_ paragraph: String, goal: Int, section heading: String, in markdown: String) throws -> String {
        var lines = markdown.components(separatedBy: "\n")
        let goalLine = try #require(lines.firstIndex { $0.hasPrefix("## \(goal). ") })
        let sectionLine = try #require(lines[goalLine...].firstIndex { $0 == heading })
        let next = lines[(sectionLine + 1)...].firstIndex { $0.hasPrefix("#") } ?? lines.count
        lines.insert(contentsOf: ["", paragraph, ""], at: next)
        return lines.joined(separator: "\n")
    }

    /// What editors do to a file: CRLF line ends, trailing spaces, `*` and `+` bullets, long
    /// paragraphs wrapped at 60 characters, closing `#`s on headings.
    static func asEdited(_ markdown: String) -> String {
        var out: [String] = []
        var bullet = 0
        for line in markdown.components(separatedBy: "\n") {
            if line.hasPrefix("#") {
                out.append(line + " " + String(repeating: "#", count: line.prefix { $0 == "#" }.count))
            } else if let range = line.range(of: "- "), line[..<range.lowerBound].allSatisfy({ $0 == " " }) {
                bullet += 1
                out.append(line.replacingCharacters(in: range, with: bullet % 2 == 0 ? "* " : "+ ") + "   ")
            } else if line.count > 80, !line.hasPrefix("|"), !line.hasPrefix("<"), !line.hasPrefix(">") {
                var current = ""
                for word in line.split(separator: " ") {
                    if current.count + word.count > 60 { out.append(current + " "); current = "" }
                    current += current.isEmpty ? String(word) : " " + word
                }
                out.append(current)
            } else {
                out.append(line)
            }
        }
        return out.joined(separator: "\r\n")
    }

    @Test func newParagraphsLandInGoal2Sections() throws {
        let original = try RenderCorpus.report("seeds/000-oma-arviointi-2020.word.docx")
        var markdown = MarkdownRenderer.render(original)
        let monitoring = "Huhtikuu 2021: ennaltaehkäisevien palvelujen käyttö kasvoi, ja *uusi* ryhmätoiminta alkoi kolmessa kunnassa."
        let actions = "Huhtikuu 2021: terveys- ja elintapaneuvonnan malli otettiin käyttöön kaikilla sote-asemilla."
        markdown = try Self.add(monitoring, goal: 2, section: "### Seurannan ja arvioinnin tulokset", in: markdown)
        markdown = try Self.add(actions, goal: 2, section: "### Tehdyt kehittämistoimenpiteet", in: markdown)
        let edited = Self.asEdited(markdown)
        #expect(edited.contains("\r\n### Seurannan ja arvioinnin tulokset ###\r\n"))
        #expect(edited.contains("\r\n* ") && edited.contains("\r\n+ ") && edited.contains("   \r\n"))
        #expect(edited.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count
                > markdown.components(separatedBy: "\n").filter { !$0.isEmpty }.count + 20, "long paragraphs were re-wrapped")
        let read = MarkdownReader.read(edited, mappings: RenderCorpus.mappings)

        let goal = try #require(read.goals.first { $0.number == 2 })
        let before = try #require(original.goals.first { $0.number == 2 })
        func added(_ kind: SectionKind) -> [String] {
            let old = Set(before.sections.first { $0.kind == kind }?.content.compactMap { $0.text.map(ReportOutline.clean) } ?? [])
            return goal.sections.first { $0.kind == kind }?.content.compactMap { $0.text.map(ReportOutline.clean) }
                .filter { !$0.isEmpty && !old.contains($0) } ?? []
        }
        #expect(added(.monitoring) == [monitoring.replacingOccurrences(of: "*", with: "")])
        #expect(added(.actions) == [actions])
        // Nothing else moved: every other goal and section reads as before.
        func withoutNewEntries(_ outline: ReportOutline) -> ReportOutline {
            var outline = outline
            outline.goals[1].parts = outline.goals[1].parts.map { part in
                var part = part
                part.texts = part.texts.filter { !$0.hasPrefix("Huhtikuu 2021") }
                return part
            }
            return outline
        }
        let expected = withoutNewEntries(ReportOutline(original))
        let actual = withoutNewEntries(ReportOutline(read))
        #expect(actual.goals == expected.goals)
        #expect(actual.sections == expected.sections)
        // The monitoring section had only its placeholder: it is still a placeholder, not content.
        #expect(goal.sections.first { $0.kind == .monitoring }?.placeholders.count == before.sections.first { $0.kind == .monitoring }?.placeholders.count)
    }

    @Test func readinessCellAndProcessGoalNarrative() throws {
        let original = try RenderCorpus.report("seeds/003-kymenlaakso-oma-arviointi-2021.word.docx")
        var lines = MarkdownRenderer.render(original).components(separatedBy: "\n")
        // Fill 2.1's 5/22 cell and 3.1's indicator-free neighbour stays empty.
        let row = try #require(lines.firstIndex { $0.hasPrefix("| 2.1 ") })
        var cells = lines[row].components(separatedBy: " | ")
        #expect(cells[3] == " ")
        cells[3] = "75 %"
        lines[row] = cells.joined(separator: " | ")
        // An indicator value for 5/22.
        let indicator = try #require(lines.firstIndex { $0.hasPrefix("| 〃 | Lastensuojeluasiakkuudet |") })
        var indicatorCells = lines[indicator].components(separatedBy: " | ")
        indicatorCells[5] = "640 kpl"
        lines[indicator] = indicatorCells.joined(separator: " | ")
        var markdown = lines.joined(separator: "\n")
        let narrative = "Huhtikuu 2022: ryhmätoimintaa laajennettiin kahteen uuteen kuntaan."
        let subheading = try #require(lines.first { $0.hasPrefix("#### 2.1 ") })
        markdown = try EditedMarkdownTests.add(narrative, goal: 2, section: subheading, in: markdown)

        let read = MarkdownReader.read(EditedMarkdownTests.asEdited(markdown), mappings: RenderCorpus.mappings)
        let goal = try #require(read.goals.first { $0.number == 2 })
        let processGoal = try #require(goal.processGoals.first { $0.ids == ["2.1"] })
        let spring2022 = PeriodKey(year: 2022, half: .spring)
        let value = try #require(processGoal.readiness.first { $0.period == spring2022 }?.value)
        #expect(value.raw == ["75 %"])
        #expect(value.parsed == ParsedValue(type: "percent", number: 75))
        #expect(processGoal.readiness.first { $0.period == PeriodKey(year: 2021, half: .autumn) }?.value.raw == ["25 %"])
        #expect(processGoal.narrative.last?.text == narrative)
        let section = try #require(goal.sections.first { $0.kind == .actionsAndProcessMonitoring })
        #expect(section.subsections.first { $0.heading?.hasPrefix("2.1 ") == true }?.content.last?.text == narrative)
        let row2 = try #require(goal.indicators.first { $0.metric == ["Lastensuojeluasiakkuudet"] })
        #expect(row2.values.first { $0.period == spring2022 }?.value.raw == ["640 kpl"])
        #expect(row2.benefitGoal == original.goals[1].indicators.first { $0.metric == ["Lastensuojeluasiakkuudet"] }?.benefitGoal)
        // Every other readiness value is as it was.
        let others = goal.processGoals.filter { $0.ids != ["2.1"] }.map(\.readiness)
        #expect(others == original.goals[1].processGoals.filter { $0.ids != ["2.1"] }.map(\.readiness))
    }
}
