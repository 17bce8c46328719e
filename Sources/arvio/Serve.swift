import ArgumentParser
import ArvioCore
import ArvioMessages
import ArvioPackage
import ArvioReport
import ArvioWeb
import Foundation

/// `arvio serve`: the round in the browser, on this machine only.
struct Serve: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        abstract: HelpPhrase.serve.now,
        discussion: HelpDiscussion.serve.now) }

    /// No default value, so ArgumentParser adds no "(default: 0)" after the help's own "a free one".
    @Option(help: ArgumentHelp(HelpPhrase.servePort.now, valueName: HelpPhrase.valuePort.now))
    var port: Int?

    @Option(help: ArgumentHelp(HelpPhrase.serveHost.now, valueName: HelpPhrase.valueAddress.now))
    var host: String = "127.0.0.1"

    @Flag(help: ArgumentHelp(HelpPhrase.serveOpen.now))
    var open = false

    @OptionGroup var mappingOptions: MappingOptions

    func validate() throws {
        if let port, !(0...65535).contains(port) { throw ValidationError(UsagePhrase.port.say(CommandLineLanguage.current, ["value": "\(port)"])) }
    }

    /// The server is asynchronous; the command waits for it on this (main) thread, which is not
    /// one of the threads the server's tasks run on.
    func run() throws {
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { try await serve() } catch { outcome.error = error }
            done.signal()
        }
        done.wait()
        if let error = outcome.error { throw error }
    }

    private final class Outcome: @unchecked Sendable {
        var error: (any Error)?  // written by the task before it signals, read after the wait
        var listening = false  // set when the server has its port: an error before that is a failure to listen
    }

    private func serve() async throws {
        let mappings = try mappingOptions.load()
        var settings = WebSettings()
        settings.host = host
        settings.port = port ?? 0  // 0: the system picks a free port
        if !["127.0.0.1", "localhost", "::1"].contains(host) {
            StandardStream.error.write("arvio: \(Label.warning[CommandLineLanguage.current]): " + StatusPhrase.serveWideHost.say(CommandLineLanguage.current, ["host": host]) + "\n")
        }
        // Ctrl-C ends the process through `Interruption`: the session folders go with it.
        TemporaryFiles.register(settings.root)
        let server = WebServer(settings: settings, mappings: mappings)
        // An IPv6 address goes in brackets in a URL ("http://[::1]:8080/").
        let (shownHost, open, token) = (host == "0.0.0.0" || host == "::" ? "127.0.0.1" : host.contains(":") ? "[\(host)]" : host, open, settings.token)
        let listening = Outcome()
        do {
            try await server.run { port in
                listening.listening = true
                let address = "http://\(shownHost):\(port)/?t=\(token)"
                StandardStream.output.write(StatusPhrase.serveAt.say(CommandLineLanguage.current, ["address": address]) + "\n")
                if open { Self.openBrowser(address) }
            }
        } catch where !listening.listening {
            // The server never got its port: one line naming the address, in the coordinator's words.
            let place = "\(host):\(port ?? 0)"
            try ReportFailure.reading(place) { throw ListenFailure(place: place, reason: "\(error)") }
        }
    }

    /// xdg-open (Linux) or open (macOS), when there is one; otherwise the printed address is enough.
    static func openBrowser(_ address: String) {
        for opener in ["/usr/bin/xdg-open", "/usr/local/bin/xdg-open", "/usr/bin/open"] where FileManager.default.isExecutableFile(atPath: opener) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: opener)
            process.arguments = [address]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try? process.run()
            return
        }
        StandardStream.error.write("arvio: " + StatusPhrase.serveNoBrowser.say(CommandLineLanguage.current) + "\n")
    }
}

/// `arvio serve` could not listen where it was told to (the port taken or not allowed, the host
/// no address of this machine).
struct ListenFailure: Error, CoordinatorFacingError {
    let place: String
    /// The system's own words, kept in the English line.
    let reason: String
    var code: String { "ARVIO-CANNOT-LISTEN" }
    var exitCode: Int32 { 50 }
    func message(file: String) -> String {
        "\(file): cannot listen there (\(reason)). Choose another --port, or leave it out for a free one; --host must be an address of this machine."
    }
}
