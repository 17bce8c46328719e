import Foundation

/// Finnish running text cut into sentences, for summaries that quote the report and stop at a
/// sentence end. A full stop ends a sentence when a capital letter follows and the word before
/// it is no abbreviation ("esim.", "mm.", "Kts."); "1.1" and "12/2020." are left alone.
public enum Sentences {
    static let abbreviations: Set<String> = [
        "esim", "mm", "ns", "ks", "kts", "vrt", "n", "ym", "yms", "jne", "tms", "s", "klo", "huom", "nk", "milj",
        "mrd", "ts", "engl", "lyh", "kpl", "ao", "em", "yo", "tk", "prof", "tri", "dos", "v", "vv", "ko",
    ]

    public static func split(_ text: String) -> [String] {
        let characters = Array(text)
        var sentences: [String] = []
        var start = 0
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if ".!?".contains(character) {
                var end = index + 1
                while end < characters.count, ".!?”\")".contains(characters[end]) { end += 1 }
                var next = end
                while next < characters.count, characters[next].isWhitespace { next += 1 }
                let spaced = next > end
                let capitalFollows = next < characters.count && (characters[next].isUppercase || characters[next] == "”" || characters[next] == "\"")
                if next >= characters.count || (spaced && capitalFollows && !isAbbreviation(characters, before: index)) {
                    let sentence = String(characters[start ..< end]).trimmingCharacters(in: .whitespaces)
                    if !sentence.isEmpty { sentences.append(sentence) }
                    start = next
                    index = next
                    continue
                }
            }
            index += 1
        }
        if start < characters.count {
            let tail = String(characters[start...]).trimmingCharacters(in: .whitespaces)
            if !tail.isEmpty { sentences.append(tail) }
        }
        return sentences
    }

    private static func isAbbreviation(_ characters: [Character], before dot: Int) -> Bool {
        guard characters[dot] == "." else { return false }
        var wordStart = dot
        while wordStart > 0, characters[wordStart - 1].isLetter { wordStart -= 1 }
        let word = String(characters[wordStart ..< dot]).lowercased()
        return abbreviations.contains(word)
    }

    /// A list item or fragment as a sentence: capital first letter, a full stop at the end.
    public static func asSentence(_ text: String) -> String {
        var result = text.trimmingCharacters(in: .whitespaces)
        while let last = result.last, last == ";" || last == "," || last == ":" { result.removeLast() }
        guard let first = result.first else { return result }
        result = first.uppercased() + result.dropFirst()
        let ending = Array(result.suffix(2))
        let closed = ".!?".contains(ending.last!) || (ending.count == 2 && ")”\"".contains(ending[1]) && ".!?".contains(ending[0]))
        if !closed { result += "." }
        return result
    }

    /// `text` shortened to at most `limit` characters at a word boundary, with "…".
    public static func truncated(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        let cut = text.prefix(max(limit - 1, 1))
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        var result = String(atWord)
        while let last = result.last, ",;:–-".contains(last) || last.isWhitespace { result.removeLast() }
        return result + "…"
    }
}
