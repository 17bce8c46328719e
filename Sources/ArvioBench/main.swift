// arvio-bench: how fast and how lean Arvio reads real .docx files, and how that compares with pandoc.
//
//   arvio-bench [--repetitions N] [--pandoc-repetitions M] [--no-pandoc] [FOLDER-OR-FILE ...]
//
// Reads every .docx under the given folders (default: Corpora/) with `DocxReader.read`, N times
// over, and prints documents/s, MB/s of main-document XML, total time and peak memory. Then, if
// `pandoc` is on PATH, times `pandoc -f docx -t plain` on the same files (one process per file)
// and prints how many times faster Arvio is. Files Arvio refuses are counted and listed, never fatal.

import ArvioPackage
import ArvioWordML
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// MARK: - Targets the output is judged against

let targetSpeedup = 20.0         // Arvio at least 20× faster than pandoc
let targetMemoryMultiple = 4.0   // peak memory under 4× the largest main-document XML

// MARK: - Command line

struct Settings {
    var repetitions = 5
    var pandocRepetitions = 1
    var runPandoc = true
    var roots: [String] = []
}

func usage() -> Never {
    print("""
        usage: arvio-bench [--repetitions N] [--pandoc-repetitions M] [--no-pandoc] [FOLDER-OR-FILE ...]
          --repetitions N          passes of DocxReader.read over all files (default 5)
          --pandoc-repetitions M   passes of pandoc over all files, at most N (default 1)
          --no-pandoc              skip the pandoc comparison
          FOLDER-OR-FILE           where to look for .docx files (default: Corpora)
        """)
    exit(64)
}

func parseSettings() -> Settings {
    var settings = Settings()
    var arguments = CommandLine.arguments.dropFirst()
    func count(_ flag: String) -> Int {
        guard let text = arguments.popFirst(), let value = Int(text), value > 0 else {
            FileHandle.standardError.write(Data("arvio-bench: \(flag) needs a positive number\n".utf8))
            usage()
        }
        return value
    }
    while let argument = arguments.popFirst() {
        switch argument {
        case "--repetitions", "-n": settings.repetitions = count(argument)
        case "--pandoc-repetitions": settings.pandocRepetitions = count(argument)
        case "--no-pandoc": settings.runPandoc = false
        case "--help", "-h": usage()
        default:
            if argument.hasPrefix("-") { usage() }
            settings.roots.append(argument)
        }
    }
    settings.pandocRepetitions = min(settings.pandocRepetitions, settings.repetitions)
    if settings.roots.isEmpty { settings.roots = ["Corpora"] }
    return settings
}

// MARK: - Helpers

/// Every .docx under `roots` (a root may also be a single file), sorted for a stable order.
func docxFiles(under roots: [String]) -> [String] {
    let manager = FileManager.default
    var files: [String] = []
    for root in roots {
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: root, isDirectory: &isFolder) else {
            FileHandle.standardError.write(Data("arvio-bench: \(root): no such file or folder\n".utf8))
            continue
        }
        if !isFolder.boolValue { files.append(root); continue }
        guard let walker = manager.enumerator(atPath: root) else { continue }
        for case let relative as String in walker where relative.lowercased().hasSuffix(".docx") {
            files.append((root as NSString).appendingPathComponent(relative))
        }
    }
    return files.sorted()
}

/// Peak resident memory of this process (or of its waited-for children) so far, in bytes.
func peakMemory(children: Bool = false) -> Int {
    var usage = rusage()
    #if canImport(Glibc)
    getrusage(__rusage_who_t((children ? RUSAGE_CHILDREN : RUSAGE_SELF).rawValue), &usage)
    return Int(usage.ru_maxrss) * 1024  // Linux reports kilobytes
    #else
    getrusage(children ? RUSAGE_CHILDREN : RUSAGE_SELF, &usage)
    return Int(usage.ru_maxrss)         // macOS reports bytes
    #endif
}

/// User plus system CPU time of this process (or of its waited-for children) so far, in seconds.
/// Less disturbed than wall-clock time when other work shares the machine.
func cpuSeconds(children: Bool = false) -> Double {
    var usage = rusage()
    #if canImport(Glibc)
    getrusage(__rusage_who_t((children ? RUSAGE_CHILDREN : RUSAGE_SELF).rawValue), &usage)
    #else
    getrusage(children ? RUSAGE_CHILDREN : RUSAGE_SELF, &usage)
    #endif
    func value(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
    return value(usage.ru_utime) + value(usage.ru_stime)
}

func seconds(_ duration: Duration) -> Double {
    let parts = duration.components
    return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
}

func megabytes(_ bytes: Int) -> String { String(format: "%.2f MB", Double(bytes) / 1e6) }
func fixed(_ value: Double, _ digits: Int = 2) -> String { String(format: "%.\(digits)f", value) }

func onPath(_ program: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    for folder in path.split(separator: ":") {
        let candidate = "\(folder)/\(program)"
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
}

/// Runs a program with its output thrown away; true when it exited 0.
func run(_ executable: String, _ arguments: [String]) -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
}

// MARK: - Arvio

let settings = parseSettings()
let startupMemory = peakMemory()
let files = docxFiles(under: settings.roots)
guard !files.isEmpty else {
    print("arvio-bench: no .docx files under \(settings.roots.joined(separator: ", ")). Run it from the package folder.")
    exit(1)
}

struct Sample { let file: String; let mainXMLBytes: Int }
var samples: [Sample] = []
var refused: [(file: String, why: String)] = []

// One untimed pass: find each main part's size, check the file reads, and warm the caches.
for file in files {
    do {
        let package = try WordPackage.open(file)
        let size = package.entries.first { $0.name == package.mainPart }?.declaredSize ?? 0
        _ = try DocxReader.read(file)
        samples.append(Sample(file: file, mainXMLBytes: size))
    } catch {
        refused.append((file, "\(error.code) (exit \(error.exitCode))"))
    }
}

print("Arvio benchmark: \(files.count) .docx under \(settings.roots.joined(separator: ", ")); \(ProcessInfo.processInfo.activeProcessorCount) cores")
print("")
if !refused.isEmpty {
    print("Refused by Arvio: \(refused.count) (left out of the timings)")
    for item in refused { print("  \(item.file): \(item.why)") }
    print("")
}
guard let largest = samples.max(by: { $0.mainXMLBytes < $1.mainXMLBytes }) else {
    print("No file could be read; nothing to time.")
    exit(1)
}

let xmlBytesPerPass = samples.reduce(0) { $0 + $1.mainXMLBytes }
var checksum = 0  // keeps the optimiser from dropping the reads
var perFile = [Duration](repeating: .zero, count: samples.count)
let clock = ContinuousClock()
let cpuBefore = cpuSeconds()
let arvioDuration = clock.measure {
    for _ in 0..<settings.repetitions {
        for (index, sample) in samples.enumerated() {
            let start = clock.now
            if let document = try? DocxReader.read(sample.file) {
                checksum &+= document.body.count &+ document.footnotes.count &+ document.warnings.count
            }
            perFile[index] += clock.now - start
        }
    }
}
let arvioSeconds = seconds(arvioDuration)
let arvioCPUPerPass = (cpuSeconds() - cpuBefore) / Double(settings.repetitions)
let arvioPerPass = arvioSeconds / Double(settings.repetitions)
let peak = peakMemory()
let documentsRead = samples.count * settings.repetitions
let memoryMultiple = Double(peak) / Double(max(largest.mainXMLBytes, 1))
let growthMultiple = Double(max(peak - startupMemory, 0)) / Double(max(largest.mainXMLBytes, 1))

print("Arvio (DocxReader.read, in one process): \(samples.count) documents × \(settings.repetitions) repetitions")
print("  total time            \(fixed(arvioSeconds, 3)) s (\(fixed(arvioPerPass * 1000, 1)) ms per pass)")
print("  CPU time              \(fixed(arvioCPUPerPass * 1000, 1)) ms per pass (user + system)")
print("  documents/s           \(fixed(Double(documentsRead) / arvioSeconds, 1))")
print("  main-document XML     \(megabytes(xmlBytesPerPass)) per pass, \(fixed(Double(xmlBytesPerPass * settings.repetitions) / 1e6 / arvioSeconds)) MB/s (MB = 10^6 bytes, uncompressed)")
print("  largest main XML      \(megabytes(largest.mainXMLBytes)) (\(largest.file))")
print("  peak memory           \(megabytes(peak)) (ru_maxrss) = \(fixed(memoryMultiple, 1))× the largest main XML")
print("                        of which \(megabytes(startupMemory)) before reading (runtime, Foundation);")
print("                        growth while reading \(megabytes(max(peak - startupMemory, 0))) = \(fixed(growthMultiple, 1))× the largest main XML")
print("  slowest files (mean ms per read, main XML):")
for index in perFile.indices.sorted(by: { perFile[$0] > perFile[$1] }).prefix(3) {
    let share = seconds(perFile[index]) / arvioSeconds * 100
        let mean = seconds(perFile[index]) * 1000 / Double(settings.repetitions)
    print("    " + String(format: "%7.1f ms %9.2f MB %4.0f%% of the time  ", mean, Double(samples[index].mainXMLBytes) / 1e6, share) + samples[index].file)
}
print("  checksum              \(checksum)")
print("")

// MARK: - pandoc

var speedup: Double?
if !settings.runPandoc {
    print("pandoc: skipped (--no-pandoc).")
} else if let pandoc = onPath("pandoc") {
    var failures: Set<String> = []
    let childCPUBefore = cpuSeconds(children: true)
    let pandocDuration = clock.measure {
        for _ in 0..<settings.pandocRepetitions {
            for sample in samples where !run(pandoc, ["-f", "docx", "-t", "plain", "-o", "/dev/null", sample.file]) {
                failures.insert(sample.file)
            }
        }
    }
    let pandocCPUPerPass = (cpuSeconds(children: true) - childCPUBefore) / Double(settings.pandocRepetitions)
    // Process start alone, to show how much of pandoc's time is that.
    let startDuration = clock.measure {
        for _ in samples { _ = run(pandoc, ["--version"]) }
    }
    let pandocSeconds = seconds(pandocDuration)
    let pandocPerPass = pandocSeconds / Double(settings.pandocRepetitions)
    let ratio = pandocPerPass / arvioPerPass
    speedup = ratio
    print("pandoc (\(pandoc) -f docx -t plain, one process per file): \(samples.count) documents × \(settings.pandocRepetitions) repetition\(settings.pandocRepetitions == 1 ? "" : "s")")
    print("  total time            \(fixed(pandocSeconds, 3)) s (\(fixed(pandocPerPass * 1000, 1)) ms per pass)")
    print("  CPU time              \(fixed(pandocCPUPerPass * 1000, 1)) ms per pass (user + system, all pandoc processes): \(fixed(pandocCPUPerPass / arvioCPUPerPass, 1))× Arvio's")
    print("  documents/s           \(fixed(Double(samples.count * settings.pandocRepetitions) / pandocSeconds, 1))")
    print("  process start alone   \(fixed(seconds(startDuration) * 1000, 1)) ms per pass (pandoc --version × \(samples.count))")
    print("  peak memory (child)   \(megabytes(peakMemory(children: true))) (largest ru_maxrss of any pandoc run)")
    if !failures.isEmpty {
        print("  pandoc failed on \(failures.count): \(failures.sorted().joined(separator: ", "))")
    }
    print("")
    print("Arvio is \(fixed(ratio, 1))× faster than pandoc (per pass over the same \(samples.count) files; pandoc's time includes starting one process per file).")
} else {
    print("pandoc: skipped, not on PATH. To compare, install it: apt-get install -y pandoc")
}

// MARK: - Verdict

print("")
print("Targets:")
if let speedup {
    print("  speed ≥ \(Int(targetSpeedup))× pandoc:               \(fixed(speedup, 1))×  \(speedup >= targetSpeedup ? "met" : "NOT met")")
} else {
    print("  speed ≥ \(Int(targetSpeedup))× pandoc:               not measured (no pandoc)")
}
print("  peak memory < \(Int(targetMemoryMultiple))× largest main XML:  \(fixed(memoryMultiple, 1))×  \(memoryMultiple < targetMemoryMultiple ? "met" : "NOT met")")
