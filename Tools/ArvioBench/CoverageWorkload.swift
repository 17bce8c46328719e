// Workload (c): how much of each THL seed rendition's body text the importer placed in canonical
// fields (report.coverage.canonicalShare), and the minimum.

import ArvioCore
import ArvioReport
import Foundation

struct CoverageResult {
    /// The lowest share and its file; nil when no seed imported.
    var minimum: (share: Double, file: String)?
    var failures: Int
    /// The seeds that import as oma-arviointi reports, for the next workload.
    var omaArviointi: [String]
}

func runCoverageWorkload(seeds: [String], mappings: MappingSet, folder: String, show: Bool = true) -> CoverageResult {
    if show { heading("Canonical share: report.coverage.canonicalShare for the \(seeds.count) seed renditions in \(folder)") }
    var table = Table("seed rendition", "kind", "mapping", "body characters", "canonical", "canonical share")
    var minimum: (share: Double, file: String)?
    var failures = 0
    var omaArviointi: [String] = []
    for file in seeds {
        let name = (file as NSString).lastPathComponent
        do {
            let report = try ReportImporter.importReport(file, mappings: mappings)
            let share = report.coverage.canonicalShare
            table.add(name, report.kind.rawValue, report.mapping, "\(report.coverage.bodyCharacters)",
                      "\(report.coverage.canonicalCharacters)", String(format: "%.2f %%", share * 100))
            if share < minimum?.share ?? .infinity { minimum = (share, name) }
            if report.kind == .omaArviointi { omaArviointi.append(file) }
        } catch {
            failures += 1
            table.add(name, "–", "–", "–", "–", "failed: \((error as? any CoordinatorFacingError)?.code ?? "\(error)")")
        }
    }
    guard show else { return CoverageResult(minimum: minimum, failures: failures, omaArviointi: omaArviointi) }
    table.print()
    print("")
    if let minimum {
        print("Minimum: \(String(format: "%.2f %%", minimum.share * 100)) (\(minimum.file))\(failures > 0 ? "; \(failures) did not import" : "")")
    } else {
        print("No seed imported.")
    }
    return CoverageResult(minimum: minimum, failures: failures, omaArviointi: omaArviointi)
}
