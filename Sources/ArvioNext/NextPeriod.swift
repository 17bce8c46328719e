import ArvioMessages
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
        if !options.allowTemplateEdits, let edit = updates?.templateEdits.first { throw UpdatesFailure.templateText(edit) }
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
        context.applyEdits(updates)
        context.addEntries(updates: updates)
        context.fillTables(updates: updates)
        context.extendAnnexes(updates: updates)
        context.markSchedule()
        context.updateTitle()
        context.collectPromises()

        var replacements: [String: [UInt8]] = [:]
        if !context.main.isEmpty { replacements[document.mainPart] = context.main.applied() }
        let footers = Set(document.footers.map(\.part))
        for part in Set((document.headers + document.footers).map(\.part)).sorted() {
            let place = (footers.contains(part) ? NextPhrase.pageFooter : .pageHeader).message
            if let bytes = context.updatedStory(try package.bytes(of: part), place: place) { replacements[part] = bytes }
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
    /// A period or date an earlier run put at the end of the name is taken off first, so the
    /// name of a `next` of a `next` does not grow ("raportti-2021-10-2026-12-07" → "raportti-…").
    public static func defaultOutputName(for input: String, period: PeriodKey, date: Date = Date()) -> String {
        let url = URL(fileURLWithPath: input)
        let stem = baseStem(url.deletingPathExtension().lastPathComponent)
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        let name = FileNameLength.fitting(stem, suffix: "-\(period)-\(formatter.string(from: date)).docx")
        return url.deletingLastPathComponent().appendingPathComponent(name).path
    }

    /// The name without trailing "-yyyy-mm-dd" dates and "-yyyy-04"/"-yyyy-10" periods, as
    /// `defaultOutputName` writes them; a name that is nothing else stays as it is.
    static func baseStem(_ stem: String) -> String {
        let suffixes = [#"-[0-9]{4}-[0-9]{2}-[0-9]{2}$"#, #"-[0-9]{4}-(04|10)$"#]
        var result = stem
        var changed = true
        while changed {
            changed = false
            for pattern in suffixes {
                if let range = result.range(of: pattern, options: .regularExpression), range.lowerBound > result.startIndex {
                    result.removeSubrange(range)
                    changed = true
                }
            }
        }
        return result
    }
}
