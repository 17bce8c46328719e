import ArvioCore
import ArvioDevSupport
import ArvioPackage
import Foundation
import Testing

/// Every printing command, its standard output sent where writing fails: to /dev/full (every
/// write fails with ENOSPC) it ends with one ARVIO-WRITE-FAILED line and status 74 instead of a
/// crash; to a pipe nobody reads (`arvio dump FILE | head` once head has enough) it ends quietly
/// with status 0. And no product code calls Foundation's trapping `FileHandle.write(_:)`.
@Suite struct StandardStreamTests {
    static let seeds = Repository.root.appendingPathComponent("Corpora/seeds").path
    /// Read without warnings (ErrorCatalogueTests: `inspect --strict` is clean), so standard
    /// error holds only what the failure prints.
    static let report = seeds + "/003-kymenlaakso-oma-arviointi-2021.word.docx"
    static let earlier = seeds + "/001-ita-uusimaa-oma-arviointi-2021.word.docx"
    static let plan = seeds + "/004-kanta-hame-hankesuunnitelma-2021.word.docx"

    struct Printing: Sendable, CustomTestStringConvertible {
        let name: String
        /// "{tmp}" is a fresh scratch folder.
        let arguments: [String]
        /// A file the command writes before printing, which must be there all the same.
        var writes: String?
        var testDescription: String { name }
    }

    static let commands: [Printing] = [
        Printing(name: "dump", arguments: ["dump", report]),
        Printing(name: "dump --json", arguments: ["dump", "--json", report]),
        Printing(name: "import", arguments: ["import", report]),
        Printing(name: "import --json", arguments: ["import", "--json", report]),
        Printing(name: "inspect", arguments: ["inspect", report]),
        Printing(name: "migrate", arguments: ["migrate", plan]),
        Printing(name: "render --to md", arguments: ["render", report, "--to", "md"]),
        Printing(name: "next --to md", arguments: ["next", report, "--to", "md"]),
        Printing(name: "next -o (the to-do list)", arguments: ["next", report, "-o", "{tmp}/next.docx"], writes: "{tmp}/next.docx"),
        Printing(name: "init -o (the summary)", arguments: ["init", plan, "--period", "2021-10", "-o", "{tmp}/first.docx"],
                 writes: "{tmp}/first.docx"),
        Printing(name: "summary", arguments: ["summary", report, "--date", "2022-01-10"]),
        Printing(name: "diff", arguments: ["diff", earlier, report]),
        Printing(name: "diff --md", arguments: ["diff", "--md", earlier, report]),
        Printing(name: "check", arguments: ["check", report]),
        Printing(name: "mappings", arguments: ["mappings"]),
        // What ArgumentParser prints itself on success goes through Arvio's writer too.
        Printing(name: "--help", arguments: ["--help"]),
        Printing(name: "import --help", arguments: ["import", "--help"]),
        Printing(name: "help next", arguments: ["help", "next"]),
        Printing(name: "--version", arguments: ["--version"]),
    ]

    static func scratch() throws -> URL {
        let folder = ScratchFolder.url("arvio-streams")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test(arguments: commands)
    func aFullStandardOutputIsOneLineAndStatus74(_ command: Printing) throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fill = { (text: String) in text.replacingOccurrences(of: "{tmp}", with: folder.path) }
        let run = try Spawned.run(command.arguments.map(fill), stdout: .file("/dev/full"))
        #expect(run.exited, "\(command.name): died of signal \(run.signal); stderr: \(run.stderr.prefix(400))")
        #expect(run.status == ErrorCatalogue.writeFailedExitCode, "\(command.name): status \(run.status); stderr: \(run.stderr.prefix(400))")
        #expect(run.stderr.hasPrefix("arvio: standard output: cannot be written (the disk is full)"), "\(command.name): \(run.stderr)")
        #expect(run.stderr.hasSuffix(" [ARVIO-WRITE-FAILED]\n") && run.stderr.filter(\.isNewline).count == 1,
                "\(command.name): not one line: \(run.stderr)")
        if let written = command.writes.map(fill) {
            #expect(FileManager.default.fileExists(atPath: written), "\(command.name): the file written before printing is gone")
        }
        #expect(Spawned.temporaries(in: folder.path).isEmpty, "\(command.name) left \(Spawned.temporaries(in: folder.path))")
    }

    @Test(arguments: commands)
    func aClosedPipeEndsQuietly(_ command: Printing) throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fill = { (text: String) in text.replacingOccurrences(of: "{tmp}", with: folder.path) }
        let run = try Spawned.run(command.arguments.map(fill), stdout: .closedPipe)
        #expect(run.exited, "\(command.name): died of signal \(run.signal); stderr: \(run.stderr.prefix(400))")
        #expect(run.status == 0, "\(command.name): status \(run.status); stderr: \(run.stderr.prefix(400))")
        #expect(run.stderr.isEmpty, "\(command.name) printed on standard error: \(run.stderr.prefix(400))")
        if let written = command.writes.map(fill) {
            #expect(FileManager.default.fileExists(atPath: written), "\(command.name): the file written before printing is gone")
        }
    }

    /// Standard error full too: nothing can be said, the status says it.
    @Test func bothStreamsFullStillGiveStatus74() throws {
        let executable = try Arvio.located.get()
        let process = Process()
        process.executableURL = executable
        process.arguments = ["dump", Self.report]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == ErrorCatalogue.writeFailedExitCode)
    }

    /// Foundation's `FileHandle.write(_:)` traps when the write fails; the product uses
    /// `StandardStream` (write(2)) instead. Test support and the developer tools may use it.
    @Test func noProductCodeUsesTheTrappingWriteOrTryBang() throws {
        let sources = Repository.root.appendingPathComponent("Sources")
        let product = ["arvio", "ArvioPackage", "ArvioXML", "ArvioWordML", "ArvioReport", "ArvioRender", "ArvioNext"]
        var scanned = 0
        var found: [String] = []
        let trapping = try Regex(#"FileHandle[.\w]*\.write\(|standard(Output|Error)\.write\("#)
        for target in product {
            let folder = sources.appendingPathComponent(target)
            guard let walker = FileManager.default.enumerator(atPath: folder.path) else { continue }
            for case let path as String in walker where path.hasSuffix(".swift") {
                let text = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
                scanned += 1
                for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    let code = line.split(separator: "//", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
                    if code.contains(trapping) || code.contains("try!") || code.contains("print(") {
                        found.append("\(target)/\(path):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
                    }
                }
            }
        }
        #expect(scanned > 50, "the scan found too few files (\(scanned))")
        #expect(found.isEmpty, "trapping writes in product code:\n\(found.joined(separator: "\n"))")
    }
}
