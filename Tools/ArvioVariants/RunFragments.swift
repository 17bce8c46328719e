/// Text in many small runs, as Word leaves it after editing (a run per revision session, proofing
/// marks between them) and as Google Docs exports it: every plain text run is split into one
/// run per word with the same formatting, and the second word is marked as a spelling error
/// (`w:proofErr`), which Word writes around words its Finnish proofing does not know.
enum RunFragments {
    static func apply(_ parts: WordParts, notes: inout [String]) throws -> Int {
        guard let body = try parts.main.root.child("body") else { return 0 }
        var edits = 0
        for run in body.descendants("r") where isPlainText(run) {
            guard let text = run.child("t")?.content else { continue }
            let words = splitKeepingSpaces(text)
            guard words.count > 1 else { continue }
            let properties = run.child("rPr")
            var pieces: [XMLElement] = []
            for word in words {
                let piece = run.part.makeElement("r", like: run)
                if let properties { piece.append(properties.copy()) }
                let element = piece.addChild("t")
                element.appendText(word)
                element.preserveSpace()
                pieces.append(piece)
            }
            for piece in pieces { run.insertBefore(piece) }
            let start = run.part.makeElement("proofErr", like: run)
            start["type"] = "spellStart"
            let end = run.part.makeElement("proofErr", like: run)
            end["type"] = "spellEnd"
            pieces[1].insertBefore(start)
            pieces[1].insertAfter(end)
            run.remove()
            edits += 1
        }
        return edits
    }

    /// A run holding only formatting and one piece of text, directly in a paragraph (or a
    /// hyperlink or insertion inside one).
    private static func isPlainText(_ run: XMLElement) -> Bool {
        guard let parent = run.parent, ["p", "hyperlink", "ins", "smartTag"].contains(parent.localName) else { return false }
        let children = run.children
        return children.count == (run.child("rPr") == nil ? 1 : 2) && run.child("t") != nil
    }

    /// "Hankkeen  tavoitteet " → ["Hankkeen  ", "tavoitteet "]: each word with the spaces after it.
    static func splitKeepingSpaces(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var inSpaces = false
        for character in text {
            if character == " " {
                inSpaces = true
            } else if inSpaces, !current.isEmpty {
                words.append(current)
                current = ""
                inSpaces = false
            }
            current.append(character)
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
