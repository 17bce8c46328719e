import ArvioCore
import ArvioPackage
import Foundation

/// `-o NAME` whose extension says another format than the command writes (YAML into
/// "raportti.docx", a Word document into "x.yaml"): refused before any work, naming the
/// extension that fits. A name without an extension is taken as it is; a name that is the input
/// itself is left to `OutputFile.check`, which says so (ARVIO-OUTPUT-IS-INPUT).
struct OutputExtension: Error, CoordinatorFacingError {
    let path: String
    /// "`arvio import` writes YAML".
    let writes: String
    let fitting: [String]
    /// What else the coordinator can do, e.g. "or add --json".
    let otherwise: String

    var code: String { "ARVIO-OUTPUT-EXTENSION" }
    var exitCode: Int32 { ErrorCatalogue.usageExitCode }
    func message(file _: String) -> String {
        let names = fitting.map { ".\($0)" }
        let list = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " or " + names.last!
        return "\(path): \(writes), so the name should end in \(list); rename it\(otherwise.isEmpty ? "" : ", \(otherwise)")."
    }

    /// Refuses `path` (when given) unless its extension is one of `fitting` or it has none.
    static func require(_ path: String?, input: String, writes: String, fitting: [String], otherwise: String = "") throws {
        guard let path else { return }
        let ext = (path as NSString).pathExtension.lowercased()
        guard !ext.isEmpty, !fitting.contains(ext) else { return }
        if let output = OutputFile.identity(of: path), output == OutputFile.identity(of: input) { return }
        try ReportFailure.reading(path) {
            throw OutputExtension(path: path, writes: writes, fitting: fitting, otherwise: otherwise)
        }
    }

    /// `import` and `migrate`: YAML, or JSON by the name or --json.
    static func requireReportData(_ path: String?, input: String, command: String, json: Bool) throws {
        if json {
            try require(path, input: input, writes: "`arvio \(command) --json` writes JSON", fitting: ["json"], otherwise: "or leave out --json for YAML")
        } else {
            try require(path, input: input, writes: "`arvio \(command)` writes YAML or JSON", fitting: ["yaml", "yml", "json"],
                        otherwise: "or leave out -o to print it")
        }
    }
}

extension OutputExtension {
    /// `next`: a Word document by default, Markdown with --to md.
    static func requireNext(_ path: String?, input: String, to format: String) throws {
        if format == "md" {
            try require(path, input: input, writes: "`arvio next --to md` writes Markdown", fitting: ["md", "markdown"],
                        otherwise: "or leave out --to md for a Word document")
        } else {
            try require(path, input: input, writes: "`arvio next` writes a Word document", fitting: ["docx"],
                        otherwise: "or add --to md for Markdown")
        }
    }
}
