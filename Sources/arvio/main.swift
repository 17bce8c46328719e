import ArgumentParser
import ArvioMessages
import Foundation

// `--lang` applies to every command, so it is taken out before they parse the rest.
let languageChoice = CommandLineLanguage.extract(Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)
CommandLineLanguage.current = languageChoice.language
if let unknown = languageChoice.unknown {
    try? FileHandle.standardError.write(contentsOf: Data("arvio: --lang \(unknown): choose fi, sv or en; using \(languageChoice.language.rawValue).\n".utf8))
}
Arvio.main(languageChoice.arguments)
