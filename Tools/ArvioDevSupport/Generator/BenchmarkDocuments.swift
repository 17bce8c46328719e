import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The benchmark's documents (`arvio-generate`, `make generate`): oma-arviointi reports of about
/// N pages shaped like seed 003 (`ReportDocument`), and a report whose annex is one long table
/// (`TableDocument`). The main part is streamed to disk, so a 5,000-page report never sits in memory.
public enum BenchmarkDocuments {
    public static func reportName(_ pages: Int) -> String { "report-\(pages)-pages.docx" }
    public static func tableName(_ rows: Int) -> String { "table-\(rows)-rows.docx" }

    /// Writes the report and returns what to tell the user about it.
    @discardableResult
    public static func report(pages: Int, to path: String, seed: UInt64) throws -> String {
        let region = Region.all[Int(seed % UInt64(Region.all.count))]
        return try write(path, region: region) { out in
            var document = ReportDocument(pages: pages, region: region, out: out, seed: seed)
            document.write()
        }
    }

    @discardableResult
    public static func table(rows: Int, to path: String, seed: UInt64) throws -> String {
        let region = Region.all[Int(seed % UInt64(Region.all.count))]
        return try write(path, region: region) { out in
            var document = TableDocument(rows: rows, region: region, out: out, seed: seed)
            document.write()
        }
    }

    /// Streams the main part into a scratch file beside the target, then zips everything.
    private static func write(_ path: String, region: Region, body: (XMLStream) -> Void) throws -> String {
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
        return "wrote \(path) (\(String(format: "%.1f", megabytes)) MB of document XML, \(String(format: "%.1f", seconds)) s)"
    }
}
