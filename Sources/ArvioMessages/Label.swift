/// Words of the web page and the command line around the document's own text. Words that go
/// into documents are not here: they are data in Mappings/.
public enum Label: String, CaseIterable, Sendable {
    case warning, language, tagline, privacy
    case uploadHeading, uploadHelp, chooseFiles, uploadButton, endSession, sessionEnded, sessionGone, documents
    case kind, template, period, periodGuessed, coverage, coverageText, warnings, noWarnings, findings, noFindings
    case fix, look, note, processGoals, readiness, indicators, unmapped, goal, wholeReport
    case kindReport, kindPlan, kindFinalSummary, kindUnknown
    case red, yellow, green
    case prepareNext, firstReport, nextHeading, nextHelp, newEntry, readinessValue, indicatorValue, annexValue, promised, trackChanges, author, prepareButton, draftNote
    case downloads, downloadDocx, downloadPdf, pdfMissing, pdfWorking, downloadMarkdown, downloadYaml, downloadJson
    case summary, copy, copied, fourHeadings, differences, noDifferences, compareWith, compareButton, todo, nothingToDo
    case errorHeading, back, forbidden, tooLarge, notFoundPage, badForm, queue, working

    public subscript(_ language: Language) -> String { texts[language] }

    public var texts: Texts {
        switch self {
        case .warning: Texts(fi: "varoitus", sv: "varning", en: "warning")
        case .language: Texts(fi: "Kieli", sv: "Språk", en: "Language")
        case .tagline: Texts(fi: "Oma-arviointiraportit ja hankesuunnitelmat", sv: "Självvärderingsrapporter och projektplaner", en: "Self-assessment reports and project plans")
        case .privacy: Texts(fi: "Tiedostot pysyvät tällä koneella: mitään ei lähetetä verkkoon.", sv: "Filerna stannar på den här datorn: ingenting skickas ut på nätet.", en: "Files stay on this machine: nothing is sent to the network.")
        case .uploadHeading: Texts(fi: "Valitse raportti", sv: "Välj rapport", en: "Choose a report")
        case .uploadHelp: Texts(fi: "Oma-arviointi, loppuyhteenveto tai hankesuunnitelma (.docx); useita kerralla. Edellinen versio mukaan, niin näet muutokset.", sv: "Självvärdering, slutsammanfattning eller projektplan (.docx); flera på en gång. Ta med den tidigare versionen för att se ändringarna.", en: "An oma-arviointi, final summary or project plan (.docx); several at once. Add the previous version to see the differences.")
        case .chooseFiles: Texts(fi: "Valitse tiedostot", sv: "Välj filer", en: "Choose files")
        case .uploadButton: Texts(fi: "Lue", sv: "Läs", en: "Read")
        case .endSession: Texts(fi: "Lopeta ja poista tiedostot", sv: "Avsluta och ta bort filerna", en: "Finish and delete the files")
        case .sessionEnded: Texts(fi: "Istunto päättyi ja sen tiedostot poistettiin.", sv: "Sessionen avslutades och dess filer togs bort.", en: "The session ended and its files were deleted.")
        case .sessionGone: Texts(fi: "Tätä asiakirjaa ei enää ole (istunto päättyi). Valitse tiedosto uudelleen.", sv: "Dokumentet finns inte längre (sessionen avslutades). Välj filen igen.", en: "This document is gone (the session ended). Choose the file again.")
        case .documents: Texts(fi: "Asiakirjat", sv: "Dokument", en: "Documents")
        case .kind: Texts(fi: "Laji", sv: "Typ", en: "Kind")
        case .template: Texts(fi: "Pohja", sv: "Mall", en: "Template")
        case .period: Texts(fi: "Kausi", sv: "Period", en: "Period")
        case .periodGuessed: Texts(fi: "päätelty", sv: "härledd", en: "guessed")
        case .coverage: Texts(fi: "Kattavuus", sv: "Täckning", en: "Coverage")
        case .coverageText: Texts(fi: "tekstistä nimetyissä osissa", sv: "av texten i namngivna delar", en: "of the text in named parts")
        case .warnings: Texts(fi: "Huomiot", sv: "Varningar", en: "Warnings")
        case .noWarnings: Texts(fi: "Ei huomautettavaa.", sv: "Inget att anmärka.", en: "Nothing to remark.")
        case .findings: Texts(fi: "Tarkistus", sv: "Granskning", en: "Check")
        case .noFindings: Texts(fi: "Valmis lähetettäväksi: ei korjattavaa.", sv: "Klar att skicka: inget att rätta.", en: "Ready to upload: nothing to fix.")
        case .fix: Texts(fi: "korjaa", sv: "rätta", en: "fix")
        case .look: Texts(fi: "katso", sv: "titta", en: "look")
        case .note: Texts(fi: "huom.", sv: "obs.", en: "note")
        case .processGoals: Texts(fi: "Prosessitavoitteet", sv: "Processmål", en: "Process goals")
        case .readiness: Texts(fi: "Valmiusaste", sv: "Beredskapsgrad", en: "Readiness")
        case .indicators: Texts(fi: "Mittarit", sv: "Indikatorer", en: "Indicators")
        case .unmapped: Texts(fi: "Ei sijoitettu", sv: "Inte placerad", en: "Not placed")
        case .goal: Texts(fi: "Tavoite", sv: "Mål", en: "Goal")
        case .wholeReport: Texts(fi: "Koko raportti", sv: "Hela rapporten", en: "Whole report")
        case .kindReport: Texts(fi: "Oma-arviointi", sv: "Självvärdering (oma-arviointi)", en: "Self-assessment (oma-arviointi)")
        case .kindPlan: Texts(fi: "Hankesuunnitelma", sv: "Projektplan (hankesuunnitelma)", en: "Project plan (hankesuunnitelma)")
        case .kindFinalSummary: Texts(fi: "Loppuyhteenveto", sv: "Slutsammanfattning", en: "Final summary")
        case .kindUnknown: Texts(fi: "Tuntematon asiakirja", sv: "Okänt dokument", en: "Unknown document")
        case .red: Texts(fi: "punainen", sv: "röd", en: "red")
        case .yellow: Texts(fi: "keltainen", sv: "gul", en: "yellow")
        case .green: Texts(fi: "vihreä", sv: "grön", en: "green")
        case .prepareNext: Texts(fi: "Valmistele seuraava kausi", sv: "Förbered nästa period", en: "Prepare the next period")
        case .firstReport: Texts(fi: "Tee ensimmäinen oma-arviointi suunnitelmasta (.docx)", sv: "Gör den första självvärderingen utifrån planen (.docx)", en: "Make the first oma-arviointi from the plan (.docx)")
        case .nextHeading: Texts(fi: "Seuraava kausi", sv: "Nästa period", en: "Next period")
        case .nextHelp: Texts(fi: "Kirjoita uuden kauden merkinnät ja arvot. Tyhjäksi jätetty kohta saa THL:n ohjetekstin, jonka voit täyttää myöhemmin Wordissa. Luonnos säilyy tässä selaimessa.", sv: "Skriv den nya periodens anteckningar och värden. En tom ruta får THL:s anvisningstext, som du kan fylla i senare i Word. Utkastet sparas i den här webbläsaren.", en: "Write the new period's entries and values. A box left empty gets THL's guidance text, to fill in later in Word. The draft is kept in this browser.")
        case .newEntry: Texts(fi: "Uusi merkintä", sv: "Ny anteckning", en: "New entry")
        case .readinessValue: Texts(fi: "Valmiusaste", sv: "Beredskapsgrad", en: "Readiness")
        case .indicatorValue: Texts(fi: "Mittarin arvo", sv: "Indikatorns värde", en: "Indicator value")
        case .annexValue: Texts(fi: "Uuden kauden arvo", sv: "Den nya periodens värde", en: "New period's value")
        case .promised: Texts(fi: "Tälle kaudelle luvattua", sv: "Utlovat för den här perioden", en: "Promised for this period")
        case .trackChanges: Texts(fi: "Lisäykset Wordin muutosten jäljityksenä", sv: "Tilläggen som spårade ändringar i Word", en: "Additions as Word tracked changes")
        case .author: Texts(fi: "Tekijä", sv: "Författare", en: "Author")
        case .prepareButton: Texts(fi: "Tee seuraavan kauden versio", sv: "Gör nästa periods version", en: "Make the next period's version")
        case .draftNote: Texts(fi: "Luonnos tallennettu selaimeen.", sv: "Utkastet sparat i webbläsaren.", en: "Draft saved in the browser.")
        case .downloads: Texts(fi: "Lataa", sv: "Ladda ner", en: "Download")
        case .downloadDocx: Texts(fi: "Seuraavan kauden Word-tiedosto (.docx)", sv: "Nästa periods Word-fil (.docx)", en: "Next period's Word file (.docx)")
        case .downloadPdf: Texts(fi: "PDF (LibreOfficella)", sv: "PDF (med LibreOffice)", en: "PDF (through LibreOffice)")
        case .pdfMissing: Texts(fi: "PDF:ää ei voi tehdä: LibreOfficea ei ole asennettu tälle koneelle (sudo apt-get install libreoffice-writer-nogui). Voit tallentaa PDF:n myös Wordissa.", sv: "PDF kan inte göras: LibreOffice är inte installerat på den här datorn (sudo apt-get install libreoffice-writer-nogui). Du kan också spara PDF:en i Word.", en: "No PDF: LibreOffice is not installed on this machine (sudo apt-get install libreoffice-writer-nogui). You can also save the PDF from Word.")
        case .pdfWorking: Texts(fi: "PDF:ää tehdään… tämä voi kestää puoli minuuttia.", sv: "PDF:en görs… det kan ta en halv minut.", en: "Making the PDF… this can take half a minute.")
        case .downloadMarkdown: Texts(fi: "Markdown", sv: "Markdown", en: "Markdown")
        case .downloadYaml: Texts(fi: "Rakenteinen tieto (YAML)", sv: "Strukturerad data (YAML)", en: "Structured data (YAML)")
        case .downloadJson: Texts(fi: "Rakenteinen tieto (JSON)", sv: "Strukturerad data (JSON)", en: "Structured data (JSON)")
        case .summary: Texts(fi: "Innokylä-tiivistelmä", sv: "Sammanfattning för Innokylä", en: "Innokylä summary")
        case .copy: Texts(fi: "Kopioi", sv: "Kopiera", en: "Copy")
        case .copied: Texts(fi: "Kopioitu", sv: "Kopierad", en: "Copied")
        case .fourHeadings: Texts(fi: "Neljä otsikkoa (tavoite 5 neljännen loppuun)", sv: "Fyra rubriker (mål 5 i slutet av det fjärde)", en: "Four headings (goal 5 closes the fourth)")
        case .differences: Texts(fi: "Muutokset edelliseen versioon", sv: "Ändringar mot föregående version", en: "Differences from the previous version")
        case .noDifferences: Texts(fi: "Lataa myös edellinen versio, niin muutokset näkyvät tässä.", sv: "Ladda också upp den föregående versionen för att se ändringarna här.", en: "Upload the previous version too to see the differences here.")
        case .compareWith: Texts(fi: "Vertaa aiempaan versioon", sv: "Jämför med en tidigare version", en: "Compare with an earlier version")
        case .compareButton: Texts(fi: "Näytä muutokset", sv: "Visa ändringarna", en: "Show the differences")
        case .todo: Texts(fi: "Vielä kirjoitettavaa", sv: "Kvar att skriva", en: "Still to write")
        case .nothingToDo: Texts(fi: "Kaikki täytetty.", sv: "Allt ifyllt.", en: "Nothing left to fill in.")
        case .errorHeading: Texts(fi: "Tiedostoa ei voitu lukea", sv: "Filen kunde inte läsas", en: "The file could not be read")
        case .back: Texts(fi: "Takaisin", sv: "Tillbaka", en: "Back")
        case .forbidden: Texts(fi: "Pääsy estetty: avaa Arvio osoitteesta, jonka `arvio serve` tulosti (siinä on avain ?t=…).", sv: "Åtkomst nekad: öppna Arvio via adressen som `arvio serve` skrev ut (den har nyckeln ?t=…).", en: "Access denied: open Arvio from the address `arvio serve` printed (it carries the key ?t=…).")
        case .tooLarge: Texts(fi: "Tiedosto on suurempi kuin yksikään todellinen asiakirja, eikä sitä luettu.", sv: "Filen är större än något verkligt dokument och lästes inte.", en: "The file is larger than any real document and was not read.")
        case .notFoundPage: Texts(fi: "Sivua ei ole.", sv: "Sidan finns inte.", en: "No such page.")
        case .badForm: Texts(fi: "Lomake oli vajaa tai vanhentunut. Lataa sivu uudelleen.", sv: "Formuläret var ofullständigt eller föråldrat. Ladda om sidan.", en: "The form was incomplete or out of date. Reload the page.")
        case .queue: Texts(fi: "Jonossa ennen tätä:", sv: "I kö före denna:", en: "Waiting before this one:")
        case .working: Texts(fi: "Käsitellään…", sv: "Behandlas…", en: "Working…")
        }
    }
}
