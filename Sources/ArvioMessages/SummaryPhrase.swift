/// `arvio summary`: the notes printed beside the Innokylä summary (what the coordinator should
/// check before pasting it) and what `--append` did.
public enum SummaryPhrase: String, PhraseBook {
    case periodNotFound, periodInferred, goalMissing, alreadyHasSummary, added

    public var texts: Texts {
        switch self {
        case .periodNotFound:
            Texts(fi: "Raportin kautta ei löytynyt; käytettiin viimeisimpiä päivättyjä merkintöjä ({label}).",
                  sv: "Rapportens period hittades inte; de senaste daterade anteckningarna ({label}) användes.",
                  en: "The report's period was not found; the latest dated entries ({label}) were used.")
        case .periodInferred:
            Texts(fi: "Kausi {period} pääteltiin ({evidence}); tarkista päiväysrivi.",
                  sv: "Perioden {period} härleddes ({evidence}); kontrollera datumraden.",
                  en: "The period {period} was inferred ({evidence}); check the date line.")
        case .goalMissing:
            Texts(fi: "Tavoitetta {goal} ei ole raportissa; sen otsikon alla sanotaan, ettei uutta ole raportoitavaa.",
                  sv: "Mål {goal} finns inte i rapporten; under dess rubrik står det att inget nytt finns att rapportera.",
                  en: "Goal {goal} is not in the report; its heading says there is nothing new.")
        case .alreadyHasSummary:
            Texts(fi: "Tiedostossa {file} on jo tämän raportin tiivistelmä; uusi tulee sen perään.",
                  sv: "{file} har redan en sammanfattning av den här rapporten; den nya kommer efter den.",
                  en: "{file} already has a summary of this report; the new one goes after it.")
        case .added:
            Texts(fi: "kauden {period} tiivistelmä lisättiin tiedostoon {file}", sv: "sammanfattningen för {period} lades till i {file}",
                  en: "added the {period} summary to {file}")
        }
    }
}
