import ArvioCore

/// A mapping file that cannot be used: names the file, the line and what is wrong.
public struct MappingError: Error, Equatable, CoordinatorFacingError {
    public var file: String
    public var line: Int?
    public var problem: String

    public init(file: String, line: Int?, problem: String) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    public var code: String { "ARVIO-BAD-MAPPING" }
    public var exitCode: Int32 { 20 }
    public func message(file _: String) -> String {
        "\(file)\(line.map { " line \($0)" } ?? ""): \(problem). Fix the mapping file or leave out --mappings."
    }
}
