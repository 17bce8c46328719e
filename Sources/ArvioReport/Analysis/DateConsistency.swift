import ArvioMessages
import Foundation

/// Dates that disagree: the period named on the title page, in the page header and footer and
/// in the document properties' title should be one and the same; the period should be in the
/// reporting schedule; and a file last saved before its period began was probably not updated.
/// Only reporting dates count: "15.5.2022" / "15.11.2021" (the deadlines) and "5/22" / "11/2021".
public enum DateConsistency {
    public struct Mention: Sendable, Equatable {
        public var place: String
        public var written: String
        public var period: PeriodKey
    }

    static func findings(_ report: Report, facts: DocumentFacts) -> [ReviewFinding] {
        var findings: [ReviewFinding] = []
        let found = mentions(report, facts: facts)
        let periods = Set(found.map(\.period))
        if periods.count > 1 {
            let mentions = found.map {
                CheckPhrase.dateMention.with(parts: ["place": placeName($0.place), "written": .verbatim($0.written), "period": .verbatim(label($0.period))])
            }
            findings.append(ReviewFinding(.fix, goal: nil, place: CheckPhrase.placeDates.message, rule: "dates-disagree",
                                          message: CheckPhrase.datesDisagree.with(parts: ["mentions": .joined(mentions, separator: ", ")])))
        }
        guard report.kind == .omaArviointi, let period = report.period?.period else { return findings }
        // "Oma-arviointi 2020" in a page header names a year only: it disagrees when the year is
        // not the report's (the baseline report is 2020's).
        let year = period.isBaseline ? 2020 : period.year
        for mention in yearMentions(report, facts: facts) where mention.year != year {
            findings.append(ReviewFinding(.fix, goal: nil, place: CheckPhrase.placeDates.message, rule: "dates-disagree",
                                          message: CheckPhrase.yearDisagrees.with(parts: [
                                              "place": placeName(mention.place), "written": .verbatim(mention.written),
                                              "year": .verbatim("\(mention.year)"), "period": .verbatim(label(period)),
                                          ])))
        }
        if !report.schedule.isEmpty, !report.schedule.contains(where: { $0.period == period }) {
            findings.append(ReviewFinding(.look, goal: nil, place: CheckPhrase.placeSchedule.message, rule: "period-not-in-schedule",
                                          message: CheckPhrase.notInSchedule.with(["period": label(period)])))
        }
        if !period.isBaseline, let modified = report.source.modified, let saved = isoDay(modified) {
            let start = (period.year, period.half == .spring ? 4 : 10, 1)
            if (saved.year, saved.month, saved.day) < start {
                findings.append(ReviewFinding(.look, goal: nil, place: CheckPhrase.placeProperties.message, rule: "saved-before-period",
                                              message: CheckPhrase.savedBefore.with(["saved": saved.finnish, "situation": EntryLabel.text(for: period).lowercased()])))
            }
        }
        return findings
    }

    /// The places `mentions` names, in the coordinator's language.
    static func placeName(_ place: String) -> Message {
        let known: [String: CheckPhrase] = [
            "title page": .titlePage, "opening paragraph": .openingParagraph, "document properties title": .propertiesTitle,
            "page header": .pageHeader, "page footer": .pageFooter,
        ]
        return known[place]?.message ?? .verbatim(place)
    }

    /// Every reporting date the title page, the opening paragraph, the document properties and
    /// the headers and footers name.
    public static func mentions(_ report: Report, facts: DocumentFacts) -> [Mention] {
        var texts: [(String, String)] = []
        let title = report.sections.filter { $0.kind == .title }.flatMap(\.content).compactMap(\.text)
        texts += title.map { ("title page", $0) }
        if title.isEmpty {
            // Documents without a title style say "raportointi 15.11.2020" in an opening paragraph (000).
            let opening = report.sections.flatMap(\.content).filter { ($0.at.components.first ?? 99) < 6 }.compactMap(\.text)
            texts += opening.filter { TextKey.normalise($0).contains("raportointi") }.map { ("opening paragraph", $0) }
        }
        if let core = report.source.title { texts.append(("document properties title", core)) }
        texts += facts.texts.map { ($0.place, $0.text) }
        return texts.flatMap { place, text in periods(in: text).map { Mention(place: place, written: $0.written, period: $0.period) } }
    }

    /// "Oma-arviointi 2020" on the title page, in the document properties' title or in a page
    /// header or footer: the report's year without its month.
    static func yearMentions(_ report: Report, facts: DocumentFacts) -> [(place: String, written: String, year: Int)] {
        var texts: [(String, String)] = report.sections.filter { $0.kind == .title }.flatMap(\.content).compactMap(\.text).map { ("title page", $0) }
        if let core = report.source.title { texts.append(("document properties title", core)) }
        texts += facts.texts.map { ($0.place, $0.text) }
        var result: [(String, String, Int)] = []
        for (place, text) in texts {
            var rest = text[...]
            while let range = rest.range(of: #"[Oo]ma-arviointi (20[0-9]{2})(?![0-9/])"#, options: .regularExpression) {
                let written = String(rest[range])
                if let year = Int(written.suffix(4)) { result.append((place, written, year)) }
                rest = rest[range.upperBound...]
            }
        }
        return result
    }

    /// Deadline dates and month notations in a text, each with the period it names.
    static func periods(in text: String) -> [(written: String, period: PeriodKey)] {
        var result: [(String, PeriodKey)] = []
        let words = text.split(whereSeparator: { $0.isWhitespace || ",;()|:".contains($0) })
        for raw in words {
            let word = String(raw).trimmingCharacters(in: CharacterSet(charactersIn: ".–-"))
            let parts = word.split(separator: ".", omittingEmptySubsequences: false)
            if parts.count == 3, let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]), year > 1999,
               let period = PeriodKey(deadlineDay: day, month: month, year: year) {
                result.append((word, baselineAware(period)))
            } else if word.contains("/"), word.split(separator: "/").count == 2,
                      word.split(separator: "/").allSatisfy({ $0.allSatisfy(\.isNumber) }),
                      let period = PeriodKey(notation: word), !period.isBaseline {
                result.append((word, baselineAware(period)))
            }
        }
        return result
    }

    /// "15.11.2020" and "11/2020" are the baseline report's dates.
    private static func baselineAware(_ period: PeriodKey) -> PeriodKey {
        period.year == 2020 && period.half == .autumn ? .baseline : period
    }

    static func label(_ period: PeriodKey) -> String {
        period.isBaseline ? "the baseline" : period.columnLabel
    }

    static func isoDay(_ text: String) -> CalendarDay? {
        CalendarDay(iso: String(text.prefix(10)))
    }
}
