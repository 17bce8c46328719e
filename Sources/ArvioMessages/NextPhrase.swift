/// `arvio next` and `arvio init`: where the new version went, the to-do list, and the places and
/// tasks in it. Period words inside ("Huhtikuu 2022", "huhtikuun 2022") are the report's own and
/// come from Mappings/, as they go into the document.
public enum NextPhrase: String, PhraseBook {
    case wrote, nothingLeft, todo, wholeReport, goal
    // Places of to-do items that are not a heading of the document.
    case titlePage, pageHeader, pageFooter, pageHeaderOrFooter, promisedFor, processGoal, readinessTable, indicatorTable
    // To-do items.
    case checkTitlePage, stillEarlier, writeSituation, fillColumn, noColumn, valueFor, fillAnnexColumn
    // Notes: how the conventions were applied.
    case noPlace, afterGuidance, scheduleShaded, editNotApplied, columnAdded, goalReadinessTable, goalIndicatorTable, annexTable, annexNoRow
    // `arvio init`.
    case wroteFirst, reportBy, fromPlan, planGoal, toWrite, note

    public var texts: Texts {
        switch self {
        case .wrote:
            Texts(fi: "Kirjoitettu {destination}: kauden {column} versio ({entry}, raportoidaan viimeistään {deadline}).",
                  sv: "Skrev {destination}: versionen för {column} ({entry}, rapporteras senast {deadline}).",
                  en: "Wrote {destination}: the {column} version ({entry}, report by {deadline}).")
        case .nothingLeft: Texts(fi: "Kaikki täytetty.", sv: "Allt ifyllt.", en: "Nothing left to fill in.")
        case .todo: Texts(fi: "Tehtävää ({count}):", sv: "Att göra ({count}):", en: "To do ({count}):")
        case .wholeReport: Texts(fi: "Koko raportti", sv: "Hela rapporten", en: "Whole report")
        case .goal: Texts(fi: "Tavoite {number} {title}", sv: "Mål {number} {title}", en: "Goal {number} {title}")
        case .titlePage: Texts(fi: "kansilehti", sv: "titelsidan", en: "title page")
        case .pageHeader: Texts(fi: "ylätunniste", sv: "sidhuvudet", en: "page header")
        case .pageFooter: Texts(fi: "alatunniste", sv: "sidfoten", en: "page footer")
        case .pageHeaderOrFooter: Texts(fi: "ylä- tai alatunniste", sv: "sidhuvudet eller sidfoten", en: "page header or footer")
        case .promisedFor: Texts(fi: "luvattu: {entry}", sv: "utlovat för {entry}", en: "promised for {entry}")
        case .processGoal: Texts(fi: "prosessitavoite {id}", sv: "processmål {id}", en: "process goal {id}")
        case .readinessTable: Texts(fi: "valmiusastetaulukko", sv: "tabellen över beredskapsgrad", en: "readiness table")
        case .indicatorTable: Texts(fi: "mittaritaulukko", sv: "indikatortabellen", en: "indicator table")
        case .checkTitlePage:
            Texts(fi: "tarkista kansilehden päivämäärä ja kausi (Arvio ei löytänyt muutettavaa)",
                  sv: "kontrollera datum och period på titelsidan (Arvio hittade inget att ändra)",
                  en: "check the date and period on the title page (Arvio found none to change)")
        case .stillEarlier:
            Texts(fi: "näyttää yhä edellisen kauden: ”{text}”; muuta se Wordissa",
                  sv: "visar fortfarande den tidigare perioden: ”{text}”; ändra det i Word",
                  en: "still shows the earlier period: “{text}”; change it in Word")
        case .writeSituation:
            Texts(fi: "kirjoita {situation} tilanne ({entry})", sv: "skriv läget ({entry})", en: "write the {situation} situation ({entry})")
        case .fillColumn: Texts(fi: "täytä uusi sarake {column}", sv: "fyll i den nya kolumnen {column}", en: "fill the new {column} column")
        case .noColumn:
            Texts(fi: "taulukossa ei ole saraketta {column}; lisää se Wordissa", sv: "tabellen har ingen kolumn {column}; lägg till den i Word",
                  en: "the table has no {column} column; add one in Word")
        case .valueFor: Texts(fi: "{column}: ”{key}”", sv: "{column} för ”{key}”", en: "{column} for “{key}”")
        case .fillAnnexColumn:
            Texts(fi: "täytä uusi sarake {column} (rivejä {count})", sv: "fyll i den nya kolumnen {column} ({count} rader)",
                  en: "fill the new {column} column ({count} rows)")
        case .noPlace:
            Texts(fi: "Tavoite {goal}, {section}: paikkaa ei löytynyt asiakirjasta; merkintää ei lisätty.",
                  sv: "Mål {goal}, {section}: platsen hittades inte i dokumentet; ingen anteckning lades till.",
                  en: "Goal {goal}, {section}: could not find its place in the document; no entry added.")
        case .afterGuidance:
            Texts(fi: "Osioita, joissa oli vain THL:n ohjeteksti: {count}; uusi merkintä lisättiin ohjetekstin jälkeen (ohjeteksti jää; poista se Wordissa, kun osio on kirjoitettu).",
                  sv: "Avsnitt med bara THL:s anvisningstext: {count}; den nya anteckningen lades efter den (anvisningen står kvar; ta bort den i Word när avsnittet är skrivet).",
                  en: "{count} section(s) had only THL's guidance text: the new entry was put after it (the guidance stays; delete it in Word when the section is written).")
        case .scheduleShaded:
            Texts(fi: "Raportointiaikataulun rivi {deadline} on sävytetty vaaleankeltaiseksi.", sv: "Rapporteringsschemats rad {deadline} är skuggad ljusgul.",
                  en: "The reporting schedule's row {deadline} is shaded light yellow.")
        case .editNotApplied:
            Texts(fi: "{edit} — ei tehty: Arvio ei voinut sijoittaa muutosta varmasti oikein; tee se Wordissa.",
                  sv: "{edit} — inte gjort: Arvio kunde inte placera ändringen säkert; gör den i Word.",
                  en: "{edit} — not applied: Arvio could not place it safely; make this change in Word.")
        case .columnAdded:
            Texts(fi: "Lisättiin sarake {label} {place} viimeisen kausisarakkeen jälkeen.",
                  sv: "Kolumnen {label} lades till efter den sista periodkolumnen i {place}.",
                  en: "Added a {label} column after the last period column of {place}.")
        case .goalReadinessTable: Texts(fi: "tavoitteen {goal} valmiusastetaulukon", sv: "tabellen över beredskapsgrad för mål {goal}", en: "goal {goal}'s readiness table")
        case .goalIndicatorTable: Texts(fi: "tavoitteen {goal} mittaritaulukon", sv: "indikatortabellen för mål {goal}", en: "goal {goal}'s indicators table")
        case .annexTable: Texts(fi: "taulukon ”{title}”", sv: "tabellen ”{title}”", en: "the table of “{title}”")
        case .annexNoRow:
            Texts(fi: "”{annex}”: riviä ”{key}” ei löytynyt arvolle ”{value}”; kirjoita arvo Wordissa.",
                  sv: "”{annex}”: ingen rad ”{key}” för värdet ”{value}”; skriv in det i Word.",
                  en: "“{annex}”: no row “{key}” for the value “{value}”; write it in Word.")
        case .wroteFirst:
            Texts(fi: "Kirjoitettu {destination}: ensimmäinen oma-arviointi, {period}, THL:n pohja {template}.",
                  sv: "Skrev {destination}: den första självvärderingen, {period}, THL:s mall {template}.",
                  en: "Wrote {destination}: the first oma-arviointi, {period}, THL template {template}.")
        case .reportBy: Texts(fi: "{column} (raportoidaan viimeistään {deadline})", sv: "{column} (rapporteras senast {deadline})",
                              en: "{column} (report by {deadline})")
        case .fromPlan: Texts(fi: "Hankesuunnitelmasta:", sv: "Från projektplanen:", en: "From the plan:")
        case .planGoal:
            Texts(fi: "{number} {title}: kappaleita {paragraphs}, osatavoitteita {rows}, mittareita {metrics}",
                  sv: "{number} {title}: {paragraphs} stycken, {rows} delmål, {metrics} indikatorer",
                  en: "{number} {title}: {paragraphs} paragraphs, {rows} osatavoitteet, {metrics} mittarit")
        case .toWrite: Texts(fi: "Kirjoitettavaa ({count}):", sv: "Att skriva ({count}):", en: "To write ({count}):")
        case .note: Texts(fi: "huom.", sv: "obs.", en: "note")
        }
    }
}
