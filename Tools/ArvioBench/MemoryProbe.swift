// Peak memory per document, measured honestly: the bench runs itself again as a child
// (`arvio-bench --measure-one FILE`) that reads only that file once, so the figure is not the
// running maximum over every pass and file, and the child says how much was resident before it
// read anything. The child reads its own high-water mark (VmHWM): its ru_maxrss would start at
// the parent's peak, because posix_spawn shares the parent's address space until exec.

import ArvioFloor
import ArvioPackage
import ArvioReport
import ArvioWordML
import Foundation

// MARK: - Child side

/// What a child process measures (`--measure-one FILE --what …`).
enum MeasuredStep: String {
    /// DocxReader.read.
    case read
    /// ReportImporter.importReport.
    case `import`
    /// importReport, then the report written as JSON or YAML the way `arvio import -o FILE` does.
    case json, yaml
    /// The floor: inflate + libxml2's reader.
    case floor

    var label: String {
        switch self {
        case .read: "DocxReader.read"
        case .import: "importReport"
        case .json: "importReport + JSON"
        case .yaml: "importReport + YAML"
        case .floor: "floor"
        }
    }
}

/// Does `step` on `file` once (or `passes` times, for a profiler) and prints what was resident
/// before and the peak after, in bytes.
func measureOne(_ file: String, step: MeasuredStep, passes: Int = 1) -> Never {
    let mappings = [.import, .json, .yaml].contains(step) ? loadMappings().0 : nil
    let mainPart = step == .floor ? (try? WordPackage.open(file))?.mainPart ?? "word/document.xml" : ""
    let residentBefore = residentMemory()
    let peakBefore = highWaterMemory()
    var checksum = 0
    do {
        for _ in 0 ..< passes {
            checksum = try perform(step, on: file, mappings: mappings, mainPart: mainPart)
        }
    } catch {
        print("error \(error)")
        exit(1)
    }
    print("resident-before \(residentBefore)")
    print("peak-before \(peakBefore)")
    print("peak \(highWaterMemory())")
    print("ru-maxrss \(peakMemory())")
    print("checksum \(checksum)")
    exit(0)
}

/// One pass of `step`; returns a checksum, so the work cannot be optimised away.
private func perform(_ step: MeasuredStep, on file: String, mappings: MappingSet?, mainPart: String) throws -> Int {
    if let mappings {
        let report = try ReportImporter.importReport(file, mappings: mappings)
        var checksum = report.goals.count &+ report.coverage.bodyCharacters
        if step == .json || step == .yaml {
            // As `arvio import -o FILE` writes: streamed in chunks, never the whole text at once.
            guard let sink = fopen("/dev/null", "w") else { exit(1) }
            defer { fclose(sink) }
            try ReportWriter.write(report, as: step == .json ? .json : .yaml) { chunk in
                checksum &+= fwrite(chunk.baseAddress, 1, chunk.count, sink)
            }
        }
        return checksum
    }
    if step == .floor { return Floor.walk(path: file, part: mainPart)?.nodes ?? 0 }
    let document = try DocxReader.read(file)
    return document.body.count &+ document.footnotes.count
}

// MARK: - Parent side

struct MemoryMeasurement {
    var residentBefore: [Int] = []
    var peak: [Int] = []
    var growth: [Int] { zip(peak, residentBefore).map { max($0 - $1, 0) } }
}

struct MemoryResult {
    /// Growth over the baseline while reading the largest main XML, as a multiple of that XML (median of the runs).
    var growthMultiple: Double
}

/// `runs` child processes, each doing `step` on `file` once; nil if one fails.
func measureInChild(_ file: String, step: MeasuredStep, runs: Int) -> MemoryMeasurement? {
    var result = MemoryMeasurement()
    let output = (scratchFolder as NSString).appendingPathComponent("measure-one.txt")
    for _ in 0..<runs {
        let run = runChild(ownExecutable(), ["--measure-one", file, "--what", step.rawValue], output: output)
        guard run.succeeded, let text = try? String(contentsOfFile: output, encoding: .utf8) else { return nil }
        var values: [String: Int] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: " ")
            if parts.count == 2, let value = Int(parts[1]) { values[String(parts[0])] = value }
        }
        guard let before = values["resident-before"], let peak = values["peak"] else { return nil }
        result.residentBefore.append(before)
        result.peak.append(peak)
    }
    return result
}

func runMemoryWorkload(largest: Sample, largestSeed: Sample?, runs: Int) -> MemoryResult? {
    heading("Memory: one child process per measurement (arvio-bench --measure-one FILE), \(runs) runs each")
    func measure(_ file: String, importing: Bool) -> MemoryMeasurement? {
        measureInChild(file, step: importing ? .import : .read, runs: runs)
    }
    func range(_ values: [Int]) -> String {
        let low = values.min() ?? 0, high = values.max() ?? 0
        return low == high ? megabytes(low) : "\(megabytes(Int(median(values.map(Double.init))))) (\(fixed(Double(low) / 1e6))–\(fixed(Double(high) / 1e6)))"
    }

    var table = Table("document", "what", "main XML", "resident before", "peak (VmHWM)", "growth", "growth ÷ main XML")
    var readLargest: MemoryMeasurement?
    var targets = [(largest, "largest in the corpus")]
    if let largestSeed, largestSeed.file != largest.file { targets.append((largestSeed, "largest THL seed")) }
    for (sample, _) in targets {
        for importing in [false, true] {
            guard let measured = measure(sample.file, importing: importing) else {
                table.add(shortName(sample.file), importing ? "importReport" : "DocxReader.read", megabytes(sample.mainXMLBytes), "failed", "", "", "")
                continue
            }
            if sample.file == largest.file && !importing { readLargest = measured }
            let multiples = measured.growth.map { Double($0) / Double(max(sample.mainXMLBytes, 1)) }
            let multiple = multiples.count > 1
                ? "\(times(median(multiples))) (\(times(multiples.min()!))–\(times(multiples.max()!)))" : times(median(multiples))
            table.add(shortName(sample.file), importing ? "importReport" : "DocxReader.read", megabytes(sample.mainXMLBytes),
                      range(measured.residentBefore), range(measured.peak), range(measured.growth), multiple)
        }
    }
    table.print()
    print("")
    print("Resident before: the child's resident memory after start-up (and, for importReport, after loading the")
    print("mappings), just before it opens the file. Growth = peak − resident before.")
    guard let readLargest else {
        print("The child process could not measure \(largest.file).")
        return nil
    }
    let growth = median(readLargest.growth.map(Double.init))
    let multiple = growth / Double(max(largest.mainXMLBytes, 1))
    print("")
    print("peak while reading the largest document: \(megabytes(Int(growth))) = \(fixed(multiple, 1))× its XML (growth over the process baseline)")
    print("  \(shortName(largest.file)), \(megabytes(largest.mainXMLBytes)) of main XML; child peak \(range(readLargest.peak)), of which \(range(readLargest.residentBefore)) resident before reading")
    return MemoryResult(growthMultiple: multiple)
}
