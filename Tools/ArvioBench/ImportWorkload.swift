// Workload (b): ReportImporter.importReport over the corpus, against peers timed in the same run
// on the same files.

import ArvioCore
import ArvioReport
import Foundation

struct ImportResult {
    var passes: Passes
    /// The peer with the shortest wall-clock time per pass, if any peer ran.
    var fastestPeer: PeerResult?
    /// Every peer that ran, to judge the targets against pandoc and the fastest Python library.
    var peers: [PeerResult] = []
}

/// The default mappings, loaded once (the load is not part of any timing).
func loadMappings() -> (MappingSet, seconds: Double) {
    let start = clock.now
    do {
        let mappings = try MappingSet.defaults()
        return (mappings, seconds(clock.now - start))
    } catch {
        print("arvio-bench: the built-in mappings do not load: \(error)")
        exit(1)
    }
}

func runImportWorkload(_ corpus: Corpus, mappings: MappingSet, mappingSeconds: Double, settings: Settings) -> ImportResult {
    // Untimed: which files import (a file that reads may still fail to import).
    var samples: [Sample] = []
    var refused: [String] = []
    for sample in corpus.samples {
        do {
            _ = try ReportImporter.importReport(sample.file, mappings: mappings)
            samples.append(sample)
        } catch {
            refused.append("\(shortName(sample.file)): \((error as? any CoordinatorFacingError)?.code ?? "\(error)")")
        }
    }
    let xml = Double(samples.reduce(0) { $0 + $1.mainXMLBytes })
    heading("Import: ReportImporter.importReport, \(samples.count) documents × \(settings.repetitions) passes in one process")
    if !refused.isEmpty { print("Refused by the importer (left out): \(refused.joined(separator: "; "))") }

    var checksum = 0
    var perFile = [Double](repeating: 0, count: samples.count)
    let arvioPass = {
        for (index, sample) in samples.enumerated() {
            let start = clock.now
            if let report = try? ReportImporter.importReport(sample.file, mappings: mappings) {
                checksum &+= report.goals.count &+ report.coverage.bodyCharacters
            }
            perFile[index] += seconds(clock.now - start)
        }
    }

    // Arvio's passes (alternating with the floor's) in one more group than there are peer passes,
    // with one pass of each peer between groups: every peer pass sits among Arvio's, so outside
    // load falls on every side alike rather than on whoever happened to run then.
    var outcomes: [(order: Int, outcome: PeerOutcome)] = []
    var sessions: [(order: Int, session: PeerSession)] = []
    for (order, peer) in Peer.all.enumerated() where !settings.skippedPeers.contains(peer.name) {
        switch startPeer(peer, files: samples.map(\.file)) {
        case .session(let session): sessions.append((order, session))
        case .outcome(let outcome): outcomes.append((order, outcome))
        }
    }
    let groups = sessions.isEmpty ? 1 : settings.peerRepetitions + 1
    var passes = Passes(), floor = Passes()
    for group in 0 ..< groups {
        let count = settings.repetitions / groups + (group < settings.repetitions % groups ? 1 : 0)
        let timed = Passes.interleaved(count, [arvioPass, floorPass(samples)])
        passes.add(timed[0])
        floor.add(timed[1])
        if group < groups - 1 { for (_, session) in sessions { session.pass() } }
    }
    outcomes += sessions.map { ($0.order, $0.session.finish()) }
    let ordered = outcomes.sorted { $0.order < $1.order }.map(\.outcome)
    let measured = ordered.compactMap { outcome -> PeerResult? in
        if case .measured(let result) = outcome { return result }
        return nil
    }

    var table = Table("tool", "wall per pass, median (range)", "CPU per pass", "documents/s", "MB/s main XML",
                      "× floor (wall / CPU)", "Arvio faster: wall / CPU", "peak memory", "failed")
    let arvio = passes
    func row(_ name: String, _ timed: Passes, peak: String, failed: Int, ratio: Bool) {
        let ratios = ratio ? "\(times(timed.medianWall / arvio.medianWall)) / \(times(timed.medianCPU / arvio.medianCPU))" : "–"
        table.add(name, spread(timed.wall), duration(timed.medianCPU), fixed(Double(samples.count) / timed.medianWall, 1),
                  fixed(xml / 1e6 / timed.medianWall, 2), floorMultiple(timed, floor), ratios, peak, "\(failed)")
    }
    row("floor: inflate + libxml2 reader", floor, peak: "–", failed: 0, ratio: false)
    row("Arvio importReport", passes, peak: "see Memory", failed: 0, ratio: false)
    for peer in measured {
        row(peer.peer.name, peer.passes, peak: memory(peer.peakMemory), failed: peer.failures.count, ratio: true)
    }
    table.print()
    print("")
    print("Arvio: \(megabytes(Int(xml))) of main XML per pass; the built-in mappings load once in \(duration(mappingSeconds)), outside the timing. Checksum \(checksum).")
    print("  slowest files (mean per import, main XML, share of the time):")
    let total = perFile.reduce(0, +)
    for index in perFile.indices.sorted(by: { perFile[$0] > perFile[$1] }).prefix(3) {
        print("  " + String(format: "%7.1f ms %8.2f MB %4.0f%%  ", perFile[index] * 1000 / Double(settings.repetitions),
                             Double(samples[index].mainXMLBytes) / 1e6, perFile[index] / total * 100) + shortName(samples[index].file))
    }
    for outcome in ordered {
        switch outcome {
        case .measured(let peer):
            print("\(peer.peer.name): \(peer.peer.call); \(peer.peer.name == "pandoc" ? "" : "one Python process, ")\(peer.passes.count) pass\(peer.passes.count == 1 ? "" : "es")")
            for note in peer.notes { print("  \(note)") }
            if !peer.failures.isEmpty { print("  failed on: \(peer.failures.joined(separator: ", "))") }
        case .notInstalled(let peer):
            print("\(peer.name): not installed: \(peer.install)")
        case .failed(let peer, let why):
            print("\(peer.name): could not be timed (\(why))")
        }
    }
    let fastest = measured.min { $0.passes.medianWall < $1.passes.medianWall }
    return ImportResult(passes: passes, fastestPeer: fastest, peers: measured)
}
