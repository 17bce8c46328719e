/// The detail of a warning: what Arvio found, named by the document's own headings. In Finnish
/// and Swedish it follows the catalogue's meaning of the code (`CoordinatorLine.warning`).
public enum WarningPhrase: String, PhraseBook {
    case noTemplate, noPeriod, missingGoalOne, missingGoalMany, missingSection, processGoalNoNarrative, narrativeNoRow
    case guessedPeriod, unmappedOne, unmappedMany, notRead
    case planNothingForGoal, planNoSection, planNoPhases, planNoBenefitText, planNoResultRows
    case markdownUnknownMapping, markdownNoTemplate
    // Places in a table warning, named by the document's own words.
    case placeUnder, placeDocumentStart, placeInGoal, placeCaption, row, rowWords, quoted
    case resultsColour, resultsGoals, resultsNoOutcomeGoal, resultsOutcomeWithoutProcessGoal, resultColumn, progressColumn
    // Tables read only in part (ARVIO-W-TABLE): the table's name, then what was wrong with it or a row.
    case readinessTable, indicatorTable, problemTable, resultsTable, riskTable, annexTable
    case tableOutsideGoal, noCellUnder, rowEmpty, rowBeforeHeader
    case readinessNoPeriods, readinessAcross, readinessNoNumber, indicatorNoPeriods, indicatorNoMetric
    // A header cell that looks like a period but reads as none (ARVIO-W-PERIOD-UNREAD).
    case periodLabelUnread
    case problemRowBeforeArea, problemRowsBeforeArea, planGroupNoGoal, planRowNoGoal, planRowsNoGoal
    case riskNotScore, riskLikelihood, riskSeverity, annexNotUnderLiite, annexOutsideColumns, annexSecondTable
    // Lines set like headings that are none (ARVIO-W-HEADING-UNSURE).
    case unsureHeadingOne, unsureHeadingMany, unsureHeadingUnder, unsureHeadingMore
    // What WordprocessingML could not read, in a reader's words (ARVIO-W-NOT-READ, ARVIO-W-UNSUPPORTED).
    case importedContent, importedContentAfter, formatHTML, formatWebArchive, formatRTF, formatWord, formatText, formatOther, formatUnknown
    case themeNotRead, unknownElement

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
        case .placeUnder: Texts(fi: "otsikon ”{heading}” alla", sv: "under ”{heading}”", en: "under “{heading}”")
        case .placeDocumentStart: Texts(fi: "asiakirjan alussa", sv: "i början av dokumentet", en: "at the start of the document")
        case .placeInGoal: Texts(fi: "{place} (tavoite {goal})", sv: "{place} (mål {goal})", en: "{place} (goal {goal})")
        case .placeCaption: Texts(fi: "”{caption}”", sv: "”{caption}”", en: "“{caption}”")
        case .row: Texts(fi: "rivi {number}", sv: "rad {number}", en: "row {number}")
        case .rowWords: Texts(fi: "rivi {number} (”{words}”)", sv: "rad {number} (”{words}”)", en: "row {number} (“{words}”)")
        case .quoted: Texts(fi: "”{text}”", sv: "”{text}”", en: "“{text}”")
        case .resultsColour:
            Texts(fi: "Tulostaulukko {place}, {row}: sarakkeen {column} väri {fill} ei ole punainen, keltainen eikä vihreä; tallessa on vain väri.",
                  sv: "Resultattabellen {place}, {row}: färgen {fill} i kolumnen {column} är inte röd, gul eller grön; bara färgen sparas.",
                  en: "The results table {place}: {row}: the colour {fill} in the {column} column is not red, yellow or green; kept as the colour only.")
        case .resultsGoals:
            Texts(fi: "Tulostaulukko {place}, {row}: kansalliset tavoitteet {goals} eivät ole numeroita 1–5; ne ovat tallessa vain alkuperäisenä tekstinä.",
                  sv: "Resultattabellen {place}, {row}: de nationella målen {goals} är inte siffror 1–5; de sparas bara som ursprunglig text.",
                  en: "The results table {place}: {row}: national goal(s) {goals} are not numbers 1–5; kept in the raw text only.")
        case .resultsNoOutcomeGoal:
            Texts(fi: "Tulostaulukko {place}, {row}: rivin ensimmäinen solu kattaa sekä tulostavoitteen että prosessitavoitteen sarakkeen, eikä sen yläpuolella ole tulostavoitetta; rivi luettiin prosessitavoitteeksi ilman tulostavoitetta. Kirjoita tulostavoite omaan soluunsa.",
                  sv: "Resultattabellen {place}, {row}: radens första cell täcker både kolumnen för resultatmål och för processmål, och det finns inget resultatmål ovanför; raden lästes som ett processmål utan resultatmål. Skriv resultatmålet i en egen cell.",
                  en: "The results table {place}: {row}: the row's first cell spans the outcome-goal and process-goal columns and there is no outcome goal above it; read as a process goal without an outcome goal. Write the outcome goal in a cell of its own.")
        case .resultsOutcomeWithoutProcessGoal:
            Texts(fi: "Tulostaulukko {place}, {row}: rivillä on tulostavoite mutta ei prosessitavoitetta, ja sen yläpuolella on tulostavoitteen {above} rivejä. Se luettiin uudeksi tulostavoitteeksi, ja sen alla olevat tyhjät tulostavoitesolut sen jatkoksi. Jos ensimmäinen solu on prosessitavoite, jonka yhdistetty solu kattoi molemmat sarakkeet (yhdistys voi kadota tiedostoa muunnettaessa), se kuuluu tulostavoitteeseen {above}: yhdistä solut uudelleen.",
                  sv: "Resultattabellen {place}, {row}: raden har ett resultatmål men inget processmål, och ovanför den står rader för resultatmålet {above}. Den lästes som ett nytt resultatmål, och de tomma resultatmålscellerna under den som dess fortsättning. Om den första cellen är ett processmål vars sammanfogade cell täckte båda kolumnerna (sammanfogningen kan gå förlorad vid konvertering), hör den till resultatmålet {above}: sammanfoga cellerna igen.",
                  en: "The results table {place}: {row} has an outcome goal but no process goal, below the rows of the outcome goal {above}. Read as a new outcome goal, and the empty outcome-goal cells below it as its continuation. If its first cell is a process goal whose merged cell spanned both columns (a merge can be lost when a file is converted), it belongs to {above}: merge the cells again.")
        case .resultColumn: Texts(fi: "”tulos”", sv: "”resultat”", en: "result")
        case .progressColumn: Texts(fi: "”eteneminen”", sv: "”framsteg”", en: "progress")
        case .readinessTable: Texts(fi: "Valmiusastetaulukko", sv: "Tabellen över beredskapsgrad", en: "The readiness table")
        case .indicatorTable: Texts(fi: "Mittaritaulukko", sv: "Indikatortabellen", en: "The indicator table")
        case .problemTable: Texts(fi: "Ongelma → tavoite -taulukko", sv: "Tabellen problem → mål", en: "The problem → objective table")
        case .resultsTable: Texts(fi: "Tulostaulukko", sv: "Resultattabellen", en: "The results table")
        case .riskTable: Texts(fi: "Riskitaulukko", sv: "Risktabellen", en: "The risk table")
        case .annexTable: Texts(fi: "Liitetaulukko", sv: "Bilagetabellen", en: "The annex table")
        case .tableOutsideGoal:
            Texts(fi: "{table} {place} on kansallisten tavoitteiden ulkopuolella; sen rivit ovat tallessa vain tekstinä.",
                  sv: "{table} {place} står utanför de nationella målen; dess rader sparas bara som text.",
                  en: "{table} {place} is outside a national goal; its rows are kept as text only.")
        case .noCellUnder:
            Texts(fi: "{table} {place}, {row}: sarakkeessa ”{column}” ei ole solua; rivi on tallessa vain tekstinä.",
                  sv: "{table} {place}, {row}: ingen cell under ”{column}”; raden sparas bara som text.",
                  en: "{table} {place}: {row} has no cell under “{column}”; kept as text only.")
        case .rowEmpty:
            Texts(fi: "{table} {place}, {row} on tyhjä; se ohitettiin.",
                  sv: "{table} {place}, {row} är tom; den hoppades över.",
                  en: "{table} {place}: {row} is empty; skipped.")
        case .rowBeforeHeader:
            Texts(fi: "{table} {place}, {row} on ennen otsikkoriviä; se on tallessa vain tekstinä.",
                  sv: "{table} {place}, {row} står före rubrikraden; den sparas bara som text.",
                  en: "{table} {place}: {row} comes before the header row; kept as text only.")
        case .readinessNoPeriods:
            Texts(fi: "Valmiusastetaulukko {place}: otsikkoriveillä ei ole kausien merkintöjä (”5/21”, ”11/21” …), joten sen arvoja ei lueta.",
                  sv: "Tabellen över beredskapsgrad {place}: rubrikraderna har inga periodbeteckningar (”5/21”, ”11/21” …), så dess värden läses inte.",
                  en: "The readiness table {place} has no period labels (\"5/21\", \"11/21\" …) in its header rows; its values are not read.")
        case .readinessAcross:
            Texts(fi: "Valmiusastetaulukko {place}, {row} on yksi koko taulukon levyinen solu eikä prosessitavoite; se on tallessa vain tekstinä.",
                  sv: "Tabellen över beredskapsgrad {place}, {row} är en enda cell över hela tabellen, inte ett processmål; den sparas bara som text.",
                  en: "The readiness table {place}: {row} is one cell across the table, not a process goal; kept as text only.")
        case .readinessNoNumber:
            Texts(fi: "Valmiusastetaulukko {place}, {row}: prosessitavoitteella ei ole numeroa (”1.1 …”), joten Arvio ei löydä sen kuvausta. Numeroi se samoin kuin sen otsikko tekstissä.",
                  sv: "Tabellen över beredskapsgrad {place}, {row}: processmålet har inget nummer (”1.1 …”), så Arvio hittar inte dess beskrivning. Numrera det som dess rubrik i texten.",
                  en: "The readiness table {place}: {row} has no process-goal number (\"1.1 …\"), so Arvio cannot find its narrative. Number it as its heading in the text.")
        case .indicatorNoPeriods:
            Texts(fi: "Mittaritaulukko {place}: otsikkoriveillä ei ole kausien merkintöjä (”5/21”, ”11/21” …), joten vain lähtötilanteet luetaan.",
                  sv: "Indikatortabellen {place}: rubrikraderna har inga periodbeteckningar (”5/21”, ”11/21” …), så bara utgångslägena läses.",
                  en: "The indicator table {place} has no period labels (\"5/21\", \"11/21\" …) in its header rows; only baselines are read.")
        case .periodLabelUnread:
            Texts(fi: "{table} {place}: otsikkosolua ”{cell}” ei tunnistettu kaudeksi, joten sen sarakkeen arvoja ei luettu raporttiin. Kirjoita kausi esimerkiksi ”5/22”, ”11/22”, ”Kevät 2022” tai ”Syksy 2022”.",
                  sv: "{table} {place}: rubrikcellen ”{cell}” kändes inte igen som en period, så kolumnens värden lästes inte in i rapporten. Skriv perioden till exempel ”5/22”, ”11/22”, ”Våren 2022” eller ”Hösten 2022”.",
                  en: "{table} {place}: the header cell “{cell}” looks like a period but was not read as one, so its column's values are not in the report. Write the period as e.g. “5/22”, “11/22”, “Kevät 2022” or “Syksy 2022”.")
        case .indicatorNoMetric:
            Texts(fi: "Mittaritaulukko {place}, {row}: rivillä ei ole omaa mittarisolua (koko taulukon levyinen rivi?); se on tallessa vain tekstinä.",
                  sv: "Indikatortabellen {place}, {row}: raden har ingen egen indikatorcell (en rad över hela tabellen?); den sparas bara som text.",
                  en: "The indicator table {place}: {row} has no metric cell of its own (a row across the table?); kept as text only.")
        case .problemRowBeforeArea:
            Texts(fi: "Ongelma → tavoite -taulukko {place}, {row} on ennen ensimmäistä kehittämiskokonaisuuden riviä (esim. ”Asiakasohjaus ja neuvonta”); se luettiin ilman kehittämiskokonaisuutta.",
                  sv: "Tabellen problem → mål {place}, {row} står före den första raden för en utvecklingshelhet (t.ex. ”Asiakasohjaus ja neuvonta”); den lästes utan utvecklingshelhet.",
                  en: "The problem → objective table {place}: {row} comes before any development-area row (e.g. “Asiakasohjaus ja neuvonta”); read with no area.")
        case .problemRowsBeforeArea:
            Texts(fi: "Ongelma → tavoite -taulukko {place}: {count} riviä, ensimmäisenä {row}, on ennen ensimmäistä kehittämiskokonaisuuden riviä (esim. ”Asiakasohjaus ja neuvonta”); ne luettiin ilman kehittämiskokonaisuutta.",
                  sv: "Tabellen problem → mål {place}: {count} rader, från {row}, står före den första raden för en utvecklingshelhet (t.ex. ”Asiakasohjaus ja neuvonta”); de lästes utan utvecklingshelhet.",
                  en: "The problem → objective table {place}: {count} rows from {row} on come before any development-area row (e.g. “Asiakasohjaus ja neuvonta”); read with no area.")
        case .planGroupNoGoal:
            Texts(fi: "Tulostaulukko {place}, {row} on ryhmän otsikkorivi, mutta se ei nimeä kansallista tavoitetta (TAVOITE 1–5); ryhmän rivit ovat tallessa vain tekstinä.",
                  sv: "Resultattabellen {place}, {row} är rubrik för en grupp men anger inget nationellt mål (TAVOITE 1–5); gruppens rader sparas bara som text.",
                  en: "The results table {place}: {row} groups the rows below but names no national goal (TAVOITE 1–5); those rows are kept as text only.")
        case .planRowNoGoal:
            Texts(fi: "Tulostaulukko {place}, {row} ei ole minkään ”TAVOITE n” -rivin alla; se on tallessa vain tekstinä.",
                  sv: "Resultattabellen {place}, {row} står inte under någon ”TAVOITE n”-rad; den sparas bara som text.",
                  en: "The results table {place}: {row} is not under a “TAVOITE n” row; kept as text only.")
        case .planRowsNoGoal:
            Texts(fi: "Tulostaulukko {place}: {count} riviä, ensimmäisenä {row}, ei ole minkään ”TAVOITE n” -rivin alla; ne ovat tallessa vain tekstinä.",
                  sv: "Resultattabellen {place}: {count} rader, från {row}, står inte under någon ”TAVOITE n”-rad; de sparas bara som text.",
                  en: "The results table {place}: {count} rows from {row} on are not under a “TAVOITE n” row; kept as text only.")
        case .riskNotScore:
            Texts(fi: "Riskitaulukko {place}, {row}: {name} ”{raw}” ei ole luku 1–5; se on tallessa sellaisenaan.",
                  sv: "Risktabellen {place}, {row}: {name} ”{raw}” är inte ett tal 1–5; det sparas som det är skrivet.",
                  en: "The risk table {place}: {row}: {name} “{raw}” is not a number 1–5; kept as written.")
        case .riskLikelihood: Texts(fi: "todennäköisyyden arvo", sv: "sannolikhetsvärdet", en: "todennäköisyys")
        case .riskSeverity: Texts(fi: "vakavuuden arvo", sv: "allvarlighetsvärdet", en: "vakavuus")
        case .annexNotUnderLiite:
            Texts(fi: "Liitetaulukko {place} ei ole ”Liite”-otsikon alla; sen rivit ovat tallessa vain tekstinä.",
                  sv: "Bilagetabellen {place} står inte under en ”Liite”-rubrik; dess rader sparas bara som text.",
                  en: "The annex table {place} is not under a “Liite” heading; its rows are kept as text only.")
        case .annexOutsideColumns:
            Texts(fi: "Liitetaulukko {place}, {row}: rivillä on tekstiä otsikkorivin sarakkeiden ulkopuolella; se teksti on tallessa vain taulukossa.",
                  sv: "Bilagetabellen {place}, {row}: raden har text utanför rubrikradens kolumner; den texten sparas bara i tabellen.",
                  en: "The annex table {place}: {row} has text outside the header's columns; that text is kept in the table only.")
        case .annexSecondTable:
            Texts(fi: "Liitteessä ”{title}” on toinen taulukko, jossa on eri sarakkeet; sen rivit ovat tallessa vain tekstinä.",
                  sv: "Bilagan ”{title}” har en andra tabell med andra kolumner; dess rader sparas bara som text.",
                  en: "Annex “{title}” has a second table with other columns; its rows are kept as text only.")
        case .unsureHeadingOne:
            Texts(fi: "Yksi rivi on muotoiltu kuin otsikko (lihavoitu tai isompi, numeroitu), mutta se ei ole mikään pohjan otsikoista, joten Arvio luki sen tekstinä: {lines}. Jos se on otsikko, anna sille otsikkotyyli (Otsikko 1, 2, …) tai pohjan sanamuoto.",
                  sv: "En rad är formaterad som en rubrik (fet eller större, numrerad) men är ingen av mallens rubriker, så Arvio läste den som text: {lines}. Om den är en rubrik, ge den ett rubrikformat (Rubrik 1, 2, …) eller mallens formulering.",
                  en: "1 line is set like a heading (bold or larger, numbered) but is no heading of the template, so Arvio read it as text: {lines}. If one is a heading, give it a heading style (Otsikko 1, 2, …) or the template's wording.")
        case .unsureHeadingMany:
            Texts(fi: "{count} riviä on muotoiltu kuin otsikot (lihavoitu tai isompi, numeroitu), mutta ne eivät ole pohjan otsikoita, joten Arvio luki ne tekstinä: {lines}. Jos jokin niistä on otsikko, anna sille otsikkotyyli (Otsikko 1, 2, …) tai pohjan sanamuoto.",
                  sv: "{count} rader är formaterade som rubriker (feta eller större, numrerade) men är inga av mallens rubriker, så Arvio läste dem som text: {lines}. Om någon av dem är en rubrik, ge den ett rubrikformat (Rubrik 1, 2, …) eller mallens formulering.",
                  en: "{count} lines are set like a heading (bold or larger, numbered) but are no heading of the template, so Arvio read them as text: {lines}. If one is a heading, give it a heading style (Otsikko 1, 2, …) or the template's wording.")
        case .unsureHeadingUnder:
            Texts(fi: "”{line}” (otsikon ”{heading}” alla)", sv: "”{line}” (under ”{heading}”)", en: "“{line}” (under “{heading}”)")
        case .unsureHeadingMore: Texts(fi: "{lines} ja {count} muuta", sv: "{lines} och {count} till", en: "{lines} and {count} more")
        case .importedContent:
            Texts(fi: "Toisesta tiedostosta asiakirjaan tuotua sisältöä ({format}) ei lueta",
                  sv: "Innehåll som importerats till dokumentet från en annan fil ({format}) läses inte",
                  en: "Content imported into the document from another file ({format}) is not read")
        case .importedContentAfter:
            Texts(fi: "Toisesta tiedostosta asiakirjaan tuotua sisältöä ({format}) kohdan ”{after}” jälkeen ei lueta",
                  sv: "Innehåll som importerats till dokumentet från en annan fil ({format}) efter ”{after}” läses inte",
                  en: "Content imported into the document from another file ({format}) after “{after}” is not read")
        case .formatHTML: Texts(fi: "verkkosivu, HTML", sv: "en webbsida, HTML", en: "a web page, HTML")
        case .formatWebArchive: Texts(fi: "verkkoarkisto, MHT", sv: "ett webbarkiv, MHT", en: "a web archive, MHT")
        case .formatRTF: Texts(fi: "RTF-asiakirja", sv: "ett RTF-dokument", en: "an RTF document")
        case .formatWord: Texts(fi: "Word-asiakirja", sv: "ett Word-dokument", en: "a Word document")
        case .formatText: Texts(fi: "pelkkää tekstiä", sv: "ren text", en: "plain text")
        case .formatOther: Texts(fi: ".{extension}-tiedosto", sv: "en .{extension}-fil", en: "a .{extension} file")
        case .formatUnknown: Texts(fi: "tuntematonta tyyppiä", sv: "av okänd typ", en: "of unknown type")
        case .themeNotRead:
            Texts(fi: "Asiakirjan teemaa ei voitu lukea; teemavärit on otettu sellaisina kuin Word ne viimeksi tallensi.",
                  sv: "Dokumentets tema kunde inte läsas; temafärgerna tas som Word senast sparade dem.",
                  en: "The document's theme could not be read; its theme colours are taken as Word last saved them.")
        case .unknownElement:
            Texts(fi: "Tuntemattoman elementin (<{element}>) sisällä oleva teksti on tallessa omana kappaleenaan: ”{text}”.",
                  sv: "Text i ett element som Arvio inte känner till (<{element}>) sparas som ett eget stycke: ”{text}”.",
                  en: "Text inside an element Arvio does not know (<{element}>) is kept as a paragraph of its own: “{text}”.")
        case .markdownNoTemplate:
            Texts(fi: "Markdown-tiedostosta ei löytynyt tunnetun pohjan sanamuotoja; se luettiin THL:n yhteisillä säännöillä.",
                  sv: "Inga formuleringar från en känd mall hittades i Markdown-filen; den lästes med THL:s gemensamma regler.",
                  en: "No known template wording found in the Markdown; read with the shared THL mapping.")
        }
    }
}
