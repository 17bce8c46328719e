// arvio-bench: how fast and how lean Arvio reads, imports and prepares the next period of real
// .docx files, against peers measured in the same run on the same files.
//
//   arvio-bench [--repetitions N] [--peer-repetitions M] [--only read,import,...] [FOLDER-OR-FILE ...]
//
// Workloads, each printed as its own table (see `--help` for every option):
//   process   one process per file as a user runs it: arvio import against pandoc on the seeds
//             and Corpora/external, the fixed cost per process, the scale set against
//             arvio-floor with peak memory                                            ProcessWorkload.swift
//   read      DocxReader.read over every .docx under the folders (default Corpora/)   ReadWorkload.swift
//   import    ReportImporter.importReport over the same files, against pandoc, docx2python,
//             mammoth and python-docx when installed                                 ImportWorkload.swift, Peers.swift
//   coverage  report.coverage.canonicalShare of each THL seed rendition (Corpora/seeds)  CoverageWorkload.swift
//   next      NextPeriod.prepare + PackageWriter.write on the oma-arviointi seeds, against a
//             LibreOffice headless docx → docx round trip                            NextWorkload.swift
//   memory    peak memory while reading the largest document, in a child process    MemoryProbe.swift
//   scale     the generated 10–5,000-page reports and 200,000-row table: times, floor multiples,
//             memory and the cost curve over size                                     ScaleWorkload.swift
//   batch     arvio import|next FOLDER --jobs 1 and --jobs <cores>, as commands          BatchWorkload.swift
// Every Arvio time is also given as a multiple of the floor: inflate + libxml2's reader only
// (Tools/ArvioFloor; FloorWorkload.swift).
// Files Arvio refuses are counted and listed, never fatal.

import Foundation

// MARK: - Targets the output is judged against

let targetPandocSpeedup = 30.0   // import at least 30× faster than pandoc on Corpora/
let targetPythonSpeedup = 10.0   // … and at least 10× faster than the fastest Python library
let targetFloorMultiple = 2.0    // read + import within 2× of the floor on the 1,000-page report
let targetMemoryMultiple = 4.0   // … growing memory by at most 4× its main-document XML
let targetCanonicalShare = 0.98  // every seed rendition at least 98 % placed in canonical fields
let targetNextSpeedup = 50.0     // next at least 50× faster than a LibreOffice round trip
let targetBatchSpeedup = 1.5     // batch import on 2 cores at least 1.5× the documents/s of one

// MARK: - Run

let settings = parseSettings()
if let file = settings.measureOne { measureOne(file, step: settings.measureStep, passes: settings.measurePasses) }
if let file = settings.timeScale { timeScaleDocument(file, passes: settings.measurePasses) }

let startupMemory = peakMemory()
let files = docxFiles(under: settings.roots)
guard !files.isEmpty else {
    print("arvio-bench: no .docx files under \(settings.roots.joined(separator: ", ")). Run it from the package folder.")
    exit(1)
}
let corpus = Corpus(files: files)
guard let largest = corpus.largest else {
    print("No file could be read; nothing to time.")
    exit(1)
}
let seedFiles = docxFiles(under: [settings.seeds])
let seeds = Corpus(files: seedFiles)

print("# Arvio benchmark")
print("")
print("\(files.count) .docx under \(settings.roots.joined(separator: ", ")); \(ProcessInfo.processInfo.activeProcessorCount) cores; load average \(loadAverage())")
print("Arvio: \(settings.repetitions) passes per workload; peers and LibreOffice: \(settings.peerRepetitions). Times are medians over the passes, ranges in brackets.")
if !corpus.refused.isEmpty {
    print("Refused by Arvio (left out of every timing): \(corpus.refused.count)")
    for item in corpus.refused { print("  \(shortName(item.file)): \(item.why)") }
}

let wanted = settings.workloads
let process = wanted.contains(.process) ? runProcessWorkload(settings: settings) : nil
let read = wanted.contains(.read) ? runReadWorkload(corpus, settings: settings, startupMemory: startupMemory) : nil
let needsMappings = wanted.contains(.import) || wanted.contains(.coverage) || wanted.contains(.next)
let (mappings, mappingSeconds) = needsMappings ? loadMappings() : (nil, 0)
let imported = mappings.flatMap { wanted.contains(.import) ? runImportWorkload(corpus, mappings: $0, mappingSeconds: mappingSeconds, settings: settings) : nil }
let coverage = mappings.flatMap { mappings in
    wanted.contains(.coverage) || wanted.contains(.next)
        ? runCoverageWorkload(seeds: seedFiles, mappings: mappings, folder: settings.seeds, show: wanted.contains(.coverage))
        : nil
}
let next = mappings.flatMap { mappings in
    wanted.contains(.next) ? runNextWorkload(files: coverage?.omaArviointi ?? [], mappings: mappings, settings: settings) : nil
}
let memory = wanted.contains(.memory)
    ? runMemoryWorkload(largest: largest, largestSeed: seeds.largest, runs: max(3, min(settings.repetitions, 5))) : nil
let scale = wanted.contains(.scale) ? runScaleWorkload(settings: settings) : nil
let batch = wanted.contains(.batch) ? runBatchWorkload(settings: settings) : nil
removeScratch()

// MARK: - Verdict

print("")
print("## Targets")
print("")
func verdict(_ wall: Double, _ cpu: Double, _ target: Double) -> String {
    let ratios = "\(times(wall)) wall, \(times(cpu)) CPU"
    switch (wall >= target, cpu >= target) {
    case (true, true): return "\(ratios)  met"
    case (true, false): return "\(ratios)  met by wall-clock time only"
    case (false, true): return "\(ratios)  met by CPU time only"
    case (false, false): return "\(ratios)  NOT met"
    }
}
if let process { judgeProcessWorkload(process) }
if let imported {
    func judge(_ name: String, _ peer: PeerResult?, _ target: Double) {
        guard let peer else {
            print("  import ≥ \(Int(target))× \(name):  not measured (skipped or not installed, see Import)")
            return
        }
        print("  import ≥ \(Int(target))× \(name) (\(peer.peer.name)), Corpora/:  "
              + verdict(peer.passes.medianWall / imported.passes.medianWall, peer.passes.medianCPU / imported.passes.medianCPU, target))
    }
    judge("pandoc", imported.peers.first { $0.peer.name == "pandoc" }, targetPandocSpeedup)
    judge("the fastest Python library", imported.peers.filter { $0.peer.name != "pandoc" }.min { $0.passes.medianWall < $1.passes.medianWall },
          targetPythonSpeedup)
}
if let thousand = scale?.thousandPages {
    let wall = thousand.importing.medianWall / thousand.floor.medianWall
    let cpu = thousand.importing.medianCPU / thousand.floor.medianCPU
    let state = wall <= targetFloorMultiple && cpu <= targetFloorMultiple ? "met" : "NOT met"
    print("  read + import within \(Int(targetFloorMultiple))× the floor, 1,000 pages:  \(times(wall)) wall, \(times(cpu)) CPU  \(state)")
    if let growth = thousand.memory.map({ median($0.growth.map(Double.init)) }) {
        let multiple = growth / Double(max(thousand.sample.mainXMLBytes, 1))
        print("  peak memory ≤ \(Int(targetMemoryMultiple))× the XML, 1,000 pages (import + JSON, growth in a child):  \(fixed(multiple, 1))×  "
              + (multiple <= targetMemoryMultiple ? "met" : "NOT met"))
    }
}
if wanted.contains(.coverage), let coverage {
    if let minimum = coverage.minimum {
        print("  canonical share ≥ \(Int(targetCanonicalShare * 100)) % on every seed rendition:  minimum \(String(format: "%.2f %%", minimum.share * 100)) (\(minimum.file))  "
              + (minimum.share >= targetCanonicalShare && coverage.failures == 0 ? "met" : "NOT met"))
    } else {
        print("  canonical share ≥ \(Int(targetCanonicalShare * 100)) %:  not measured (no seed imported)")
    }
}
if let next {
    if let libreOffice = next.libreOffice {
        // LibreOffice's round trip parses the file too, so the end-to-end line is the like-for-like one.
        print("  next ≥ \(Int(targetNextSpeedup))× a LibreOffice round trip (one soffice process per file):")
        print("    NextPeriod.prepare + PackageWriter.write:                 "
              + verdict(libreOffice.medianWall / next.prepareWrite.medianWall, libreOffice.medianCPU / next.prepareWrite.medianCPU, targetNextSpeedup))
        print("    end to end, DocxReader.read + import + prepare + write:   "
              + verdict(libreOffice.medianWall / next.endToEnd.medianWall, libreOffice.medianCPU / next.endToEnd.medianCPU, targetNextSpeedup))
    } else {
        print("  next ≥ \(Int(targetNextSpeedup))× a LibreOffice round trip:  not measured (LibreOffice skipped or not installed, see Next)")
    }
}
if let memory {
    print("  peak memory ≤ \(Int(targetMemoryMultiple))× the largest main XML in Corpora/ (growth while reading it, own process):  \(fixed(memory.growthMultiple, 1))×  "
          + (memory.growthMultiple <= targetMemoryMultiple ? "met" : "NOT met"))
}
if let batch {
    print("  batch import scales with --jobs (\(batch.cores) cores ≥ \(fixed(targetBatchSpeedup, 1))× one):  \(times(batch.importSpeedup))  "
          + (batch.cores < 2 ? "not judged (one core)" : batch.importSpeedup >= targetBatchSpeedup ? "met" : "NOT met"))
}
if let read {
    let multiple = Double(read.aggregatePeak) / Double(max(largest.mainXMLBytes, 1))
    print("  (for reference, not judged: whole bench process after every read pass, \(megabytes(read.aggregatePeak)) = \(fixed(multiple, 1))× the largest main XML)")
}

func loadAverage() -> String {
    guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return "unknown" }
    return text.split(separator: " ").prefix(3).joined(separator: " ")
}
