/// The languages Arvio speaks to a coordinator in: Finnish (the programme's language),
/// Swedish (Finland's other official language) and English.
public enum Language: String, CaseIterable, Sendable, Codable {
    case fi, sv, en

    /// "fi", "fi_FI.UTF-8", "sv-FI", "EN" → the language; anything else nil.
    public init?(code: String) {
        let lower = code.lowercased()
        guard let found = Language.allCases.first(where: { lower == $0.rawValue || lower.hasPrefix($0.rawValue + "_") || lower.hasPrefix($0.rawValue + "-") || lower.hasPrefix($0.rawValue + ".") }) else {
            return nil
        }
        self = found
    }

    /// The command line's choice: `--lang`, else `ARVIO_LANG`, else `LANG` (fi_FI → fi,
    /// sv_FI → sv), else English.
    public static func resolve(flag: String?, environment: [String: String]) -> Language {
        for candidate in [flag, environment["ARVIO_LANG"], environment["LANG"]] {
            if let candidate, let language = Language(code: candidate) { return language }
        }
        return .en
    }

    /// The language's own name, for the switch on the page.
    public var ownName: String {
        switch self {
        case .fi: "Suomi"
        case .sv: "Svenska"
        case .en: "English"
        }
    }
}

/// One text in every language. The initialiser takes all three, and `MessageCatalogueTests`
/// checks that none is empty.
public struct Texts: Sendable, Hashable {
    public let fi: String
    public let sv: String
    public let en: String

    public init(fi: String, sv: String, en: String) {
        self.fi = fi
        self.sv = sv
        self.en = en
    }

    public subscript(_ language: Language) -> String {
        switch language {
        case .fi: fi
        case .sv: sv
        case .en: en
        }
    }
}
