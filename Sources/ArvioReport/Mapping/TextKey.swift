import Foundation

/// Text normalised for matching: the one way Arvio compares what Word users typed with the
/// mappings and with other documents (DOMAIN.md §2's match rule). No-break, narrow and other
/// spaces, tabs and line breaks collapse to one space; soft hyphens go, dashes become "-"; case
/// folds; "**" and "- " residue at the ends is trimmed. A heading key also drops manual numbering
/// ("1. ", "TAVOITE 1:") and joins hyphenation ("hyötö-tavoite", "yhteen toimivuus"). The
/// original text is never replaced by a key.
///
/// A key is not composed (NFC): Swift compares, hashes and splits strings into characters by
/// canonical equivalence, so "ä" typed as one character and as "a" with a combining diaeresis
/// are the same key already, and no paragraph pays for composing. Code that compares a key's
/// bytes composes it first (`TemplateDetector`).
public enum TextKey {
    /// The key of `text`.
    ///
    /// The key's UTF-8 is collected and made a String once: appending to a String one scalar at
    /// a time cost more than everything else here. Case folds through Foundation's
    /// `lowercased(with: nil)` (ICU's case mapping, no locale's rules): the standard library's
    /// `lowercased()` looks each non-ASCII scalar up on its own, five times slower on Finnish text.
    public static func normalise(_ text: String) -> String {
        var key: [UInt8] = []
        key.reserveCapacity(text.utf8.count)
        var lastWasSpace = true
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x00AD: continue  // soft hyphen
            case 0x0009, 0x000A, 0x000D, 0x0020, 0x00A0, 0x2002, 0x2003, 0x2007, 0x2009, 0x202F:
                if !lastWasSpace { key.append(UInt8(ascii: " ")) }
                lastWasSpace = true
            case 0x2010 ... 0x2014:
                key.append(UInt8(ascii: "-"))
                lastWasSpace = false
            default:
                UTF8.encode(scalar) { key.append($0) }
                lastWasSpace = false
            }
        }
        return trimmed(String(decoding: key, as: UTF8.self).lowercased(with: nil))
    }

    /// Without trailing spaces and "*", leading "*", "-" before a space, and spaces.
    private static func trimmed(_ key: String) -> String {
        var result = Substring(key)
        while result.hasSuffix(" ") || result.hasSuffix("*") { result.removeLast() }
        while result.hasPrefix("*") || result.hasPrefix("- ") { result.removeFirst() }
        while result.first == " " { result.removeFirst() }
        while result.last == " " { result.removeLast() }
        return String(result)
    }

    /// The key of a heading: without a leading "1. ", "2 ", "1.1 ", "TAVOITE 3: ", without
    /// trailing "." or ":", hyphenation joined.
    public static func heading(_ text: String) -> String {
        heading(normalised: normalise(text))
    }

    /// `heading(_:)` of text already passed through `normalise`.
    static func heading(normalised: String) -> String {
        var key = normalised
        if key.hasPrefix("tavoite ") { key.removeFirst("tavoite ".count) }
        if let number = leadingNumber(key) {
            key.removeFirst(number.count)
            while let first = key.first, first == "." || first == ":" || first == ")" || first == " " { key.removeFirst() }
        }
        while let last = key.last, last == "." || last == ":" || last == " " { key.removeLast() }
        return joinedHyphenation(key)
    }

    /// "1", "1.2", "4.1." at the start of a key, without trailing dot.
    public static func leadingNumber(_ key: String) -> String? {
        var digits = ""
        var index = key.startIndex
        while index < key.endIndex, key[index].isNumber || (key[index] == "." && !digits.isEmpty) {
            digits.append(key[index])
            index = key.index(after: index)
        }
        guard !digits.isEmpty, index == key.endIndex || key[index] == " " || key[index] == ":" || key[index] == ")" else { return nil }
        return digits
    }

    /// Word hyphenation and compound spellings written three ways: "yhteen-toimivuus",
    /// "yhteen toimivuus", "yhteentoimivuus"; "Kansal-linen"; "hyötö-tavoite".
    /// The key is copied in pieces between the characters left out, not character by character
    /// (every table cell's text passes here).
    static func joinedHyphenation(_ key: String) -> String {
        var result = ""
        var pieceStart = key.startIndex
        var lastKept: Character?
        var index = key.startIndex
        while index < key.endIndex {
            let character = key[index], next = key.index(after: index)
            let rest = key[next...]
            let leftOut = (character == "-" && lastKept?.isLetter == true && rest.first?.isLetter == true)
                || (character == " " && rest.hasPrefix("toimivuu") && (result + key[pieceStart ..< index]).hasSuffix("yhteen"))
            if leftOut {
                result += key[pieceStart ..< index]
                pieceStart = next
            } else {
                lastKept = character
            }
            index = next
        }
        return result + key[pieceStart...]
    }

    /// Edit distance over characters, for the typos real headers carry ("hyötyavoite",
    /// "Hankeen"); `limit + 1` once it is over `limit`.
    public static func distance(_ a: String, _ b: String, limit: Int) -> Int {
        EditDistance.levenshtein(Array(a), Array(b), limit: limit)
    }

    /// Same key, or a near miss allowed for longer texts (one typo per 12 characters, at most 3).
    public static func matches(_ key: String, _ candidate: String) -> Bool {
        MatchKey(candidate).isMatched(by: MatchKey(key))
    }
}

/// A key as it is compared with others, its characters counted once: a key meets many others
/// (a paragraph every heading of a mapping, a table cell every header of a rule), and only keys
/// of about the same length can be near misses, so most comparisons end at the counts.
struct MatchKey {
    let text: String
    /// Characters (`text.count`).
    let count: Int

    init(_ text: String) {
        self.text = text
        count = text.count
    }

    /// `other` is this key, or a near miss of it: one typo per 12 characters of this key, at
    /// most 3 (`TextKey.matches(other, self)`).
    func isMatched(by other: MatchKey) -> Bool {
        if other.text == text { return true }
        let allowed = min(3, count / 12)
        guard allowed > 0, abs(other.count - count) <= allowed else { return false }
        return EditDistance.levenshtein(Array(other.text), Array(text), limit: allowed) <= allowed
    }
}
