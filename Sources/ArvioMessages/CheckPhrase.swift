/// `arvio check`: findings, the places they concern and the verdict. Quotation marks follow each
/// language's habit: “…” in English, ”…” in Finnish and Swedish.
public enum CheckPhrase: String, PhraseBook {
    // Findings (ReviewCheck's rules).
    case entryUnfilled, entryMissing, periodGuessed, periodUnknown, unfilledGuidance, emptySection
    case periodColumnMissing, periodColumnEmpty, baselineEmpty, baselineEmptyNoGoal, additionsUnmarked, planTooLong, planPages, pagesNotCounted, noLibreOffice
    case datesDisagree, dateMention, yearDisagrees, notInSchedule, savedBefore
    // Where a date was written.
    case titlePage, openingParagraph, propertiesTitle, pageHeader, pageFooter
    // Places that are not a heading of the document.
    case placeHeading, placeProcessGoal, placePeriod, placeAsRead, placeDates, placeSchedule, placeProperties, placeReadinessTable, placeIndicatorTable, placeAnnex, placePlanUpdate, placeLength
    // The printed list.
    case fix, look, note, baseline, goalHeading, document, readyNothing, readyCounts, notReady

    public var texts: Texts {
        switch self {
        case .entryUnfilled:
            Texts(fi: "merkinnässä ”{label}:” ei ole vielä tekstiä",
                  sv: "anteckningen ”{label}:” har ingen text ännu",
                  en: "the “{label}:” entry has no text yet")
        case .entryMissing:
            Texts(fi: "merkintä ”{label}:” puuttuu; raportin merkinnät ovat päivättyjä, ja tämän kauden merkintä puuttuu",
                  sv: "anteckningen ”{label}:” saknas; rapportens anteckningar är daterade, och den här periodens anteckning saknas",
                  en: "no “{label}:” entry; the report dates its entries, and this period's is missing")
        case .periodGuessed:
            Texts(fi: "kausi {period} on päätelty ({evidence}); kansilehti, ylä- tai alatunniste ja tiedoston ominaisuudet eivät kerro sitä",
                  sv: "perioden {period} är härledd ({evidence}); varken titelsidan, sidhuvudet eller filens egenskaper anger den",
                  en: "the period {period} was inferred ({evidence}); no title, header or property states it")
        case .periodUnknown:
            Texts(fi: "raportointikautta ei löytynyt kansilehdeltä, ylätunnisteesta eikä tiedoston ominaisuuksista; kauden tarkistukset jäivät tekemättä",
                  sv: "ingen rapporteringsperiod hittades på titelsidan, i sidhuvudet eller i filens egenskaper; periodkontrollerna gjordes inte",
                  en: "no reporting period found on the title page, in the header or in the document properties; the period checks were skipped")
        case .unfilledGuidance:
            Texts(fi: "THL:n ohjeteksti on paikallaan, mutta sen alle ei ole kirjoitettu mitään",
                  sv: "THL:s anvisningstext finns kvar, men ingenting är skrivet under den",
                  en: "THL's guidance text is there but nothing is written under it")
        case .emptySection:
            Texts(fi: "otsikon alla ei ole mitään", sv: "rubriken har ingenting under sig", en: "the heading has nothing under it")
        case .periodColumnMissing:
            Texts(fi: "taulukossa ei ole saraketta {label}", sv: "tabellen har ingen kolumn {label}", en: "the table has no {label} column")
        case .periodColumnEmpty:
            Texts(fi: "sarake {label} on tyhjä, rivejä {count}: {rows}",
                  sv: "kolumnen {label} är tom, antal rader {count}: {rows}",
                  en: "the {label} column is empty for {count} row(s): {rows}")
        case .baselineEmpty:
            Texts(fi: "mittarin ”{indicator}” lähtötila on tyhjä (hyötytavoite ”{goal}”)",
                  sv: "utgångsläget för indikatorn ”{indicator}” är tomt (nyttomål ”{goal}”)",
                  en: "the baseline of indicator “{indicator}” is empty (benefit goal “{goal}”)")
        case .baselineEmptyNoGoal:
            Texts(fi: "mittarin ”{indicator}” lähtötila on tyhjä", sv: "utgångsläget för indikatorn ”{indicator}” är tomt",
                  en: "the baseline of indicator “{indicator}” is empty")
        case .additionsUnmarked:
            Texts(fi: "mitään tekstiä ei ole merkitty värillä; THL pyytää, että täydennykset aiempaan hankesuunnitelmaan erottuvat (esim. sinisellä tekstillä)",
                  sv: "ingen text är markerad med färg; THL ber att tilläggen till den tidigare projektplanen syns tydligt (t.ex. med blå text)",
                  en: "no text is marked in a colour; THL asks that additions to the earlier plan stand out (e.g. blue text)")
        case .planTooLong:
            Texts(fi: "{count} sivua LibreOfficen taittamana; THL sallii {limit} sivua ilman kansilehteä ja sisällysluetteloa (Wordissa määrä voi erota sivulla tai kahdella)",
                  sv: "{count} sidor med LibreOffices ombrytning; THL tillåter {limit} sidor utan pärm och innehållsförteckning (i Word kan antalet skilja sig med en sida eller två)",
                  en: "{count} pages as LibreOffice lays it out; THL allows {limit} without the cover page and table of contents (Word may differ by a page or two)")
        case .planPages:
            Texts(fi: "{count} sivua LibreOfficen taittamana (tässä sallitaan enintään {limit})",
                  sv: "{count} sidor med LibreOffices ombrytning (högst {limit} tillåts här)",
                  en: "{count} pages as LibreOffice lays it out (at most {limit} allowed here)")
        case .pagesNotCounted:
            Texts(fi: "sivuja ei laskettu: {reason}", sv: "sidorna räknades inte: {reason}", en: "pages not counted: {reason}")
        case .noLibreOffice:
            Texts(fi: "LibreOfficea ei ole asennettu (`{command}`)", sv: "LibreOffice är inte installerat (`{command}`)",
                  en: "LibreOffice is not installed (`{command}`)")
        case .datesDisagree:
            Texts(fi: "asiakirjassa mainitaan eri kausia: {mentions}", sv: "dokumentet nämner olika perioder: {mentions}",
                  en: "the document names different periods: {mentions}")
        case .dateMention: Texts(fi: "{place} ”{written}” ({period})", sv: "{place} ”{written}” ({period})", en: "{place} “{written}” ({period})")
        case .yearDisagrees:
            Texts(fi: "{place} ”{written}” mainitsee vuoden {year}, mutta raportti koskee kautta {period}",
                  sv: "{place} ”{written}” nämner år {year}, men rapporten gäller perioden {period}",
                  en: "{place} “{written}” names {year}, but the report is for {period}")
        case .notInSchedule:
            Texts(fi: "{period} ei ole raportointiaikataulun raportointipäivä", sv: "{period} är inte ett av rapporteringsschemats datum",
                  en: "{period} is not one of the schedule's reporting dates")
        case .savedBefore:
            Texts(fi: "tallennettu viimeksi {saved}, ennen raportoitavaa tilannetta ({situation}); päivitettiinkö tiedosto?",
                  sv: "senast sparad {saved}, före läget som rapporteras ({situation}); uppdaterades filen?",
                  en: "last saved {saved}, before the {situation} situation it reports on; was the file updated?")
        case .titlePage: Texts(fi: "kansilehti", sv: "titelsidan", en: "title page")
        case .openingParagraph: Texts(fi: "aloituskappale", sv: "det inledande stycket", en: "opening paragraph")
        case .propertiesTitle: Texts(fi: "tiedoston ominaisuuksien otsikko", sv: "titeln i filens egenskaper", en: "document properties title")
        case .pageHeader: Texts(fi: "ylätunniste", sv: "sidhuvudet", en: "page header")
        case .pageFooter: Texts(fi: "alatunniste", sv: "sidfoten", en: "page footer")
        case .placeHeading: Texts(fi: "”{heading}”", sv: "”{heading}”", en: "“{heading}”")
        case .placeProcessGoal: Texts(fi: "prosessitavoite {id}", sv: "processmål {id}", en: "process goal {id}")
        case .placeDates: Texts(fi: "päivämäärät", sv: "datum", en: "dates")
        case .placeSchedule: Texts(fi: "raportointiaikataulu", sv: "rapporteringsschemat", en: "reporting schedule")
        case .placeProperties: Texts(fi: "tiedoston ominaisuudet", sv: "filens egenskaper", en: "document properties")
        case .placePeriod: Texts(fi: "kausi", sv: "period", en: "period")
        case .placeAsRead: Texts(fi: "luettaessa", sv: "vid läsningen", en: "as read")
        case .placeReadinessTable: Texts(fi: "valmiusastetaulukko", sv: "tabellen över beredskapsgrad", en: "readiness table")
        case .placeIndicatorTable: Texts(fi: "mittaritaulukko", sv: "indikatortabellen", en: "indicator table")
        case .placeAnnex: Texts(fi: "liite ”{title}”", sv: "bilagan ”{title}”", en: "annex “{title}”")
        case .placePlanUpdate: Texts(fi: "hankesuunnitelman päivitys", sv: "uppdateringen av projektplanen", en: "plan update")
        case .placeLength: Texts(fi: "pituus", sv: "längd", en: "length")
        case .fix: Texts(fi: "korjaa", sv: "rätta", en: "fix")
        case .look: Texts(fi: "katso", sv: "titta", en: "look")
        case .note: Texts(fi: "huom.", sv: "obs.", en: "note")
        case .baseline: Texts(fi: "lähtötilanne", sv: "utgångsläge", en: "lähtötilanne")
        case .goalHeading: Texts(fi: "Tavoite {number} {title}", sv: "Mål {number} {title}", en: "Goal {number} {title}")
        case .document: Texts(fi: "Asiakirja", sv: "Dokumentet", en: "Document")
        case .readyNothing:
            Texts(fi: "Valmis lähetettäväksi: ei korjattavaa.", sv: "Klar att skickas: inget att rätta.", en: "Ready to upload: nothing to fix.")
        case .readyCounts:
            Texts(fi: "Valmis lähetettäväksi (korjattavaa {fix}, katsottavaa {look}).",
                  sv: "Klar att skickas ({fix} att rätta, {look} att titta på).",
                  en: "Ready to upload ({fix} to fix, {look} to look at).")
        case .notReady:
            Texts(fi: "Ei vielä valmis lähetettäväksi: korjattavaa {fix}, katsottavaa {look}{strict}.",
                  sv: "Inte klar att skickas: {fix} att rätta, {look} att titta på{strict}.",
                  en: "Not ready to upload: {fix} to fix, {look} to look at{strict}.")
        }
    }
}
