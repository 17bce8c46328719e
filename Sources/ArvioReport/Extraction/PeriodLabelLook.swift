import Foundation

/// Whether a table header cell looks like a period label, read or not: a few words with a year
/// of the programme's time (2020–2039, "-21", "’21"), a "month/year", or a season or month word
/// ("kesä", "Kevät", "tammikuu", "våren"). Used only to warn when such a cell is not read as a
/// period (`PeriodKey(notation:)` is nil): the column would be lost without a word, the worst
/// misreading a coordinator cannot see.
enum PeriodLabelLook {
    /// Beginnings of Finnish and Swedish season and month words (any case ending: "kevään",
    /// "våren").
    static let wordStarts = [
        "kevä", "keva", "kesä", "syks", "talv", "vår", "sommar", "höst", "vinter",
        "tammik", "helmik", "maalisk", "huhtik", "toukok", "kesäk", "heinäk", "elok", "syysk", "lokak", "marrask", "jouluk",
    ]
    /// Swedish month names, whole words.
    static let months: Set<String> = [
        "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december",
    ]

    static func looksLikePeriod(_ text: String) -> Bool {
        let words = TextKey.normalise(text).split(whereSeparator: { $0 == " " || $0 == "(" || $0 == ")" })
        guard !words.isEmpty, words.count <= 4 else { return false }
        return words.contains { word in
            let bare = word.trimmingCharacters(in: .init(charactersIn: ".,:;-'’"))
            if bare.count == 4, let year = Int(bare), (2020 ... 2039).contains(year) { return true }
            if bare.count == 2, bare.allSatisfy(\.isNumber), word.first.map({ "-'’".contains($0) }) == true { return true }
            let slash = bare.split(separator: "/")
            if slash.count == 2, slash.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }), [2, 4].contains(slash[1].count) { return true }
            return months.contains(bare) || wordStarts.contains { bare.hasPrefix($0) }
        }
    }
}
