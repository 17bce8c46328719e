/// `arvio diff` and the page's differences: headings, what happened to each part, the tally.
public enum DiffPhrase: String, PhraseBook {
    case changesFrom, changesTitle, noChanges, noChangesSentence, document, goal, statusNew, statusRemoved
    case row, column, added, removed, changed, filled, emptied, rowAdded, rowRemoved, columnAdded, columnRemoved
    case none, empty, tally
    // The document's own facts that changed.
    case period, documentTitle, project, template, kind

    public var texts: Texts {
        switch self {
        case .changesFrom: Texts(fi: "Muutokset tiedostosta {old} tiedostoon {new}:", sv: "Ändringar från {old} till {new}:", en: "Changes from {old} to {new}:")
        case .changesTitle: Texts(fi: "Muutokset tiedostosta {old} tiedostoon {new}", sv: "Ändringar från {old} till {new}", en: "Changes from {old} to {new}")
        case .noChanges: Texts(fi: "ei muutoksia tekstissä eikä taulukoissa.", sv: "inga ändringar i texten eller tabellerna.",
                               en: "no changes in the text or the tables.")
        case .noChangesSentence: Texts(fi: "Ei muutoksia tekstissä eikä taulukoissa.", sv: "Inga ändringar i texten eller tabellerna.",
                                       en: "No changes in the text or the tables.")
        case .document: Texts(fi: "Asiakirja", sv: "Dokumentet", en: "Document")
        case .goal: Texts(fi: "Tavoite {number} {title}", sv: "Mål {number} {title}", en: "Goal {number} {title}")
        case .statusNew: Texts(fi: " (uusi)", sv: " (ny)", en: " (new)")
        case .statusRemoved: Texts(fi: " (poistettu)", sv: " (borttagen)", en: " (removed)")
        case .row: Texts(fi: "rivi", sv: "rad", en: "row")
        case .column: Texts(fi: "sarake", sv: "kolumn", en: "column")
        case .added: Texts(fi: "lisätty", sv: "tillagt", en: "added")
        case .removed: Texts(fi: "poistettu", sv: "borttaget", en: "removed")
        case .changed: Texts(fi: "muutettu", sv: "ändrat", en: "changed")
        case .filled: Texts(fi: "täytetty", sv: "ifyllt", en: "filled")
        case .emptied: Texts(fi: "tyhjennetty", sv: "tömt", en: "emptied")
        case .rowAdded: Texts(fi: "rivi lisätty", sv: "rad tillagd", en: "row added")
        case .rowRemoved: Texts(fi: "rivi poistettu", sv: "rad borttagen", en: "row removed")
        case .columnAdded: Texts(fi: "sarake lisätty", sv: "kolumn tillagd", en: "column added")
        case .columnRemoved: Texts(fi: "sarake poistettu", sv: "kolumn borttagen", en: "column removed")
        case .none: Texts(fi: "(ei mitään)", sv: "(inget)", en: "(none)")
        case .empty: Texts(fi: "(tyhjä)", sv: "(tom)", en: "(empty)")
        case .period: Texts(fi: "kausi", sv: "period", en: "period")
        case .documentTitle: Texts(fi: "asiakirjan otsikko", sv: "dokumentets titel", en: "document title")
        case .project: Texts(fi: "hanke", sv: "projekt", en: "project")
        case .template: Texts(fi: "pohja", sv: "mall", en: "template")
        case .kind: Texts(fi: "laji", sv: "typ", en: "kind")
        case .tally:
            Texts(fi: "Kappaleita lisätty {added}, poistettu {removed}, muutettu {changed}; taulukon soluja muutettu {cells}, rivejä tai sarakkeita lisätty tai poistettu {rows}.",
                  sv: "Stycken: {added} tillagda, {removed} borttagna, {changed} ändrade; tabellceller ändrade: {cells}; rader eller kolumner tillagda eller borttagna: {rows}.",
                  en: "{added} paragraph(s) added, {removed} removed, {changed} changed; {cells} table cell(s) changed, {rows} row(s) or column(s) added or removed.")
        }
    }
}
