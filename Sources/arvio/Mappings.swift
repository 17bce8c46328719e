import ArgumentParser
import ArvioPackage
import ArvioReport
import Foundation

/// `arvio mappings`: the template mappings Arvio knows, to pick one for --mapping.
struct Mappings: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mappings",
        abstract: "List the template mappings (built in, plus --mappings FOLDER) with what each is for.")

    @Option(help: ArgumentHelp("Also list the mapping files (*.yaml) in this folder.", valueName: "folder"))
    var mappings: String?

    func run() throws {
        let set = try MappingOptions(mapping: nil, mappings: mappings).load()
        var lines = ["Template mappings (use with --mapping NAME):"]
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
