/// An error or warning line in the coordinator's language. English is the library's own
/// message, which names exactly what was found; in Finnish and Swedish the line says the
/// catalogue's meaning and what to do, and a warning keeps the library's detail (the heading or
/// table it concerns) after a dash, in the same language where the catalogue has it.
public enum CoordinatorLine {
    /// "FILE: what is wrong. What to do." — without the "arvio: " prefix and the code.
    public static func error(code: String, english: String, file: String, language: Language, looksLike: String? = nil) -> String {
        guard language != .en, let entry = ErrorTranslations.byCode[code] else { return english }
        var line = "\(file): \(pick(entry.meaning, language))"
        if let looksLike, let words = ErrorTranslations.looksLike[looksLike] {
            line += language == .fi ? " Se näyttää \(words.fi)." : " Den ser ut som \(words.sv)."
        }
        return line + " " + pick(entry.whatToDo, language)
    }

    /// "FILE: warning: what. What to do. — detail [CODE]" (English: the library's line as it is).
    public static func warning(code: String, detail: Message, file: String, language: Language) -> String {
        guard language != .en, let entry = ErrorTranslations.byCode[code] else {
            return "\(file): warning: \(detail.english) [\(code)]"
        }
        return "\(file): \(Label.warning[language]): \(pick(entry.meaning, language)) \(pick(entry.whatToDo, language)) — \(detail[language]) [\(code)]"
    }

    public static func warning(code: String, english: String, file: String, language: Language) -> String {
        warning(code: code, detail: .verbatim(english), file: file, language: language)
    }

    /// The meaning and what to do of a code, for the page.
    public static func explanation(code: String, language: Language, englishMeaning: String, englishWhatToDo: String) -> (meaning: String, whatToDo: String) {
        guard language != .en, let entry = ErrorTranslations.byCode[code] else { return (englishMeaning, englishWhatToDo) }
        return (pick(entry.meaning, language), pick(entry.whatToDo, language))
    }

    private static func pick(_ pair: (fi: String, sv: String), _ language: Language) -> String {
        language == .sv ? pair.sv : pair.fi
    }
}

/// An error whose line carries what the catalogue's general meaning cannot — where in an updates
/// file, which report it was made from — and so says its whole line in each language itself.
public protocol SaysItsLine: Error {
    /// "FILE: what is wrong. What to do.", without the "arvio: " prefix and the code.
    func said(file: String) -> Message
}
