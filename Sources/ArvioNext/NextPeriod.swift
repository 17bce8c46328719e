import ArvioPackage
import ArvioReport
import ArvioWordML
import ArvioXML
import Foundation

/// `arvio next`: the next period's dated version of an oma-arviointi, made by editing the
/// original's XML so that everything Arvio does not change stays exactly as it was.
public enum NextPeriod {
    public static func prepare(file: String, document: WordDocument, report: Report, updates: PeriodUpdates?,
                               options: NextOptions) throws -> NextOutcome {
        guard report.kind == .omaArviointi else { throw NextFailure.notAReport(report.kind) }
        guard let current = report.period?.period ?? options.period.map({ previous(of: $0) }) else {
            throw NextFailure.unknownPeriod
        }
        let period = options.period ?? updates?.period ?? current.next
        guard period > current || report.period == nil else { throw NextFailure.periodNotAfter(period, current: current) }
        // Never a period's dated entries twice (`next` of `next`): a guessed period whose next
        // period is written already is refused; so is a chosen period that is written already.
        let written = PeriodSections.all(report).filter { $0.entry(for: period) != nil }.count
        if written > 0 {
            if let info = report.period, info.guessed, options.period == nil, updates?.period == nil {
                throw NextFailure.periodGuessed(guess: current, period: period, entries: written, evidence: info.evidence)
            }
            throw NextFailure.entriesWritten(period, entries: written)
        }

        let package = try WordPackage.open(file)
        let mainBytes = try package.bytes(of: document.mainPart)
        guard !mainBytes.starts(with: [0xFF, 0xFE]), !mainBytes.starts(with: [0xFE, 0xFF]) else {
            throw NextFailure.unsupportedEncoding(document.mainPart)
        }
        var context = EditContext(document: document, report: report, period: period, current: current,
                                  main: PartEditor(mainBytes), spans: XMLSpans(mainBytes), options: options)
        context.addEntries(updates: updates)
        context.fillTables(updates: updates)
        context.extendAnnexes()
        context.markSchedule()
        context.updateTitle()
        context.collectPromises()

        var replacements: [String: [UInt8]] = [:]
        if !context.main.isEmpty { replacements[document.mainPart] = context.main.applied() }
        for header in Set((document.headers + document.footers).map(\.part)).sorted() {
            if let bytes = context.updatedStory(try package.bytes(of: header)) { replacements[header] = bytes }
        }
        if let core = package.packageRelationships.first(kind: "metadata/core-properties")?.target, package.contains(core) {
            replacements[core] = context.updatedCoreProperties(try package.bytes(of: core))
        }
        return NextOutcome(period: period, replacements: replacements, report: context.nextReport,
                           todo: context.todo, notes: context.notes)
    }

    static func previous(of period: PeriodKey) -> PeriodKey {
        if period.half == .autumn { return PeriodKey(year: period.year, half: .spring) }
        if period.year == 2021 { return .baseline }
        return PeriodKey(year: period.year - 1, half: .autumn)
    }

    /// A default output name that says which period and when: "raportti-2022-04-2026-11-22.docx".
    public static func defaultOutputName(for input: String, period: PeriodKey, date: Date = Date()) -> String {
        let url = URL(fileURLWithPath: input)
        let stem = url.deletingPathExtension().lastPathComponent
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.timeZone = TimeZone(identifier: "UTC")
        let name = "\(stem)-\(period)-\(formatter.string(from: date)).docx"
        return url.deletingLastPathComponent().appendingPathComponent(name).path
    }
}
