import Foundation

/// The committed seed renditions (Corpora/seeds) and the hostile fixtures (Tests/Fixtures), listed
/// once for every test target. A listing that fails is empty, so every suite driven by one of these
/// lists also has a test that compares the list's length with `Corpus.expected…` (counted by hand
/// from the folder and MANIFEST.json): a missing folder fails that test instead of passing empty.
public enum Corpus {
    public static let seedsFolder = Repository.root.appendingPathComponent("Corpora/seeds")

    /// 5 seeds (000–004) × 3 producers (word, libreoffice, pandoc): MANIFEST.json's "files" has 15 keys.
    public static let expectedSeedRenditions = 15
    /// Seeds 000, 001 and 003 (the oma-arviointi reports) × 3 producers.
    public static let expectedOmaArviointiRenditions = 9
    /// Seed 002 (a final summary, loppuyhteenveto) or 004 (a project plan, hankesuunnitelma): 3 producers each.
    public static let expectedRenditionsPerSeed = 3

    /// Every `.docx` in Corpora/seeds, sorted ("000-oma-arviointi-2020.libreoffice.docx", …).
    public static let seedFiles: [String] = {
        ((try? FileManager.default.contentsOfDirectory(atPath: seedsFolder.path)) ?? [])
            .filter { $0.hasSuffix(".docx") }.sorted()
    }()

    /// The seed renditions whose name starts with one of `ids` ("000", "002", …).
    public static func seeds(_ ids: [String]) -> [String] {
        seedFiles.filter { name in ids.contains { name.hasPrefix($0 + "-") } }
    }

    /// File names MANIFEST.json describes (its "files" keys), sorted; empty when it cannot be read.
    public static let manifestFiles: [String] = {
        guard let data = try? Data(contentsOf: seedsFolder.appendingPathComponent("MANIFEST.json")),
              let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let files = root["files"] as? [String: Any] else { return [] }
        return files.keys.sorted()
    }()

    public static func seedPath(_ name: String) -> String { seedsFolder.appendingPathComponent(name).path }

    /// The crafted files in Tests/Fixtures/hostile and the fuzzer's finds in Tests/Fixtures/fuzz, as
    /// "hostile/zip-bomb.docx", … (READMEs and the generator script left out).
    public static func fixtures(_ folder: String) -> [String] {
        let path = Repository.path("Tests/Fixtures/\(folder)")
        return ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [])
            .filter { !$0.hasSuffix(".md") && !$0.hasSuffix(".py") && !$0.hasPrefix(".") }.sorted().map { "\(folder)/\($0)" }
    }
}
