// The bench's command line.

import ArvioPackage
import Foundation

/// The workloads, in the order they run and print.
enum Workload: String, CaseIterable {
    case process, read, `import`, coverage, next, memory, scale, batch
}

struct Settings {
    var repetitions = 5
    /// Three, not one: this machine's speed switches between two states, and a single peer pass
    /// falling in the other state than most of Arvio's moved a ratio by nearly a third.
    var peerRepetitions = 3
    var skippedPeers: Set<String> = []
    var runLibreOffice = true
    var workloads = Set(Workload.allCases)
    var seeds = "Corpora/seeds"
    var roots: [String] = []
    /// Child mode: read (or import) only this file once and report memory; see MemoryProbe.swift.
    var measureOne: String?
    var measureStep = MeasuredStep.read
    /// Child mode: do the step this many times (for running under a profiler such as perf).
    var measurePasses = 1
    /// The generated scale set (`make generate`), for the scale workload.
    var scaleFolder = ".bench-data"
    /// Child mode: time one document of the scale set (`--passes` passes); see ScaleWorkload.swift.
    var timeScale: String?
}

func usage() -> Never {
    print("""
        usage: arvio-bench [options] [FOLDER-OR-FILE ...]
          --repetitions N          passes of each Arvio workload (default 5)
          --peer-repetitions M     passes of each peer and of LibreOffice, at most N (default 3)
          --only LIST              workloads to run, comma-separated: \(Workload.allCases.map(\.rawValue).joined(separator: ","))
          --seeds FOLDER           the THL seed renditions for coverage and next (default Corpora/seeds)
          --scale FOLDER           the generated scale set for the scale workload (default .bench-data, from make generate)
          --no-peers               skip pandoc, docx2python, mammoth and python-docx
          --no-pandoc              skip pandoc only (likewise --no-docx2python, --no-mammoth, --no-python-docx)
          --no-libreoffice         skip the LibreOffice round trip in the next workload
          FOLDER-OR-FILE           where to look for .docx files for read and import (default: Corpora)
        child mode (used by the memory workload):
          --measure-one FILE [--what read|import|json|yaml|floor] [--passes N]
                                   do that to FILE once (or N times, for a profiler); print memory before and after
        child mode (used by the scale workload):
          --time-scale FILE [--passes N]
                                   time the floor, read, import, JSON and YAML on FILE; print each pass's times
        """)
    exit(64)
}

func parseSettings() -> Settings {
    var settings = Settings()
    var arguments = CommandLine.arguments.dropFirst()
    func value(_ flag: String) -> String {
        guard let text = arguments.popFirst() else {
            StandardStream.error.write("arvio-bench: \(flag) needs a value\n")
            usage()
        }
        return text
    }
    func count(_ flag: String) -> Int {
        guard let number = Int(value(flag)), number > 0 else {
            StandardStream.error.write("arvio-bench: \(flag) needs a positive number\n")
            usage()
        }
        return number
    }
    while let argument = arguments.popFirst() {
        switch argument {
        case "--repetitions", "-n": settings.repetitions = count(argument)
        case "--peer-repetitions", "--pandoc-repetitions": settings.peerRepetitions = count(argument)
        case "--only":
            var chosen: Set<Workload> = []
            for name in value(argument).split(separator: ",") {
                guard let workload = Workload(rawValue: String(name)) else { usage() }
                chosen.insert(workload)
            }
            settings.workloads = chosen
        case "--seeds": settings.seeds = value(argument)
        case "--no-peers": settings.skippedPeers = Set(Peer.all.map(\.name))
        case "--no-libreoffice": settings.runLibreOffice = false
        case "--measure-one": settings.measureOne = value(argument)
        case "--import": settings.measureStep = .import
        case "--what":
            guard let step = MeasuredStep(rawValue: value(argument)) else { usage() }
            settings.measureStep = step
        case "--passes":
            guard let passes = Int(value(argument)), passes > 0 else { usage() }
            settings.measurePasses = passes
        case "--scale": settings.scaleFolder = value(argument)
        case "--time-scale": settings.timeScale = value(argument)
        case "--help", "-h": usage()
        case let flag where flag.hasPrefix("--no-") && Peer.all.contains { $0.name == flag.dropFirst(5) }:
            settings.skippedPeers.insert(String(flag.dropFirst(5)))
        default:
            if argument.hasPrefix("-") { usage() }
            settings.roots.append(argument)
        }
    }
    settings.peerRepetitions = min(settings.peerRepetitions, settings.repetitions)
    if settings.roots.isEmpty { settings.roots = ["Corpora"] }
    return settings
}
