import ArvioCore
import ArvioNext
import ArvioPackage
import ArvioReport
import Foundation

/// Reads the `--updates` file from disk; what it means is `UpdatesReader`'s (shared with the web page).
enum UpdatesFile {
    static func read(_ path: String, original: Report, period: PeriodKey?, mappings: MappingSet) throws -> PeriodUpdates {
        guard FileManager.default.fileExists(atPath: path) else { throw PackageError.fileNotFound }
        guard let data = FileManager.default.contents(atPath: path) else { throw PackageError.unreadable(reason: "cannot be read") }
        let text = try UpdatesReader.text(of: data)
        return try UpdatesReader.read(text, name: path, original: original, period: period, mappings: mappings)
    }
}
