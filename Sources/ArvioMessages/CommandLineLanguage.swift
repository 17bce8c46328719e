/// `--lang fi|sv|en` anywhere on the command line, taken out before the commands parse the
/// rest (it applies to every command alike, so no command declares it).
public enum CommandLineLanguage {
    public struct Choice: Equatable, Sendable {
        public var language: Language
        /// The arguments without `--lang X` / `--lang=X`.
        public var arguments: [String]
        /// Set when `--lang` named no language Arvio has.
        public var unknown: String?
    }

    public static func extract(_ arguments: [String], environment: [String: String]) -> Choice {
        var rest: [String] = []
        var flag: String?
        var unknown: String?
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" {
                rest += arguments[index...]
                break
            }
            var value: String?
            if argument == "--lang", index + 1 < arguments.count {
                value = arguments[index + 1]
                index += 1
            } else if argument.hasPrefix("--lang=") {
                value = String(argument.dropFirst("--lang=".count))
            } else {
                rest.append(argument)
            }
            if let value {
                if Language(code: value) != nil { flag = value } else { unknown = value }
            }
            index += 1
        }
        return Choice(language: Language.resolve(flag: flag, environment: environment), arguments: rest, unknown: unknown)
    }
}

extension CommandLineLanguage {
    /// The language this run of `arvio` speaks, set once by main before any command runs.
    nonisolated(unsafe) public static var current: Language = .en
}
