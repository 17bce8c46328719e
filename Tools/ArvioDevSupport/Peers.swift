import Foundation

/// The programs some tests open Arvio's output with, found the one way every test uses, so a
/// machine runs all of a peer's tests or skips all of them with the same printed reason. `.ci/run`
/// installs them all (`make peers`) and fails when any test was skipped.
public enum Peers {
    /// LibreOffice's soffice: $ARVIO_SOFFICE when set, else soffice or libreoffice on PATH, else
    /// Debian's /usr/lib/libreoffice/program/soffice.
    public static let libreOffice: String? = {
        let environment = ProcessInfo.processInfo.environment
        if let chosen = environment["ARVIO_SOFFICE"] { return isProgram(chosen) ? chosen : nil }
        return onPath("soffice") ?? onPath("libreoffice")
            ?? (isProgram("/usr/lib/libreoffice/program/soffice") ? "/usr/lib/libreoffice/program/soffice" : nil)
    }()

    public static let pandoc: String? = onPath("pandoc")
    public static let pdfinfo: String? = onPath("pdfinfo")
    public static let pdftotext: String? = onPath("pdftotext")

    /// A python3 that can `import docx` (Debian's python3-docx lives with /usr/bin/python3, which
    /// need not be the first python3 on PATH).
    public static let pythonWithDocx: String? = {
        let candidates = (isProgram("/usr/bin/python3") ? ["/usr/bin/python3"] : []) + [onPath("python3")].compactMap { $0 }
        return candidates.first { python in (try? ProcessRunner.run(python, ["-c", "import docx"]))?.succeeded == true }
    }()

    public static var pythonDocx: Bool { pythonWithDocx != nil }

    public static let hasLibreOffice = libreOffice != nil
    public static let hasPandoc = pandoc != nil
    public static let hasPdfinfo = pdfinfo != nil

    /// The reasons `.enabled(if:…)` prints when a peer is missing.
    public static let noLibreOffice: String = "LibreOffice (soffice) is not installed: `make peers` installs libreoffice-writer-nogui"
    public static let noPandoc: String = "pandoc is not installed: `make peers` installs it"
    public static let noPythonDocx: String = "python-docx is not installed: `make peers` installs python3-docx"
    public static let noPdfinfo: String = "pdfinfo is not installed: `make peers` installs poppler-utils"
    public static let noPdftotext: String = "pdftotext is not installed: `make peers` installs poppler-utils"

    public static func onPath(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first(where: isProgram)
    }

    static func isProgram(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.isExecutableFile(atPath: path)
            && FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }
}
