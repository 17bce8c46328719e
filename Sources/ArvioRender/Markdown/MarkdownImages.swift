import ArvioCore
import ArvioReport
import Foundation

/// Pictures and charts as Markdown images, their alt text as the image's alt text:
/// `![A jellyfish in water](word/media/image1.jpeg "Jellyfish")`. They close their paragraph's
/// line, and reading takes them off its end again.
enum MarkdownImages {
    static func render(_ image: ImageMark) -> String {
        var alt = ""
        for character in (image.description ?? "").trimmed {
            switch character {
            case "\n", "\r", "\t": if !alt.hasSuffix(" ") { alt += " " }
            case "\\", "[", "]": alt += "\\" + String(character)
            default: alt.append(character)
            }
        }
        let destination = (image.target ?? "").replacingOccurrences(of: " ", with: "%20")
        guard let title = image.title else { return "![\(alt)](\(destination))" }
        let quoted = title.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: " ")
        return "![\(alt)](\(destination) \"\(quoted)\")"
    }

    /// In an HTML table, where Markdown is not read: `<img src="…" alt="…" title="…">`.
    /// `MarkdownTable` turns it back into the Markdown form.
    static func html(_ image: ImageMark) -> String {
        func attribute(_ value: String) -> String {
            MarkdownText.html(value).replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "<br>", with: " ")
        }
        var tag = "<img src=\"\(attribute(image.target ?? ""))\" alt=\"\(attribute(image.description ?? ""))\""
        if let title = image.title { tag += " title=\"\(attribute(title))\"" }
        return tag + ">"
    }

    /// A paragraph's source without the images that end it, and those images in order.
    static func split(_ source: String) -> (text: String, images: [ImageMark]) {
        var rest = Substring(source)
        var images: [ImageMark] = []
        while rest.hasSuffix(")"), let start = rest.range(of: "![", options: .backwards),
              let image = parse(rest[start.upperBound...]) {
            images.insert(image, at: 0)
            rest = rest[..<start.lowerBound]
            while rest.last == " " { rest = rest.dropLast() }
        }
        return (String(rest), images)
    }

    /// `alt](destination "title")` after the "![".
    private static func parse(_ token: Substring) -> ImageMark? {
        var alt = ""
        var index = token.startIndex
        while index < token.endIndex, token[index] != "]" {
            if token[index] == "\\", token.index(after: index) < token.endIndex { index = token.index(after: index) }
            alt.append(token[index])
            index = token.index(after: index)
        }
        guard index < token.endIndex else { return nil }
        let inside = token[token.index(after: index)...]
        guard inside.hasPrefix("("), inside.hasSuffix(")") else { return nil }
        let body = inside.dropFirst().dropLast()
        var destination = body
        var title: String?
        if let space = body.firstIndex(of: " ") {
            destination = body[..<space]
            let quoted = body[body.index(after: space)...]
            guard quoted.count >= 2, quoted.hasPrefix("\""), quoted.hasSuffix("\"") else { return nil }
            title = String(quoted.dropFirst().dropLast()).replacingOccurrences(of: "\\\"", with: "\"")
                .replacingOccurrences(of: "\\\\", with: "\\")
        }
        let target = destination.replacingOccurrences(of: "%20", with: " ")
        return ImageMark(description: alt.isEmpty ? nil : alt, title: title, target: target.isEmpty ? nil : target)
    }
}
