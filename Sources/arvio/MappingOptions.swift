import ArgumentParser
import ArvioReport

/// Options every command that reads a report shares.
struct MappingOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Use this template mapping instead of detecting it (see `arvio mappings`).", valueName: "name"))
    var mapping: String?

    @Option(help: ArgumentHelp("Also use the mapping files (*.yaml) in this folder; a file with the same name as a built-in mapping replaces it.", valueName: "folder"))
    var mappings: String?

    func load() throws -> MappingSet {
        try ReportFailure.reading(mappings ?? "Mappings") {
            if let mappings { return try MappingSet.defaults(adding: mappings) }
            return try MappingSet.defaults()
        }
    }
}
