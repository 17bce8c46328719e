import ArvioDevSupport
import Testing

/// The lists this target's parameterised suites run over, counted first. MANIFEST.json describes
/// 15 renditions (seeds 000–004 × word, libreoffice, pandoc) and the folder holds exactly those;
/// Corpora holds 91 .docx/.dotx/.docm files (15 seeds + 76 external, Corpora/README.md).
@Suite struct CorpusCountTests {
    @Test func everyListHasItsCases() {
        #expect(SeedCorpus.fileNames.count == Corpus.expectedSeedRenditions)
        #expect(SeedCorpus.fileNames == Corpus.seedFiles)
        #expect(ManifestTests.files.count == Corpus.expectedSeedRenditions)
        #expect(CorpusReadTests.files.count == 91)
        #expect(PeerCorpus.doclingCases.count == 17, "Corpora/README.md: 17 docling Markdown expectations")
    }
}
