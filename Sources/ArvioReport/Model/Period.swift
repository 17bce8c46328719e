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

    /// Parses a column label or notation: "5/21", "11/2021", "2022-04", "Lähtötila", "baseline".
    public init?(notation raw: String) {
        let text = raw.trimmed.lowercased()
        if ["lähtötila", "lähtötilanne", "lähtötaso", "baseline"].contains(text) { self = .baseline; return }
        let dash = text.split(separator: "-")
        if dash.count == 2, let year = Int(dash[0]), let month = Int(dash[1]), year > 1999 {
            self.init(statusYear: year, month: month)
            return
        }
        let slash = text.split(separator: "/")
        guard slash.count == 2, let month = Int(slash[0]), var year = Int(slash[1]) else { return nil }
        if year < 100 { year += 2000 }
        switch month {
        case 5: self.init(year: year, half: .spring)
        case 11: self.init(year: year, half: .autumn)
        default: return nil
        }
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

    /// Deadline as written in the schedule: "15.5.2022".
    public var deadline: String { isBaseline ? "15.11.2020" : "15.\(half == .spring ? 5 : 11).\(year)" }
}
