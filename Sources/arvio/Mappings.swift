import ArgumentParser
import ArvioMessages
import ArvioPackage
import ArvioReport
import Foundation

/// `arvio mappings`: the template mappings Arvio knows, to pick one for --mapping.
struct Mappings: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "mappings",
        abstract: HelpPhrase.mappings.now) }

    @Option(help: ArgumentHelp(HelpPhrase.mappingsList.now, valueName: HelpPhrase.valueFolder.now))
    var mappings: String?

    func run() throws {
        let set = try MappingOptions(mapping: nil, mappings: mappings).load()
        var lines = [StatusPhrase.mappingsHeading[CommandLineLanguage.current]]
        for mapping in set.templates {
            lines.append("  \(mapping.name)  —  \(mapping.description ?? "")  [\(mapping.kind?.rawValue ?? "?"), \(mapping.template ?? "?")]")
        }
        StandardStream.output.write(lines.joined(separator: "\n") + "\n")
    }
}

extension MappingOptions {
    init(mapping: String?, mappings: String?) {
        self.init()
        self.mapping = mapping
        self.mappings = mappings
    }
}
