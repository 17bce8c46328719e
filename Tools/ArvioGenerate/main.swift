import ArgumentParser
import ArvioDevSupport
import ArvioPackage
import Foundation

/// `arvio-generate`: the documents ArvioDevSupport's generator makes, written to files — large
/// oma-arviointi reports with the seeds' structure for benchmarks and scale tests, and the property
/// tests' random reports (to look at the one a failing seed names). The same seed gives the same
/// bytes; the large ones are never kept in memory whole.
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
        subcommands: [Report.self, Table.self, ScaleSet.self, Random.self])

    /// What was written, on standard error (through Arvio's writer: a full disk is one line, not a crash).
    static func tell(_ line: String) { StandardStream.error.write("arvio-generate: \(line)\n") }

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
        func run() throws { Generate.tell(try BenchmarkDocuments.report(pages: pages, to: output, seed: options.seed)) }
    }

    struct Table: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "A report whose annex is one table of N rows.")
        @Option(help: "Rows in the table, below its header row.") var rows: Int
        @Option(name: .shortAndLong, help: ArgumentHelp("The .docx to write.", valueName: "file")) var output: String
        @OptionGroup var options: Options

        func validate() throws { guard rows >= 1 else { throw ValidationError("--rows must be 1 or more.") } }
        func run() throws { Generate.tell(try BenchmarkDocuments.table(rows: rows, to: output, seed: options.seed)) }
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
                let path = (folder as NSString).appendingPathComponent(BenchmarkDocuments.reportName(pages))
                Generate.tell(try BenchmarkDocuments.report(pages: pages, to: path, seed: options.seed))
            }
            if tableRows > 0 {
                let path = (folder as NSString).appendingPathComponent(BenchmarkDocuments.tableName(tableRows))
                Generate.tell(try BenchmarkDocuments.table(rows: tableRows, to: path, seed: options.seed))
            }
        }
    }

    struct Random: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A property tests' report: THL's 2020 template with random lists, tables, tracked changes and content controls.",
            discussion: "PropertyTests names the seed of a failing case; this writes that report to look at.")
        @Option(name: .shortAndLong, help: ArgumentHelp("The .docx to write.", valueName: "file")) var output: String
        @OptionGroup var options: Options

        func run() throws {
            try GeneratedReport(seed: options.seed).write(to: output)
            Generate.tell("wrote \(output)")
        }
    }
}

Generate.main()
