/// `arvio next --updates`: the list of what the updates file changes, printed before anything is
/// written. The document's own words (headings, paragraphs, row names) fill the slots as written.
public enum UpdatesPhrase: String, PhraseBook {
    case nothingNew, changes, quoted, goalPlace
    case added, edited, deletedParagraph, deletedGuidance, entryParagraph, newPeriodEntryParagraph
    case readiness, indicators, tableValue, annexValue

    public var texts: Texts {
        switch self {
        case .nothingNew:
            Texts(fi: "{file}: ei mitään uutta raporttiin verrattuna.", sv: "{file}: inget nytt jämfört med rapporten.",
                  en: "{file}: nothing new compared with the report.")
        case .changes: Texts(fi: "{file}: muutoksia {count}:", sv: "{file}: {count} ändringar:", en: "{file}: {count} change(s):")
        case .quoted: Texts(fi: "”{text}”", sv: "”{text}”", en: "“{text}”")
        case .goalPlace: Texts(fi: "Tavoite {goal}, {place}", sv: "Mål {goal}, {place}", en: "Goal {goal}, {place}")
        case .added: Texts(fi: "{place}: uusi kappale: ”{text}”", sv: "{place}: nytt stycke: ”{text}”", en: "{place}: new paragraph: “{text}”")
        case .edited:
            Texts(fi: "{place}: muutettu kappale ”{old}”: ”{from}” → ”{to}”", sv: "{place}: ändrat stycke ”{old}”: ”{from}” → ”{to}”",
                  en: "{place}: edited paragraph “{old}”: “{from}” → “{to}”")
        case .deletedParagraph:
            Texts(fi: "{place}: poistettu kappale: ”{text}”", sv: "{place}: borttaget stycke: ”{text}”", en: "{place}: deleted paragraph: “{text}”")
        case .deletedGuidance:
            Texts(fi: "{place}: poistettu ohjerivi: ”{text}”", sv: "{place}: borttagen anvisningsrad: ”{text}”",
                  en: "{place}: deleted guidance line: “{text}”")
        case .entryParagraph:
            Texts(fi: "{place}: uusi kappale merkintään ”{label}”: ”{text}”", sv: "{place}: nytt stycke i anteckningen ”{label}”: ”{text}”",
                  en: "{place}: new paragraph in the {label} entry: “{text}”")
        case .newPeriodEntryParagraph:
            Texts(fi: "{place}: uusi kappale uuden kauden merkintään: ”{text}”", sv: "{place}: nytt stycke i den nya periodens anteckning: ”{text}”",
                  en: "{place}: new paragraph in the new period entry: “{text}”")
        case .readiness: Texts(fi: "valmiusastetaulukko", sv: "tabellen över beredskapsgrad", en: "readiness table")
        case .indicators: Texts(fi: "mittaritaulukko", sv: "indikatortabellen", en: "indicators table")
        case .tableValue:
            Texts(fi: "Tavoite {goal}, {table}: uusi arvo kohdalle ”{key}”: {value}", sv: "Mål {goal}, {table}: nytt värde för ”{key}”: {value}",
                  en: "Goal {goal}, {table}: new value for “{key}”: {value}")
        case .annexValue:
            Texts(fi: "”{annex}”: uusi arvo riville ”{key}”: {value}", sv: "”{annex}”: nytt värde för ”{key}”: {value}",
                  en: "“{annex}”: new value for “{key}”: {value}")
        }
    }
}
