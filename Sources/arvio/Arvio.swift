import ArgumentParser
import ArvioMessages
import ArvioPackage
import Foundation

/// `arvio`: the coordinator's tool for THL oma-arviointi reports and project plans.
struct Arvio: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "arvio",
        abstract: HelpPhrase.arvio.now,
        discussion: HelpDiscussion.arvio.now,
        version: "0.1.0",
        subcommands: [Import.self, Inspect.self, Migrate.self, Init.self, Next.self, Render.self, Pdf.self, Summary.self, Diff.self, Check.self, Dump.self, Mappings.self, Serve.self]) }
}

extension Arvio {
    /// `main` as ArgumentParser has it, except that what it prints goes through `StandardStream`
    /// and `ParserWords`. On success (--help, `arvio help …`, --version): ArgumentParser's own
    /// `print` ignores a failed write, so `arvio --help > /dev/full` said nothing and ended with 0;
    /// now it is one ARVIO-WRITE-FAILED line and status 74, and a reader that stops early ends it
    /// quietly, as for every other command. Help and usage errors are said in the language of the
    /// run: ArgumentParser's own words are put in the phrase book's at this one point.
    static func start(_ arguments: [String]) {
        let language = CommandLineLanguage.current
        var parsed = false
        do {
            var command = try parseAsRoot(arguments)
            parsed = true
            try command.run()
        } catch let error where exitCode(for: error) == .success {
            let message = fullMessage(for: error)
            if !message.isEmpty { StandardStream.output.write(ParserWords.say(message, in: language) + "\n") }
        } catch {
            var message = fullMessage(for: error)
            // An error a command did not turn into a coordinator's line speaks the system's English;
            // Finnish and Swedish say so before it.
            let englishPrefix = ArgumentParserPhrase.errorPrefix[.en]
            if parsed && !(error is ExitCode || error is ValidationError || error is CleanExit) && language != .en && message.hasPrefix(englishPrefix) {
                let detail = String(message.dropFirst(englishPrefix.count))
                message = ArgumentParserPhrase.errorPrefix[language] + StatusPhrase.unexpected.say(language, ["detail": detail])
            }
            if !message.isEmpty { StandardStream.error.write(ParserWords.say(message, in: language) + "\n") }
            Foundation.exit(exitCode(for: error).rawValue)
        }
    }
}
