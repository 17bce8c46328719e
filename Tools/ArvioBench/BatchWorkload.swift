// Workload (g): `arvio import FOLDER -o OUT --jobs N` and `arvio next FOLDER -o OUT --jobs N` as
// commands (the `arvio` built beside this bench), for N = 1 and every core: does throughput scale?

import Foundation

struct BatchResult {
    /// Documents per second with every core over documents per second on one, for import.
    var importSpeedup: Double
    var cores: Int
}

func runBatchWorkload(settings: Settings) -> BatchResult? {
    let cores = ProcessInfo.processInfo.activeProcessorCount
    heading("Batch: arvio import|next FOLDER -o OUT --jobs N, N = 1 and \(cores)")
    let arvio = ((ownExecutable() as NSString).deletingLastPathComponent as NSString).appendingPathComponent("arvio")
    guard FileManager.default.isExecutableFile(atPath: arvio) else {
        print("No arvio beside arvio-bench (\(arvio)): build it with `swift build -c release --product arvio` (make bench does).")
        return nil
    }
    let passes = max(1, min(settings.repetitions, 3))
    let jobCounts = cores > 1 ? [1, cores] : [1]
    var table = Table("command", "documents", "--jobs", "wall per run, median (range)", "CPU per run", "documents/s", "speed-up over --jobs 1", "exit")
    var importSpeedup = 1.0
    for (verb, roots) in [("import", settings.roots), ("next", [settings.seeds])] {
        let count = docxFiles(under: roots).count
        var single: Double?
        for jobs in jobCounts {
            var timed = Passes()
            var status: Int32 = 0
            for pass in 0..<passes {
                let output = scratch("batch-\(verb)-\(jobs)-\(pass)")
                let run = runChild(arvio, [verb] + roots + ["-o", output, "--jobs", "\(jobs)"])
                timed.add(wall: run.wall, cpu: run.cpu)
                status = run.status
                try? FileManager.default.removeItem(atPath: output)
            }
            let rate = Double(count) / timed.medianWall
            if jobs == 1 { single = rate }
            let speedup = single.map { rate / $0 } ?? 1
            if verb == "import" && jobs == cores { importSpeedup = speedup }
            table.add("arvio \(verb) \(roots.joined(separator: " "))", "\(count)", "\(jobs)", spread(timed.wall),
                      duration(timed.medianCPU), fixed(rate, 1), times(speedup), "\(status)")
        }
    }
    table.print()
    print("")
    print("Whole commands, process start and mappings' load included; exit 2 means some files were refused")
    print("  (reported and skipped, as a batch should: `next` refuses the seeds that are not oma-arviointi reports).")
    return BatchResult(importSpeedup: importSpeedup, cores: cores)
}
