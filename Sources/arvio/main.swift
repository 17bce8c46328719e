import ArgumentParser
import ArvioMessages
import ArvioPackage
import Foundation

Interruption.install()
// `--lang` applies to every command, so it is taken out before they parse the rest.
let languageChoice = CommandLineLanguage.extract(Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)
CommandLineLanguage.current = languageChoice.language
if let unknown = languageChoice.unknown {
    StandardStream.error.write("arvio: " + UsagePhrase.unknownLanguage.say(languageChoice.language, ["value": unknown, "language": languageChoice.language.rawValue]) + "\n")
}
Arvio.start(languageChoice.arguments)
