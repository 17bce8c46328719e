import Foundation
import Testing
@testable import ArvioPackage
import ArvioDevSupport

/// Whatever goes wrong while writing, the target folder ends as it was: no half-written
/// target and no `.arvio-PID-HOST-N.tmp` (nor libzip's own `….tmp.XXXXXX`) left behind. Each step
/// of `PackageWriter.write` and `.create` is made to fail on purpose, and the real failures a
/// coordinator meets are provoked: the folder is missing, the target is a folder, the name is
/// too long for the file system.
@Suite struct WriteFailureTests {
    static let repositoryRoot = Repository.root
    static let source = repositoryRoot.appendingPathComponent("Corpora/seeds/000-oma-arviointi-2020.word.docx").path
    static let replacements: [String: [UInt8]] = [
        "word/document.xml": Array("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>".utf8),
        "customXml/added.xml": Array("<added/>".utf8),
    ]
    static let parts: [(name: String, bytes: [UInt8])] = [
        ("[Content_Types].xml", Array("<Types/>".utf8)),
        ("word/document.xml", Array("<w:document/>".utf8)),
    ]

    static func folder() throws -> URL {
        let url = ScratchFolder.url("arvio-write")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func contents(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test(arguments: PackageWriter.Step.allCases)
    func writeLeavesNothingWhenAStepFails(_ step: PackageWriter.Step) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("out.docx").path
        #expect(throws: PackageWriter.Failure.self) {
            try PackageWriter.write(from: Self.source, to: target, replacements: Self.replacements, failing: step)
        }
        #expect(Self.contents(folder).isEmpty, "\(step): \(Self.contents(folder))")
    }

    @Test(arguments: PackageWriter.Step.allCases.filter { $0 != .copy })
    func createLeavesNothingWhenAStepFails(_ step: PackageWriter.Step) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("out.docx").path
        #expect(throws: PackageWriter.Failure.self) {
            try PackageWriter.create(target, parts: Self.parts, failing: step)
        }
        #expect(Self.contents(folder).isEmpty, "\(step): \(Self.contents(folder))")
    }

    /// The same writes without a failure leave exactly the target.
    @Test func aWriteThatSucceedsLeavesOnlyTheTarget() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try PackageWriter.write(from: Self.source, to: folder.appendingPathComponent("a.docx").path, replacements: Self.replacements)
        try PackageWriter.create(folder.appendingPathComponent("b.docx").path, parts: Self.parts)
        #expect(Self.contents(folder) == ["a.docx", "b.docx"])
        let written = try WordPackage.open(folder.appendingPathComponent("a.docx").path)
        #expect(try written.bytes(of: "customXml/added.xml") == Self.replacements["customXml/added.xml"])
    }

    enum Provoked: String, CaseIterable, Sendable {
        case folderMissing, targetIsAFolder, nameTooLong
    }

    @Test(arguments: Provoked.allCases)
    func realFailuresLeaveNothing(_ provoked: Provoked) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target: String
        switch provoked {
        case .folderMissing:
            target = folder.appendingPathComponent("no-such-folder/out.docx").path
        case .targetIsAFolder:
            target = folder.appendingPathComponent("out.docx").path
            try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: false)
        case .nameTooLong:
            target = folder.appendingPathComponent(String(repeating: "pitkä-nimi-", count: 30) + ".docx").path
        }
        let before = Self.contents(folder)
        for write in [{ try PackageWriter.write(from: Self.source, to: target, replacements: Self.replacements) },
                      { try PackageWriter.create(target, parts: Self.parts) }] as [() throws -> Void] {
            do {
                try write()
                Issue.record("\(provoked): the write succeeded")
            } catch let error as PackageWriter.Failure {
                #expect(error.code == "ARVIO-CANNOT-WRITE")
                #expect(error.message(file: target).hasPrefix(target + ": cannot be written ("))
            }
            #expect(Self.contents(folder) == before, "\(provoked): \(Self.contents(folder))")
        }
    }
}
