import Foundation

extension PeriodKey {
    /// The period whose report is due next on `date` (Finnish time): the first deadline,
    /// 15.5. or 15.11., on or after that day — what `arvio init` prepares when no period is given.
    public static func nextDue(from date: Date) -> PeriodKey {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Helsinki") ?? .current
        let day = calendar.dateComponents([.year, .month, .day], from: date)
        let (year, month, dayOfMonth) = (day.year ?? 2021, day.month ?? 1, day.day ?? 1)
        if (month, dayOfMonth) <= (5, 15) { return PeriodKey(year: year, half: .spring) }
        if (month, dayOfMonth) <= (11, 15) { return PeriodKey(year: year, half: .autumn) }
        return PeriodKey(year: year + 1, half: .spring)
    }
}
