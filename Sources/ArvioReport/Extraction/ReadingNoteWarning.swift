import ArvioMessages
import ArvioWordML

/// What the Word reader could not read or worked around, as a warning in the coordinator's words:
/// what the content is and where it stands by the text around it, never the part and line the
/// reader names for `arvio dump` ("word/document.xml line 12").
enum ReadingNoteWarning {
    static func warning(_ note: ReadingNote) -> ReportWarning {
        let code: ReportWarning.Code = note.kind == .unsupported ? .unsupported : .notRead
        switch note.subject {
        case .importedContent(let fileExtension, let after)?:
            let format = format(fileExtension)
            let what = after.map { WarningPhrase.importedContentAfter.with(parts: ["format": format, "after": .verbatim(Places.short($0))]) }
                ?? WarningPhrase.importedContent.with(parts: ["format": format])
            return ReportWarning(code, WarningPhrase.notRead.with(parts: ["what": what]))
        case .unknownElement(let name, let text)?:
            return ReportWarning(code, WarningPhrase.unknownElement.with(["element": name, "text": Places.short(text)]))
        case .theme?:
            return ReportWarning(code, WarningPhrase.themeNotRead.message)
        case nil:  // a note made without a subject: its own line, as the reader wrote it
            switch note.kind {
            case .notRead: return ReportWarning(code, WarningPhrase.notRead.with(["what": note.text]))
            case .unsupported: return ReportWarning(code, note.text)
            case .partNotRead: return ReportWarning(code, note.text + ".")
            }
        }
    }

    /// The kind of file imported content came from, by its name's extension.
    static func format(_ fileExtension: String?) -> Message {
        switch fileExtension {
        case nil: WarningPhrase.formatUnknown.message
        case "htm", "html", "xhtml": WarningPhrase.formatHTML.message
        case "mht", "mhtml": WarningPhrase.formatWebArchive.message
        case "rtf": WarningPhrase.formatRTF.message
        case "docx", "docm", "dotx", "dotm": WarningPhrase.formatWord.message
        case "txt": WarningPhrase.formatText.message
        case let other?: WarningPhrase.formatOther.with(["extension": other])
        }
    }
}
