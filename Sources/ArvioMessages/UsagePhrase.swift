/// Arvio's own refusals of a command line before any work (exit 64), printed by ArgumentParser
/// as "Error: …" with the usage after it.
public enum UsagePhrase: String, PhraseBook {
    case unknownLanguage, severalNeedFolderImport, severalNeedFolderNext, updatesInBatch
    case jobs, nextTo, period, timeout, maxChars, date, port

    public var texts: Texts {
        switch self {
        case .unknownLanguage:
            Texts(fi: "--lang {value}: valitse fi, sv tai en; käytetään kieltä {language}.",
                  sv: "--lang {value}: välj fi, sv eller en; språket blir {language}.",
                  en: "--lang {value}: choose fi, sv or en; using {language}.")
        case .severalNeedFolderImport:
            Texts(fi: "Useita tiedostoja tai kansio: anna tulosten kansio valitsimella -o KANSIO.",
                  sv: "Flera filer eller en mapp: ange mappen för resultaten med -o MAPP.",
                  en: "Several files or a folder: give -o FOLDER for the results.")
        case .severalNeedFolderNext:
            Texts(fi: "Useita tiedostoja tai kansio: anna uusien versioiden kansio valitsimella -o KANSIO.",
                  sv: "Flera filer eller en mapp: ange mappen för de nya versionerna med -o MAPP.",
                  en: "Several files or a folder: give -o FOLDER for the new versions.")
        case .updatesInBatch:
            Texts(fi: "--updates koskee yhtä raporttia: jätä se pois, kun valmistelet useita.",
                  sv: "--updates gäller en rapport: utelämna det när du förbereder flera.",
                  en: "--updates belongs to one report: leave it out when preparing several.")
        case .jobs: Texts(fi: "--jobs {value}: anna 1 tai enemmän.", sv: "--jobs {value}: ange 1 eller fler.", en: "--jobs {value}: give 1 or more.")
        case .nextTo: Texts(fi: "--to {value}: valitse docx tai md.", sv: "--to {value}: välj docx eller md.", en: "--to {value}: choose docx or md.")
        case .period:
            Texts(fi: "--period {value}: anna tilannekuukausi muodossa vvvv-04 tai vvvv-10, esim. {example}.",
                  sv: "--period {value}: ange lägesmånaden som åååå-04 eller åååå-10, t.ex. {example}.",
                  en: "--period {value}: give the status month as yyyy-04 or yyyy-10, e.g. {example}.")
        case .timeout:
            Texts(fi: "--timeout: anna sekuntimäärä, joka on yli 0.", sv: "--timeout: ange ett antal sekunder över 0.",
                  en: "--timeout must be a number of seconds above 0.")
        case .maxChars:
            Texts(fi: "--max-chars {value}: anna vähintään 100 merkkiä.", sv: "--max-chars {value}: ange minst 100 tecken.",
                  en: "--max-chars {value}: give at least 100 characters.")
        case .date:
            Texts(fi: "--date {value}: anna päivämäärä muodossa vvvv-kk-pp, esim. 2022-05-13.",
                  sv: "--date {value}: ange ett datum som åååå-mm-dd, t.ex. 2022-05-13.",
                  en: "--date {value}: give a date as yyyy-mm-dd, e.g. 2022-05-13.")
        case .port:
            Texts(fi: "--port {value}: anna portti väliltä 1–65535 (tai jätä valitsin pois).",
                  sv: "--port {value}: ange en port mellan 1 och 65535 (eller utelämna alternativet).",
                  en: "--port {value}: give a port from 1 to 65535 (or leave it out).")
        }
    }
}
