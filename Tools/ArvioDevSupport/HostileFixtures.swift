import Foundation

/// The crafted files of Tests/Fixtures/hostile and what each must come to, written once for every
/// test target from the folder's README.md (which says why each is hostile) and the exit codes
/// documented in `arvio --help` (Sources/arvio/Arvio.swift): 10 not a Word document, 11 old .doc,
/// 12 password-protected, 13 damaged, 14 no main document, 15 broken or refused XML, 16 zip bomb,
/// 17 unsafe zip contents. `CLIErrorTests` checks that the table names every file of the folder.
public enum HostileFixtures {
    /// A fixture that must be refused: its stable code and documented exit status.
    public struct Refusal: Sendable, Hashable, CustomStringConvertible {
        public let file: String
        public let code: String
        public let exitCode: Int32
        /// False for the one refused only when parts beyond the main one are read (its bomb is in
        /// its headers): opening the package and reading the main part is not enough to refuse it.
        public let refusedWithTheMainPart: Bool
        /// The fixtures built to exhaust memory: the most, in MB, a child process reading one may
        /// hold (generous — a debug build needs about 32 MB — and far below what holding the
        /// content would take: the zip bomb unpacks to over 200 MB, the lying header to 50 MB,
        /// billion laughs to gigabytes).
        public let maxMegabytes: Double?

        init(_ file: String, _ code: String, _ exitCode: Int32, refusedWithTheMainPart: Bool = true, maxMegabytes: Double? = nil) {
            self.file = file
            self.code = code
            self.exitCode = exitCode
            self.refusedWithTheMainPart = refusedWithTheMainPart
            self.maxMegabytes = maxMegabytes
        }

        public var path: String { HostileFixtures.path(file) }
        public var description: String { file }
    }

    public static let refusals: [Refusal] = [
        Refusal("zip-bomb.docx", "ARVIO-TOO-LARGE", 16, maxMegabytes: 150),
        Refusal("zip-bomb-lying-header.docx", "ARVIO-TOO-LARGE", 16, maxMegabytes: 75),
        Refusal("many-small-bombs.docx", "ARVIO-TOO-LARGE", 16, refusedWithTheMainPart: false),
        Refusal("xxe.docx", "ARVIO-XML-DOCTYPE", 15),
        Refusal("billion-laughs.docx", "ARVIO-XML-DOCTYPE", 15, maxMegabytes: 150),
        Refusal("truncated.docx", "ARVIO-DAMAGED", 13),
        Refusal("legacy.doc.docx", "ARVIO-LEGACY-DOC", 11),
        Refusal("legacy.doc", "ARVIO-LEGACY-DOC", 11),
        Refusal("encrypted.docx", "ARVIO-ENCRYPTED", 12),
        Refusal("nested-tables.docx", "ARVIO-XML-TOO-DEEP", 15),
        Refusal("empty.docx", "ARVIO-EMPTY", 10),
        Refusal("duplicate-entries.docx", "ARVIO-UNSAFE-ZIP", 17),
        Refusal("not-a-zip.docx", "ARVIO-NOT-DOCX", 10),
        Refusal("missing-main-part.docx", "ARVIO-NO-MAIN-PART", 14),
        Refusal("malformed-xml.docx", "ARVIO-XML-MALFORMED", 15),
        Refusal("path-traversal.docx", "ARVIO-UNSAFE-ZIP", 17),
    ]

    /// Counted by hand from README.md: 16 refused, 3 valid oddities that must read.
    public static let expectedRefusals = 16

    /// The valid oddities: the main part found through the relationships, UTF-16, Strict OOXML.
    public static let readable = ["main-part-elsewhere.docx", "utf16.docx", "strict-minimal.docx"]

    /// The refusals that opening the package and reading its main part already give.
    public static var refusedWithTheMainPart: [Refusal] { refusals.filter(\.refusedWithTheMainPart) }

    /// The refusals built to exhaust memory, with their bound.
    public static var memoryHungry: [Refusal] { refusals.filter { $0.maxMegabytes != nil } }

    public static let folder = Repository.path("Tests/Fixtures/hostile")

    public static func path(_ file: String) -> String { (folder as NSString).appendingPathComponent(file) }

    public static func refusal(_ file: String) -> Refusal? { refusals.first { $0.file == file } }
}
