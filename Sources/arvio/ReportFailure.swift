import ArgumentParser
import ArvioCore
import ArvioMessages
import ArvioPackage
import Foundation

/// Turns a library error into the one-line message and exit code a coordinator sees.
enum ReportFailure {
    static func reading<T>(_ file: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as any CoordinatorFacingError {
            var looksLike: String?
            if case PackageError.notAZip(let what) = error { looksLike = what }
            let language = CommandLineLanguage.current
            let line = (error as? any SaysItsLine).map { $0.said(file: file)[language] }
                ?? CoordinatorLine.error(code: error.code, english: error.message(file: file), file: file, language: language, looksLike: looksLike)
            StandardStream.error.write("arvio: \(line) [\(error.code)]\n")
            throw ExitCode(error.exitCode)
        }
    }
}
