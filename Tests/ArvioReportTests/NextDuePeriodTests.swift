import Foundation
import Testing
import ArvioReport

/// `arvio init` without --period: the report due next (THL's deadlines 15.5. and 15.11.).
@Suite struct NextDuePeriodTests {
    static func day(_ year: Int, _ month: Int, _ day: Int) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Helsinki")!
        return calendar.date(from: DateComponents(year: year, month: month, day: day, hour: 12))!
    }

    @Test func theFirstDeadlineOnOrAfterTheDay() {
        #expect(PeriodKey.nextDue(from: Self.day(2021, 9, 1)) == PeriodKey(year: 2021, half: .autumn))
        #expect(PeriodKey.nextDue(from: Self.day(2021, 11, 15)) == PeriodKey(year: 2021, half: .autumn))
        #expect(PeriodKey.nextDue(from: Self.day(2021, 11, 16)) == PeriodKey(year: 2022, half: .spring))
        #expect(PeriodKey.nextDue(from: Self.day(2022, 5, 15)) == PeriodKey(year: 2022, half: .spring))
        #expect(PeriodKey.nextDue(from: Self.day(2022, 1, 3)) == PeriodKey(year: 2022, half: .spring))
    }
}
