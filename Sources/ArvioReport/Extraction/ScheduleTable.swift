import ArvioWordML

/// Oma-arvioinnin raportointiaikataulu (001): deadline dates and what each report covers.
enum ScheduleTable {
    static func read(_ table: Table, _ recognised: RecognisedTable, at: BlockPath) -> [ScheduleEntry] {
        var entries: [ScheduleEntry] = []
        for row in recognised.firstDataRow ..< table.rows.count {
            let deadlineTexts = table.texts(row: row, column: recognised.columns["deadline"])
            let raw = deadlineTexts.joined(separator: " ").trimmingCharacters(in: .whitespaces)
            guard let date = FinnishDate(raw) else { continue }
            let content = table.texts(row: row, column: recognised.columns["content"])
            let joined = TextKey.normalise(content.joined(separator: " "))
            entries.append(ScheduleEntry(
                deadline: date.iso, deadlineRaw: raw,
                period: period(date),
                content: content, optional: joined.contains("vapaaehtoinen"),
                at: Table.rowPath(at, row: row)))
        }
        return entries
    }

    /// 15.11.2020 is the baseline report (lähtötilanne), not an ordinary autumn period.
    static func period(_ date: FinnishDate) -> PeriodKey? {
        if date.iso == "2020-11-15" { return .baseline }
        return PeriodKey(deadlineDay: date.day, month: date.month, year: date.year)
    }
}

/// A date as Finns write it: "15.5.2021", "15.11.2020".
struct FinnishDate: Equatable {
    var day: Int
    var month: Int
    var year: Int

    init?(_ text: String) {
        // Every word of a page header is tried: one without two dots is no date, known before
        // Foundation's trimming runs.
        guard text.utf8.lazy.filter({ $0 == UInt8(ascii: ".") }).count >= 2 else { return nil }
        let parts = text.trimmingCharacters(in: .whitespacesAndNewlines.union(.init(charactersIn: ".")))
            .split(separator: ".").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 3, let day = parts[0], let month = parts[1], let year = parts[2],
              (1 ... 31).contains(day), (1 ... 12).contains(month), (1900 ... 2100).contains(year) else { return nil }
        self.day = day
        self.month = month
        self.year = year
    }

    var iso: String {
        "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }
}
