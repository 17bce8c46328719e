// Workload (f): the generated scale set (`make generate`, Tools/ArvioGenerate): reports of 10,
// 100, 1,000 and 5,000 pages with the seeds' structure and one table of 200,000 rows. Each size:
// the floor, read, import, import + JSON and import + YAML (what `arvio import -o FILE` does,
// without the process start), with each time as a multiple of the floor, timed in a child process
// of their own; peak memory in another child; then the cost curve — time per MB of XML across the
// report sizes and the exponent of a power-law fit (1.00 is linear).

import ArvioPackage
import ArvioReport
import ArvioWordML
import Foundation

struct ScaleRow {
    var sample: Sample
    var pages: Int?
    var rows: Int?
    var floor = Passes()
    var read = Passes()
    var importing = Passes()
    var json = Passes()
    var yaml = Passes()
    /// Peak growth importing and writing JSON, and of the floor, each in a child process.
    var memory: MemoryMeasurement?
    var floorMemory: MemoryMeasurement?
}

struct ScaleResult {
    var rows: [ScaleRow]
    /// The 1,000-page report, on which the floor and memory targets are judged.
    var thousandPages: ScaleRow? { rows.first { $0.pages == 1000 } }
}

/// "report-1000-pages.docx" → 1000; "table-200000-rows.docx" → 200000 (as rows).
private func sizeInName(_ file: String, _ suffix: String) -> Int? {
    let name = (file as NSString).lastPathComponent
    guard name.hasSuffix("-\(suffix).docx") else { return nil }
    return Int(name.dropLast("-\(suffix).docx".count).split(separator: "-").last ?? "")
}

func runScaleWorkload(settings: Settings) -> ScaleResult? {
    let files = docxFiles(under: [settings.scaleFolder])
    heading("Scale: the generated set in \(settings.scaleFolder)/, smallest first")
    guard !files.isEmpty else {
        print("No generated documents in \(settings.scaleFolder)/: run `make generate` (make bench does) and try again.")
        return nil
    }
    var rows: [ScaleRow] = []
    for file in files {
        guard let package = try? WordPackage.open(file),
              let size = package.entries.first(where: { $0.name == package.mainPart })?.declaredSize else {
            print("  \(file): not readable, left out")
            continue
        }
        rows.append(ScaleRow(sample: Sample(file: file, mainPart: package.mainPart, mainXMLBytes: size),
                             pages: sizeInName(file, "pages"), rows: sizeInName(file, "rows")))
    }
    rows.sort { $0.sample.mainXMLBytes < $1.sample.mainXMLBytes }

    for index in rows.indices {
        let sample = rows[index].sample
        // Small documents get all the passes; big ones fewer, so the set stays within minutes.
        let passes = max(1, min(settings.repetitions, Int(60e6 / Double(max(sample.mainXMLBytes, 1)))))
        guard let timed = timeInChild(sample.file, passes: passes) else {
            print("  \(shortName(sample.file)): the timing child failed, left out")
            continue
        }
        (rows[index].floor, rows[index].read, rows[index].importing, rows[index].json, rows[index].yaml)
            = (timed[0], timed[1], timed[2], timed[3], timed[4])
        rows[index].memory = measureInChild(sample.file, step: .json, runs: min(passes, 3))
        rows[index].floorMemory = measureInChild(sample.file, step: .floor, runs: min(passes, 3))
        print("  measured \(shortName(sample.file)) (\(passes) pass\(passes == 1 ? "" : "es"))")
    }

    rows.removeAll { $0.floor.count == 0 }
    var table = Table("document", "main XML", "floor", "read", "import", "import + JSON", "import + YAML",
                      "import ÷ floor (wall / CPU)", "import + JSON ÷ floor (wall / CPU)", "MB/s (import)",
                      "peak growth, import + JSON", "÷ main XML", "floor's growth")
    for row in rows {
        let xml = Double(row.sample.mainXMLBytes)
        let withJSON = plus(row.importing, row.json), withYAML = plus(row.importing, row.yaml)
        let growth = row.memory.map { median($0.growth.map(Double.init)) }
        let floorGrowth = row.floorMemory.map { median($0.growth.map(Double.init)) }
        table.add(shortName(row.sample.file), megabytes(row.sample.mainXMLBytes),
                  duration(row.floor.medianWall), duration(row.read.medianWall), duration(row.importing.medianWall),
                  duration(withJSON.medianWall), duration(withYAML.medianWall),
                  floorMultiple(row.importing, row.floor), floorMultiple(withJSON, row.floor),
                  fixed(xml / 1e6 / row.importing.medianWall, 1),
                  growth.map { megabytes(Int($0)) } ?? "failed", growth.map { times($0 / xml) } ?? "–",
                  floorGrowth.map { megabytes(Int($0)) } ?? "failed")
    }
    table.print()
    print("")
    print("Times are wall-clock medians (CPU time in the ratios), each document timed in a child process of its")
    print("  own, as `arvio import` runs; big documents get fewer passes.")
    print("Peak growth: a child process imports the file and writes the report as JSON once, streamed as")
    print("  `arvio import -o FILE` does (peak − resident before, median of up to 3 runs); the floor's growth")
    print("  is the same measurement of the floor.")
    printCostCurve(rows.filter { $0.pages != nil })
    return ScaleResult(rows: rows)
}

/// What the timing child times, in the order it prints them.
private let scaleSteps = ["floor", "read", "import", "json", "yaml"]

/// Times one document of the set in a child process (`--time-scale`): a process of its own, as
/// `arvio import` runs, rather than the bench's, whose heap the earlier workloads have grown and
/// scattered (that weighs on Arvio's many allocations, not on the floor's few large ones). nil
/// when the child fails.
private func timeInChild(_ file: String, passes: Int) -> [Passes]? {
    let output = (scratchFolder as NSString).appendingPathComponent("time-scale.txt")
    let run = runChild(ownExecutable(), ["--time-scale", file, "--passes", "\(passes)"], output: output)
    guard run.succeeded, let text = try? String(contentsOfFile: output, encoding: .utf8) else { return nil }
    var timed = [Passes](repeating: Passes(), count: scaleSteps.count)
    for line in text.split(separator: "\n") {
        let parts = line.split(separator: " ")
        guard parts.count == 3, let step = scaleSteps.firstIndex(of: String(parts[0])),
              let wall = Double(parts[1]), let cpu = Double(parts[2]) else { continue }
        timed[step].add(wall: wall, cpu: cpu)
    }
    return timed.allSatisfy({ $0.count == passes }) ? timed : nil
}

/// Child mode (`arvio-bench --time-scale FILE --passes N`): the floor, read and import passes
/// taking turns, then JSON and YAML written from the last report; prints "step wall cpu" for
/// every pass of every step.
func timeScaleDocument(_ file: String, passes: Int) -> Never {
    guard let package = try? WordPackage.open(file),
          let size = package.entries.first(where: { $0.name == package.mainPart })?.declaredSize else {
        print("error \(file) is not readable")
        exit(1)
    }
    let sample = Sample(file: file, mainPart: package.mainPart, mainXMLBytes: size)
    let mappings = loadMappings().0
    // Each pass's document and report are freed after its timing, not inside the next pass:
    // the first pass never paid for a previous one, and the floor makes nothing to free.
    var report: Report?
    var document: WordDocument?, fresh: Report?
    var timed = Passes.interleaved(passes, [
        floorPass([sample]),
        { document = try? DocxReader.read(sample.file) },
        { fresh = try? ReportImporter.importReport(sample.file, mappings: mappings) },
    ], untimed: {
        _ = document.take()
        if let made = fresh.take() { report = made }
    })
    guard let report else {
        print("error \(file) did not import")
        exit(1)
    }
    timed.append(Passes.measure(passes) { write(report, as: .json) })
    timed.append(Passes.measure(passes) { write(report, as: .yaml) })
    for (step, measured) in zip(scaleSteps, timed) {
        for (wall, cpu) in zip(measured.wall, measured.cpu) { print("\(step) \(wall) \(cpu)") }
    }
    exit(0)
}

/// The report streamed to /dev/null in chunks, as `arvio import -o FILE` writes it.
private func write(_ report: Report, as format: ReportWriter.Format) {
    guard let sink = fopen("/dev/null", "w") else { return }
    defer { fclose(sink) }
    try? ReportWriter.write(report, as: format) { chunk in _ = fwrite(chunk.baseAddress, 1, chunk.count, sink) }
}

/// Per-pass sum of two measurements taken with the same number of passes.
private func plus(_ first: Passes, _ second: Passes) -> Passes {
    var sum = Passes()
    for (a, b) in zip(zip(first.wall, first.cpu), zip(second.wall, second.cpu)) { sum.add(wall: a.0 + b.0, cpu: a.1 + b.1) }
    return sum
}

/// Cost per MB of XML at each size, and the exponent b of time ≈ a · size^b fitted by least
/// squares on logarithms (CPU time, the steadier one): 1.00 is linear, 2.00 quadratic.
private func printCostCurve(_ rows: [ScaleRow]) {
    guard rows.count >= 2 else { return }
    print("")
    print("Cost curve over the reports (CPU time per MB of main XML; flat is linear):")
    var table = Table("pages", "main XML", "floor ms/MB", "read ms/MB", "import ms/MB", "import + JSON ms/MB", "import + YAML ms/MB")
    for row in rows {
        let mb = Double(row.sample.mainXMLBytes) / 1e6
        func perMB(_ passes: Passes) -> String { fixed(passes.medianCPU * 1000 / mb, 1) }
        table.add("\(row.pages ?? 0)", megabytes(row.sample.mainXMLBytes), perMB(row.floor), perMB(row.read),
                  perMB(row.importing), perMB(plus(row.importing, row.json)), perMB(plus(row.importing, row.yaml)))
    }
    table.print()
    func exponent(_ time: (ScaleRow) -> Double) -> String {
        let points = rows.map { (log(Double($0.sample.mainXMLBytes)), log(max(time($0), 1e-6))) }
        let meanX = points.map(\.0).reduce(0, +) / Double(points.count)
        let meanY = points.map(\.1).reduce(0, +) / Double(points.count)
        let covariance = points.map { ($0.0 - meanX) * ($0.1 - meanY) }.reduce(0, +)
        let variance = points.map { ($0.0 - meanX) * ($0.0 - meanX) }.reduce(0, +)
        return fixed(covariance / variance)
    }
    print("")
    print("Fitted exponent b in time ≈ a · size^b (1.00 = linear): floor \(exponent { $0.floor.medianCPU }), read \(exponent { $0.read.medianCPU }), "
          + "import \(exponent { $0.importing.medianCPU }), import + JSON \(exponent { plus($0.importing, $0.json).medianCPU }), "
          + "import + YAML \(exponent { plus($0.importing, $0.yaml).medianCPU })")
}
