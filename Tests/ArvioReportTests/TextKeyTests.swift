import Testing
@testable import ArvioReport

/// The match rule of DOMAIN.md §2, on the spellings the seeds carry (line references there).
@Suite struct TextKeyTests {
    @Test func spacesCaseAndResidueDoNotMatter() {
        #expect(TextKey.normalise(" Saatavuus,\u{00A0}oikea-aikaisuus, jatkuvuus  ") == "saatavuus, oikea-aikaisuus, jatkuvuus")  // 004:25
        #expect(TextKey.normalise("Kustannusten\u{202F}nousun\t\thillintä") == "kustannusten nousun hillintä")
        #expect(TextKey.normalise("- 1. Laatu ja vaikuttavuus**") == "1. laatu ja vaikuttavuus")  // 002:9–13
        #expect(TextKey.normalise("väli\u{2013}viiva ja tavu\u{00AD}viiva") == "väli-viiva ja tavuviiva")
        #expect(TextKey.normalise("La\u{0308}hto\u{0308}tilanne") == "lähtötilanne")  // decomposed: the same key by canonical equivalence
        #expect(TextKey.normalise("HYÖTYTAVOITE") == "hyötytavoite")
        #expect(TextKey.normalise("") == "")
    }

    @Test func headingsLoseTheirNumbersAndJoinCompounds() {
        #expect(TextKey.heading("TAVOITE 1: Saatavuus, oikea-aikaisuus ja jatkuvuus") == "saatavuus, oikeaaikaisuus ja jatkuvuus")  // hyphens between letters join
        #expect(TextKey.heading("TAVOITE 4. Monialaisuus ja yhteen toimivuus") == "monialaisuus ja yhteentoimivuus")
        #expect(TextKey.heading("2 Ennaltaehkäisy ja ennakointi ") == "ennaltaehkäisy ja ennakointi")  // 003:524
        #expect(TextKey.heading("Palveluiden monialaisuuden ja yhteen-toimivuuden parantaminen")
            == "palveluiden monialaisuuden ja yhteentoimivuuden parantaminen")  // 004:178
        #expect(TextKey.heading("1.2. Prosessi:") == "prosessi")
        #expect(TextKey.heading("Kansal-linen hyöty-tavoite") == "kansallinen hyötytavoite")
        #expect(TextKey.heading("1-5") == "1-5")  // a hyphen between digits stays
        #expect(TextKey.heading("Yh-teen toimivuus ja oma--arviointi") == "yhteentoimivuus ja oma--arviointi")  // both joins in one key; "--" stays
    }

    @Test func leadingNumbersAreReadWithTheirDots() {
        #expect(TextKey.leadingNumber("1.2 prosessi") == "1.2")
        #expect(TextKey.leadingNumber("4.1. tavoite") == "4.1.")
        #expect(TextKey.leadingNumber("12a") == nil)
        #expect(TextKey.leadingNumber("prosessi") == nil)
    }

    @Test func typosWithinTheAllowanceStillMatch() {
        #expect(TextKey.distance("hyötytavoite", "hyötyavoite", limit: 3) == 1)
        #expect(TextKey.distance("hankkeen", "hankeen", limit: 3) == 1)
        #expect(TextKey.distance("", "abc", limit: 3) == 3)
        #expect(TextKey.distance("kansallinen", "kuvaus", limit: 2) == 3)  // gave up past the limit
        #expect(TextKey.matches("kansallinen hyötyavoite 1-5", "kansallinen hyötytavoite 1-5"))
        #expect(!TextKey.matches("mittari", "mittarit"))  // short keys must be exact
    }

    @Test func periodLabelsStillParseAndLongTextsAreNoLabels() {
        #expect(PeriodKey(notation: " 5/21 ") != nil)
        #expect(PeriodKey(notation: "11/2021") != nil)
        #expect(PeriodKey(notation: "2022-04") != nil)
        #expect(PeriodKey(notation: "LÄHTÖTILANNE")?.isBaseline == true)
        #expect(PeriodKey(notation: "La\u{308}hto\u{308}tilanne")?.isBaseline == true)
        #expect(PeriodKey(notation: "1.1 Kiireettömät vastaanottopalvelut ovat saatavilla yhdenvertaisesti") == nil)
    }
}
