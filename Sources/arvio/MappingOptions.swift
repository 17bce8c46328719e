import ArgumentParser
import ArvioMessages
import ArvioReport

/// Options every command that reads a report shares.
struct MappingOptions: ParsableArguments {
    @Option(help: ArgumentHelp(HelpPhrase.mapping.now, valueName: "name"))
    var mapping: String?

    @Option(help: ArgumentHelp(HelpPhrase.mappingsFolder.now, valueName: "folder"))
    var mappings: String?

    func load() throws -> MappingSet {
        try ReportFailure.reading(mappings ?? "Mappings") {
            if let mappings { return try MappingSet.defaults(adding: mappings) }
            return try MappingSet.defaults()
        }
    }
}
