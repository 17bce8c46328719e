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

    /// One document of a batch: with --strict and any warning, the document fails (ARVIO-STRICT
    /// in its summary row, exit 2 for the batch) before its result is written. Its warnings are
    /// not printed, as no batch prints them; the message says how to list them.
    func refuseInBatch(_ report: Report, file: String) throws {
        let warnings = ReportWarnings.of(report)
        if strict && !warnings.isEmpty { throw StrictFailure(count: warnings.count, listed: false) }
    }
}

struct StrictFailure: Error, CoordinatorFacingError, SaysItsLine {
    let count: Int
    /// Whether the warnings were printed just above (a single document) or not (one of a batch).
    var listed = true
    var code: String { "ARVIO-STRICT" }
    var exitCode: Int32 { ErrorCatalogue.strictExitCode }
    func message(file: String) -> String { said(file: file).english }

    func said(file: String) -> Message {
        let phrase: StatusPhrase = switch (listed, count == 1) {
        case (true, true): .strictOne
        case (true, false): .strictMany
        case (false, true): .strictOneInBatch
        case (false, false): .strictManyInBatch
        }
        return phrase.with(["file": file, "count": "\(count)"])
    }
}
