import ArvioDevSupport
import Testing

/// The oma-arviointi renditions `next` is tried on (NextPeriodTests, PeerToolsTests), counted
/// first: seeds 000, 001 and 003 × word, libreoffice, pandoc (Corpora/seeds/MANIFEST.json) = 9.
@Suite struct CorpusCountTests {
    @Test func everyListHasItsCases() {
        #expect(NextCorpus.reports.count == Corpus.expectedOmaArviointiRenditions)
        #expect(NextCorpus.reports == Corpus.seeds(["000", "001", "003"]))
    }
}
