@testable import ArvioRender
import ArvioReport
import Testing

/// Merges the printed table shows that the report's plain rows do not say (issue 15's loose ends).
@Suite struct TableShapeMergeTests {
    /// Seed 003 l.49–56: the readiness table's header is "Prosessitavoite / Huom! Raportoitu …"
    /// merged down over two rows beside "Kehittämistoiminnan valmiusaste" and its period columns
    /// "5/21", "11/21", …; the Word rendition writes the second row's first cell as `w:vMerge`.
    @Test func readinessHeaderCellIsMergedOverBothHeaderRows() throws {
        let report = try RenderCorpus.report("seeds/003-kymenlaakso-oma-arviointi-2021.word.docx")
        let shapes = TableShapes(report)
        let goal = try #require(report.goals.first)
        let at = try #require(goal.processGoals.first?.at)  // "1.1 Kiireettömät ajat …"
        let key = Array(at.components.dropLast(3))
        let shape = try #require(shapes.shapes[key])
        #expect(shapes.typedKinds[key] == .readiness)
        #expect(shape.rows[1][0].merge == .continued)
        #expect(shape.rows[0][0].merge == .restart)
        #expect(shape.rowSpan(row: 0, cell: 0) == 2)
        // The period headers are text of their own, not merged.
        #expect(shape.rows[1].dropFirst().allSatisfy { $0.merge == nil })
    }
}

/// Seed 002 (DOMAIN §4.4: 8 outcome goals, at l.39, 40, 58, 72, 94, 107, 116, 125): a row whose
/// outcome-goal cell is empty continues the outcome goal above it, also where the Word file split
/// the merged cell at a page break (l.47–52 after the three empty lines at l.44–46).
@Suite struct ResultsOutcomeContinuationTests {
    static let kiireettomaan = ["Kiireettömään hoitoon ja palveluun pääsee 7 vuorokaudessa. Hoidon ja palvelun jatkuvuus on turvattu."]

    @Test(arguments: ["word", "libreoffice"])
    func rowsAfterThePageBreakKeepTheirOutcomeGoal(_ rendition: String) throws {
        let report = try RenderCorpus.report("seeds/002-etela-pohjanmaa-loppuyhteenveto.\(rendition).docx")
        // l.47 "Yhteisesti sovitut palveluketjut …" and l.52's action "Matalan kynnyksen …".
        let palveluketjut = try #require(report.results.first { $0.processGoal.first?.hasPrefix("Yhteisesti sovitut palveluketjut") == true })
        let matalan = try #require(report.results.first { $0.action.first?.hasPrefix("Matalan kynnyksen ja ennaltaehkäisevien") == true })
        #expect(palveluketjut.outcomeGoal == Self.kiireettomaan)
        #expect(matalan.outcomeGoal == Self.kiireettomaan)
        // l.80's action under l.72's outcome goal.
        let opiskeluhuolto = try #require(report.results.first { $0.action.first?.hasPrefix("Luodaan ja otetaan käyttöön hyvinvointialueelle") == true })
        #expect(opiskeluhuolto.outcomeGoal == ["Lasten, nuorten ja perheiden palvelut ovat yhtenäiset ja riittävät."])
        // l.44 spans the outcome and process-goal columns: a process goal under the outcome goal above.
        let sovitut = try #require(report.results.first { $0.processGoal == ["Sovitut palvelut ovat tarjolla ilta- ja viikonloppuaikaan."] })
        #expect(sovitut.outcomeGoal == Self.kiireettomaan)
    }

    /// The printed table still shows l.44's first cell as one cell over the outcome and
    /// process-goal columns (MANIFEST: `w:gridSpan="2"`), not the outcome goal taken from above.
    @Test(arguments: ["word", "libreoffice"])
    func spanningProcessGoalKeepsItsSpan(_ rendition: String) throws {
        let report = try RenderCorpus.report("seeds/002-etela-pohjanmaa-loppuyhteenveto.\(rendition).docx")
        let sovitut = try #require(report.results.first { $0.processGoal == ["Sovitut palvelut ovat tarjolla ilta- ja viikonloppuaikaan."] })
        let key = Array(sovitut.at.components.dropLast(3)), row = sovitut.at.components[sovitut.at.components.count - 3]
        let shape = try #require(TableShapes(report).shapes[key])
        // Six cells: the spanning process goal, action, national goals, metric, two ratings.
        #expect(shape.rows[row].count == 6)
        #expect(shape.rows[row].first?.span == 2)
        #expect(shape.rows[row].dropFirst().allSatisfy { $0.span == 1 })
    }
}
