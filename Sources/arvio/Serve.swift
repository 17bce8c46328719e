import ArgumentParser
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

    @Option(help: ArgumentHelp(HelpPhrase.servePort.now, valueName: HelpPhrase.valuePort.now))
    var port: Int = 0

    @Option(help: ArgumentHelp(HelpPhrase.serveHost.now, valueName: HelpPhrase.valueAddress.now))
    var host: String = "127.0.0.1"

    @Flag(help: ArgumentHelp(HelpPhrase.serveOpen.now))
    var open = false

    @OptionGroup var mappingOptions: MappingOptions

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError(UsagePhrase.port.say(CommandLineLanguage.current, ["value": "\(port)"])) }
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
    }

    private func serve() async throws {
        let mappings = try mappingOptions.load()
        var settings = WebSettings()
        settings.host = host
        settings.port = port
        if !["127.0.0.1", "localhost", "::1"].contains(host) {
            StandardStream.error.write("arvio: \(Label.warning[CommandLineLanguage.current]): " + StatusPhrase.serveWideHost.say(CommandLineLanguage.current, ["host": host]) + "\n")
        }
        // Ctrl-C ends the process through `Interruption`: the session folders go with it.
        TemporaryFiles.register(settings.root)
        let server = WebServer(settings: settings, mappings: mappings)
        let (shownHost, open, token) = (host == "0.0.0.0" || host == "::" ? "127.0.0.1" : host, open, settings.token)
        try await server.run { port in
            let address = "http://\(shownHost):\(port)/?t=\(token)"
            StandardStream.output.write(StatusPhrase.serveAt.say(CommandLineLanguage.current, ["address": address]) + "\n")
            if open { Self.openBrowser(address) }
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
