import ArvioDevSupport
import ArvioPackage
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Where `-o` points somewhere odd: a name as long as the file system allows, a device, a FIFO,
/// a folder, a link to nothing, a hard link to the input, an extension that says another
/// format, a full disk.
@Suite struct OutputPathTests {
    static let report = StandardStreamTests.report

    static func scratch() throws -> URL {
        let folder = ScratchFolder.url("arvio-paths")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static func contents(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    /// The line of a refusal: its code and status, naming the path.
    static func expectRefusal(_ run: Arvio.Run, code: String, status: Int32, names path: String,
                              sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(run.exited && run.status == status, "status \(run.status): \(run.stderr)", sourceLocation: sourceLocation)
        #expect(run.stderr.hasPrefix("arvio: \(path): ") && run.stderr.hasSuffix(" [\(code)]\n")
                && run.stderr.filter(\.isNewline).count == 1, "\(run.stderr)", sourceLocation: sourceLocation)
    }

    /// 250 bytes, ä counting two: the temporary name no longer grows with the output's.
    @Test func a250ByteOutputNameIsWritten() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (command, ext) in [(["import", Self.report], "yaml"), (["render", Self.report, "--to", "md"], "md"),
                               (["next", Self.report], "docx"), (["render", Self.report, "--to", "docx"], "docx")] {
            let name = String(repeating: "ä", count: 60) + String(repeating: "x", count: 250 - 120 - 1 - ext.utf8.count) + "." + ext
            #expect(name.utf8.count == 250)
            let path = folder.appendingPathComponent(name).path
            let run = try Arvio.run(command + ["-o", path, "--force"])
            #expect(run.status == 0, "\(command[0]) .\(ext): \(run.stderr)")
            #expect(FileManager.default.fileExists(atPath: path), "\(command[0]) .\(ext)")
            #expect(Spawned.temporaries(in: folder.path).isEmpty)
        }
    }

    /// `next` without -o names its output after the input: a 250-byte input name still gives a
    /// name that fits (the input's part is shortened).
    @Test func nextsDefaultNameOfALongInputFits() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent(String(repeating: "raportti-", count: 27) + "ab.docx").path
        #expect((input as NSString).lastPathComponent.utf8.count == 250)
        try FileManager.default.copyItem(atPath: Self.report, toPath: input)
        let run = try Arvio.run(["next", input])
        #expect(run.status == 0, "\(run.stderr)")
        let written = Self.contents(folder).filter { $0.hasSuffix(".docx") && $0 != (input as NSString).lastPathComponent }
        #expect(written.count == 1 && written.allSatisfy { $0.utf8.count <= 255 && $0.hasPrefix("raportti-raportti-") }, "\(written)")
    }

    /// A device, a FIFO and a folder are refused even with --force, and stay what they were.
    /// (An existing folder given to `import` or `next` is a batch's output folder.)
    @Test func onlyOrdinaryFilesAreReplaced() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let directory = folder.appendingPathComponent("folder").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)

        for (path, what) in [("/dev/null", "a device"), (fifo, "a named pipe (FIFO)"), (directory, "a folder")] {
            let batches = [["import", Self.report, "-o", path], ["next", Self.report, "--to", "md", "-o", path]]
            for command in (path == directory ? [] : batches) + [["render", Self.report, "--to", "md", "-o", path]] {
                for force in [[], ["--force"]] {
                    let run = try Arvio.run(command + force)
                    Self.expectRefusal(run, code: "ARVIO-OUTPUT-NOT-FILE", status: 73, names: path)
                    #expect(run.stderr.contains("is \(what), not a file"), "\(run.stderr)")
                }
            }
        }
        var info = stat()
        #expect(stat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR, "/dev/null is still a device")
        #expect(stat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "the FIFO is still a FIFO")
        #expect(Self.contents(folder) == ["folder", "pipe"])
        #expect(Self.contents(URL(fileURLWithPath: directory)).isEmpty)
    }

    /// A symbolic link to nothing is replaced only with --force (then by the output itself).
    @Test func aDanglingLinkNeedsForce() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let link = folder.appendingPathComponent("link.yaml").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: folder.appendingPathComponent("missing.yaml").path)

        let refused = try Arvio.run(["import", Self.report, "-o", link])
        Self.expectRefusal(refused, code: "ARVIO-OUTPUT-EXISTS", status: 73, names: link)
        #expect(refused.stderr.contains("a link to a file that does not exist"))
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link)) != nil, "the link is untouched")

        let forced = try Arvio.run(["import", Self.report, "-o", link, "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        let type = try FileManager.default.attributesOfItem(atPath: link)[.type] as? FileAttributeType
        #expect(type == .typeRegular)
        #expect(Self.contents(folder) == ["link.yaml"])
    }

    /// A hard link to the input is the input: refused, with or without --force, for every
    /// writer; the input stays as it was.
    @Test func aHardLinkToTheInputIsTheInput() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("raportti.docx").path
        try FileManager.default.copyItem(atPath: Self.report, toPath: input)
        let linked = folder.appendingPathComponent("toinen-nimi.docx").path
        #expect(link(input, linked) == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: input))

        for command in [["next", input, "-o", linked], ["render", input, "--to", "docx", "-o", linked],
                        ["next", linked, "-o", input]] {
            let run = try Arvio.run(command + ["--force"])
            Self.expectRefusal(run, code: "ARVIO-OUTPUT-IS-INPUT", status: 73, names: command.last!)
        }
        let hardLinkedYAML = folder.appendingPathComponent("malli.yaml").path
        #expect(try Arvio.run(["import", input, "-o", hardLinkedYAML]).status == 0)
        let yamlLink = folder.appendingPathComponent("malli-linkki.md").path
        #expect(link(hardLinkedYAML, yamlLink) == 0)
        Self.expectRefusal(try Arvio.run(["render", hardLinkedYAML, "--to", "md", "-o", yamlLink, "--force"]),
                           code: "ARVIO-OUTPUT-IS-INPUT", status: 73, names: yamlLink)
        #expect(try Data(contentsOf: URL(fileURLWithPath: input)) == before, "the input changed")
    }

    /// An -o extension that says another format is refused before any work, naming the one
    /// that fits.
    @Test func anExtensionThatContradictsTheFormatIsRefused() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = StandardStreamTests.plan
        let cases: [(arguments: [String], output: String, says: String)] = [
            (["import", Self.report], "x.docx", "the name should end in .yaml, .yml or .json"),
            (["import", Self.report, "--json"], "x.yaml", "the name should end in .json"),
            (["migrate", plan], "x.md", "the name should end in .yaml, .yml or .json"),
            (["next", Self.report], "x.yaml", "the name should end in .docx; rename it, or add --to md for Markdown"),
            (["next", Self.report], "x.md", "the name should end in .docx; rename it, or add --to md for Markdown"),
            (["next", Self.report, "--to", "md"], "x.docx", "the name should end in .md or .markdown"),
            (["render", Self.report, "--to", "md"], "x.docx", "the name should end in .md or .markdown"),
            (["render", Self.report, "--to", "docx"], "x.yaml", "the name should end in .docx"),
            (["init", plan, "--period", "2021-10"], "x.yaml", "the name should end in .docx"),
            (["pdf", Self.report], "x.docx", "the name should end in .pdf"),
        ]
        for (arguments, name, says) in cases {
            let path = folder.appendingPathComponent(name).path
            let run = try Arvio.run(arguments + ["-o", path])
            Self.expectRefusal(run, code: "ARVIO-OUTPUT-EXTENSION", status: 64, names: path)
            #expect(run.stderr.contains(says), "\(arguments) -o \(name): \(run.stderr)")
        }
        #expect(Self.contents(folder).isEmpty)
        // The fitting names and a name without an extension are written.
        for (arguments, name) in [(["import", Self.report], "x.json"), (["import", Self.report], "malli"),
                                  (["next", Self.report, "--to", "md"], "x.md")] {
            let run = try Arvio.run(arguments + ["-o", folder.appendingPathComponent(name).path])
            #expect(run.status == 0, "\(arguments) -o \(name): \(run.stderr)")
        }
    }
}

/// A full disk: a 64 KiB tmpfs, mounted and filled. Mounting needs root (CI runs as root).
struct FullDisk {
    let folder: URL

    /// Nil, after printing why, when this process may not mount one.
    static func mount(at folder: URL) throws -> FullDisk? {
        guard getuid() == 0 else {
            print("skipped the full-disk case: mounting a tmpfs needs root (CI runs as root)")
            return nil
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let status = try run("/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", folder.path])
        guard status == 0 else {
            try? FileManager.default.removeItem(at: folder)
            print("skipped the full-disk case: `mount -t tmpfs` failed with status \(status) (a container without CAP_SYS_ADMIN?)")
            return nil
        }
        // Filled to the last byte, so that even the smallest output does not fit.
        _ = try run("/bin/sh", ["-c", "cat /dev/zero > '\(folder.path)/filler' 2>/dev/null; true"])
        return FullDisk(folder: folder)
    }

    func unmount() throws {
        _ = try Self.run("/bin/umount", [folder.path])
        try? FileManager.default.removeItem(at: folder)
    }

    /// What is on the disk besides the filler.
    var left: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0 != "filler" }.sorted()
    }

    static func run(_ program: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}

/// Every writer on a full disk says so with ARVIO-DISK-FULL and leaves nothing behind; skipped,
/// saying why, where a tmpfs cannot be mounted (not root).
@Suite(.serialized) struct FullDiskTests {
    @Test(.enabled(if: getuid() == 0, "needs root to mount a small tmpfs as a full disk (CI runs as root)"))
    func everyWriterSaysTheDiskIsFull() throws {
        let folder = ScratchFolder.url("arvio-full-disk")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        guard let disk = try FullDisk.mount(at: folder.appendingPathComponent("disk")) else { return }
        defer { try? disk.unmount() }

        let report = StandardStreamTests.report
        let soffice = folder.appendingPathComponent("soffice").path
        try ExecutableScript.write("#!/bin/sh\nexit 1\n", to: soffice)
        let cases: [(arguments: [String], output: String)] = [
            (["import", report, "-o"], "out.yaml"),
            (["next", report, "-o"], "out.docx"),
            (["next", report, "--to", "md", "-o"], "out.md"),
            (["render", report, "--to", "docx", "-o"], "out.docx"),
            (["render", report, "--to", "md", "-o"], "out.md"),
            (["init", StandardStreamTests.plan, "--period", "2021-10", "-o"], "out.docx"),
            (["migrate", StandardStreamTests.plan, "-o"], "out.yaml"),
            (["pdf", report, "-o"], "out.pdf"),
            (["summary", report, "--append"], "notes.md"),
        ]
        for (arguments, name) in cases {
            let path = disk.folder.appendingPathComponent(name).path
            let run = try Measured.run(arguments + [path], environment: ["ARVIO_SOFFICE": soffice])
            #expect(run.exited && run.status == 73, "\(arguments[0]): status \(run.status): \(run.stderr)")
            let last = run.stderr.split(separator: "\n").last.map(String.init) ?? ""
            #expect(last == "arvio: \(path): cannot be written: the disk is full. Make room on it, or write to another disk with -o; "
                    + "nothing was left behind. [ARVIO-DISK-FULL]", "\(arguments[0]): \(run.stderr)")
            #expect(disk.left.isEmpty, "\(arguments[0]) left \(disk.left)")
        }
    }
}
