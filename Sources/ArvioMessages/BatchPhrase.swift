/// `import`/`next` over many files: the progress bar and the closing line.
public enum BatchPhrase: String, PhraseBook {
    case importing, preparing, failedSoFar, imported, prepared, someFiles, oneFile, allFiles, failedTail

    public var texts: Texts {
        switch self {
        case .importing: Texts(fi: "luetaan", sv: "läser", en: "importing")
        case .preparing: Texts(fi: "valmistellaan", sv: "förbereder", en: "preparing")
        case .failedSoFar: Texts(fi: " · epäonnistui {count}", sv: " · {count} misslyckades", en: " · {count} failed")
        case .imported:
            Texts(fi: "luettu {files} kansioon {folder}{failed} (yhteenveto: {summary})", sv: "läste {files} till {folder}{failed} (sammanfattning: {summary})",
                  en: "imported {files} into {folder}{failed} (summary: {summary})")
        case .prepared:
            Texts(fi: "valmisteltu {files} kansioon {folder}{failed} (yhteenveto: {summary})", sv: "förberedde {files} till {folder}{failed} (sammanfattning: {summary})",
                  en: "prepared {files} into {folder}{failed} (summary: {summary})")
        case .someFiles: Texts(fi: "{done}/{total} tiedostoa", sv: "{done} av {total} filer", en: "{done} of {total} files")
        case .oneFile: Texts(fi: "1 tiedosto", sv: "1 fil", en: "1 file")
        case .allFiles: Texts(fi: "kaikki {total} tiedostoa", sv: "alla {total} filer", en: "all {total} files")
        case .failedTail: Texts(fi: "; epäonnistui {count}", sv: "; {count} misslyckades", en: "; {count} failed")
        }
    }
}
