// The programs Arvio's import is compared with: pandoc (one process per file, as it is used) and
// three Python libraries (one Python process over all files, timed inside that process so the
// interpreter's start is left out; what starting one process per file would add is estimated
// separately). Each peer is a session that runs one pass when asked, so the import workload can
// alternate its passes with Arvio's: a burst of outside load then falls on both sides alike.

import Foundation

struct Peer {
    enum Kind {
        case pandoc
        /// A Python library: the module to import and the distribution whose version to show.
        case python(module: String, distribution: String)
    }

    let name: String
    let kind: Kind
    /// What is timed, for the table.
    let call: String
    let install: String

    static let all: [Peer] = [
        Peer(name: "pandoc", kind: .pandoc, call: "pandoc -f docx -t markdown, one process per file",
             install: "apt-get install -y pandoc"),
        Peer(name: "docx2python", kind: .python(module: "docx2python", distribution: "docx2python"),
             call: "docx2python(file).text", install: "pip install docx2python"),
        Peer(name: "mammoth", kind: .python(module: "mammoth", distribution: "mammoth"),
             call: "mammoth.convert_to_markdown", install: "pip install mammoth"),
        Peer(name: "python-docx", kind: .python(module: "docx", distribution: "python-docx"),
             call: "python-docx text walk (paragraphs, tables, nested tables)",
             install: "pip install python-docx (or apt-get install -y python3-docx)"),
    ]
}

struct PeerResult {
    let peer: Peer
    /// Per pass over all files: wall-clock and CPU seconds.
    var passes = Passes()
    /// The largest peak resident memory of any of the peer's processes (GNU time's %M).
    var peakMemory: Int?
    var failures: [String] = []
    /// Version and interpreter, start-up figures.
    var notes: [String] = []
}

enum PeerOutcome {
    case measured(PeerResult)
    case notInstalled(Peer)
    case failed(Peer, String)
}

/// A peer ready to run passes over the files: `pass()` runs one, `finish()` gives the outcome.
protocol PeerSession: AnyObject {
    func pass()
    func finish() -> PeerOutcome
}

enum PeerStart {
    case session(PeerSession)
    case outcome(PeerOutcome)
}

func startPeer(_ peer: Peer, files: [String]) -> PeerStart {
    switch peer.kind {
    case .pandoc:
        guard let pandoc = onPath("pandoc") else { return .outcome(.notInstalled(peer)) }
        return .session(PandocSession(peer, pandoc: pandoc, files: files))
    case .python(let module, _):
        guard let python = pythonInterpreter(importing: module) else { return .outcome(.notInstalled(peer)) }
        switch PythonSession.start(peer, python: python, module: module, files: files) {
        case .success(let session): return .session(session)
        case .failure(let why): return .outcome(.failed(peer, why.text))
        }
    }
}

// MARK: - pandoc

private final class PandocSession: PeerSession {
    let peer: Peer, pandoc: String, files: [String]
    var result: PeerResult
    var failures: Set<String> = []

    init(_ peer: Peer, pandoc: String, files: [String]) {
        (self.peer, self.pandoc, self.files) = (peer, pandoc, files)
        result = PeerResult(peer: peer)
    }

    func pass() {
        var cpu = 0.0
        let start = clock.now
        for file in files {
            let run = runChild(pandoc, ["-f", "docx", "-t", "markdown", "-o", "/dev/null", file], measureMemory: true)
            cpu += run.cpu
            result.peakMemory = larger(result.peakMemory, run.peakMemory)
            if !run.succeeded { failures.insert(shortName(file)) }
        }
        result.passes.add(wall: seconds(clock.now - start), cpu: cpu)
    }

    func finish() -> PeerOutcome {
        result.failures = failures.sorted()
        let version = firstLine(of: pandoc, ["--version"]) ?? "pandoc"
        let startup = startupCost(pandoc, ["--version"], files: files.count)
        result.notes = [version, "of which process start ≈ \(duration(startup.wall)) wall, \(duration(startup.cpu)) CPU per pass (pandoc --version × \(files.count), from 10 runs)"]
        return .measured(result)
    }
}

// MARK: - Python libraries

struct Reason: Error { let text: String }

/// One Python process for all passes (under GNU time for its peak memory), running a pass each
/// time a line arrives on its standard input and answering with a line when it is done.
private final class PythonSession: PeerSession {
    let peer: Peer, python: String, module: String, files: [String]
    let process: Process
    let input: FileHandle, output: FileHandle
    let report: String, log: String, memoryReport: String
    let started: ContinuousClock.Instant
    var broken = false

    private init(_ peer: Peer, python: String, module: String, files: [String], process: Process, input: FileHandle,
                 output: FileHandle, report: String, log: String, memoryReport: String) {
        (self.peer, self.python, self.module, self.files, self.process) = (peer, python, module, files, process)
        (self.input, self.output, self.report, self.log, self.memoryReport) = (input, output, report, log, memoryReport)
        started = clock.now
    }

    static func start(_ peer: Peer, python: String, module: String, files: [String]) -> Result<PythonSession, Reason> {
        let folder = scratch("peer-\(peer.name)")
        let listing = (folder as NSString).appendingPathComponent("files.txt")
        let driver = (folder as NSString).appendingPathComponent("driver.py")
        let report = (folder as NSString).appendingPathComponent("result.json")
        let log = (folder as NSString).appendingPathComponent("log.txt")
        let memoryReport = (folder as NSString).appendingPathComponent("time.txt")
        do {
            try files.joined(separator: "\n").write(toFile: listing, atomically: true, encoding: .utf8)
            try pythonDriver.write(toFile: driver, atomically: true, encoding: .utf8)
            _ = FileManager.default.createFile(atPath: log, contents: nil)
        } catch {
            return .failure(Reason(text: "could not write its driver under \(folder)"))
        }
        let process = Process()
        let arguments = [driver, peer.name, listing, report]
        if let gnuTime {
            process.executableURL = URL(fileURLWithPath: gnuTime)
            process.arguments = ["-f", "%M", "-o", memoryReport, python] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: python)
            process.arguments = arguments
        }
        let toPeer = Pipe(), fromPeer = Pipe()
        process.standardInput = toPeer
        process.standardOutput = fromPeer
        process.standardError = FileHandle(forWritingAtPath: log)
        do { try process.run() } catch { return .failure(Reason(text: "could not start \(python): \(error)")) }
        return .success(PythonSession(peer, python: python, module: module, files: files, process: process,
                                      input: toPeer.fileHandleForWriting, output: fromPeer.fileHandleForReading,
                                      report: report, log: log, memoryReport: memoryReport))
    }

    func pass() {
        guard !broken else { return }
        do {
            try input.write(contentsOf: Data("pass\n".utf8))
            var line = Data()
            while !line.contains(UInt8(ascii: "\n")) {
                // Whatever has arrived (read(upToCount:) would wait for the whole count).
                let chunk = output.availableData
                guard !chunk.isEmpty else { broken = true; return }
                line += chunk
            }
        } catch {
            broken = true
        }
    }

    func finish() -> PeerOutcome {
        try? input.close()
        process.waitUntilExit()
        let wall = seconds(clock.now - started)
        guard process.terminationStatus == 0, !broken, let data = FileManager.default.contents(atPath: report),
              let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let passes = json["passes"] as? [[Double]] else {
            let tail = (try? String(contentsOfFile: log, encoding: .utf8))?.split(separator: "\n").suffix(2).joined(separator: " / ") ?? ""
            return .failed(peer, "exit \(process.terminationStatus): \(tail)")
        }
        var result = PeerResult(peer: peer)
        for pass in passes where pass.count == 2 { result.passes.add(wall: pass[0], cpu: pass[1]) }
        result.peakMemory = peakMemory(inTimeReport: memoryReport)
        result.failures = (json["failures"] as? [String] ?? []).map(shortName).sorted()
        let version = json["version"] as? String ?? "?"
        let importSeconds = json["import_seconds"] as? Double ?? 0
        let loops = result.passes.wall.reduce(0, +)
        let startup = startupCost(python, ["-c", "import \(module)"], files: files.count)
        result.notes = [
            "\(peer.name) \(version) on \(python)",
            "one process for all passes, each run after its round's Arvio passes: \(duration(wall)) from the process's start to its end, of which \(duration(loops)) in the timed passes (interpreter start and import, \(duration(importSeconds)), not timed)",
            "one process per file would add ≈ \(duration(startup.wall)) wall, \(duration(startup.cpu)) CPU per pass (python -c 'import \(module)' × \(files.count), from 10 runs)",
        ]
        return .measured(result)
    }
}

/// The first Python (the one on PATH, then Debian's /usr/bin/python3) that can import `module`,
/// as its real executable rather than a shim, so start-up is not inflated by a wrapper script.
private func pythonInterpreter(importing module: String) -> String? {
    var candidates: [String] = []
    if let onPath = onPath("python3"),
       let real = firstLine(of: onPath, ["-c", "import sys; print(sys.executable)"]), !real.isEmpty {
        candidates.append(real)
    }
    candidates.append("/usr/bin/python3")
    for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate) {
        if runChild(candidate, ["-c", "import \(module)"]).succeeded { return candidate }
    }
    return nil
}

/// What starting `executable arguments` once per file costs per pass: the median of 10 starts × `files`.
private func startupCost(_ executable: String, _ arguments: [String], files: Int) -> (wall: Double, cpu: Double) {
    var passes = Passes()
    for _ in 0..<10 {
        let run = runChild(executable, arguments)
        passes.add(wall: run.wall, cpu: run.cpu)
    }
    return (passes.medianWall * Double(files), passes.medianCPU * Double(files))
}

/// The first line a program prints, or nil when it fails.
func firstLine(of executable: String, _ arguments: [String]) -> String? {
    let output = (scratchFolder as NSString).appendingPathComponent("first-line-\(UUID().uuidString).txt")
    defer { try? FileManager.default.removeItem(atPath: output) }
    guard runChild(executable, arguments, output: output).succeeded,
          let text = try? String(contentsOfFile: output, encoding: .utf8) else { return nil }
    return text.split(separator: "\n").first.map(String.init)
}

/// Times one library over every file in one process: argv = peer, file list, result path. A pass
/// runs for each line on standard input and answers "done"; at the end of input the timings go
/// to the result file.
private let pythonDriver = """
    import json, sys, time
    from importlib import metadata

    peer, listing, result = sys.argv[1], sys.argv[2], sys.argv[3]
    with open(listing, encoding="utf-8") as handle:
        files = handle.read().splitlines()

    started = time.perf_counter()
    if peer == "docx2python":
        from docx2python import docx2python

        def convert(path):
            with docx2python(path) as document:
                return len(document.text)

    elif peer == "mammoth":
        import mammoth

        def convert(path):
            with open(path, "rb") as handle:
                return len(mammoth.convert_to_markdown(handle).value)

    elif peer == "python-docx":
        import docx

        def table_text(table):
            count = 0
            for row in table.rows:
                for cell in row.cells:
                    count += len(cell.text)
                    for inner in cell.tables:
                        count += table_text(inner)
            return count

        def convert(path):
            document = docx.Document(path)
            count = sum(len(paragraph.text) for paragraph in document.paragraphs)
            for table in document.tables:
                count += table_text(table)
            return count

    else:
        sys.exit("unknown peer " + peer)
    import_seconds = time.perf_counter() - started
    distribution = {"docx2python": "docx2python", "mammoth": "mammoth", "python-docx": "python-docx"}[peer]
    try:
        version = metadata.version(distribution)
    except Exception:
        version = "?"

    timings, failures, characters = [], set(), 0
    for _ in sys.stdin:
        wall, cpu = time.perf_counter(), time.process_time()
        for path in files:
            try:
                characters += convert(path)
            except Exception as error:
                failures.add(path + " (" + type(error).__name__ + ")")
        timings.append([time.perf_counter() - wall, time.process_time() - cpu])
        print("done", flush=True)

    with open(result, "w", encoding="utf-8") as handle:
        json.dump({"passes": timings, "failures": sorted(failures), "characters": characters,
                   "version": version, "import_seconds": import_seconds}, handle)
    """
