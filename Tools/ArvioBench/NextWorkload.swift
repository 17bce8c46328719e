// Workload (d): `arvio next` in process (NextPeriod.prepare + PackageWriter.write into a temporary
// folder) for every oma-arviointi seed rendition, against a LibreOffice headless docx → docx round
// trip of the same files.

import ArvioCore
import ArvioNext
import ArvioPackage
import ArvioReport
import ArvioWordML
import Foundation

struct NextResult {
    /// Read + import + prepare + write, per pass over all files.
    var endToEnd: Passes
    /// NextPeriod.prepare + PackageWriter.write alone.
    var prepareWrite: Passes
    /// LibreOffice, one process per file (the comparison the target is judged on).
    var libreOffice: Passes?
    var files: Int
}

func runNextWorkload(files: [String], mappings: MappingSet, settings: Settings) -> NextResult? {
    heading("Next: NextPeriod.prepare + PackageWriter.write, \(files.count) oma-arviointi renditions × \(settings.repetitions) passes")
    guard !files.isEmpty else {
        print("No oma-arviointi rendition among the seeds; nothing to time.")
        return nil
    }
    let output = scratch("next")
    let options = NextOptions()
    func target(_ file: String) -> String {
        (output as NSString).appendingPathComponent((file as NSString).lastPathComponent)
    }

    // Untimed: each file goes through, and what it writes reads back.
    var usable: [String] = []
    for file in files {
        do {
            let document = try DocxReader.read(file)
            let report = try ReportImporter.build(document, file: file, mappings: mappings)
            let outcome = try NextPeriod.prepare(file: file, document: document, report: report, updates: nil, options: options)
            try PackageWriter.write(from: file, to: target(file), replacements: outcome.replacements)
            _ = try DocxReader.read(target(file))
            usable.append(file)
        } catch {
            print("  \((file as NSString).lastPathComponent): left out (\((error as? any CoordinatorFacingError)?.code ?? "\(error)"))")
        }
    }

    var endToEnd = Passes()
    var prepareWrite = Passes()
    var replaced = 0
    for _ in 0..<settings.repetitions {
        var inner = (wall: 0.0, cpu: 0.0)
        let cpuBefore = cpuSeconds()
        let start = clock.now
        for file in usable {
            guard let document = try? DocxReader.read(file),
                  let report = try? ReportImporter.build(document, file: file, mappings: mappings) else { continue }
            let innerCPU = cpuSeconds()
            let innerStart = clock.now
            if let outcome = try? NextPeriod.prepare(file: file, document: document, report: report, updates: nil, options: options) {
                try? PackageWriter.write(from: file, to: target(file), replacements: outcome.replacements)
                replaced &+= outcome.replacements.count
            }
            inner.wall += seconds(clock.now - innerStart)
            inner.cpu += cpuSeconds() - innerCPU
        }
        endToEnd.add(wall: seconds(clock.now - start), cpu: cpuSeconds() - cpuBefore)
        prepareWrite.add(wall: inner.wall, cpu: inner.cpu)
    }

    let libreOffice = settings.runLibreOffice ? LibreOffice.find() : nil
    let roundTrips = libreOffice.map { $0.measure(files: usable, repetitions: settings.peerRepetitions) }

    let count = Double(usable.count)
    var table = Table("tool", "wall per pass, median (range)", "CPU per pass", "per document (wall)",
                      "Arvio end to end faster: wall / CPU", "Arvio prepare + write faster: wall / CPU")
    func ratios(_ timed: Passes, _ arvio: Passes) -> String {
        "\(times(timed.medianWall / arvio.medianWall)) / \(times(timed.medianCPU / arvio.medianCPU))"
    }
    table.add("Arvio read + import + prepare + write", spread(endToEnd.wall), duration(endToEnd.medianCPU),
              duration(endToEnd.medianWall / count), "–", "–")
    table.add("Arvio prepare + write alone", spread(prepareWrite.wall), duration(prepareWrite.medianCPU),
              duration(prepareWrite.medianWall / count), "–", "–")
    if let roundTrips {
        if let perFile = roundTrips.perFile {
            table.add("LibreOffice, one process per file", spread(perFile.wall), duration(perFile.medianCPU),
                      duration(perFile.medianWall / count), ratios(perFile, endToEnd), ratios(perFile, prepareWrite))
        }
        if let batch = roundTrips.batch {
            table.add("LibreOffice, one process for all files", spread(batch.wall), duration(batch.medianCPU),
                      duration(batch.medianWall / count), ratios(batch, endToEnd), ratios(batch, prepareWrite))
        }
    }
    table.print()
    print("")
    print("Arvio writes into a temporary folder (\(replaced / max(settings.repetitions, 1)) parts replaced per pass); in process, so without a process start")
    print("  or the mappings' load, which `arvio next` as a command also pays once per file.")
    if !settings.runLibreOffice {
        print("LibreOffice: skipped (--no-libreoffice).")
    } else if let libreOffice, let roundTrips {
        print("LibreOffice: \(libreOffice.version); \(libreOffice.command)")
        for note in roundTrips.notes { print("  \(note)") }
    } else {
        print("LibreOffice: not installed: apt-get install -y libreoffice-writer-nogui")
    }
    return NextResult(endToEnd: endToEnd, prepareWrite: prepareWrite, libreOffice: roundTrips?.perFile, files: usable.count)
}

/// `soffice --headless --convert-to docx`, with a profile of its own for this bench run, each run
/// under /usr/bin/timeout and its output into a file.
struct LibreOffice {
    let soffice: String
    let timeout: String
    let version: String
    let profile: String
    let outputFolder: String
    let log: String

    var command: String {
        "timeout 300 soffice -env:UserInstallation=file://<own profile> --headless --convert-to docx --outdir <temporary folder> FILE"
    }

    static func find() -> LibreOffice? {
        let timeout = onPath("timeout") ?? "/usr/bin/timeout"
        guard let soffice = onPath("soffice"), FileManager.default.isExecutableFile(atPath: timeout) else { return nil }
        let profile = (scratchFolder as NSString).appendingPathComponent("libreoffice-profile")
        let version = firstLine(of: timeout, ["60", soffice, "-env:UserInstallation=file://\(profile)-version", "--version"]) ?? "LibreOffice"
        return LibreOffice(soffice: soffice, timeout: timeout, version: version, profile: profile,
                           outputFolder: scratch("libreoffice-out"),
                           log: (scratchFolder as NSString).appendingPathComponent("libreoffice.log"))
    }

    struct RoundTrips {
        var perFile: Passes?
        var batch: Passes?
        var notes: [String] = []
    }

    /// One warm-up conversion (the first start creates the profile), then `repetitions` passes of
    /// one process per file, then `repetitions` passes of one process for all the files.
    func measure(files: [String], repetitions: Int) -> RoundTrips {
        var result = RoundTrips()
        guard let first = files.first else { return result }
        let warmUp = convert([first])
        result.notes.append("warm-up: one conversion first (\((first as NSString).lastPathComponent)), which creates the profile: \(duration(warmUp.run.wall)) wall, \(duration(warmUp.run.cpu)) CPU; not counted")
        var perFile = Passes()
        var batch = Passes()
        var failed: Set<String> = []
        var peak: Int?
        for _ in 0..<repetitions {
            var cpu = 0.0
            let start = clock.now
            for file in files {
                let conversion = convert([file])
                cpu += conversion.run.cpu
                peak = larger(peak, conversion.run.peakMemory)
                failed.formUnion(conversion.missing)
            }
            perFile.add(wall: seconds(clock.now - start), cpu: cpu)
        }
        for _ in 0..<repetitions {
            let conversion = convert(files, seconds: 300 * files.count)
            batch.add(wall: conversion.run.wall, cpu: conversion.run.cpu)
            peak = larger(peak, conversion.run.peakMemory)
            failed.formUnion(conversion.missing)
        }
        result.perFile = perFile
        result.batch = batch
        result.notes.append("peak memory of one LibreOffice process: \(memory(peak)) (GNU time's %M)")
        if !failed.isEmpty { result.notes.append("wrote no output for: \(failed.sorted().joined(separator: ", ")) (see \(log))") }
        return result
    }

    /// Converts `files` in one soffice process; the names it wrote no output for.
    private func convert(_ files: [String], seconds limit: Int = 300) -> (run: ChildRun, missing: [String]) {
        let outputs = files.map { file in
            (outputFolder as NSString).appendingPathComponent((file as NSString).lastPathComponent)
        }
        for output in outputs { try? FileManager.default.removeItem(atPath: output) }
        let run = runChild(timeout, [String(limit), soffice, "-env:UserInstallation=file://\(profile)", "--headless",
                                     "--convert-to", "docx", "--outdir", outputFolder] + files, output: log, measureMemory: true)
        let missing = zip(files, outputs).filter { _, output in
            ((try? FileManager.default.attributesOfItem(atPath: output))?[.size] as? Int ?? 0) == 0
        }.map { ($0.0 as NSString).lastPathComponent }
        return (run, run.succeeded ? missing : files.map { ($0 as NSString).lastPathComponent })
    }
}
