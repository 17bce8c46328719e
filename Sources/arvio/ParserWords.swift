import ArvioMessages
import Foundation

/// ArgumentParser's help and usage errors in the language of this run. ArgumentParser writes its
/// headings ("USAGE:"), its own options' help and its error sentences in English only; each is a
/// phrase of `ArgumentParserPhrase` whose English is ArgumentParser's exact text, put in its place
/// here, where the text is printed. English is left as ArgumentParser wrote it.
enum ParserWords {
    static func say(_ text: String, in language: Language) -> String {
        guard language != .en else { return text }
        return ArgumentParserPhrase.allCases.reduce(text) { text, phrase in
            replacing(phrase.texts.en, with: phrase[language], in: text)
        }
    }

    /// Every occurrence of `template` in `text` replaced by `replacement`, the `{slot}`s of the
    /// two filled alike. A slot takes the text up to the template's next words on the same line
    /// (ArgumentParser's values — an option, a file name — never span lines).
    static func replacing(_ template: String, with replacement: String, in text: String) -> String {
        let (words, slots) = pieces(of: template)
        var result = ""
        var rest = text[...]
        search: while let first = rest.range(of: words[0]) {
            var end = first.upperBound
            var values: [String: String] = [:]
            for (index, slot) in slots.enumerated() {
                guard let next = rest[end...].range(of: words[index + 1]), !rest[end ..< next.lowerBound].contains("\n") else {
                    result += rest[..<first.upperBound]
                    rest = rest[first.upperBound...]
                    continue search
                }
                values[slot] = String(rest[end ..< next.lowerBound])
                end = next.upperBound
            }
            result += rest[..<first.lowerBound]
            result += Message(Texts(fi: replacement, sv: replacement, en: replacement), values)[.en]
            rest = rest[end...]
        }
        return result + rest
    }

    /// "Unknown option '{option}'" → the words ["Unknown option '", "'"] around the slots ["option"].
    private static func pieces(of template: String) -> (words: [String], slots: [String]) {
        var words: [String] = []
        var slots: [String] = []
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            words.append(String(rest[..<open]))
            slots.append(String(rest[rest.index(after: open) ..< close]))
            rest = rest[rest.index(after: close)...]
        }
        words.append(String(rest))
        return (words, slots)
    }
}
