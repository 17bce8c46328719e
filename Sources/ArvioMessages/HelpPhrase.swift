/// `--help`: each command's one-line summary, each option's help and the names of the values
/// options take (`<file>`). The longer explanations are `HelpDiscussion`'s, ArgumentParser's own
/// words (USAGE, OPTIONS, "Show help information.") `ArgumentParserPhrase`'s.
public enum HelpPhrase: String, PhraseBook {
    // Command summaries.
    case arvio, check, diff, dump, importCommand, inspect, initCommand, mappings, migrate, next, pdf, render, serve, summary
    // Shared arguments and options.
    case force, json, docxToRead, mapping, mappingsFolder, strict, jobsRead, jobsPrepare
    // One command's own.
    case checkFile, checkStrict, checkNoPages, diffOld, diffNew, diffMarkdown, dumpJSON, dumpTrackChanges
    case importFiles, importOutput, initPlan, initPeriod, initOutput, mappingsList, migrateFile, migrateOutput
    case nextFiles, nextOutput, nextPeriod, nextUpdates, nextTrackChanges, nextAllowTemplateEdits, nextAuthor, nextTo
    case pdfFile, pdfOutput, pdfTimeout, renderFile, renderTo, renderOutput, servePort, serveHost, serveOpen
    case summaryFile, summaryAppend, summaryMax, summaryDate, summaryFour
    // What an option takes, as in "--output <file>" (ArgumentParser's value names).
    case valueFile, valueFolder, valueName, valueAddress, valuePort, valueSeconds, valueFormat, valueMonth, valueDay, valueOld, valueNew, valueTrackChanges

    public var texts: Texts {
        switch self {
        case .arvio:
            Texts(fi: "Lukee THL:n oma-arviointiraportit ja hankesuunnitelmat (.docx) rakenteiseksi tiedoksi.",
                  sv: "Läser THL:s självvärderingsrapporter och projektplaner (.docx) som strukturerad data.",
                  en: "Read THL oma-arviointi reports and hankesuunnitelma plans (.docx) as structured data.")
        case .check:
            Texts(fi: "Tarkistaa raportin tai hankesuunnitelman kuten arvioija ennen Innokylään vientiä.",
                  sv: "Granskar en rapport eller projektplan som en granskare skulle göra innan den går till Innokylä.",
                  en: "Check a report or plan the way a reviewer would before it goes to Innokylä.")
        case .diff:
            Texts(fi: "Näyttää, mitä raportin kahden version välillä muuttui: tavoitteittain, osioittain, prosessitavoitteittain ja taulukon soluittain.",
                  sv: "Visar vad som ändrats mellan två versioner av en rapport: per mål, avsnitt, processmål och tabellcell.",
                  en: "Show what changed between two versions of a report: per goal, section, process goal and table cell.")
        case .dump:
            Texts(fi: "Näyttää kaiken, mitä Arvio lukee .docx-tiedostosta: kappaleet, luettelot, taulukot, alaviitteet, muutokset.",
                  sv: "Visar allt Arvio läser ur en .docx-fil: stycken, listor, tabeller, fotnoter, ändringar.",
                  en: "Show everything Arvio reads from a .docx: paragraphs, lists, tables, notes, changes.")
        case .importCommand:
            Texts(fi: "Lukee oma-arvioinnin, hankesuunnitelman tai loppuyhteenvedon (.docx) rakenteiseksi tiedoksi (YAML tai JSON).",
                  sv: "Läser en självvärdering, projektplan eller slutsammanfattning (.docx) som strukturerad data (YAML eller JSON).",
                  en: "Read an oma-arviointi, hankesuunnitelma or final summary (.docx) into structured data (YAML or JSON).")
        case .inspect:
            Texts(fi: "Näyttää, miten Arvio ymmärsi asiakirjan: pohja, kausi, tavoitteet ja osiot, kattavuus, huomiot.",
                  sv: "Visar hur Arvio förstod ett dokument: mall, period, mål och avsnitt, täckning, varningar.",
                  en: "Show how Arvio understood a document: template, period, goals and sections, coverage, warnings.")
        case .initCommand:
            Texts(fi: "Aloittaa hankkeen ensimmäisen oma-arvioinnin (.docx) THL:n pohjalle, hankesuunnitelmasta esitäytettynä.",
                  sv: "Påbörjar projektets första självvärdering (.docx) i THL:s mall, förifylld från projektplanen.",
                  en: "Start a project's first oma-arviointi report (.docx) in THL's template, pre-filled from its plan.")
        case .mappings:
            Texts(fi: "Luettelee raporttipohjien säännöt (sisäänrakennetut ja --mappings KANSIO) ja mihin kukin on tarkoitettu.",
                  sv: "Listar mallarnas regler (inbyggda och --mappings MAPP) och vad var och en är till för.",
                  en: "List the template mappings (built in, plus --mappings FOLDER) with what each is for.")
        case .migrate:
            Texts(fi: "Lukee hankesuunnitelman (.docx) osa osalta rakenteiseksi tiedoksi (YAML tai JSON).",
                  sv: "Läser en projektplan (.docx) del för del som strukturerad data (YAML eller JSON).",
                  en: "Read a hankesuunnitelma (project plan, .docx) into structured data (YAML or JSON), part by part.")
        case .next:
            Texts(fi: "Valmistelee oma-arvioinnin seuraavan kauden version alkuperäisen muotoilun säilyttäen.",
                  sv: "Förbereder nästa periods version av en självvärderingsrapport och behåller originalets formatering.",
                  en: "Prepare the next period's version of an oma-arviointi report, keeping the original's formatting.")
        case .pdf:
            Texts(fi: "Tallentaa raportin Innokylän haluamaksi PDF:ksi LibreOfficella (taustalla).",
                  sv: "Sparar en rapport som den PDF Innokylä vill ha, med LibreOffice (i bakgrunden).",
                  en: "Save a report as the PDF Innokylä wants, through LibreOffice (run in the background).")
        case .render:
            Texts(fi: "Kirjoittaa raportin Markdownina (luettavaksi ja muokattavaksi) tai uutena .docx-tiedostona siistille THL-tyyliselle pohjalle.",
                  sv: "Skriver en rapport som Markdown (att läsa och redigera) eller som en ny .docx i en ren mall i THL:s stil.",
                  en: "Write a report as Markdown (to read and edit) or as a new .docx in a clean THL-style template.")
        case .serve:
            Texts(fi: "Avaa Arvion sivuna selaimessa (suomi, ruotsi, englanti); mitään ei lähde tältä koneelta.",
                  sv: "Öppnar Arvio som en sida i webbläsaren (finska, svenska, engelska); ingenting lämnar den här datorn.",
                  en: "Open Arvio as a page in your browser (Finnish, Swedish, English); nothing leaves this machine.")
        case .summary:
            Texts(fi: "Kirjoittaa oma-arvioinnin päivätyn Innokylä-tiivistelmän.",
                  sv: "Skriver den daterade sammanfattningen (tiivistelmä) av en självvärdering för Innokylä.",
                  en: "Write the dated Innokylä summary (tiivistelmä) of an oma-arviointi report.")
        case .force:
            Texts(fi: "Korvaa tulostiedosto, jos se on jo olemassa.", sv: "Ersätt utdatafilen om den redan finns.", en: "Replace the output file if it exists.")
        case .json: Texts(fi: "Tulosta JSON eikä YAML.", sv: "Skriv ut JSON i stället för YAML.", en: "Print JSON instead of YAML.")
        case .docxToRead: Texts(fi: "Luettava Word-asiakirja (.docx).", sv: "Word-dokumentet (.docx) som ska läsas.", en: "The Word document (.docx) to read.")
        case .mapping:
            Texts(fi: "Käytä näitä pohjan sääntöjä tunnistamisen sijaan (ks. `arvio mappings`).",
                  sv: "Använd den här mallens regler i stället för att känna igen mallen (se `arvio mappings`).",
                  en: "Use this template mapping instead of detecting it (see `arvio mappings`).")
        case .mappingsFolder:
            Texts(fi: "Käytä myös tämän kansion sääntötiedostoja (*.yaml); sisäänrakennetun kanssa samanniminen tiedosto korvaa sen.",
                  sv: "Använd också regelfilerna (*.yaml) i den här mappen; en fil med samma namn som en inbyggd ersätter den.",
                  en: "Also use the mapping files (*.yaml) in this folder; a file with the same name as a built-in mapping replaces it.")
        case .strict:
            Texts(fi: "Käsittele huomiot (pohjaan sopimaton teksti, päätelty kausi, puuttuvat tavoitteet, …) virheenä: poistumiskoodi 19, mitään ei kirjoiteta.",
                  sv: "Behandla varningar (text som inte passar mallen, en härledd period, saknade mål, …) som fel: slutkod 19, ingenting skrivs.",
                  en: "Treat warnings (text matched to no section, a guessed period, missing goals, …) as an error: exit 19 and write nothing.")
        case .jobsRead:
            Texts(fi: "Useita tiedostoja: montako asiakirjaa luetaan kerralla (oletus: yksi suoritinydintä kohden).",
                  sv: "Flera filer: hur många dokument som läses samtidigt (standard: ett per kärna).",
                  en: "With several inputs: how many documents to read at once (default: one per core).")
        case .jobsPrepare:
            Texts(fi: "Useita tiedostoja: montako asiakirjaa valmistellaan kerralla (oletus: yksi suoritinydintä kohden).",
                  sv: "Flera filer: hur många dokument som förbereds samtidigt (standard: ett per kärna).",
                  en: "With several inputs: how many documents to prepare at once (default: one per core).")
        case .checkFile: Texts(fi: "Raportti tai hankesuunnitelma (.docx).", sv: "Rapporten eller projektplanen (.docx).", en: "The report or plan (.docx).")
        case .checkStrict:
            Texts(fi: "Epäonnistu myös ”katso”-merkityistä havainnoista.", sv: "Misslyckas också för fynd märkta ”titta”.", en: "Fail also on findings marked 'look'.")
        case .checkNoPages:
            Texts(fi: "Älä laske hankesuunnitelman sivuja (ohittaa LibreOffice-muunnoksen).",
                  sv: "Räkna inte projektplanens sidor (hoppar över konverteringen i LibreOffice).",
                  en: "Do not count a plan's pages (skips the LibreOffice conversion).")
        case .diffOld: Texts(fi: "Aiempi versio (.docx).", sv: "Den tidigare versionen (.docx).", en: "The earlier version (.docx).")
        case .diffNew: Texts(fi: "Uudempi versio (.docx).", sv: "Den senare versionen (.docx).", en: "The later version (.docx).")
        case .diffMarkdown: Texts(fi: "Tulosta Markdownina eikä tavallisena tekstinä.", sv: "Skriv ut Markdown i stället för vanlig text.", en: "Print Markdown instead of plain text.")
        case .dumpJSON:
            Texts(fi: "Tulosta koko asiakirjapuu JSONina luettavan tekstin sijaan.", sv: "Skriv ut hela dokumentträdet som JSON i stället för läsbar text.",
                  en: "Print the full document tree as JSON instead of readable text.")
        case .dumpTrackChanges:
            Texts(fi: "Mikä teksti näytetään, kun asiakirjassa on jäljitettyjä muutoksia: accept (kuin hyväksytty), reject (alkuperäinen) tai all (molemmat merkittyinä).",
                  sv: "Vilken text som visas där dokumentet har spårade ändringar: accept (som om de godkänts), reject (originalet) eller all (båda, märkta).",
                  en: "Which text to show where the document has tracked changes: accept (as if accepted), reject (the original), or all (both, marked).")
        case .importFiles:
            Texts(fi: "Luettava Word-asiakirja (.docx); tai useita tiedostoja ja kansioita, kun annetaan -o KANSIO.",
                  sv: "Word-dokumentet (.docx) som ska läsas; eller flera filer och mappar, med -o MAPP.",
                  en: "The Word document (.docx) to read; or several files and folders, with -o FOLDER.")
        case .importOutput:
            Texts(fi: "Kirjoita tähän tiedostoon (.yaml, .yml tai .json) näytön sijaan; useita tiedostoja tai kansio: tulosten kansio.",
                  sv: "Skriv till den här filen (.yaml, .yml eller .json) i stället för skärmen; med flera filer eller en mapp: mappen för resultaten.",
                  en: "Write to this file (.yaml, .yml or .json) instead of the screen; with several inputs or a folder, the folder for the results.")
        case .initPlan:
            Texts(fi: "Hankesuunnitelma (.docx) tai komennon `arvio migrate` tulos (.yaml, .yml, .json).",
                  sv: "Projektplanen (.docx) eller utdata från `arvio migrate` (.yaml, .yml, .json).",
                  en: "The project plan: a hankesuunnitelma (.docx) or `arvio migrate` output (.yaml, .yml, .json).")
        case .initPeriod:
            Texts(fi: "Raportin kausi tilannekuukautena: 2021-10 (raportoidaan 15.11.2021 mennessä) tai 2022-04 (15.5.2022 mennessä); oletus: seuraava erääntyvä (ensimmäinen 15.5. tai 15.11. tästä päivästä).",
                  sv: "Rapportens period enligt lägesmånaden: 2021-10 (rapporteras senast 15.11.2021) eller 2022-04 (senast 15.5.2022); standard: nästa som förfaller (den första 15.5. eller 15.11. från i dag).",
                  en: "The period the report is for, by its status month: 2021-10 (reported by 15.11.2021) or 2022-04 (by 15.5.2022); default: the next one due (the first 15.5. or 15.11. from today).")
        case .initOutput:
            Texts(fi: "Mihin raportti kirjoitetaan (oletus: hankesuunnitelman viereen, nimenä alue, ”oma-arviointi” ja määräpäivä).",
                  sv: "Var rapporten skrivs (standard: bredvid projektplanen, med namn efter region, ”oma-arviointi” och sista dag).",
                  en: "Where to write the report (default: beside the plan, named from region, \"oma-arviointi\" and the deadline).")
        case .mappingsList:
            Texts(fi: "Luettele myös tämän kansion sääntötiedostot (*.yaml).", sv: "Lista också regelfilerna (*.yaml) i den här mappen.",
                  en: "Also list the mapping files (*.yaml) in this folder.")
        case .migrateFile:
            Texts(fi: "Hankesuunnitelma (.docx) tai vanhempi oma-arviointi.", sv: "Projektplanen (.docx) eller en äldre självvärdering.",
                  en: "The plan (.docx), or an older oma-arviointi report.")
        case .migrateOutput:
            Texts(fi: "Kirjoita tähän tiedostoon (.yaml, .yml tai .json) näytön sijaan.", sv: "Skriv till den här filen (.yaml, .yml eller .json) i stället för skärmen.",
                  en: "Write to this file (.yaml, .yml or .json) instead of the screen.")
        case .nextFiles:
            Texts(fi: "Edellisen kauden raportti (.docx); tai useita tiedostoja ja kansioita, kun annetaan -o KANSIO.",
                  sv: "Förra periodens rapport (.docx); eller flera filer och mappar, med -o MAPP.",
                  en: "Last period's report (.docx); or several files and folders, with -o FOLDER.")
        case .nextOutput:
            Texts(fi: "Mihin uusi versio kirjoitetaan (oletus: alkuperäinen nimi, kausi ja tämä päivä); useita tiedostoja tai kansio: uusien versioiden kansio.",
                  sv: "Var den nya versionen skrivs (standard: originalets namn med perioden och dagens datum); med flera filer eller en mapp: mappen för de nya versionerna.",
                  en: "Where to write the new version (default: the input's name with the period and today's date); with several inputs or a folder, the folder for the new versions.")
        case .nextPeriod:
            Texts(fi: "Valmisteltava kausi tilannekuukautena: 2022-04 (raportoidaan 15.5.2022 mennessä) tai 2022-10 (15.11.2022 mennessä).",
                  sv: "Perioden som förbereds, enligt lägesmånaden: 2022-04 (rapporteras senast 15.5.2022) eller 2022-10 (senast 15.11.2022).",
                  en: "The period to prepare, by its status month: 2022-04 (reported by 15.5.2022) or 2022-10 (by 15.11.2022).")
        case .nextUpdates:
            Texts(fi: "Uuden kauden tekstit ja arvot: muokattu `arvio import` -YAML/JSON tai muokattu `arvio render --to md` -Markdown.",
                  sv: "Text och värden för den nya perioden: en redigerad YAML/JSON från `arvio import` eller en redigerad Markdown från `arvio render --to md`.",
                  en: "Text and values for the new period: an edited `arvio import` YAML/JSON or an edited `arvio render --to md` Markdown file.")
        case .nextTrackChanges:
            Texts(fi: "Kirjoita jokainen muutos Wordin jäljitettynä muutoksena, niin tarkastajat näkevät tarkalleen, mitä lisättiin.",
                  sv: "Skriv varje ändring som en spårad ändring i Word, så att granskarna ser exakt vad som lagts till.",
                  en: "Write every change as a Word tracked change, so reviewers see exactly what was added.")
        case .nextAllowTemplateEdits:
            Texts(fi: "Tee --updates-tiedoston muutokset myös THL:n omaan tekstiin (johdanto, Vinkkejä, Käsitteet, aikataulu) niistä kieltäytymisen sijaan.",
                  sv: "Gör ändringarna i --updates också i THL:s egen text (inledningen, Vinkkejä, Käsitteet, schemat) i stället för att vägra.",
                  en: "Apply --updates edits to THL's own text (preamble, Vinkkejä, Käsitteet, the schedule) instead of refusing them.")
        case .nextAuthor: Texts(fi: "Jäljitettyjen muutosten tekijän nimi.", sv: "Författarnamnet på spårade ändringar.", en: "Author name on tracked changes.")
        case .nextTo:
            Texts(fi: "docx (oletus): muokattu Word-asiakirja; md: uusi versio Markdownina, esim. uuden kauden tekstin kirjoittamiseen missä tahansa editorissa ja palauttamiseen valitsimella --updates.",
                  sv: "docx (standard): det redigerade Word-dokumentet; md: den nya versionen som Markdown, t.ex. för att skriva den nya periodens text i valfri editor och ge tillbaka den med --updates.",
                  en: "docx (default): the edited Word document; md: the new version as Markdown, e.g. to write the new period's text in any editor and give it back with --updates.")
        case .pdfFile: Texts(fi: "Raportti (.docx).", sv: "Rapporten (.docx).", en: "The report (.docx).")
        case .pdfOutput:
            Texts(fi: "Mihin PDF kirjoitetaan (oletus: raportin viereen, nimenä alue, laji ja päivämäärä).",
                  sv: "Var PDF:en skrivs (standard: bredvid rapporten, med namn efter region, typ och datum).",
                  en: "Where to write the PDF (default: beside the report, named from region, kind and date).")
        case .pdfTimeout: Texts(fi: "Pysäytä LibreOffice näin monen sekunnin jälkeen.", sv: "Stoppa LibreOffice efter så här många sekunder.",
                                en: "Stop LibreOffice after this many seconds.")
        case .renderFile:
            Texts(fi: "Raportti: Word-asiakirja (.docx) tai `arvio import` -YAML/JSON-tiedosto.", sv: "Rapporten: ett Word-dokument (.docx) eller en YAML/JSON-fil från `arvio import`.",
                  en: "The report: a Word document (.docx) or an `arvio import` YAML/JSON file.")
        case .renderTo: Texts(fi: "Mitä kirjoitetaan: md (Markdown) tai docx (Word).", sv: "Vad som skrivs: md (Markdown) eller docx (Word).",
                              en: "What to write: md (Markdown) or docx (Word).")
        case .renderOutput:
            Texts(fi: "Kirjoita tähän tiedostoon näytön (Markdown) tai tiedoston NIMI-uusi-pohja.docx (Word) sijaan.",
                  sv: "Skriv till den här filen i stället för skärmen (Markdown) eller NAMN-uusi-pohja.docx (Word).",
                  en: "Write to this file instead of the screen (Markdown) or NAME-uusi-pohja.docx (Word).")
        case .servePort: Texts(fi: "Kuuntele tätä porttia (oletus: jokin vapaa).", sv: "Lyssna på den här porten (standard: en ledig).", en: "Listen on this port (default: a free one).")
        case .serveHost:
            Texts(fi: "Kuuntele tätä osoitetta osoitteen 127.0.0.1 sijaan (silloin muut verkossa voivat päästä sivulle).",
                  sv: "Lyssna på den här adressen i stället för 127.0.0.1 (då kan andra i nätverket nå sidan).",
                  en: "Listen on this address instead of 127.0.0.1 (others on the network could then reach the page).")
        case .serveOpen: Texts(fi: "Avaa sivu oletusselaimessa.", sv: "Öppna sidan i standardwebbläsaren.", en: "Open the page in the default browser.")
        case .summaryFile: Texts(fi: "Oma-arviointiraportti (.docx).", sv: "Självvärderingsrapporten (.docx).", en: "The oma-arviointi report (.docx).")
        case .summaryAppend:
            Texts(fi: "Lisää tiivistelmä tämän Markdown- tai tekstitiedoston loppuun tulostamisen sijaan.",
                  sv: "Lägg till sammanfattningen i slutet av den här Markdown- eller textfilen i stället för att skriva ut den.",
                  en: "Add the summary to the end of this Markdown/text file instead of printing it.")
        case .summaryMax: Texts(fi: "Kappaleen enimmäispituus merkkeinä.", sv: "Längsta stycke, i tecken.", en: "Longest paragraph, in characters.")
        case .summaryDate: Texts(fi: "Tiivistelmän kirjoituspäivä (oletus: tänään).", sv: "Dagen sammanfattningen skrivs (standard: i dag).",
                                 en: "The day the summary is written (default: today).")
        case .summaryFour:
            Texts(fi: "Neljä kappaletta: tavoitteen 5 teksti päättää neljännen.", sv: "Fyra stycken: mål 5:s text avslutar det fjärde.",
                  en: "Four paragraphs: goal 5's text closes the fourth one.")
        case .valueFile: Texts(fi: "tiedosto", sv: "fil", en: "file")
        case .valueFolder: Texts(fi: "kansio", sv: "mapp", en: "folder")
        case .valueName: Texts(fi: "nimi", sv: "namn", en: "name")
        case .valueAddress: Texts(fi: "osoite", sv: "adress", en: "address")
        case .valuePort: Texts(fi: "portti", sv: "port", en: "port")
        case .valueSeconds: Texts(fi: "sekunnit", sv: "sekunder", en: "seconds")
        case .valueFormat: Texts(fi: "muoto", sv: "format", en: "format")
        case .valueMonth: Texts(fi: "vvvv-kk", sv: "åååå-mm", en: "yyyy-mm")
        case .valueDay: Texts(fi: "vvvv-kk-pp", sv: "åååå-mm-dd", en: "yyyy-mm-dd")
        case .valueOld: Texts(fi: "vanha", sv: "gammal", en: "old")
        case .valueNew: Texts(fi: "uusi", sv: "ny", en: "new")
        case .valueTrackChanges: Texts(fi: "muutokset", sv: "ändringar", en: "track-changes")
        }
    }
}
