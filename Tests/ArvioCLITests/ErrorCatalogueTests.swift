import ArvioCore
import ArvioDevSupport
import ArvioPackage
import Foundation
import Testing

/// The error catalogue (`ErrorCatalogue`, Sources/ArvioCore/ErrorCatalogue.swift) is the one
/// list of what Arvio can refuse with, and these tests keep everything else in step with it:
/// README's tables are the catalogue's, every `"ARVIO-…"` code in the sources is in it, `--help`
/// names every exit status, and every error in it is triggered here through the `arvio` binary,
/// checking the exit status, the code and the one line that names the file.
@Suite struct ErrorCatalogueTests {
    // MARK: The catalogue against README and the sources

    /// README's tables are generated from the catalogue: after changing it, run
    /// `ARVIO_WRITE_README=1 swift test --filter readmeTablesAreTheCatalogue` to rewrite them.
    @Test func readmeTablesAreTheCatalogue() throws {
        let url = Repository.root.appendingPathComponent("README.md")
        var readme = try String(contentsOf: url, encoding: .utf8)
        let write = ProcessInfo.processInfo.environment["ARVIO_WRITE_README"] == "1"
        for (heading, table) in [("## Exit codes", ErrorCatalogue.readmeTable), ("### Warnings", ErrorCatalogue.readmeWarningTable)] {
            let section = try #require(readme.range(of: heading + "\n"), "README has no \(heading)")
            let rest = readme[section.upperBound...]
            let start = try #require(rest.range(of: "\n|")?.lowerBound, "README has no table under \(heading)")
            let tableStart = readme.index(after: start)
            let end = readme[tableStart...].range(of: "\n\n")?.lowerBound ?? readme.endIndex
            let rows = String(readme[tableStart ..< end])
            if write && rows != table {
                readme.replaceSubrange(tableStart ..< end, with: table)
                try readme.write(to: url, atomically: true, encoding: .utf8)
            } else {
                #expect(rows == table, "README's table under \(heading) differs from ErrorCatalogue; rewrite it with ARVIO_WRITE_README=1")
            }
        }
    }

    @Test func catalogueIsInOrderOfExitStatusWithUniqueCodes() {
        let exits = ErrorCatalogue.errors.compactMap(\.exitCode)
        #expect(exits.count == ErrorCatalogue.errors.count)
        #expect(exits == exits.sorted())
        #expect(Set(ErrorCatalogue.all.map(\.code)).count == ErrorCatalogue.all.count)
        #expect(ErrorCatalogue.warnings.allSatisfy { $0.code.hasPrefix("ARVIO-W-") && $0.exitCode == nil })
        #expect(ErrorCatalogue.errors.allSatisfy { !$0.code.hasPrefix("ARVIO-W-") })
    }

    /// A code written anywhere in Sources/ must be in the catalogue, so a new error cannot
    /// ship without an entry (and so without a README row).
    @Test func everyCodeInTheSourcesIsCatalogued() throws {
        let sources = Repository.root.appendingPathComponent("Sources")
        let enumerator = try #require(FileManager.default.enumerator(atPath: sources.path))
        var found: [String: String] = [:]  // code → first file
        let pattern = try Regex(#""(ARVIO-[A-Z0-9]+(?:-[A-Z0-9]+)*)""#)
        for case let path as String in enumerator where path.hasSuffix(".swift") && !path.hasSuffix("ErrorCatalogue.swift") {
            let text = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
            for match in text.matches(of: pattern) {
                if let code = match.output[1].substring { found[String(code), default: path] = found[String(code)] ?? path }
            }
        }
        #expect(found.count >= 20, "the scan found too few codes: \(found.keys.sorted())")
        for (code, file) in found.sorted(by: { $0.key < $1.key }) {
            #expect(ErrorCatalogue.entry(code) != nil, "\(code) (Sources/\(file)) is not in ErrorCatalogue")
        }
    }

    @Test func helpNamesEveryExitStatus() throws {
        let help = try Arvio.run(["--help"])
        let text = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for exit in Set(ErrorCatalogue.errors.compactMap(\.exitCode)).sorted() {
            #expect(text.contains(" \(exit) "), "`arvio --help` does not mention exit status \(exit)")
        }
    }

    // MARK: Every error, triggered

    struct Trigger: Sendable, CustomTestStringConvertible {
        let code: String
        /// Arguments; "{tmp}" is a fresh scratch folder, "{taken-port}" a port this test listens on.
        let arguments: [String]
        /// The path the message must name ("{tmp}" allowed).
        let names: String
        /// Added to the environment ("{tmp}" allowed).
        var environment: [String: String] = [:]
        /// Where standard output goes (a file in the scratch folder when nil).
        var stdout: String?
        /// Runs with `{tmp}/full` a full 64 KiB tmpfs (as root; otherwise skipped, saying so).
        var fullDisk = false
        var testDescription: String { code }
    }

    static let hostile = Repository.root.appendingPathComponent("Tests/Fixtures/hostile").path
    static let seeds = Repository.root.appendingPathComponent("Corpora/seeds").path
    static let report = seeds + "/003-kymenlaakso-oma-arviointi-2021.word.docx"
    static let plan = seeds + "/004-kanta-hame-hankesuunnitelma-2021.word.docx"

    static func dump(_ code: String, _ fixture: String) -> Trigger {
        Trigger(code: code, arguments: ["dump", "\(hostile)/\(fixture)"], names: "\(hostile)/\(fixture)")
    }

    static let triggers: [Trigger] = [
        dump("ARVIO-NOT-DOCX", "not-a-zip.docx"),
        dump("ARVIO-EMPTY", "empty.docx"),
        dump("ARVIO-LEGACY-DOC", "legacy.doc"),
        dump("ARVIO-ENCRYPTED", "encrypted.docx"),
        dump("ARVIO-DAMAGED", "truncated.docx"),
        Trigger(code: "ARVIO-BAD-MODEL", arguments: ["render", "{tmp}/not-a-report.yaml", "--to", "md"], names: "{tmp}/not-a-report.yaml"),
        dump("ARVIO-NO-MAIN-PART", "missing-main-part.docx"),
        dump("ARVIO-XML-MALFORMED", "malformed-xml.docx"),
        dump("ARVIO-XML-DOCTYPE", "xxe.docx"),
        dump("ARVIO-XML-TOO-DEEP", "nested-tables.docx"),
        dump("ARVIO-TOO-LARGE", "zip-bomb.docx"),
        dump("ARVIO-UNSAFE-ZIP", "duplicate-entries.docx"),
        Trigger(code: "ARVIO-STRICT", arguments: ["import", "--strict", "\(hostile)/strict-minimal.docx", "-o", "{tmp}/out.yaml"],
                names: "\(hostile)/strict-minimal.docx"),
        Trigger(code: "ARVIO-BAD-MAPPING", arguments: ["import", report, "--mappings", "{tmp}/mappings"], names: "{tmp}/mappings/broken.yaml"),
        Trigger(code: "ARVIO-UNKNOWN-MAPPING", arguments: ["inspect", report, "--mapping", "no-such-mapping"], names: report),
        Trigger(code: "ARVIO-BAD-UPDATES", arguments: ["next", report, "--updates", "{tmp}/updates.txt", "-o", "{tmp}/out.docx"],
                names: "{tmp}/updates.txt"),
        // Hand-written: the `>` line of a Markdown made from Itä-Uusimaa's spring 2021 report.
        Trigger(code: "ARVIO-UPDATES-MISMATCH", arguments: ["next", report, "--updates", "{tmp}/other-region.md", "-o", "{tmp}/out.docx"],
                names: "{tmp}/other-region.md"),
        // Hand-written: Kymenlaakso's Markdown with THL's "Vinkkejä raportointiin" rewritten.
        Trigger(code: "ARVIO-UPDATES-TEMPLATE-TEXT", arguments: ["next", report, "--updates", "{tmp}/tips-edited.md", "-o", "{tmp}/out.docx"],
                names: report),
        Trigger(code: "ARVIO-NEXT-NO-PERIOD", arguments: ["next", "{tmp}/no-period.docx", "-o", "{tmp}/out.docx"], names: "{tmp}/no-period.docx"),
        Trigger(code: "ARVIO-NEXT-NOT-A-REPORT", arguments: ["next", plan, "-o", "{tmp}/out.docx"], names: plan),
        Trigger(code: "ARVIO-SUMMARY-NOT-A-REPORT", arguments: ["summary", plan], names: plan),
        Trigger(code: "ARVIO-NEXT-PERIOD-NOT-AFTER", arguments: ["next", report, "--period", "2021-04", "-o", "{tmp}/out.docx"], names: report),
        Trigger(code: "ARVIO-NEXT-PERIOD-GUESSED", arguments: ["next", "{tmp}/guessed-next.docx", "-o", "{tmp}/out.docx"],
                names: "{tmp}/guessed-next.docx"),
        Trigger(code: "ARVIO-NEXT-ENCODING", arguments: ["next", "{tmp}/utf16-report.docx", "-o", "{tmp}/out.docx"], names: "{tmp}/utf16-report.docx"),
        Trigger(code: "ARVIO-NOT-A-PLAN", arguments: ["init", report, "--period", "2021-10", "-o", "{tmp}/out.docx"], names: report),
        Trigger(code: "ARVIO-NO-LIBREOFFICE", arguments: ["pdf", report, "-o", "{tmp}/out.pdf"], names: report,
                environment: ["ARVIO_SOFFICE": "{tmp}/no-such-soffice"]),
        Trigger(code: "ARVIO-PDF-FAILED", arguments: ["pdf", report, "-o", "{tmp}/out.pdf"], names: report,
                environment: ["ARVIO_SOFFICE": "{tmp}/failing-soffice"]),
        Trigger(code: "ARVIO-PDF-TIMEOUT", arguments: ["pdf", report, "-o", "{tmp}/out.pdf", "--timeout", "1"], names: report,
                environment: ["ARVIO_SOFFICE": "{tmp}/slow-soffice"]),
        Trigger(code: "ARVIO-CANNOT-LISTEN", arguments: ["serve", "--port", "{taken-port}"], names: "127.0.0.1:{taken-port}"),
        Trigger(code: "ARVIO-OUTPUT-EXTENSION", arguments: ["import", report, "-o", "{tmp}/out.docx"], names: "{tmp}/out.docx"),
        Trigger(code: "ARVIO-NOT-FOUND", arguments: ["import", "{tmp}/no-such-file.docx"], names: "{tmp}/no-such-file.docx"),
        Trigger(code: "ARVIO-UNREADABLE", arguments: ["dump", "{tmp}/a-folder.docx"], names: "{tmp}/a-folder.docx"),
        Trigger(code: "ARVIO-OUTPUT-EXISTS", arguments: ["import", report, "-o", "{tmp}/existing.yaml"], names: "{tmp}/existing.yaml"),
        Trigger(code: "ARVIO-OUTPUT-IS-INPUT", arguments: ["render", "{tmp}/copy.docx", "--to", "docx", "-o", "{tmp}/copy.docx", "--force"],
                names: "{tmp}/copy.docx"),
        Trigger(code: "ARVIO-CANNOT-WRITE", arguments: ["import", report, "-o", "{tmp}/no-such-folder/out.yaml"],
                names: "{tmp}/no-such-folder/out.yaml"),
        Trigger(code: "ARVIO-APPEND-NOT-TEXT", arguments: ["summary", report, "--append", "{tmp}/copy.docx"], names: "{tmp}/copy.docx"),
        Trigger(code: "ARVIO-OUTPUT-NOT-FILE", arguments: ["import", report, "-o", "/dev/null", "--force"], names: "/dev/null"),
        Trigger(code: "ARVIO-DISK-FULL", arguments: ["import", report, "-o", "{tmp}/full/out.yaml"], names: "{tmp}/full/out.yaml",
                fullDisk: true),
        Trigger(code: "ARVIO-WRITE-FAILED", arguments: ["dump", report], names: "standard output", stdout: "/dev/full"),
    ]

    /// Messages that do not yet say what to do (README's table does). ARVIO-PDF-FAILED:
    /// "LibreOffice could not make a PDF of it (reason)." in Sources/ArvioRender/Pdf/LibreOfficePdf.swift.
    static let saysOnlyWhatIsWrong: Set<String> = ["ARVIO-PDF-FAILED"]

    @Test func everyCatalogueErrorHasATrigger() {
        #expect(Set(Self.triggers.map(\.code)) == Set(ErrorCatalogue.errors.map(\.code)))
    }

    @Test(arguments: triggers)
    func errorIsOneLineWithItsCodeAndStatus(_ trigger: Trigger) throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let taken = try trigger.arguments.contains("{taken-port}") ? TakenPort() : nil
        let fill = { (text: String) in
            text.replacingOccurrences(of: "{tmp}", with: folder.path).replacingOccurrences(of: "{taken-port}", with: "\(taken?.port ?? 0)")
        }
        var full: FullDisk?
        if trigger.fullDisk {
            guard let mounted = try FullDisk.mount(at: folder.appendingPathComponent("full")) else { return }
            full = mounted
        }
        let run = try Measured.run(trigger.arguments.map(fill), environment: trigger.environment.mapValues(fill), stdout: trigger.stdout)
        try full?.unmount()
        let entry = try #require(ErrorCatalogue.entry(trigger.code))

        #expect(run.exited, "arvio crashed (signal \(run.signal))")
        #expect(run.status == entry.exitCode, "\(trigger.code): status \(run.status), stderr: \(run.stderr)")
        #expect(run.stdoutBytes == 0, "\(trigger.code) printed something")
        // Warnings about the document may come first, one line each; the refusal is the last line.
        let lines = run.stderr.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(run.stderr.hasSuffix("\n") && lines.count >= 2, "stderr: \(run.stderr)")
        let refusal = String(lines.dropLast().last ?? "")
        #expect(refusal.hasPrefix("arvio: \(fill(trigger.names))"), "the line does not start with the file: \(refusal)")
        #expect(refusal.hasSuffix(" [\(trigger.code)]"), "the line does not end with [\(trigger.code)]: \(refusal)")
        // The message says what is wrong and then what to do: at least two clauses.
        let message = refusal.dropFirst("arvio: \(fill(trigger.names))".count).dropLast(" [\(trigger.code)]".count)
        #expect(message.contains(". ") || message.contains("; ") || Self.saysOnlyWhatIsWrong.contains(trigger.code),
                "\(trigger.code): the message should say what to do: \(message)")
        for warning in lines.dropLast(2) {
            #expect(warning.hasPrefix("arvio: ") && warning.contains(": warning: ") && warning.contains("[ARVIO-W-"), "\(warning)")
        }
        // Nothing written: the scratch folder holds only what the test put there.
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(left == Self.prepared, "\(trigger.code) left \(left)")
    }

    // MARK: Warnings

    /// Each warning is one line naming the file, with its code; without --strict the command
    /// succeeds, with it nothing is written and the status is the catalogue's.
    @Test func warningsAreOneLineEachAndStrictRefuses() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let guessed = Self.seeds + "/003-kymenlaakso-oma-arviointi-2021.pandoc.docx"
        let output = folder.appendingPathComponent("report.yaml").path

        let lenient = try Arvio.run(["import", guessed, "-o", output])
        #expect(lenient.status == 0, "\(lenient.stderr)")
        #expect(lenient.stderr.contains("arvio: \(guessed): warning: the reporting period 11/21 was guessed"), "\(lenient.stderr)")
        #expect(lenient.stderr.contains("[ARVIO-W-GUESSED-PERIOD]\n"))
        #expect(FileManager.default.fileExists(atPath: output))

        let strict = try Arvio.run(["import", "--strict", guessed, "-o", folder.appendingPathComponent("strict.yaml").path])
        #expect(strict.status == ErrorCatalogue.strictExitCode, "\(strict.stderr)")
        #expect(strict.stderr.hasSuffix("[ARVIO-STRICT]\n"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("strict.yaml").path))

        for command in [["inspect", guessed], ["next", guessed, "-o", folder.appendingPathComponent("next.docx").path]] {
            let run = try Arvio.run(command + ["--strict"])
            #expect(run.status == ErrorCatalogue.strictExitCode && run.stderr.contains("[ARVIO-W-GUESSED-PERIOD]"), "\(command[0]): \(run.stderr)")
            #expect(run.stdout.isEmpty, "\(command[0]) printed: \(run.stdout.prefix(200))")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("next.docx").path))

        // A clean report: no warning lines, and --strict changes nothing.
        let clean = try Arvio.run(["inspect", "--strict", Self.report])
        #expect(clean.status == 0 && clean.stderr.isEmpty, "\(clean.stderr)")
    }

    // MARK: Scratch files the triggers need

    static let prepared = ["a-folder.docx", "copy.docx", "existing.yaml", "failing-soffice", "guessed-next.docx", "mappings", "no-period.docx",
                           "not-a-report.yaml", "other-region.md", "slow-soffice", "tips-edited.md", "updates.txt", "utf16-report.docx"]

    /// A folder with every input the triggers name.
    static func scratch() throws -> URL {
        let folder = ScratchFolder.url("arvio-catalogue")
        let files = FileManager.default
        try files.createDirectory(at: folder.appendingPathComponent("mappings"), withIntermediateDirectories: true)
        try files.createDirectory(at: folder.appendingPathComponent("a-folder.docx"), withIntermediateDirectories: true)
        try "name: broken\nextends: no-such-parent\n".write(to: folder.appendingPathComponent("mappings/broken.yaml"), atomically: true, encoding: .utf8)
        try "just: some text\n".write(to: folder.appendingPathComponent("not-a-report.yaml"), atomically: true, encoding: .utf8)
        try "new text\n".write(to: folder.appendingPathComponent("updates.txt"), atomically: true, encoding: .utf8)
        try "> Oma-arviointi · Alue: Itä-Uusimaa · Kausi: 5/21 · Pohja: thl-oma-arviointi-2021-kevat\n"
            .write(to: folder.appendingPathComponent("other-region.md"), atomically: true, encoding: .utf8)
        try "> Oma-arviointi · Alue: Kymenlaakso · Kausi: 11/21\n\n## Vinkkejä raportointiin\n\nKirjoita pitkästi ja monisanaisesti.\n"
            .write(to: folder.appendingPathComponent("tips-edited.md"), atomically: true, encoding: .utf8)
        try "x\n".write(to: folder.appendingPathComponent("existing.yaml"), atomically: true, encoding: .utf8)
        try files.copyItem(atPath: report, toPath: folder.appendingPathComponent("copy.docx").path)
        try MiniReport.write(to: folder.appendingPathComponent("no-period.docx").path, period: nil, utf16: false)
        // Stand-ins for LibreOffice's soffice: one that fails at once, one that never finishes.
        for (name, script) in [("failing-soffice", "#!/bin/sh\nexit 1\n"), ("slow-soffice", "#!/bin/sh\nexec sleep 30\n")] {
            let path = folder.appendingPathComponent(name).path
            try ExecutableScript.write(script, to: path)
        }
        try MiniReport.write(to: folder.appendingPathComponent("utf16-report.docx").path, period: "15.11.2020", utf16: true)
        // A next version of the pandoc rendition of 003, whose period (no title, no header) is guessed.
        let prepared = try Arvio.run(["next", seeds + "/003-kymenlaakso-oma-arviointi-2021.pandoc.docx",
                                      "-o", folder.appendingPathComponent("guessed-next.docx").path])
        guard prepared.status == 0 else { throw CocoaError(.fileWriteUnknown) }
        return folder
    }
}

/// The smallest oma-arviointi Arvio recognises: the 2020 template's wording, the five national
/// goals, one section each; with or without a reporting date, in UTF-8 or UTF-16.
enum MiniReport {
    static let goals = [
        "Palveluiden yhdenvertaisen saatavuuden, oikea-aikaisuuden ja jatkuvuuden parantaminen",
        "Toiminnan painotuksen siirtäminen raskaista palveluista ehkäisevään ja ennakoivaan työhön",
        "Palveluiden laadun ja vaikuttavuuden parantaminen",
        "Palveluiden monialaisuuden ja yhteentoimivuuden varmistaminen",
        "Kustannusten nousun hillitseminen",
    ]

    static func write(to path: String, period: String?, utf16: Bool) throws {
        func paragraph(_ text: String) -> String { "<w:p><w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>" }
        var body = paragraph("OMA-ARVIOINTI")
        if let period { body += paragraph("Tulevaisuuden sosiaali- ja terveyskeskus -hanke, raportointi \(period)") }
        body += paragraph("Tallenna uusin päivitetty ja päivätty versio pdf:nä Innokylään oman alueesi Kokonaisuuden alle liitetiedostoksi.")
        for (index, goal) in goals.enumerated() {
            body += paragraph("\(index + 1). \(goal)") + paragraph("Tehdyt kehittämistoimenpiteet") + paragraph("Kokeiluja on tehty.")
        }
        let xml = "<?xml version=\"1.0\" encoding=\"\(utf16 ? "UTF-16" : "UTF-8")\" standalone=\"yes\"?>"
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>\(body)</w:body></w:document>"
        let document: [UInt8] = utf16 ? [0xFF, 0xFE] + xml.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } : Array(xml.utf8)
        try PackageWriter.create(path, parts: [
            ("[Content_Types].xml", Array("""
                <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
                """.utf8)),
            ("_rels/.rels", Array("""
                <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
                """.utf8)),
            ("word/document.xml", document),
        ])
    }
}

/// A port on 127.0.0.1 this process listens on while it lives, so `arvio serve --port` finds it taken.
final class TakenPort {
    let descriptor: Int32
    let port: Int

    struct Failure: Error {}

    init() throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var size = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, size) } }
        guard descriptor >= 0, bound == 0, listen(descriptor, 1) == 0,
              withUnsafeMutablePointer(to: &address, { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &size) } }) == 0
        else { throw Failure() }
        self.descriptor = descriptor
        port = Int(UInt16(bigEndian: address.sin_port))
    }

    deinit { close(descriptor) }
}
