import ArvioMessages
import ArvioNext
import ArvioPackage
import ArvioRender
import ArvioReport
import ArvioWordML
import Foundation

/// What each page asks of the library, made as the commands make it (Sources/arvio/*.swift):
/// `check`'s read + build + review, `next`'s prepare + write, `import`'s writer, `summary`,
/// `diff` and `pdf`. Nothing here reads or edits a document itself.
enum Workflows {
    /// `arvio check FILE`: the document read, the report built, the reviewer's findings
    /// (without a plan's page count, which needs a LibreOffice run per upload).
    static func read(path: String, displayName: String, mappings: MappingSet) throws -> (WordDocument, Report, [ReviewFinding]) {
        let document = try DocxReader.read(path)
        var report = try ReportImporter.build(document, file: path, mappings: mappings, mappingName: nil)
        let findings = ReviewCheck.review(report, facts: DocumentFacts.collect(document), pages: nil)
        report.source.file = displayName  // the server's folder is nobody's business
        return (document, report, findings)
    }

    /// `arvio next FILE` without updates: the default period, the to-do list and the promises.
    static func preview(_ stored: StoredDocument, period: PeriodKey?) throws -> NextOutcome {
        try NextPeriod.prepare(file: stored.path, document: stored.document, report: stored.report, updates: nil,
                                      options: NextOptions(period: period))
    }

    /// `arvio next FILE --updates EDITED -o OUT`: the form's text as an edited report, the
    /// difference taken as `--updates` takes it, the .docx written, then read back.
    static func prepare(_ stored: StoredDocument, form: NextForm, to output: URL, mappings: MappingSet) throws -> PreparedNext {
        let target = form.period ?? stored.report.period?.period.next ?? .baseline
        let edited = form.edited(stored.report, period: target)
        var updates = PeriodUpdates.difference(original: stored.report, edited: edited, period: target)
        updates.annexValues += form.annexValues(stored.report, period: target)
        let options = NextOptions(period: form.period, trackChanges: form.trackChanges, author: form.author)
        let outcome = try NextPeriod.prepare(file: stored.path, document: stored.document, report: stored.report,
                                             updates: updates, options: options)
        try PackageWriter.write(from: stored.path, to: output.path, replacements: outcome.replacements)
        var reimported = try ReportImporter.importReport(output.path, mappings: mappings)
        reimported.source.file = stored.displayName
        return PreparedNext(path: output.path, period: outcome.period, report: outcome.report, reimported: reimported,
                            todo: outcome.todo, notes: outcome.notes)
    }

    /// `arvio init PLAN --period P -o OUT`: the plan read as `init` reads it, the first report
    /// built from it and written as a fresh .docx in THL's template.
    static func firstReport(_ stored: StoredDocument, period: PeriodKey, to output: URL, mappings: MappingSet) throws {
        let document = try DocxReader.read(stored.path)
        var plan = try ReportImporter.build(document, file: stored.path, mappings: mappings, mappingName: nil)
        PlanMigration.complete(&plan, document: document)
        let report = try FirstReport.build(from: plan, period: period, file: output.lastPathComponent)
        try DocxRenderer.write(report, to: output.path)
    }

    /// `arvio summary`: the dated Innokylä summary as Markdown text.
    static func summary(_ report: Report, mappings: MappingSet, fourHeadings: Bool) -> String {
        let headings = mappings[report.mapping]?.innokylaHeadings ?? mappings["thl-common"]?.innokylaHeadings
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        let today = CalendarDay(year: parts.year ?? 2026, month: parts.month ?? 1, day: parts.day ?? 1)
        return SummaryBuilder.summarise(report, headings: headings, written: today,
                                        options: .init(maxCharacters: 600, fourHeadings: fourHeadings)).markdown
    }

    /// `arvio diff OLD NEW`.
    static func diff(_ old: Report, _ new: Report, oldName: String, newName: String, language: Language) -> String {
        DiffRenderer.text(ReportComparer.compare(old, new), old: oldName, new: newName, language: language)
    }

    /// `arvio pdf`: through the existing LibreOffice wrapper, with its time limit.
    static func pdf(of input: String, to output: URL, timeout: Int) throws -> URL {
        let soffice = try LibreOfficePdf.locate()
        _ = try LibreOfficePdf.convert(input, to: output.path, soffice: soffice, timeout: timeout)
        return output
    }

    static var libreOfficeInstalled: Bool { (try? LibreOfficePdf.locate()) != nil }
}
