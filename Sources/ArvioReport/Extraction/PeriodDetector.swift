import ArvioWordML
import Foundation

/// Which period a report covers. Looked for in order of reliability: a dated content control,
/// "raportointi 15.5.2021" in the title block, "oma-arviointi 5/2021" in the title or header,
/// and last the latest filled period column of a readiness or indicator table.
enum PeriodDetector {
    static func detect(_ document: WordDocument, report: Report) -> PeriodInfo? {
        // "raportointi 15.5.2021" or a date in the title section.
        for section in report.sections where section.kind == .title {
            for text in section.content.compactMap(\.text) {
                if let (period, date) = deadline(in: text) {
                    return PeriodInfo(period: period, evidence: "title: “…\(date)”", guessed: false)
                }
            }
        }
        // The same note in the first body paragraphs (documents without a Title style).
        for block in document.body.prefix(6) {
            if case .paragraph(let paragraph) = block, TextKey.normalise(paragraph.text).contains("raportointi"),
               let (period, date) = deadline(in: paragraph.text) {
                return PeriodInfo(period: period, evidence: "opening paragraph: “…\(date)”", guessed: false)
            }
        }
        var sources: [(String, String)] = []
        if let title = document.coreProperties.title { sources.append(("document title", title)) }
        for header in document.headers {
            sources.append(("page header", header.blocks.map(\.plainText).joined(separator: " ")))
        }
        for (label, text) in sources {
            if let (period, notation) = monthNotation(in: text) {
                return PeriodInfo(period: period, evidence: "\(label): “\(notation)”", guessed: false)
            }
        }
        // The latest filled period column of the readiness tables.
        let filled = report.goals.flatMap { goal in
            goal.processGoals.flatMap(\.readiness) + goal.indicators.flatMap(\.values)
        }.filter { !$0.value.text.allSatisfy(\.isWhitespace) && $0.value.text != "-" }
        if let latest = filled.map(\.period).max() {
            return PeriodInfo(period: latest, evidence: "latest filled table column \(latest.columnLabel)", guessed: true)
        }
        return nil
    }

    /// A deadline date (15.5.YYYY / 15.11.YYYY) anywhere in the text.
    static func deadline(in text: String) -> (PeriodKey, String)? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "(" || $0 == ")" })
        for word in words {
            if let date = FinnishDate(String(word)),
               let period = PeriodKey(deadlineDay: date.day, month: date.month, year: date.year) {
                return (date.month == 11 && date.year == 2020 ? .baseline : period, String(word))
            }
        }
        return nil
    }

    /// "5/2021", "11/2020", "11/21" after the word oma-arviointi or alone.
    static func monthNotation(in text: String) -> (PeriodKey, String)? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "|" })
        for word in words.reversed() where word.contains("/") {
            if let period = PeriodKey(notation: String(word)) {
                let isBaseline = period.year == 2020 && period.half == .autumn
                return (isBaseline ? .baseline : period, String(word))
            }
        }
        return nil
    }
}
