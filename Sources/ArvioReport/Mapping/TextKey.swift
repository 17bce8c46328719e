import Foundation

/// Turns text as Word users type it into a key for comparing with the mappings: trailing and
/// no-break spaces, manual numbering ("1. ", "TAVOITE 1:"), hyphenation ("hyötö-tavoite"),
/// Markdown residue ("**") and case do not matter. The original text is never replaced by this.
public enum TextKey {
    public static func normalise(_ text: String) -> String {
        if let key = plainKey(text) { return key }  // nearly every paragraph
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var lastWasSpace = true
        appendKey(of: text, composing: hasCombiningMark(text), to: &bytes, lastWasSpace: &lastWasSpace)
        return trimmedKey(String(decoding: bytes, as: UTF8.self))
    }

    /// Text with no combining marks is already in composed form: it skips Foundation's pass.
    static func hasCombiningMark(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x0300 ... 0x036F).contains($0.value) }
    }

    /// Appends the untrimmed key of `text`, scalar by scalar; `lastWasSpace` as in `plainKey`.
    static func appendKey(of text: String, composing: Bool, to bytes: inout [UInt8], lastWasSpace: inout Bool) {
        let composed = composing ? text.precomposedStringWithCanonicalMapping : text
        for scalar in composed.unicodeScalars {
            switch scalar.value {
            case 0x00AD: continue  // soft hyphen
            case 0x0009, 0x000A, 0x000D, 0x00A0, 0x2007, 0x202F, 0x2002, 0x2003, 0x2009, 0x0020:
                if !lastWasSpace { bytes.append(0x20) }
                lastWasSpace = true
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014:
                bytes.append(0x2D)
                lastWasSpace = false
            default:
                appendLowercased(scalar, to: &bytes)
                lastWasSpace = false
            }
        }
    }

    /// Without trailing spaces and "*", leading "*", "-" before a space, and spaces, character by
    /// character. On a substring, so each removal moves an index instead of copying the rest.
    static func trimmedKey(_ key: String) -> String {
        var result = Substring(key)
        while result.hasSuffix(" ") || result.hasSuffix("*") { result.removeLast() }
        while result.hasPrefix("*") || result.hasPrefix("- ") { result.removeFirst() }
        while result.first == " " { result.removeFirst() }
        while result.last == " " { result.removeLast() }
        return result.startIndex == key.startIndex && result.endIndex == key.endIndex ? key : String(result)
    }

    /// `String.lowercased()` maps scalar by scalar, so lowercasing while collapsing spaces gives
    /// the same text; ASCII and Latin-1 capitals (Ä, Ö, Å) are mapped here without a table look-up.
    static func appendLowercased(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let value = scalar.value
        switch value {
        case 0x41 ... 0x5A: bytes.append(UInt8(value + 0x20))
        case 0 ..< 0x80: bytes.append(UInt8(value))
        case 0xC0 ... 0xDE where value != 0xD7:
            let lower = value + 0x20
            bytes.append(UInt8(0xC0 | (lower >> 6)))
            bytes.append(UInt8(0x80 | (lower & 0x3F)))
        case 0x80 ..< 0xC0, 0xD7, 0xDF ..< 0x100:
            bytes.append(UInt8(0xC0 | (value >> 6)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        case 0x0400 ... 0x045F:
            // Cyrillic, as in documents from other countries' templates: Ѐ–Џ and А–Я have their
            // small letters 0x50 and 0x20 above; the Unicode table made a string per letter.
            let lower = value < 0x0410 ? value + 0x50 : value < 0x0430 ? value + 0x20 : value
            bytes.append(UInt8(0xC0 | (lower >> 6)))
            bytes.append(UInt8(0x80 | (lower & 0x3F)))
        case 0x2000 ... 0x20FF, 0x2190 ... 0x23FF, 0x2500 ... 0x2BFF, 0x3000 ... 0x9FFF, 0xAC00 ... 0xD7A3:
            // Punctuation, symbols, CJK and Hangul have no case: no string of a lowercase mapping.
            UTF8.encode(scalar) { bytes.append($0) }
        default:
            if scalar.properties.changesWhenLowercased {
                bytes.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            } else {
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
    }

    /// The key without a leading "1. ", "2 ", "1.1 ", "TAVOITE 3: " and without trailing "." or ":".
    public static func heading(_ text: String) -> String {
        heading(normalised: normalise(text))
    }

    /// `heading(_:)` for text already passed through `normalise`.
    static func heading(normalised: String) -> String {
        plainHeading(normalised: normalised) ?? characterHeading(normalised: normalised)
    }

    /// `heading(normalised:)` character by character: the straightforward version, for keys
    /// `plainHeading` cannot decide.
    static func characterHeading(normalised: String) -> String {
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
    static func joinedHyphenation(_ key: String) -> String {
        // Most keys hold neither a hyphen nor the compound: nothing would change.
        let bytes = Array(key.utf8)
        if !bytes.contains(0x2D), !ByteSearch.contains(bytes, yhteenToimivuus) { return key }
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
        // Foundation's search only when the compound is there (nothing else can match it).
        guard ByteSearch.contains(Array(result.utf8), yhteenToimivuus) else { return result }
        return result.replacingOccurrences(of: "yhteen toimivuu", with: "yhteentoimivuu")
    }

    static let yhteenToimivuus = Array("yhteen toimivuu".utf8)

    /// Edit distance, for the typos real headers carry ("hyötyavoite", "Hankeen"). Over
    /// scalars when each is a whole character (see `ComparisonKey`), else over characters.
    public static func distance(_ a: String, _ b: String, limit: Int) -> Int {
        let a = ComparisonKey(a), b = ComparisonKey(b)
        if let x = a.scalars, let y = b.scalars { return EditDistance.levenshtein(x, y, limit: limit) }
        return EditDistance.levenshtein(Array(a.text), Array(b.text), limit: limit)
    }

    /// Same key, or a near miss allowed for longer texts (one typo per 12 characters, at most 3).
    public static func matches(_ key: String, _ candidate: String) -> Bool {
        matches(ComparisonKey(key), ComparisonKey(candidate))
    }
}
