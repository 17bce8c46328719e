/// The detail of a warning: what Arvio found, named by the document's own headings. In Finnish
/// and Swedish it follows the catalogue's meaning of the code (`CoordinatorLine.warning`).
public enum WarningPhrase: String, PhraseBook {
    case noTemplate, noPeriod, missingGoalOne, missingGoalMany, missingSection, processGoalNoNarrative, narrativeNoRow
    case guessedPeriod, unmappedOne, unmappedMany, notRead
    case planNothingForGoal, planNoSection, planNoPhases, planNoBenefitText, planNoResultRows
    case markdownUnknownMapping, markdownNoTemplate

    public var texts: Texts {
        switch self {
        case .noTemplate:
            Texts(fi: "Asiakirjasta ei löytynyt minkään tunnetun raporttipohjan sanamuotoja; se luettiin vain THL:n yhteisillä säännöillä. Valitse pohja valitsimella --mapping.",
                  sv: "Inga formuleringar från en känd rapportmall hittades; dokumentet lästes bara med THL:s gemensamma regler. Välj mall med --mapping.",
                  en: "No known template wording found; read with the shared THL mapping only. Use --mapping to choose one.")
        case .noPeriod:
            Texts(fi: "Raportointikautta ei löytynyt otsikosta, ylätunnisteesta eikä taulukoista. Kirjoita se kansilehdelle (esim. ”raportointi 15.5.2022”).",
                  sv: "Rapporteringsperioden hittades inte i rubriken, sidhuvudet eller tabellerna. Skriv den på titelsidan (t.ex. ”raportointi 15.5.2022”).",
                  en: "The reporting period could not be found in the title, header or tables. Write it on the title page (e.g. “raportointi 15.5.2022”).")
        case .missingGoalOne:
            Texts(fi: "Kansallista tavoitetta {numbers} ei löytynyt: mikään otsikko ei mainitse sitä ({titles}).",
                  sv: "Det nationella målet {numbers} hittades inte: ingen rubrik nämner det ({titles}).",
                  en: "National goal(s) {numbers} not found: no heading names it ({titles}).")
        case .missingGoalMany:
            Texts(fi: "Kansallisia tavoitteita {numbers} ei löytynyt: mikään otsikko ei mainitse niitä ({titles}).",
                  sv: "De nationella målen {numbers} hittades inte: ingen rubrik nämner dem ({titles}).",
                  en: "National goal(s) {numbers} not found: no heading names them ({titles}).")
        case .missingSection:
            Texts(fi: "Tavoitteelta {number} (”{goal}”) puuttuu osio ”{heading}”, joka pohjassa on jokaisen tavoitteen alla. Lisää osio tai tarkista, että sen otsikko on kirjoitettu kuten pohjassa.",
                  sv: "Mål {number} (”{goal}”) saknar avsnittet ”{heading}”, som mallen har under varje mål. Lägg till det, eller kontrollera att rubriken är skriven som i mallen.",
                  en: "Goal {number} (“{goal}”) has no “{heading}” section, which the template has under every goal. Add it, or check that its heading is written as the template has it.")
        case .processGoalNoNarrative:
            Texts(fi: "Tavoite {number}: prosessitavoite {ids} ”{title}” on valmiusastetaulukossa, mutta Arvio ei löytänyt sille kuvausta: mikään tavoitteen {number} otsikko tai kappale ei ala ”{first}”. Aloita kuvaus otsikolla ”{first} {title}”, kuten taulukon rivillä.",
                  sv: "Mål {number}: processmålet {ids} ”{title}” finns i tabellen över beredskapsgrad, men Arvio hittade ingen beskrivning av det: ingen rubrik eller stycke under mål {number} börjar med ”{first}”. Inled beskrivningen med rubriken ”{first} {title}”, som på tabellraden.",
                  en: "Goal {number}: process goal {ids} “{title}” is in the readiness table, but Arvio found no narrative for it: no heading or paragraph under goal {number} starts with “{first}”. Start its narrative with a heading “{first} {title}”, as the table row has it.")
        case .narrativeNoRow:
            Texts(fi: "Tavoite {number}: kuvauksella ”{heading}” ei ole riviä valmiusastetaulukossa. Lisää taulukkoon rivi prosessitavoitteelle {id} tai tarkista otsikon numero.",
                  sv: "Mål {number}: beskrivningen ”{heading}” har ingen rad i tabellen över beredskapsgrad. Lägg till en rad för {id} i tabellen, eller kontrollera numret i rubriken.",
                  en: "Goal {number}: the narrative “{heading}” has no row in the readiness table. Add a row for {id} to the table, or check the number in the heading.")
        case .guessedPeriod:
            Texts(fi: "Raportointikausi {period} on päätelty ({evidence}); sitä ei ole kansilehdellä, ylätunnisteessa eikä kohdassa Tiedosto > Tiedot. Tarkista se; jos se on väärä, anna komennolle `arvio next` oikea kausi valitsimella --period.",
                  sv: "Rapporteringsperioden {period} är härledd ({evidence}); den står inte på titelsidan, i sidhuvudet eller under Arkiv > Info. Kontrollera den; är den fel, ge `arvio next` rätt period med --period.",
                  en: "the reporting period {period} was guessed from the {evidence}, not stated on the title page, in the header or in File > Info. Check it; `arvio next` needs --period when it is wrong.")
        case .unmappedOne:
            Texts(fi: "{count} tekstikohta ({characters} merkkiä) ei osunut mihinkään pohjan osioon, ja se on tallessa kohdassa ”unmapped”: ”{sample}”.",
                  sv: "{count} textstycke ({characters} tecken) passade inte in i något av mallens avsnitt och finns kvar under ”unmapped”: ”{sample}”.",
                  en: "{count} piece of text ({characters} characters) matched no section of the template and is kept under 'unmapped'; the first: “{sample}”.")
        case .unmappedMany:
            Texts(fi: "{count} tekstikohtaa ({characters} merkkiä) ei osunut mihinkään pohjan osioon, ja ne ovat tallessa kohdassa ”unmapped”; ensimmäinen: ”{sample}”.",
                  sv: "{count} textstycken ({characters} tecken) passade inte in i något av mallens avsnitt och finns kvar under ”unmapped”; det första: ”{sample}”.",
                  en: "{count} pieces of text ({characters} characters) matched no section of the template and are kept under 'unmapped'; the first: “{sample}”.")
        case .notRead:
            Texts(fi: "{what}. Avaa asiakirja Wordissa ja tallenna se uudelleen, niin sisältö tulee osaksi asiakirjaa.",
                  sv: "{what}. Öppna dokumentet i Word och spara det igen, så att innehållet blir en del av det.",
                  en: "{what}. Open the document in Word and save it again, so the content becomes part of it.")
        case .planNothingForGoal:
            Texts(fi: "Hankesuunnitelmassa ei ole mitään kansalliselle tavoitteelle {number} (”{title}”): sen osioissa on vain THL:n ohjeteksti.",
                  sv: "Projektplanen har ingenting för det nationella målet {number} (”{title}”): dess avsnitt har bara THL:s anvisningstext.",
                  en: "The plan has nothing for national goal {number} (“{title}”): its sections have THL's guidance text only.")
        case .planNoSection:
            Texts(fi: "Hankesuunnitelmasta puuttuu osio ”{name}”.", sv: "Projektplanen saknar avsnittet ”{name}”.", en: "The plan has no “{name}” section.")
        case .planNoPhases:
            Texts(fi: "Otsikon ”Prosessitavoitteet” alta ei löytynyt numeroituja vaiheita (”1) … 2) …”).",
                  sv: "Inga numrerade faser (”1) … 2) …”) hittades under ”Prosessitavoitteet”.",
                  en: "No numbered phases (“1) … 2) …”) found under “Prosessitavoitteet”.")
        case .planNoBenefitText:
            Texts(fi: "Otsikon ”{title}” alla ei ole hyötytavoitteen tekstiä (kansallinen tavoite {number}).",
                  sv: "Ingen text om nyttomålet under ”{title}” (nationellt mål {number}).",
                  en: "No benefit-goal text under “{title}” (national goal {number}).")
        case .planNoResultRows:
            Texts(fi: "Tulostaulukossa ei ole rivejä kohdalle TAVOITE {number}.", sv: "Resultattabellen har inga rader för TAVOITE {number}.",
                  en: "The results table has no rows for TAVOITE {number}.")
        case .markdownUnknownMapping:
            Texts(fi: "Markdown-tiedosto nimeää pohjan ’{name}’, jota Arvio ei tunne; pohja tunnistettiin tekstistä.",
                  sv: "Markdown-filen anger mallen ’{name}’, som Arvio inte känner till; mallen kändes igen från texten.",
                  en: "The Markdown names the mapping '{name}', which is not known; the mapping was detected from the text.")
        case .markdownNoTemplate:
            Texts(fi: "Markdown-tiedostosta ei löytynyt tunnetun pohjan sanamuotoja; se luettiin THL:n yhteisillä säännöillä.",
                  sv: "Inga formuleringar från en känd mall hittades i Markdown-filen; den lästes med THL:s gemensamma regler.",
                  en: "No known template wording found in the Markdown; read with the shared THL mapping.")
        }
    }
}
