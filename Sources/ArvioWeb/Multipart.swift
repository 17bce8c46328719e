import Foundation

/// The files of a `multipart/form-data` body (RFC 7578), read from the copy of the body the
/// server wrote to the session folder. Only the parts' bytes and the browser's file names come
/// out; the names are for display, never for the file system.
enum Multipart {
    struct FilePart {
        var fieldName: String
        /// As the browser sent it; may be anything, including "../../x".
        var fileName: String
        var bytes: Data
    }

    /// "multipart/form-data; boundary=----x" → "----x".
    static func boundary(contentType: String) -> String? {
        guard contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, pair[0].lowercased() == "boundary" else { continue }
            let value = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            return value.isEmpty || value.count > 200 ? nil : value
        }
        return nil
    }

    /// Every part that carries a file name; text fields are skipped.
    static func files(in body: Data, boundary: String) -> [FilePart] {
        let delimiter = Data("--\(boundary)".utf8)
        let separator = Data("\r\n\r\n".utf8)
        var parts: [FilePart] = []
        guard var cursor = body.range(of: delimiter)?.upperBound else { return [] }
        while cursor < body.endIndex {
            // After a delimiter: "--" ends the body, "\r\n" starts a part.
            if body[cursor...].starts(with: Data("--".utf8)) { break }
            guard let headersEnd = body.range(of: separator, in: cursor..<body.endIndex) else { break }
            let headers = String(decoding: body[cursor..<headersEnd.lowerBound], as: UTF8.self)
            let contentStart = headersEnd.upperBound
            guard let next = body.range(of: Data("\r\n".utf8) + delimiter, in: contentStart..<body.endIndex) else { break }
            if let disposition = headers.split(separator: "\r\n").first(where: { $0.lowercased().hasPrefix("content-disposition:") }),
               let fileName = parameter("filename", in: String(disposition)) {
                parts.append(FilePart(fieldName: parameter("name", in: String(disposition)) ?? "",
                                      fileName: fileName, bytes: body.subdata(in: contentStart..<next.lowerBound)))
            }
            cursor = next.upperBound
        }
        return parts
    }

    /// `name="value"` out of a Content-Disposition line.
    static func parameter(_ name: String, in line: String) -> String? {
        for piece in line.split(separator: ";").dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == name else { continue }
            var value = pair[1].trimmingCharacters(in: .whitespaces)
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            return value.replacingOccurrences(of: "%22", with: "\"")
        }
        return nil
    }
}

/// Names the browser gave, made safe to show and to offer as a download name.
enum SafeName {
    /// The last path component, control characters removed, at most 120 characters.
    static func display(_ browserName: String) -> String {
        let last = browserName.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let cleaned = String(last.unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) }.map(Character.init))
        let trimmed = cleaned.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? "asiakirja.docx" : String(trimmed.prefix(120))
    }

    /// A download name of letters, digits, "-", "_" and "."; Finnish and Swedish letters as
    /// a, o, a, so every browser and file system takes it. Never empty, never a hidden file.
    static func download(stem: String, extension ext: String) -> String {
        let map: [Character: String] = ["ä": "a", "ö": "o", "å": "a", "Ä": "A", "Ö": "O", "Å": "A", " ": "-"]
        var out = ""
        for character in stem {
            if let replacement = map[character] {
                out += replacement
            } else if character.isASCII && (character.isLetter || character.isNumber || character == "-" || character == "_" || character == ".") {
                out.append(character)
            }
        }
        while out.hasPrefix(".") || out.hasPrefix("-") { out.removeFirst() }
        if out.isEmpty { out = "arvio" }
        return String(out.prefix(100)) + "." + ext
    }
}
