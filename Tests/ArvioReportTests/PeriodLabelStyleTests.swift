import Testing
@testable import ArvioReport

/// `PeriodKey.label(writtenLike:)`: the period `arvio next` prepares, labelled the way the column
/// before it is labelled. Expectations are written by hand from DOMAIN.md §5: spring = status
/// April (huhtikuu), deadline 15.5. (toukokuu), column "5/yy"; autumn = status October
/// (lokakuu), deadline 15.11. (marraskuu), column "11/yy". The next period after autumn 2021 is
/// spring 2022, after spring 2022 autumn 2022.
@Suite struct PeriodLabelStyleTests {
    static let spring22 = PeriodKey(year: 2022, half: .spring)
    static let autumn22 = PeriodKey(year: 2022, half: .autumn)

    /// Seasons, with the first letter's case and the year's form kept.
    @Test func seasons() {
        #expect(Self.spring22.label(writtenLike: "Syksy 2021") == "Kevät 2022")
        #expect(Self.autumn22.label(writtenLike: "kevät -22") == "syksy -22")
        #expect(Self.autumn22.label(writtenLike: "kevät \u{2013}22") == "syksy \u{2013}22")
        #expect(Self.spring22.label(writtenLike: "Syksy ’21") == "Kevät ’22")
        #expect(Self.spring22.label(writtenLike: "syksy 21") == "kevät 22")
        #expect(Self.spring22.label(writtenLike: "SYKSY 2021") == "KEVÄT 2022")
        #expect(Self.spring22.label(writtenLike: "Syksy\u{00A0}2021") == "Kevät\u{00A0}2022")
        #expect(Self.autumn22.label(writtenLike: "Kevään 2022 tilanne") == "Syksyn 2022 tilanne")
        #expect(Self.spring22.label(writtenLike: "syksyn 2021") == "kevään 2022")
    }

    /// Status months (April, October) and deadline months (May, November) stay what they were.
    @Test func months() {
        #expect(Self.autumn22.label(writtenLike: "toukokuu 2022") == "marraskuu 2022")
        #expect(Self.spring22.label(writtenLike: "Lokakuu 2021") == "Huhtikuu 2022")
        #expect(Self.spring22.label(writtenLike: "Lokakuu 21") == "Huhtikuu 22")
        #expect(Self.spring22.label(writtenLike: "Marraskuu 2021") == "Toukokuu 2022")
        #expect(Self.spring22.label(writtenLike: "lokakuun 2021 tilanne") == "huhtikuun 2022 tilanne")
    }

    /// Swedish: hösten → våren, höst → vår, oktober → april.
    @Test func swedish() {
        #expect(Self.spring22.label(writtenLike: "hösten 2021") == "våren 2022")
        #expect(Self.spring22.label(writtenLike: "Hösten 2021") == "Våren 2022")
        #expect(Self.spring22.label(writtenLike: "höst 2021") == "vår 2022")
        #expect(Self.autumn22.label(writtenLike: "våren 2022") == "hösten 2022")
        #expect(Self.spring22.label(writtenLike: "oktober 2021") == "april 2022")
    }

    /// Dates and slash labels: the deadline 15.5. or 15.11., the month 5 or 11, the year as wide as written.
    @Test func numericNotations() {
        #expect(Self.spring22.label(writtenLike: "15.11.2021") == "15.5.2022")
        #expect(Self.autumn22.label(writtenLike: "15.5.2022") == "15.11.2022")
        #expect(Self.spring22.label(writtenLike: "11/21") == "5/22")
        #expect(Self.spring22.label(writtenLike: "11/2021") == "5/2022")
        #expect(Self.spring22.label(writtenLike: "Tilanne 11/2021") == "Tilanne 5/2022")
        #expect(Self.spring22.label(writtenLike: "11/2021 tilanne") == "5/2022 tilanne")
        #expect(Self.spring22.label(writtenLike: "2021-10") == "2022-04")
        #expect(Self.spring22.label(writtenLike: "Syksy 2021 (11/21)") == "Kevät 2022 (5/22)")
    }

    /// The period written is the one asked for, not the one after the example: a gap of a year
    /// keeps the notation and names the right period.
    @Test func notBlindlyTheNextPeriod() {
        #expect(Self.autumn22.label(writtenLike: "Syksy 2021") == "Syksy 2022")
        #expect(Self.autumn22.label(writtenLike: "11/21") == "11/22")
        #expect(Self.spring22.label(writtenLike: "Kevät 2022") == "Kevät 2022")
    }

    /// Nothing to follow: the caller writes the templates' "5/22" instead.
    @Test func nilWhereTheNotationCannotBeFollowed() {
        #expect(Self.spring22.label(writtenLike: "Lähtötila") == nil)
        #expect(Self.spring22.label(writtenLike: "Lähtötilanne 11/2020") == nil)
        #expect(Self.spring22.label(writtenLike: "Tavoitetaso") == nil)
        #expect(Self.spring22.label(writtenLike: "") == nil)
        #expect(PeriodKey.baseline.label(writtenLike: "Syksy 2021") == nil)
    }
}
