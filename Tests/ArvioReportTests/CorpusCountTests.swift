import ArvioDevSupport
import Testing

/// The lists the parameterised suites of this target run over, counted first: a missing or
/// unreadable Corpora folder fails here instead of letting those suites pass with no case.
/// The numbers are counted by hand: Corpora/seeds/MANIFEST.json describes 15 renditions (seeds
/// 000–004 by word, libreoffice and pandoc); `find Corpora -name '*.docx' -o -name '*.dotx'
/// -o -name '*.docm' | wc -l` is 91 (Corpora/README.md: 15 seeds and 76 external documents).
@Suite struct CorpusCountTests {
    @Test func everyListHasItsCases() {
        #expect(ReportCorpus.allFiles.count == 91)
        #expect(ReportCorpus.seedFiles.count == Corpus.expectedSeedRenditions)
        #expect(ReportCorpus.seedFiles.map { String($0.dropFirst("seeds/".count)) } == Corpus.manifestFiles)
        #expect(InnokylaSummaryTests.reports.count == Corpus.expectedOmaArviointiRenditions)
        #expect(OmaArviointiTablesTests.seed001.count == Corpus.expectedRenditionsPerSeed)
        #expect(OmaArviointiTablesTests.seed003.count == Corpus.expectedRenditionsPerSeed)
        #expect(PlanMigrationTests.planFiles.count == Corpus.expectedRenditionsPerSeed)
        #expect(ResultsAndPlanTablesTests.summaryFiles.count == Corpus.expectedRenditionsPerSeed)
        #expect(ResultsAndPlanTablesTests.planFiles.count == Corpus.expectedRenditionsPerSeed)
    }
}
