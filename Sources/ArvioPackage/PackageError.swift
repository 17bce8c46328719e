import ArvioCore
import ArvioXML

/// Why a file could not be opened as a Word document. Each case has one plain-language
/// message that names the file and says what to do, a stable code, and an exit code
/// (see README, "Exit codes").
public enum PackageError: Error, Sendable, Equatable {
    case fileNotFound
    case unreadable(reason: String)
    case empty
    /// Not a zip at all; `looksLike` names what it seems to be when we can tell.
    case notAZip(looksLike: String?)
    /// An OLE2 compound file without encryption streams: Word 97–2003 .doc.
    case legacyWordDocument
    /// An OLE2 compound file holding `EncryptionInfo`/`EncryptedPackage`: a password-protected .docx.
    case passwordProtected
    /// A zip entry encrypted with zip's own (legacy) encryption.
    case encryptedEntry(String)
    /// Truncated or internally inconsistent archive, bad checksum.
    case damaged(reason: String)
    case missingMainPart(expected: String?)
    case unsafeEntryName(String)
    case duplicateEntry(String)
    case tooManyEntries(limit: Int)
    case entryTooLarge(entry: String, limit: Int)
    case totalTooLarge(limit: Int)
    /// Compresses far better than any real document part: a zip bomb.
    case suspiciousCompression(entry: String, ratio: Int)
    /// The parts read so far, together, compress as only a zip bomb does.
    case suspiciousTotalCompression(ratio: Int)
    /// Inflates to more bytes than its header declares.
    case sizeMismatch(entry: String, declared: Int)
    case xml(XMLError)
}

extension PackageError: CoordinatorFacingError {
    public var code: String {
        switch self {
        case .fileNotFound: "ARVIO-NOT-FOUND"
        case .unreadable: "ARVIO-UNREADABLE"
        case .empty: "ARVIO-EMPTY"
        case .notAZip: "ARVIO-NOT-DOCX"
        case .legacyWordDocument: "ARVIO-LEGACY-DOC"
        case .passwordProtected, .encryptedEntry: "ARVIO-ENCRYPTED"
        case .damaged: "ARVIO-DAMAGED"
        case .missingMainPart: "ARVIO-NO-MAIN-PART"
        case .unsafeEntryName, .duplicateEntry: "ARVIO-UNSAFE-ZIP"
        case .tooManyEntries, .entryTooLarge, .totalTooLarge, .suspiciousCompression, .suspiciousTotalCompression, .sizeMismatch:
            "ARVIO-TOO-LARGE"
        case .xml(.doctypeRefused): "ARVIO-XML-DOCTYPE"
        case .xml(.tooDeep): "ARVIO-XML-TOO-DEEP"
        case .xml(.malformed): "ARVIO-XML-MALFORMED"
        }
    }

    public var exitCode: Int32 {
        switch self {
        case .fileNotFound, .unreadable: 66
        case .empty, .notAZip: 10
        case .legacyWordDocument: 11
        case .passwordProtected, .encryptedEntry: 12
        case .damaged: 13
        case .missingMainPart: 14
        case .xml: 15
        case .tooManyEntries, .entryTooLarge, .totalTooLarge, .suspiciousCompression, .suspiciousTotalCompression, .sizeMismatch: 16
        case .unsafeEntryName, .duplicateEntry: 17
        }
    }

    public func message(file: String) -> String {
        switch self {
        case .fileNotFound:
            return "\(file): no such file. Check the name and folder."
        case .unreadable(let reason):
            return "\(file): cannot be read (\(reason)). Check that this is the document you meant and that you may read it."
        case .empty:
            return "\(file): the file is empty (0 bytes). It may not have finished copying or downloading."
        case .notAZip(let looksLike):
            let what = looksLike.map { " It looks like \($0)." } ?? ""
            return "\(file): this is not a Word .docx document.\(what) Open it in Word and save it as a Word document (.docx)."
        case .legacyWordDocument:
            return "\(file): this is an old Word 97–2003 .doc file. Open it in Word and save it as .docx."
        case .passwordProtected:
            return "\(file): the document is password-protected (encrypted). Open it in Word, remove the password (File > Info > Protect Document), and save it again."
        case .encryptedEntry(let entry):
            return "\(file): part \(entry) is encrypted inside the zip. Open the document in Word and save it again without a password."
        case .damaged(let reason):
            return "\(file): the document is damaged or incomplete (\(reason)). Download or copy it again, or open it in Word and save a new copy."
        case .missingMainPart(let expected):
            let detail = expected.map { " (expected \($0))" } ?? ""
            return "\(file): the zip holds no Word main document part\(detail). It is not a complete .docx; open it in Word and save it again."
        case .unsafeEntryName(let entry):
            return "\(file): refused: the zip contains an unsafe file name (\(entry)). Save the document again from Word."
        case .duplicateEntry(let entry):
            return "\(file): refused: the zip contains \(entry) twice, so different programs could see different text. Save the document again from Word."
        case .tooManyEntries(let limit):
            return "\(file): refused: the zip has more than \(limit) files, far more than any Word document. Ask for the document again."
        case .entryTooLarge(let entry, let limit):
            return "\(file): refused: part \(entry) unpacks to more than \(limit / 1_048_576) MB, far more than any Word document. Ask for the document again."
        case .totalTooLarge(let limit):
            return "\(file): refused: the document unpacks to more than \(limit / 1_048_576) MB in all, far more than any Word document. Ask for the document again."
        case .suspiciousCompression(let entry, let ratio):
            return "\(file): refused: part \(entry) compresses \(ratio):1, which real documents never do (a \"zip bomb\"). Ask for the document again."
        case .suspiciousTotalCompression(let ratio):
            return "\(file): refused: its parts together compress \(ratio):1, which real documents never do (a \"zip bomb\" in many small pieces). Ask for the document again."
        case .sizeMismatch(let entry, let declared):
            return "\(file): refused: part \(entry) unpacks to more than the \(declared) bytes its header declares; the file is damaged or crafted. Ask for the document again."
        case .xml(.doctypeRefused(let part, let line)):
            return "\(file): refused: \(part) line \(line) has a DOCTYPE declaration, which Word never writes (a possible XML attack). Ask where the file came from, or save it again from Word."
        case .xml(.tooDeep(let part, let line, let limit)):
            return "\(file): refused: \(part) line \(line) nests elements more than \(limit) deep (for example tables inside tables). Simplify the nesting in Word, or ask where the file came from."
        case .xml(.malformed(let part, let line, let message)):
            return "\(file): the document is damaged: \(part) line \(line) is not valid XML (\(message)). Open it in Word and save it again."
        }
    }
}
