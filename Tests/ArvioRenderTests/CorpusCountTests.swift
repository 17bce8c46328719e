import ArvioDevSupport
import Testing

/// The lists the parameterised suites of this target run over (round trips, Markdown, first
/// report), counted first: a missing Corpora/seeds fails here instead of letting them pass with
/// no case. 15 = the renditions MANIFEST.json describes (seeds 000–004 × word, libreoffice, pandoc).
@Suite struct CorpusCountTests {
    @Test func everyListHasItsCases() {
        #expect(RenderCorpus.seedFiles.count == Corpus.expectedSeedRenditions)
        #expect(RenderCorpus.seedFiles.map { String($0.dropFirst("seeds/".count)) } == Corpus.manifestFiles)
        #expect(RenderCorpus.omaArviointiSeeds.count == Corpus.expectedOmaArviointiRenditions)
        #expect(FirstReportTests.planFiles.count == Corpus.expectedRenditionsPerSeed)
    }
}
