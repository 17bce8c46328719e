import Foundation

/// Turns text as Word users type it into a key for comparing with the mappings: trailing and
/// no-break spaces, manual numbering ("1. ", "TAVOITE 1:"), hyphenation ("hyötö-tavoite"),
/// Markdown residue ("**") and case do not matter. The original text is never replaced by this.
public enum TextKey {
    public static func normalise(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var lastWasSpace = true
        // Text with no combining marks is already in composed form: skip Foundation's pass.
        let composed = text.unicodeScalars.contains { (0x0300 ... 0x036F).contains($0.value) }
            ? text.precomposedStringWithCanonicalMapping : text
        for scalar in composed.unicodeScalars {
            switch scalar.value {
            case 0x00AD: continue  // soft hyphen
            case 0x0009, 0x000A, 0x000D, 0x00A0, 0x2007, 0x202F, 0x2002, 0x2003, 0x2009, 0x0020:
                if !lastWasSpace { scalars.append(" ") }
                lastWasSpace = true
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014:
                scalars.append("-")
                lastWasSpace = false
            default:
                scalars.append(scalar)
                lastWasSpace = false
            }
        }
        var result = String(scalars).lowercased()
        while result.hasSuffix(" ") || result.hasSuffix("*") { result.removeLast() }
        while result.hasPrefix("*") || result.hasPrefix("- ") { result.removeFirst() }
        while result.first == " " { result.removeFirst() }
        while result.last == " " { result.removeLast() }
        return result
    }

    /// The key without a leading "1. ", "2 ", "1.1 ", "TAVOITE 3: " and without trailing "." or ":".
    public static func heading(_ text: String) -> String {
        var key = normalise(text)
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
    static func joinedHyphenation(_ key: String) -> String {
        var result = ""
        var previous: Character?
        var characters = Array(key)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "-", let before = previous, before.isLetter, index + 1 < characters.count, characters[index + 1].isLetter {
                index += 1
                continue
            }
            result.append(character)
            previous = character
            index += 1
        }
        characters = []
        return result.replacingOccurrences(of: "yhteen toimivuu", with: "yhteentoimivuu")
    }

    /// Edit distance, for the typos real headers carry ("hyötyavoite", "Hankeen").
    public static func distance(_ a: String, _ b: String, limit: Int) -> Int {
        let a = Array(a), b = Array(b)
        if abs(a.count - b.count) > limit { return limit + 1 }
        var previous = Array(0 ... b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1 ... max(a.count, 1) where !a.isEmpty {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1 ... max(b.count, 1) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return a.isEmpty ? b.count : previous[b.count]
    }

    /// Same key, or a near miss allowed for longer texts (one typo per 12 characters, at most 3).
    public static func matches(_ key: String, _ candidate: String) -> Bool {
        if key == candidate { return true }
        let allowed = min(3, candidate.count / 12)
        guard allowed > 0 else { return false }
        return distance(key, candidate, limit: allowed) <= allowed
    }
}
