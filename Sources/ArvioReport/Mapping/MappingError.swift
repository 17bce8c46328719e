import ArvioCore
import ArvioMessages

/// A mapping file that cannot be used: names the file, the line and what is wrong.
public struct MappingError: Error, Equatable, CoordinatorFacingError, SaysItsLine {
    public var file: String
    public var line: Int?
    public var problem: String
    /// A file that is not YAML at all: libyaml's problem, which has Finnish and Swedish
    /// (`YAMLProblemPhrase`), and the column of Yams' mark. Nil for well-formed YAML.
    public var notYAML: Message?
    public var column: Int?

    public init(file: String, line: Int?, problem: String) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    /// The file does not parse as YAML: `problem` is libyaml's, `line` and `column` its mark.
    public init(file: String, line: Int?, column: Int?, notYAML problem: Message) {
        self.init(file: file, line: line, problem: "not valid YAML (\(problem.english))")
        self.column = column
        notYAML = problem
    }

    public var code: String { "ARVIO-BAD-MAPPING" }
    public var exitCode: Int32 { 20 }
    public func message(file _: String) -> String { said(file: file).english }

    /// A file that is not YAML is named with its line, column and what is wrong there in every
    /// language; any other problem is said in English as the library found it, and in Finnish
    /// and Swedish by the catalogue's meaning of the code, naming the file.
    public func said(file _: String) -> Message {
        if let problem = notYAML, let line, let column {
            return YAMLProblemPhrase.mappingAt.with(parts: ["file": .verbatim(file), "line": .verbatim("\(line)"),
                                                            "column": .verbatim("\(column)"), "problem": problem])
        }
        if let problem = notYAML {
            return YAMLProblemPhrase.mappingAtLine.with(parts: ["file": .verbatim(file), "problem": problem])
        }
        let english = "\(file)\(line.map { " line \($0)" } ?? ""): \(problem). Fix the mapping file or leave out --mappings."
        return Message(Texts(fi: CoordinatorLine.error(code: code, english: english, file: file + (line.map { ", rivi \($0)" } ?? ""), language: .fi),
                             sv: CoordinatorLine.error(code: code, english: english, file: file + (line.map { ", rad \($0)" } ?? ""), language: .sv),
                             en: english))
    }
}
