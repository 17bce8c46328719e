// Small helpers: finding files, clocks and memory, formatting, and tables.

import ArvioPackage
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// MARK: - Files

/// Every .docx under `roots` (a root may also be a single file), sorted for a stable order.
func docxFiles(under roots: [String]) -> [String] {
    let manager = FileManager.default
    var files: [String] = []
    for root in roots {
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: root, isDirectory: &isFolder) else {
            StandardStream.error.write("arvio-bench: \(root): no such file or folder\n")
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

/// A fresh folder under the system's temporary folder, removed by `removeScratch()` at exit.
let scratchFolder: String = {
    let path = (NSTemporaryDirectory() as NSString)
        .appendingPathComponent("arvio-bench-\(getpid())-\(UUID().uuidString.prefix(8))")
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}()

func scratch(_ name: String) -> String {
    let path = (scratchFolder as NSString).appendingPathComponent(name)
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

func removeScratch() { try? FileManager.default.removeItem(atPath: scratchFolder) }

func onPath(_ program: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    for folder in path.split(separator: ":") {
        let candidate = "\(folder)/\(program)"
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
}

// MARK: - Clocks and memory

/// This process's resource use so far.
func ownUsage() -> rusage {
    var usage = rusage()
    #if canImport(Glibc)
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    #else
    getrusage(RUSAGE_SELF, &usage)
    #endif
    return usage
}

/// Peak resident memory of this process so far (ru_maxrss), in bytes.
func peakMemory() -> Int {
    #if canImport(Glibc)
    return Int(ownUsage().ru_maxrss) * 1024  // Linux reports kilobytes
    #else
    return Int(ownUsage().ru_maxrss)         // macOS reports bytes
    #endif
}

/// A "VmRSS:"-style line of /proc/self/status, in bytes; nil off Linux.
private func procStatus(_ field: String) -> Int? {
    guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
    for line in text.split(separator: "\n") where line.hasPrefix(field + ":") {
        let parts = line.split(separator: " ", omittingEmptySubsequences: true)
        if parts.count >= 2, let kilobytes = Int(parts[1]) { return kilobytes * 1024 }
    }
    return nil
}

/// Resident memory of this process right now, in bytes (Linux VmRSS; else the peak).
func residentMemory() -> Int { procStatus("VmRSS") ?? peakMemory() }

/// Peak resident memory of this process's own address space, in bytes (Linux VmHWM; else
/// ru_maxrss). Unlike ru_maxrss it does not start from the parent's peak after posix_spawn.
func highWaterMemory() -> Int { procStatus("VmHWM") ?? peakMemory() }

func larger(_ first: Int?, _ second: Int?) -> Int? {
    guard let first else { return second }
    guard let second else { return first }
    return max(first, second)
}

/// A child's peak memory for a table, or why it is not known.
func memory(_ bytes: Int?) -> String {
    bytes.map(megabytes) ?? (gnuTime == nil ? "unknown (apt-get install time)" : "unknown")
}

func cpuSeconds(of time: rusage) -> Double {
    func value(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
    return value(time.ru_utime) + value(time.ru_stime)
}

/// User plus system CPU time of this process so far, in seconds. Less disturbed than
/// wall-clock time when other work shares the machine.
func cpuSeconds() -> Double { cpuSeconds(of: ownUsage()) }

func seconds(_ duration: Duration) -> Double {
    let parts = duration.components
    return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
}

let clock = ContinuousClock()

/// Wall-clock and CPU seconds of each pass of some work.
struct Passes {
    var wall: [Double] = []
    var cpu: [Double] = []

    mutating func add(wall: Double, cpu: Double) {
        self.wall.append(wall)
        self.cpu.append(cpu)
    }

    mutating func add(_ other: Passes) {
        wall += other.wall
        cpu += other.cpu
    }

    /// Runs `body` `count` times, timing each run.
    static func measure(_ count: Int, _ body: () -> Void) -> Passes {
        var passes = Passes()
        for _ in 0..<count {
            let cpuBefore = cpuSeconds()
            let start = clock.now
            body()
            passes.add(wall: seconds(clock.now - start), cpu: cpuSeconds() - cpuBefore)
        }
        return passes
    }

    /// Pass 1 of every body, then pass 2 of every body, and so on: a burst of load from outside
    /// then falls on all of them alike instead of on whichever ran during it (a floor measured
    /// in a busy second once made Arvio look 1.6× the floor instead of 2.5×).
    /// `untimed` runs after each pass, outside its timing: where a body hands its result over, so
    /// that the result a pass made is not freed inside the next one.
    static func interleaved(_ count: Int, _ bodies: [() -> Void], untimed: () -> Void = {}) -> [Passes] {
        var result = [Passes](repeating: Passes(), count: bodies.count)
        for _ in 0..<count {
            for (index, body) in bodies.enumerated() {
                let cpuBefore = cpuSeconds()
                let start = clock.now
                body()
                result[index].add(wall: seconds(clock.now - start), cpu: cpuSeconds() - cpuBefore)
                untimed()
            }
        }
        return result
    }

    var medianWall: Double { median(wall) }
    var medianCPU: Double { median(cpu) }
    var count: Int { wall.count }
}

func median(_ values: [Double]) -> Double {
    guard !values.isEmpty else { return .nan }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

// MARK: - Formatting

func megabytes(_ bytes: Int) -> String { String(format: "%.2f MB", Double(bytes) / 1e6) }
func fixed(_ value: Double, _ digits: Int = 2) -> String { String(format: "%.\(digits)f", value) }

/// "716 ms" or "23.6 s".
func duration(_ seconds: Double) -> String {
    if seconds.isNaN { return "–" }
    if seconds >= 10 { return String(format: "%.1f s", seconds) }
    if seconds >= 1 { return String(format: "%.2f s", seconds) }
    if seconds >= 0.01 { return String(format: "%.0f ms", seconds * 1000) }
    return String(format: "%.2f ms", seconds * 1000)
}

/// "716 ms (700–801 ms)" over the passes; just "716 ms" for one pass.
func spread(_ values: [Double]) -> String {
    guard values.count > 1, let low = values.min(), let high = values.max() else { return duration(median(values)) }
    return "\(duration(median(values))) (\(duration(low))–\(duration(high)))"
}

func times(_ value: Double) -> String {
    value.isFinite ? (value >= 100 ? String(format: "%.0f×", value) : String(format: "%.1f×", value)) : "–"
}

func shortName(_ file: String) -> String {
    file.hasPrefix("Corpora/") ? String(file.dropFirst("Corpora/".count)) : file
}

/// A Markdown table with padded columns, printed as it is, so it can be pasted into the README.
struct Table {
    let headers: [String]
    var rows: [[String]] = []

    init(_ headers: String...) { self.headers = headers }

    mutating func add(_ cells: String...) { rows.append(cells) }

    func print() {
        let widths = headers.indices.map { column in
            ([headers] + rows).map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            "| " + headers.indices.map { column in
                let cell = cells.indices.contains(column) ? cells[column] : ""
                return cell + String(repeating: " ", count: widths[column] - cell.count)
            }.joined(separator: " | ") + " |"
        }
        Swift.print(line(headers))
        Swift.print("|" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "|") + "|")
        for row in rows { Swift.print(line(row)) }
    }
}

func heading(_ text: String) {
    print("")
    print("## \(text)")
    print("")
}
