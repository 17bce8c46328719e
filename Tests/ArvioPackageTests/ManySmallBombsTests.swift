import ArvioDevSupport
import ArvioPackage
import Foundation
import Testing

/// `hostile/many-small-bombs.docx`: sixteen header parts, each just under the 4 MB floor of the
/// per-part ratio check, 64 MB in all from 70 KB. The ratio over all parts read so far stops it
/// once 4 MB are passed, not 64.
@Suite struct ManySmallBombsTests {
    static let path = HostileFixtures.path("many-small-bombs.docx")

    @Test func refusedOnceThePartsTogetherCompressLikeABomb() throws {
        let package = try WordPackage.open(Self.path)
        let headers = package.entries.filter { $0.name.hasPrefix("word/header") }
        #expect(headers.count == 16)
        #expect(headers.allSatisfy { $0.declaredSize <= PackageLimits.default.ratioCheckFloor })
        _ = try package.bytes(of: package.mainPart)
        do {
            // Refused at the header that takes the total past 4 MB: the first or the second.
            for header in ["word/header0.xml", "word/header1.xml"] { _ = try package.bytes(of: header) }
            Issue.record("two 4 MB headers were read")
        } catch {
            guard case .suspiciousTotalCompression(let ratio) = error else { Issue.record("\(error)"); return }
            #expect(ratio > PackageLimits.default.maxCompressionRatio)
            #expect(error.code == "ARVIO-TOO-LARGE" && error.exitCode == 16)
            #expect(error.message(file: "x.docx").contains("compress \(ratio):1"))
        }
    }

    /// Real documents stay far inside: the whole corpus, every part, read together.
    @Test func noCorpusDocumentComesNear() throws {
        let corpora = Repository.root.appendingPathComponent("Corpora")
        let files = (FileManager.default.enumerator(atPath: corpora.path)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(".docx") }
        // `find Corpora -name '*.docx' | wc -l`: 15 seed renditions and 74 external documents.
        #expect(files.count == 89)
        for file in files {
            let package: WordPackage
            do { package = try WordPackage.open(corpora.appendingPathComponent(file).path) } catch {
                Issue.record("\(file) does not open: \(error)")
                continue
            }
            for entry in package.entries where entry.name.hasSuffix(".xml") || entry.name.hasSuffix(".rels") {
                do { _ = try package.bytes(of: entry.name) } catch {
                    Issue.record("\(file): \(entry.name): \(error)")
                    break
                }
            }
        }
    }
}
