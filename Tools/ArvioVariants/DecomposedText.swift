import Foundation

/// Text typed decomposed (NFD): every letter with a diacritic written as its base letter and a
/// combining mark ("a" + U+0308 for "ä"), as text pasted from macOS or from a PDF arrives in
/// Word. It looks the same and means the same; only its bytes differ.
enum DecomposedText {
    static func apply(_ parts: WordParts, notes: inout [String]) throws -> Int {
        guard let body = try parts.main.root.child("body") else { return 0 }
        var edits = 0
        for element in body.descendants where element.isWord("t") || element.isWord("delText") {
            let text = element.content
            let decomposed = text.decomposedStringWithCanonicalMapping
            // Swift's == is canonical equivalence: compare the scalars to see a change.
            guard !decomposed.unicodeScalars.elementsEqual(text.unicodeScalars) else { continue }
            element.replaceText(decomposed)
            edits += 1
        }
        return edits
    }
}
