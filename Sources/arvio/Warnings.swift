import ArgumentParser
import ArvioCore
import ArvioMessages
import ArvioPackage
import ArvioReport
import Foundation

/// `--strict` and the warning lines of `import`, `inspect` and `next`.
struct WarningOptions: ParsableArguments {
    @Flag(help: ArgumentHelp(HelpPhrase.strict.now))
    var strict = false

    /// Prints the report's warnings on standard error, one line each with its code (unless the
    /// output itself lists them, as `inspect`'s does at its top: each warning is said once); with
    /// --strict and any warning, refuses with ARVIO-STRICT before anything is written.
    func show(_ report: Report, file: String, onStandardError: Bool = true) throws {
        let warnings = ReportWarnings.of(report)
        // Refused under --strict, the output that would have listed them is never written.
        let printed = onStandardError || (strict && !warnings.isEmpty)
        for warning in warnings where printed {
            let line = CoordinatorLine.warning(code: warning.code.rawValue, detail: warning.said, file: file, language: CommandLineLanguage.current)
            StandardStream.error.write("arvio: \(line)\n")
        }
        if strict && !warnings.isEmpty {
            try ReportFailure.reading(file) { throw StrictFailure(count: warnings.count) }
        }
    }
}

struct StrictFailure: Error, CoordinatorFacingError {
    let count: Int
    var code: String { "ARVIO-STRICT" }
    var exitCode: Int32 { ErrorCatalogue.strictExitCode }
    func message(file: String) -> String {
        "\(file): \(count) warning\(count == 1 ? "" : "s") above, and --strict was given, so nothing was written. Fix what \(count == 1 ? "it says" : "they say"), or leave out --strict."
    }
}
