import Testing
@testable import ArvioReport

/// The ways a header cell or a dated entry's head writes a reporting period, each read to the
/// period DOMAIN.md §5 gives it: spring = status April ("huhtikuun 2021 tilanteesta"), deadline
/// 15.5., column "5/yy"; autumn = status October, deadline 15.11., column "11/yy"; the
/// baseline "Lähtötila", reported 15.11.2020. Expectations are written by hand from those rules.
@Suite struct PeriodNotationTests {
    static let spring21 = PeriodKey(year: 2021, half: .spring)
    static let autumn21 = PeriodKey(year: 2021, half: .autumn)
    static let spring22 = PeriodKey(year: 2022, half: .spring)

    /// The templates' labels and Arvio's own encoding keep reading as before (003's tables,
    /// 003's Liite 1 "11/2021", `PeriodKey.description`).
    @Test func templateLabels() {
        #expect(PeriodKey(notation: "5/21") == Self.spring21)
        #expect(PeriodKey(notation: "11/21") == Self.autumn21)
        #expect(PeriodKey(notation: "11/2021") == Self.autumn21)
        #expect(PeriodKey(notation: "2022-04") == Self.spring22)
        #expect(PeriodKey(notation: "2021-10") == Self.autumn21)
        #expect(PeriodKey(notation: "Lähtötila") == .baseline)
        #expect(PeriodKey(notation: "baseline") == .baseline)
    }

    @Test func seasonsWithAYear() {
        #expect(PeriodKey(notation: "Kevät 2021") == Self.spring21)
        #expect(PeriodKey(notation: "kevät -21") == Self.spring21)
        #expect(PeriodKey(notation: "kevät \u{2013}21") == Self.spring21)  // an en dash typed by Word
        #expect(PeriodKey(notation: "Kevät ’21") == Self.spring21)
        #expect(PeriodKey(notation: "Kevään 2022") == Self.spring22)
        #expect(PeriodKey(notation: "KEVAT 2021") == Self.spring21)
        #expect(PeriodKey(notation: "Syksy 2021") == Self.autumn21)
        #expect(PeriodKey(notation: "syksy 21") == Self.autumn21)
        #expect(PeriodKey(notation: "Syksyn 2021") == Self.autumn21)  // 003:33 "syksyn 2021 oma-arvioinnissa"
        #expect(PeriodKey(notation: "Syksy\u{00A0}2021") == Self.autumn21)
        #expect(PeriodKey(notation: "Kevät 2022 (5/22)") == Self.spring22)
    }

    /// Swedish: vår = spring, höst = autumn; the baseline is utgångsläget.
    @Test func swedish() {
        #expect(PeriodKey(notation: "våren 2021") == Self.spring21)
        #expect(PeriodKey(notation: "Vår 2021") == Self.spring21)
        #expect(PeriodKey(notation: "hösten 2021") == Self.autumn21)
        #expect(PeriodKey(notation: "höst -21") == Self.autumn21)
        #expect(PeriodKey(notation: "april 2022") == Self.spring22)
        #expect(PeriodKey(notation: "maj 2022") == Self.spring22)
        #expect(PeriodKey(notation: "oktober 2021") == Self.autumn21)
        #expect(PeriodKey(notation: "november 2021") == Self.autumn21)
        #expect(PeriodKey(notation: "Utgångsläge") == .baseline)
        #expect(PeriodKey(notation: "utgångsläget") == .baseline)
    }

    /// The status month (April, October) and the deadline month (May, November) name the same period.
    @Test func months() {
        #expect(PeriodKey(notation: "Huhtikuu 2021") == Self.spring21)
        #expect(PeriodKey(notation: "huhtikuun 2021 tilanne") == Self.spring21)
        #expect(PeriodKey(notation: "Toukokuu 2021") == Self.spring21)
        #expect(PeriodKey(notation: "Lokakuu 2021") == Self.autumn21)
        #expect(PeriodKey(notation: "marraskuu 2021") == Self.autumn21)
        #expect(PeriodKey(notation: "Marraskuun 21") == Self.autumn21)
    }

    /// Deadline dates, 001's schedule's way of naming a report; only the 15th of May and November.
    @Test func deadlines() {
        #expect(PeriodKey(notation: "15.5.2021") == Self.spring21)
        #expect(PeriodKey(notation: "15.11.2021") == Self.autumn21)
        #expect(PeriodKey(notation: "15.05.2022") == Self.spring22)
        #expect(PeriodKey(notation: "15.11.2021.") == Self.autumn21)
        #expect(PeriodKey(notation: "14.5.2021") == nil)
        #expect(PeriodKey(notation: "15.6.2021") == nil)
    }

    @Test func situationWord() {
        #expect(PeriodKey(notation: "Tilanne 11/2021") == Self.autumn21)
        #expect(PeriodKey(notation: "5/2021 tilanne") == Self.spring21)
        #expect(PeriodKey(notation: "Tilanne kevät 2022") == Self.spring22)
        #expect(PeriodKey(notation: "Läget 11/2021") == Self.autumn21)
    }

    /// The baseline, alone or dated by its own date or a year up to 2020 (001's baseline data
    /// come from "vuosilta 2018, 2019 ja 1-10/2020").
    @Test func baselineForms() {
        #expect(PeriodKey(notation: "Lähtötilanne") == .baseline)
        #expect(PeriodKey(notation: "lähtötaso") == .baseline)
        #expect(PeriodKey(notation: "Lähtötilanne 11/2020") == .baseline)
        #expect(PeriodKey(notation: "Lähtötilanne (2020)") == .baseline)
        #expect(PeriodKey(notation: "Lähtötila 2019") == .baseline)
        #expect(PeriodKey(notation: "Lähtötilanne syksy 2020") == .baseline)
        #expect(PeriodKey(notation: "Lähtötilanne 15.11.2020") == .baseline)
        #expect(PeriodKey(notation: "Utgångsläge 2020") == .baseline)
        // A "baseline" dated after the baseline report is not one Arvio can place.
        #expect(PeriodKey(notation: "Lähtötila 2022") == nil)
        #expect(PeriodKey(notation: "Lähtötilanne 5/21") == nil)
        // 11/2020 alone is autumn 2020, not the baseline: the caller decides (PeriodDetector).
        #expect(PeriodKey(notation: "11/2020")?.isBaseline == false)
    }

    /// Header cells and prose that must not read as periods.
    @Test func notPeriods() {
        for text in [
            "", "2021", "21", "Kevät", "syksyllä 2021", "Keväällä 2022", "kesä 2021", "Tammikuu 2022", "4/2021", "10/21",
            "12/2020", "1-10/2020", "2022-05", "Mittarit", "Tiedonkeruu", "Kevät 2021 ja syksy 2021", "Kevät 2022 (11/22)",
            "Kevät 202", "Syksy 21021", "5/+21", "Syksy 2021 tulokset", "Raportoidaan keväällä 2022", "Status",
            "Valmiusaste 60 %", "1.1 Kiireettömät vastaanottopalvelut", "Lähtötilanteen arvioinnin tulokset",
        ] {
            #expect(PeriodKey(notation: text) == nil, "“\(text)” read as a period")
        }
    }

    /// The decoder reads what the encoder writes.
    @Test func encodingRoundTrips() {
        for period in [PeriodKey.baseline, Self.spring21, Self.autumn21, Self.spring22] {
            #expect(PeriodKey(notation: period.description) == period)
            #expect(PeriodKey(notation: period.columnLabel) == period)
            #expect(PeriodKey(notation: EntryLabel.text(for: period)) == period)
        }
    }

    /// A dated entry's head before its colon, in the same forms; never the baseline, never prose.
    @Test func entryHeads() {
        #expect(EntryLabel("Kevät -22: pilotti alkoi")?.period == Self.spring22)
        #expect(EntryLabel("Kevät -22: pilotti alkoi")?.rest == "pilotti alkoi")
        #expect(EntryLabel("Tilanne 11/2021: valmis")?.period == Self.autumn21)
        #expect(EntryLabel("15.5.2022:")?.period == Self.spring22)
        #expect(EntryLabel("Våren 2022: piloten började")?.period == Self.spring22)
        #expect(EntryLabel("syksy 21:")?.period == Self.autumn21)
        #expect(EntryLabel("Lähtötilanne: kuvaus") == nil)
        #expect(EntryLabel("Syksyllä 2021 aloitettiin: pilotti") == nil)
        #expect(EntryLabel("Kevät 2022") == nil)  // no colon: no label
    }
}
