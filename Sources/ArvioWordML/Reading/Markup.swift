import ArvioXML

/// Normalisation rules applied while walking the XML, so no other code sees these wrappers.
enum Markup {
    /// Of `mc:AlternateContent`, the branch to read: the first `mc:Choice` (Word's modern
    /// markup, e.g. `wps` text boxes), else `mc:Fallback`. Reading one branch is what keeps a
    /// text box's text from appearing twice.
    static func chosenBranch(_ alternate: XMLElement) -> XMLElement? {
        alternate.child("mc:Choice") ?? alternate.child("mc:Fallback")
    }

    /// Text of `w:t` and `w:delText` in a subtree: what a tracked change inserted or deleted.
    static func changedText(_ element: XMLElement) -> String {
        var result = ""
        func walk(_ node: XMLElement) {
            for child in node.children {
                guard case .element(let inner) = child else { continue }
                switch inner.name {
                case "w:t", "w:delText": result += inner.text
                case "w:tab": result += "\t"
                default: walk(inner)
                }
            }
        }
        walk(element)
        return result
    }

    static func revision(_ element: XMLElement, kind: Revision.Kind) -> Revision {
        Revision(kind: kind, id: element.attribute("w:id"), author: element.attribute("w:author"),
                 date: element.attribute("w:date"))
    }

    static func contentControl(_ sdt: XMLElement) -> ContentControl {
        let properties = sdt.child("w:sdtPr")
        return ContentControl(id: properties?.child("w:id")?.attribute("w:val"),
                              tag: properties?.child("w:tag")?.attribute("w:val"),
                              alias: properties?.child("w:alias")?.attribute("w:val"))
    }

    /// `HYPERLINK "url" \l "anchor"` → "url" or "#anchor".
    static func hyperlinkTarget(fromField instruction: String) -> String? {
        let trimmed = instruction.trimmingCharacters(in: .whitespaces)
        guard trimmed.uppercased().hasPrefix("HYPERLINK") else { return nil }
        let quoted = trimmed.split(separator: "\"", omittingEmptySubsequences: false)
        var url: String?
        var anchor: String?
        var index = 1
        while index < quoted.count {
            let before = quoted[index - 1]
            if before.hasSuffix("\\l ") { anchor = String(quoted[index]) } else if url == nil && !before.contains("\\") {
                url = String(quoted[index])
            }
            index += 2
        }
        if let url, !url.isEmpty { return anchor.map { url + "#" + $0 } ?? url }
        if let anchor { return "#" + anchor }
        let words = trimmed.split(separator: " ")
        return words.count > 1 ? String(words[1]) : nil
    }
}
