import ArgumentParser
import ArvioCore
import Foundation

/// Turns a library error into the one-line message and exit code a coordinator sees.
enum ReportFailure {
    static func reading<T>(_ file: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as any CoordinatorFacingError {
            StandardStream.error.write("arvio: \(error.message(file: file)) [\(error.code)]\n")
            throw ExitCode(error.exitCode)
        }
    }
}
