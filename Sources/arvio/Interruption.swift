import ArvioCore
import ArvioPackage
import Foundation

/// Ctrl-C (SIGINT), SIGTERM and SIGHUP end Arvio cleanly: the temporary files it has beside
/// its outputs are removed and the programs it started (LibreOffice's process group) stopped,
/// then it exits with 128 + the signal's number, as a shell reports a process the signal ended.
/// A closed pipe (SIGPIPE) is not a signal here but a failed write, which `StandardStream` ends
/// quietly.
enum Interruption {
    static let exitStatuses: [(signal: Int32, status: Int32)] = [
        (SIGINT, ErrorCatalogue.interruptExitCode), (SIGTERM, ErrorCatalogue.terminateExitCode), (SIGHUP, ErrorCatalogue.hangUpExitCode),
    ]

    /// Dispatch hands each signal to a handler on an ordinary thread, where removing files is
    /// safe (a C signal handler may not allocate). The process's own reaction is switched off
    /// so that only the handler acts; programs we start get the default back (LibreOfficePdf).
    nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []

    static func install() {
        signal(SIGPIPE, SIG_IGN)
        for (number, status) in exitStatuses {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                TemporaryFiles.removeAllForExit()
                _exit(status)
            }
            source.resume()
            sources.append(source)
        }
    }
}
