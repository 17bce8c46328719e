// Workload (process): what a user waits for. Every figure here is a whole process, started as a
// shell starts it, one per file: `arvio import FILE` (the report as YAML on standard output, to
// /dev/null) against `pandoc -f docx -t markdown FILE` on each Corpora seed and each real file of
// Corpora/external; Arvio's fixed cost per process (`arvio import` of the smallest Corpora file
// minus `arvio-empty`, an empty Swift program); and the scale set against `arvio-floor`, with the
// peak memory of the `arvio import` process from GNU time. Passes take turns (arvio, the other,
// arvio, …) so a burst of load from elsewhere falls on both.

import ArvioPackage
import Foundation

let targetProcessPandocSpeedup = 20.0  // arvio import ≥ 20× pandoc, per report, one process each
let targetFixedCost = 0.005            // arvio import of the smallest file − an empty Swift program
let targetProcessFloorMultiple = 3.0   // 1,000 pages within 3× the floor, one process each
let targetProcessMemoryMultiple = 4.0  // peak memory of the arvio process ≤ 4× the main XML

struct ProcessResult {
    var seedRatios: [Double] = []      // pandoc ÷ arvio, CPU time, per seed rendition
    var externalRatios: [Double] = []
    var fixedCost: (wall: Double, cpu: Double)?
    var thousandPages: (wall: Double, cpu: Double, memory: Double?)?
    var exponent: Double?
}

func runProcessWorkload(settings: Settings) -> ProcessResult {
    var result = ProcessResult()
    let folder = (ownExecutable() as NSString).deletingLastPathComponent
    let arvio = folder + "/arvio", floor = folder + "/arvio-floor", empty = folder + "/arvio-empty"
    heading("Per process, as a user runs it: `arvio import FILE` against `pandoc -f docx -t markdown FILE`")
    for program in [arvio, floor, empty] where !FileManager.default.isExecutableFile(atPath: program) {
        print("\(program) is missing: build it first (make bench does).")
        return result
    }
    let pandoc = settings.skippedPeers.contains("pandoc") ? nil : onPath("pandoc")
    if pandoc == nil { print("pandoc skipped or not installed (apt-get install pandoc): Arvio's times only.") }
    let passes = settings.repetitions, peerPasses = settings.peerRepetitions

    for (name, files) in [("seeds", docxFiles(under: [settings.seeds])), ("external", docxFiles(under: ["Corpora/external"]))] {
        var table = Table("file", "arvio import (wall)", "CPU", "pandoc (wall)", "CPU", "pandoc ÷ arvio (wall / CPU)")
        var ratios: [Double] = []
        for file in files {
            var mine = Passes(), theirs = Passes(), failed = false, refused = false
            for pass in 0 ..< passes {
                let run = runChild(arvio, ["import", file])
                refused = refused || !run.succeeded
                mine.add(wall: run.wall, cpu: run.cpu)
                if let pandoc, pass < peerPasses {
                    let peer = runChild(pandoc, ["-f", "docx", "-t", "markdown", file])
                    failed = failed || !peer.succeeded
                    theirs.add(wall: peer.wall, cpu: peer.cpu)
                }
            }
            let usable = !failed && !refused && theirs.count > 0
            if usable { ratios.append(theirs.medianCPU / mine.medianCPU) }
            table.add(shortName(file) + (refused ? " (Arvio refuses it)" : ""), duration(mine.medianWall), duration(mine.medianCPU),
                      theirs.count == 0 ? "–" : duration(theirs.medianWall) + (failed ? " (failed)" : ""), duration(theirs.medianCPU),
                      usable ? "\(times(theirs.medianWall / mine.medianWall)) / \(times(theirs.medianCPU / mine.medianCPU))" : "–")
        }
        print("### Corpora/\(name == "seeds" ? "seeds" : "external") (\(files.count) files; arvio \(passes) passes, pandoc \(peerPasses); medians)")
        print("")
        table.print()
        print("")
        if !ratios.isEmpty {
            print("pandoc ÷ arvio by CPU time: minimum \(times(ratios.min()!)), median \(times(median(ratios))) over \(ratios.count) files "
                  + "(files pandoc fails on or Arvio refuses left out)")
        }
        if name == "seeds" { result.seedRatios = ratios } else { result.externalRatios = ratios }
    }

    // Fixed cost: the smallest file Arvio imports, against a program that does nothing.
    let smallest = docxFiles(under: ["Corpora"])
        .compactMap { file in (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int).map { (file, $0) } }
        .sorted { $0.1 < $1.1 }
        .first { runChild(arvio, ["import", $0.0]).succeeded }
    if let (file, _) = smallest {
        // `arvio --version` splits the cost: the program loaded and its command line parsed, no document.
        let runs = Passes.interleavedChildren(20, [(arvio, ["import", file]), (arvio, ["--version"]), (empty, [])])
        let cost = (wall: runs[0].medianWall - runs[2].medianWall, cpu: runs[0].medianCPU - runs[2].medianCPU)
        result.fixedCost = cost
        heading("Fixed cost per process")
        print("`arvio import \(shortName(file))` (the smallest Corpora file Arvio imports): \(duration(runs[0].medianWall)) wall, "
              + "\(duration(runs[0].medianCPU)) CPU; `arvio --version`: \(duration(runs[1].medianWall)) wall, \(duration(runs[1].medianCPU)) CPU; "
              + "`arvio-empty`: \(duration(runs[2].medianWall)) wall, \(duration(runs[2].medianCPU)) CPU "
              + "(medians of 20, taking turns). Arvio's own: \(duration(cost.wall)) wall, \(duration(cost.cpu)) CPU, of which starting "
              + "and parsing the command line (`--version` − empty) \(duration(runs[1].medianCPU - runs[2].medianCPU)) CPU.")
    }

    // The scale set, one process per run, against the floor as a program.
    let scale = docxFiles(under: [settings.scaleFolder]).filter { $0.hasSuffix("-pages.docx") }
    guard !scale.isEmpty else {
        print("No generated reports in \(settings.scaleFolder)/ (make generate): the scale rows are left out.")
        return result
    }
    heading("Scale set, one process per run: `arvio import FILE` against `arvio-floor FILE`")
    var table = Table("document", "main XML", "arvio-floor (wall / CPU)", "arvio import (wall / CPU)", "÷ floor (wall / CPU)",
                      "peak memory (arvio)", "÷ main XML")
    var points: [(size: Double, cpu: Double)] = []
    let sized = scale.compactMap { file -> (String, Int)? in
        guard let package = try? WordPackage.open(file),
              let size = package.entries.first(where: { $0.name == package.mainPart })?.declaredSize else { return nil }
        return (file, size)
    }.sorted { $0.1 < $1.1 }
    for (file, size) in sized {
        let runs = Passes.interleavedChildren(max(1, min(passes, Int(60e6 / Double(size)))), [(floor, [file]), (arvio, ["import", file])])
        let memory = runChild(arvio, ["import", file], measureMemory: true).peakMemory
        let multiple = memory.map { Double($0) / Double(size) }
        points.append((Double(size), runs[1].medianCPU))
        table.add(shortName(file), megabytes(size), "\(duration(runs[0].medianWall)) / \(duration(runs[0].medianCPU))",
                  "\(duration(runs[1].medianWall)) / \(duration(runs[1].medianCPU))",
                  "\(times(runs[1].medianWall / runs[0].medianWall)) / \(times(runs[1].medianCPU / runs[0].medianCPU))",
                  memory.map(megabytes) ?? "–", multiple.map(times) ?? "–")
        if file.hasSuffix("-1000-pages.docx") {
            result.thousandPages = (runs[1].medianWall / runs[0].medianWall, runs[1].medianCPU / runs[0].medianCPU, multiple)
        }
    }
    table.print()
    if points.count >= 3 {
        result.exponent = powerLawExponent(points)
        print("")
        print("CPU time ≈ a · size^b over the reports: b = \(fixed(result.exponent!)) (1.00 is linear; the fixed cost weighs on the small ones).")
    }
    return result
}

func judgeProcessWorkload(_ result: ProcessResult) {
    func state(_ met: Bool) -> String { met ? "met" : "NOT met" }
    if let low = result.seedRatios.min() {
        print("  arvio import ≥ \(Int(targetProcessPandocSpeedup))× pandoc per report, one process each (CPU), Corpora/seeds:  minimum \(times(low))  "
              + state(low >= targetProcessPandocSpeedup))
    }
    if let low = result.externalRatios.min() {
        print("    Corpora/external:  minimum \(times(low)), median \(times(median(result.externalRatios)))  "
              + state(low >= targetProcessPandocSpeedup))
    }
    if let cost = result.fixedCost {
        print("  fixed cost per process ≤ \(duration(targetFixedCost)) (smallest file − empty Swift program):  \(duration(cost.cpu)) CPU, "
              + "\(duration(cost.wall)) wall  " + state(cost.cpu <= targetFixedCost))
    }
    if let thousand = result.thousandPages {
        print("  1,000 pages within \(Int(targetProcessFloorMultiple))× the floor, one process each:  \(times(thousand.wall)) wall, \(times(thousand.cpu)) CPU  "
              + state(thousand.cpu <= targetProcessFloorMultiple))
        if let memory = thousand.memory {
            print("  peak memory of the arvio process ≤ \(Int(targetProcessMemoryMultiple))× the XML, 1,000 pages:  \(times(memory))  "
                  + state(memory <= targetProcessMemoryMultiple))
        }
    }
    if let exponent = result.exponent {
        print("  linear to 5,000 pages (exponent of CPU time over size, per process):  \(fixed(exponent))  " + state(exponent <= 1.1))
    }
}

/// The exponent b of a least-squares fit of log(time) = log(a) + b · log(size).
func powerLawExponent(_ points: [(size: Double, cpu: Double)]) -> Double {
    let xs = points.map { log($0.size) }, ys = points.map { log($0.cpu) }
    let meanX = xs.reduce(0, +) / Double(xs.count), meanY = ys.reduce(0, +) / Double(ys.count)
    let covariance = zip(xs, ys).reduce(0) { $0 + ($1.0 - meanX) * ($1.1 - meanY) }
    let variance = xs.reduce(0) { $0 + ($1 - meanX) * ($1 - meanX) }
    return covariance / variance
}

extension Passes {
    /// Runs each program once per pass, taking turns, and times each process.
    static func interleavedChildren(_ count: Int, _ programs: [(String, [String])]) -> [Passes] {
        var result = [Passes](repeating: Passes(), count: programs.count)
        for _ in 0 ..< count {
            for (index, program) in programs.enumerated() {
                let run = runChild(program.0, program.1)
                result[index].add(wall: run.wall, cpu: run.cpu)
            }
        }
        return result
    }
}
