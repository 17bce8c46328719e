import ArgumentParser
import Foundation

/// `arvio-generate`: large oma-arviointi reports with the seeds' structure, for benchmarks and
/// scale tests. The same seed gives the same bytes; nothing is kept in memory whole.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "arvio-generate",
        abstract: "Write large oma-arviointi .docx files with the structure of THL's autumn 2021 template, for benchmarks.",
        discussion: """
            The text is Finnish-looking nonsense made from the reports' own vocabulary; the structure is the
            Kymenlaakso seed's: five national goals with their sections, process goals under heading 3 with
            nested bullet lists, readiness and indicator tables with merged cells, an annex table.
            The same --seed always gives the same file, byte for byte.
            """,
        subcommands: [Report.self, Table.self, ScaleSet.self])

    struct Options: ParsableArguments {
        @Option(help: "Seed of the pseudo-random text; the same seed gives the same bytes.")
        var seed: UInt64 = 2021
    }

    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "One report of about N pages (A4).")
        @Option(help: "Length in pages, about.") var pages: Int
        @Option(name: .shortAndLong, help: ArgumentHelp("The .docx to write.", valueName: "file")) var output: String
        @OptionGroup var options: Options

        func validate() throws { guard pages >= 1 else { throw ValidationError("--pages must be 1 or more.") } }
        func run() throws { try Generator.report(pages: pages, to: output, seed: options.seed) }
    }

    struct Table: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "A report whose annex is one table of N rows.")
        @Option(help: "Rows in the table, below its header row.") var rows: Int
        @Option(name: .shortAndLong, help: ArgumentHelp("The .docx to write.", valueName: "file")) var output: String
        @OptionGroup var options: Options

        func validate() throws { guard rows >= 1 else { throw ValidationError("--rows must be 1 or more.") } }
        func run() throws { try Generator.table(rows: rows, to: output, seed: options.seed) }
    }

    struct ScaleSet: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "The benchmark's scale set: reports of 10, 100, 1,000 and 5,000 pages and a 200,000-row table.")
        @Argument(help: ArgumentHelp("Folder to write them into (created if missing).", valueName: "folder")) var folder: String
        @Option(help: "Leave out the reports longer than this many pages.") var maxPages: Int = 5000
        @Option(help: "Rows of the one-table document (0: leave it out).") var tableRows: Int = 200_000
        @OptionGroup var options: Options

        func run() throws {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for pages in [10, 100, 1000, 5000] where pages <= maxPages {
                try Generator.report(pages: pages, to: (folder as NSString).appendingPathComponent(Generator.reportName(pages)), seed: options.seed)
            }
            if tableRows > 0 {
                try Generator.table(rows: tableRows, to: (folder as NSString).appendingPathComponent(Generator.tableName(tableRows)), seed: options.seed)
            }
        }
    }
}

enum Generator {
    static func reportName(_ pages: Int) -> String { "report-\(pages)-pages.docx" }
    static func tableName(_ rows: Int) -> String { "table-\(rows)-rows.docx" }

    static func report(pages: Int, to path: String, seed: UInt64) throws {
        let region = Region.all[Int(seed % UInt64(Region.all.count))]
        try write(path, region: region) { out in
            var document = ReportDocument(pages: pages, region: region, out: out, seed: seed)
            document.write()
        }
    }

    static func table(rows: Int, to path: String, seed: UInt64) throws {
        let region = Region.all[Int(seed % UInt64(Region.all.count))]
        try write(path, region: region) { out in
            var document = TableDocument(rows: rows, region: region, out: out, seed: seed)
            document.write()
        }
    }

    /// Streams the main part into a scratch file beside the target, then zips everything.
    private static func write(_ path: String, region: Region, body: (XMLStream) -> Void) throws {
        let started = Date()
        let url = URL(fileURLWithPath: path)
        let scratch = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).document-\(ProcessInfo.processInfo.processIdentifier).xml").path
        defer { unlink(scratch) }
        let out = try XMLStream(path: scratch)
        body(out)
        try out.close()
        let title = "\(region.genitive) Tulevaisuuden sote-keskus -hanke: oma-arviointi 11/2021"
        try DocxArchive.write(path, parts: [
            ("[Content_Types].xml", .bytes(DocumentParts.contentTypes)),
            ("_rels/.rels", .bytes(DocumentParts.packageRelationships)),
            ("docProps/core.xml", .bytes(DocumentParts.coreProperties(title: title))),
            ("docProps/app.xml", .bytes(DocumentParts.appProperties)),
            ("word/document.xml", .file(scratch)),
            ("word/_rels/document.xml.rels", .bytes(DocumentParts.documentRelationships)),
            ("word/styles.xml", .bytes(DocumentParts.styles)),
            ("word/numbering.xml", .bytes(DocumentParts.numbering)),
            ("word/settings.xml", .bytes(DocumentParts.settings)),
            ("word/header1.xml", .bytes(DocumentParts.header("\(region.genitive) Tulevaisuuden sote-keskus -hanke | Oma-arviointi 11/2021"))),
            ("word/footer1.xml", .bytes(DocumentParts.footer)),
        ])
        let megabytes = Double(out.bytesWritten) / 1_048_576
        let seconds = Date().timeIntervalSince(started)
        FileHandle.standardError.write(Data("arvio-generate: wrote \(path) (\(String(format: "%.1f", megabytes)) MB of document XML, \(String(format: "%.1f", seconds)) s)\n".utf8))
    }
}

Generate.main()
