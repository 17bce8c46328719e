import ArvioCore
import Foundation
/// A reporting period of the programme, named by its status month: April (reported by 15.5)
/// or October (reported by 15.11), plus the baseline (lähtötilanne, reported 15.11.2020).
///
/// Encoded as "2021-10", "2022-04" or "baseline".
public struct PeriodKey: Codable, Hashable, Sendable, Comparable, CustomStringConvertible {
    public enum Half: String, Codable, Sendable {
        /// Kevät: status in April, deadline 15.5., column "5/yy".
        case spring
        /// Syksy: status in October, deadline 15.11., column "11/yy".
        case autumn
    }

    public var year: Int
    public var half: Half
    public var isBaseline: Bool

    public init(year: Int, half: Half, isBaseline: Bool = false) {
        self.year = year
        self.half = half
        self.isBaseline = isBaseline
    }

    public static let baseline = PeriodKey(year: 2020, half: .autumn, isBaseline: true)

    /// The period whose status month is `month` (4 or 10) of `year`.
    public init?(statusYear year: Int, month: Int) {
        switch month {
        case 4: self.init(year: year, half: .spring)
        case 10: self.init(year: year, half: .autumn)
        default: return nil
        }
    }

    /// The period reported by a deadline date (15.5. → spring, 15.11. → autumn).
    public init?(deadlineDay day: Int, month: Int, year: Int) {
        guard day == 15 else { return nil }
        switch month {
        case 5: self.init(year: year, half: .spring)
        case 11: self.init(year: year, half: .autumn)
        default: return nil
        }
    }

    /// Reads a period as a whole table header cell or the head of a dated entry (the words
    /// before its colon) writes it; nil for anything else. Not for running text: a paragraph
    /// that merely mentions "syksyllä 2021" is no label.
    ///
    /// What it reads, case and spacing aside (DOMAIN.md §5: spring = status April, deadline
    /// 15.5., column "5/yy"; autumn = status October, deadline 15.11., column "11/yy"):
    /// - the templates' column labels "5/21", "11/21" (003's tables) and "11/2021" (003's Liite 1);
    /// - Arvio's own encoding "2022-04", "2021-10" (`description`);
    /// - a deadline date "15.5.2021", "15.11.2021" (001's schedule writes the deadlines so);
    /// - a season or a month with a year, the year as "2021", "21", "-21" or "'21":
    ///   "Kevät 2021", "kevään 2022", "Syksy -21", "syksyn 2021" (003's "syksyn 2021
    ///   arvioinnissa"), Swedish "våren 2021", "vår 2021", "hösten 2021", "höst 2021"; the
    ///   status month "huhtikuu"/"lokakuu" (004's "huhtikuun 2021 tilanteesta", `arvio next`'s
    ///   entry labels "Huhtikuu 2022:"), the deadline month "toukokuu"/"marraskuu", Swedish
    ///   "april"/"maj", "oktober"/"november"; also "kevat" as typed without "ä";
    /// - any of these with the word "tilanne" (Swedish "läge", "läget") before or after it:
    ///   "Tilanne 11/2021", "5/2021 tilanne";
    /// - the baseline: "Lähtötila" (003's indicator tables), "lähtötilanne", "lähtötaso",
    ///   "baseline", Swedish "utgångsläge"/"utgångsläget", alone or qualified by the baseline's
    ///   own date or a year up to 2020: "Lähtötilanne 11/2020", "Lähtötilanne (2020)",
    ///   "lähtötila syksy 2020" — a baseline dated later ("Lähtötila 2022") is not read;
    /// - a label followed by the same period in parentheses: "Kevät 2022 (5/22)".
    ///
    /// "11/2020" and "15.11.2020" read as autumn 2020, not as the baseline: whether that date
    /// means the baseline report is for the caller to say (`PeriodDetector`).
    public init?(notation raw: String) {
        var text = TextKey.normalise(raw)
        while let last = text.last, last == "." || last == ":" || last == " " { text.removeLast() }
        guard !text.isEmpty else { return nil }
        // "Kevät 2022 (5/22)": both halves must name the same period.
        if text.hasSuffix(")"), let open = text.lastIndex(of: "("), open > text.startIndex {
            let outer = String(text[..<open]), inner = String(text[text.index(after: open) ..< text.index(before: text.endIndex)])
            if let baseline = Self.baseline(outer, qualifier: inner) { self = baseline; return }
            guard let first = Self.plain(outer), let second = Self.plain(inner), first == second else { return nil }
            self = first
            return
        }
        let words = text.split(separator: " ").map(String.init)
        if let word = words.first, Self.baselineWords.contains(word),
           let baseline = Self.baseline(word, qualifier: words.dropFirst().joined(separator: " ")) {
            self = baseline
            return
        }
        guard let period = Self.plain(text) else { return nil }
        self = period
    }

    /// Baseline words: Finnish as the templates and reports write it, English, Swedish.
    private static let baselineWords: Set<String> = ["lähtötila", "lähtötilanne", "lähtötaso", "baseline", "utgångsläge", "utgångsläget"]

    /// The baseline when `word` is a baseline word and `qualifier` is empty or dates it no later
    /// than autumn 2020 ("2020", "11/2020", "syksy 2020").
    private static func baseline(_ word: String, qualifier: String) -> PeriodKey? {
        guard baselineWords.contains(word.trimmed) else { return nil }
        let qualifier = qualifier.trimmed
        if qualifier.isEmpty { return .baseline }
        if qualifier.count == 4, let year = Int(qualifier), (2000 ... 2020).contains(year) { return .baseline }
        if let period = plain(qualifier), period.isBaseline || period <= PeriodKey(year: 2020, half: .autumn) { return .baseline }
        return nil
    }

    /// Season, status-month and deadline-month words, each spring word beside the autumn word
    /// of the same kind: Finnish (nominative and genitive) and Swedish. The reader takes either
    /// half's; `label(writtenLike:)` swaps one for the other.
    private static let seasonWords: [(spring: String, autumn: String)] = [
        ("kevät", "syksy"), ("kevään", "syksyn"), ("huhtikuu", "lokakuu"), ("huhtikuun", "lokakuun"),
        ("toukokuu", "marraskuu"), ("toukokuun", "marraskuun"), ("vår", "höst"), ("våren", "hösten"),
        ("april", "oktober"), ("maj", "november"),
    ]
    /// "kevat": "kevät" typed without "ä".
    private static let springWords = Set(seasonWords.map(\.spring) + ["kevat"])
    private static let autumnWords = Set(seasonWords.map(\.autumn))

    /// A period without baseline words or parentheses: one notation, or a season or month word
    /// and a year, with or without "tilanne".
    private static func plain(_ text: String) -> PeriodKey? {
        var words = text.split(separator: " ").map(String.init)
        if let first = words.first, ["tilanne", "läge", "läget"].contains(first) { words.removeFirst() }
        if let last = words.last, ["tilanne", "läge", "läget"].contains(last) { words.removeLast() }
        switch words.count {
        case 1: return notation(words[0])
        case 2:
            guard let year = year(words[1]) else { return nil }
            if springWords.contains(words[0]) { return PeriodKey(year: year, half: .spring) }
            if autumnWords.contains(words[0]) { return PeriodKey(year: year, half: .autumn) }
            return nil
        default: return nil
        }
    }

    /// One word: "5/21", "11/2021", "2022-04", "15.5.2021", a baseline word.
    private static func notation(_ word: String) -> PeriodKey? {
        if baselineWords.contains(word) { return .baseline }
        let dash = word.split(separator: "-", omittingEmptySubsequences: false)
        if dash.count == 2, dash[0].count == 4, let year = year(String(dash[0])), let month = digits(dash[1]) {
            return PeriodKey(statusYear: year, month: month)
        }
        let slash = word.split(separator: "/", omittingEmptySubsequences: false)
        if slash.count == 2, let month = digits(slash[0]), let year = year(String(slash[1])) {
            switch month {
            case 5: return PeriodKey(year: year, half: .spring)
            case 11: return PeriodKey(year: year, half: .autumn)
            default: return nil
            }
        }
        let dot = word.split(separator: ".", omittingEmptySubsequences: false)
        if dot.count == 3, let day = digits(dot[0]), let month = digits(dot[1]), let year = year(String(dot[2])) {
            return PeriodKey(deadlineDay: day, month: month, year: year)
        }
        return nil
    }

    /// A year written "2021", "21", "-21", "'21" or "’21"; two digits are 20yy.
    private static func year(_ word: String) -> Int? {
        var text = Substring(word)
        if let first = text.first, text.count == 3, "-'’".contains(first) { text.removeFirst() }
        guard let value = digits(text) else { return nil }
        switch text.count {
        case 2: return 2000 + value
        case 4: return (2000 ... 2099).contains(value) ? value : nil
        default: return nil
        }
    }

    /// ASCII digits only (Int("+5") would read a sign), one to four of them.
    private static func digits(_ text: Substring) -> Int? {
        guard (1 ... 4).contains(text.count), text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }

    public var description: String {
        isBaseline ? "baseline" : "\(year)-\(half == .spring ? "04" : "10")"
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let period = PeriodKey(notation: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a period: \(text)"))
        }
        self = period
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// The period after this one (baseline → spring 2021).
    public var next: PeriodKey {
        if isBaseline { return PeriodKey(year: 2021, half: .spring) }
        return half == .spring ? PeriodKey(year: year, half: .autumn) : PeriodKey(year: year + 1, half: .spring)
    }

    public static func < (lhs: PeriodKey, rhs: PeriodKey) -> Bool {
        if lhs.isBaseline != rhs.isBaseline { return lhs.isBaseline }
        return (lhs.year, lhs.half == .spring ? 0 : 1) < (rhs.year, rhs.half == .spring ? 0 : 1)
    }

    /// Column label as the templates write it: "5/22", "11/21"; "Lähtötila" for the baseline.
    public var columnLabel: String {
        isBaseline ? "Lähtötila" : "\(half == .spring ? 5 : 11)/\(year % 100)"
    }

    /// The label of `self` written the way `example` writes its period: "Syksy 2021" gives
    /// spring 2022 as "Kevät 2022", "kevät -22" gives autumn 2022 as "syksy -22", "15.11.2021"
    /// gives "15.5.2022", "Kevään 2022 tilanne" gives "Syksyn 2022 tilanne". The season or month
    /// word becomes the same kind of word of `self`'s half (kevät ↔ syksy, huhtikuu ↔ lokakuu,
    /// toukokuu ↔ marraskuu, våren ↔ hösten, …) with its first letter's case kept; the year keeps
    /// its form ("2022", "22", "-22", "’22"); other words ("Tilanne") stay as written.
    ///
    /// Nil when `example` is no period label `init(notation:)` reads, names the baseline, or
    /// `self` is the baseline, or when the label written does not read back as `self`: the caller
    /// then writes the templates' "5/22" (DOMAIN.md §5).
    public func label(writtenLike example: String) -> String? {
        guard !isBaseline, let written = PeriodKey(notation: example), !written.isBaseline else { return nil }
        // Word by word, the spaces (a no-break space too) kept as written.
        var label = "", word = ""
        for character in example {
            if character.isWhitespace {
                label += rewrittenWithBrackets(word) + String(character)
                word = ""
            } else {
                word.append(character)
            }
        }
        label += rewrittenWithBrackets(word)
        return PeriodKey(notation: label) == self ? label : nil
    }

    /// "(5/22)" and "2022:" keep their brackets and colon around the rewritten word.
    private func rewrittenWithBrackets(_ word: String) -> String {
        var core = Substring(word), lead = "", trail = ""
        while let first = core.first, "([".contains(first) { lead.append(core.removeFirst()) }
        while let last = core.last, ").:]".contains(last) { trail.insert(core.removeLast(), at: trail.startIndex) }
        return lead + rewritten(String(core)) + trail
    }

    /// One word of a period label rewritten for `self`: a season or month word, a year, or a
    /// whole notation ("5/21", "11/2021", "15.11.2021", "2021-10"); any other word as it is.
    private func rewritten(_ word: String) -> String {
        let lower = word.lowercased()
        if let counterpart = Self.counterparts[lower] {
            let isSpringWord = Self.springWords.contains(lower)
            guard isSpringWord != (half == .spring) else { return word }
            if word == word.uppercased() && word.count > 1 { return counterpart.uppercased() }
            return word.first?.isUppercase == true ? counterpart.prefix(1).uppercased() + counterpart.dropFirst() : counterpart
        }
        // "–22": Word turns a typed hyphen into an en dash.
        if Self.year(word.replacingOccurrences(of: "\u{2013}", with: "-")) != nil { return yearWritten(like: word) }
        let slash = word.split(separator: "/", omittingEmptySubsequences: false)
        if slash.count == 2, Self.digits(slash[0]) != nil, Self.year(String(slash[1])) != nil {
            return "\(half == .spring ? 5 : 11)/" + yearWritten(like: String(slash[1]))
        }
        let dot = word.split(separator: ".", omittingEmptySubsequences: false)
        if dot.count == 3, Self.digits(dot[0]) != nil, Self.digits(dot[1]) != nil, Self.year(String(dot[2])) != nil {
            return "15.\(half == .spring ? 5 : 11)." + yearWritten(like: String(dot[2]))
        }
        let dash = word.split(separator: "-", omittingEmptySubsequences: false)
        if dash.count == 2, dash[0].count == 4, Self.year(String(dash[0])) != nil, Self.digits(dash[1]) != nil {
            return "\(year)-\(half == .spring ? "04" : "10")"
        }
        return word
    }

    /// `self`'s year in the form of `example`: "2022", "22", "-22", "–22", "'22" or "’22".
    private func yearWritten(like example: String) -> String {
        let mark = example.count == 3 ? String(example.prefix(1)) : ""
        return example.count == 4 ? "\(year)" : mark + String(format: "%02d", year % 100)
    }

    /// Each season or month word and the same kind of word of the other half (`seasonWords`).
    private static let counterparts: [String: String] = {
        var map = ["kevat": "syksy"]
        for (spring, autumn) in seasonWords {
            map[spring] = autumn
            map[autumn] = spring
        }
        return map
    }()

    /// Deadline as written in the schedule: "15.5.2022".
    public var deadline: String { isBaseline ? "15.11.2020" : "15.\(half == .spring ? 5 : 11).\(year)" }
}
