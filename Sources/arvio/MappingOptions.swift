import ArgumentParser
import ArvioMessages
import ArvioReport

/// Options every command that reads a report shares.
struct MappingOptions: ParsableArguments {
    @Option(help: ArgumentHelp(HelpPhrase.mapping.now, valueName: HelpPhrase.valueName.now))
    var mapping: String?

    @Option(help: ArgumentHelp(HelpPhrase.mappingsFolder.now, valueName: HelpPhrase.valueFolder.now))
    var mappings: String?

    func load() throws -> MappingSet {
        try ReportFailure.reading(mappings ?? "Mappings") {
            if let mappings { return try MappingSet.defaults(adding: mappings) }
            return try MappingSet.defaults()
        }
    }
}
