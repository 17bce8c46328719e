// Workload (a): DocxReader.read over the corpus, in one process.

import ArvioPackage
import ArvioWordML
import Foundation

struct Sample {
    let file: String
    /// The main document part's name in the zip ("word/document.xml" in most files), for the floor.
    var mainPart = "word/document.xml"
    let mainXMLBytes: Int
}

struct Corpus {
    var samples: [Sample] = []
    var refused: [(file: String, why: String)] = []
    var xmlBytesPerPass: Int { samples.reduce(0) { $0 + $1.mainXMLBytes } }
    var largest: Sample? { samples.max { $0.mainXMLBytes < $1.mainXMLBytes } }

    /// One untimed pass: each main part's size, whether the file reads, and warm caches.
    init(files: [String]) {
        for file in files {
            do {
                let package = try WordPackage.open(file)
                let size = package.entries.first { $0.name == package.mainPart }?.declaredSize ?? 0
                _ = try DocxReader.read(file)
                samples.append(Sample(file: file, mainPart: package.mainPart, mainXMLBytes: size))
            } catch {
                refused.append((file, "\(error.code) (exit \(error.exitCode))"))
            }
        }
    }
}

/// What the read workload leaves for the verdict.
struct ReadResult {
    var passes: Passes
    var floor: Passes
    /// ru_maxrss of the whole bench process after every read pass.
    var aggregatePeak: Int
}

func runReadWorkload(_ corpus: Corpus, settings: Settings, startupMemory: Int) -> ReadResult {
    let samples = corpus.samples
    heading("Read: DocxReader.read, \(samples.count) documents × \(settings.repetitions) passes in one process")
    var checksum = 0  // keeps the optimiser from dropping the reads
    var perFile = [Double](repeating: 0, count: samples.count)
    let timed = Passes.interleaved(settings.repetitions, [
        {
            for (index, sample) in samples.enumerated() {
                let start = clock.now
                if let document = try? DocxReader.read(sample.file) {
                    checksum &+= document.body.count &+ document.footnotes.count &+ document.warnings.count
                }
                perFile[index] += seconds(clock.now - start)
            }
        },
        floorPass(samples),
    ])
    let (passes, floor) = (timed[0], timed[1])
    let peak = peakMemory()
    let xml = Double(corpus.xmlBytesPerPass)

    var table = Table("tool", "wall per pass, median (range)", "CPU per pass, median", "documents/s", "MB/s main XML",
                      "× floor (wall / CPU)")
    table.add("floor: inflate + libxml2 reader", spread(floor.wall), duration(floor.medianCPU),
              fixed(Double(samples.count) / floor.medianWall, 1), fixed(xml / 1e6 / floor.medianWall, 1), "1×")
    table.add("Arvio DocxReader.read", spread(passes.wall), duration(passes.medianCPU),
              fixed(Double(samples.count) / passes.medianWall, 1), fixed(xml / 1e6 / passes.medianWall, 1),
              floorMultiple(passes, floor))
    table.print()
    print("")
    print("Main-document XML: \(megabytes(corpus.xmlBytesPerPass)) per pass (uncompressed; MB = 10^6 bytes).")
    print("Slowest files (mean per read, main XML, share of the time):")
    let total = perFile.reduce(0, +)
    for index in perFile.indices.sorted(by: { perFile[$0] > perFile[$1] }).prefix(3) {
        print("  " + String(format: "%7.1f ms %8.2f MB %4.0f%%  ", perFile[index] * 1000 / Double(settings.repetitions),
                             Double(samples[index].mainXMLBytes) / 1e6, perFile[index] / total * 100) + shortName(samples[index].file))
    }
    let largest = Double(max(corpus.largest?.mainXMLBytes ?? 1, 1))
    print("Aggregate memory (whole bench process, ru_maxrss after all read passes; includes the runtime and")
    print("  the allocator's reuse across files, so it is not a per-document figure: see Memory below):")
    print("  \(megabytes(peak)) = \(fixed(Double(peak) / largest, 1))× the largest main XML, of which \(megabytes(startupMemory)) before reading anything")
    print("Checksum \(checksum)")
    return ReadResult(passes: passes, floor: floor, aggregatePeak: peak)
}
