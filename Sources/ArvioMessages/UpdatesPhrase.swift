/// `arvio next --updates`: the list of what the updates file changes, printed before anything is
/// written, and why a file cannot be used. The document's own words (headings, paragraphs, row
/// names) and the file's name fill the slots as written.
public enum UpdatesPhrase: String, PhraseBook {
    case nothingNew, changes, quoted, goalPlace
    case added, edited, deletedParagraph, deletedGuidance, entryParagraph, newPeriodEntryParagraph
    case readiness, indicators, tableValue, annexValue
    // Why the file cannot be used (ARVIO-BAD-UPDATES, -UPDATES-MISMATCH, -UPDATES-TEMPLATE-TEXT).
    case notText, wordOrZip, notUTF8, unknownFormat, malformed, mismatch, originRegion, templateText

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
        case .notText:
            Texts(fi: "{file}: päivitystiedosto ei ole tekstiä ({what}). Anna YAML, jonka `arvio import` kirjoitti, tai komennon `arvio next --to md` Markdown, uuden kauden teksti lisättynä.",
                  sv: "{file}: uppdateringsfilen är inte text ({what}). Ge den YAML som `arvio import` skrev eller Markdown från `arvio next --to md`, med den nya periodens text tillagd.",
                  en: "{file}: the updates file is not text ({what}). Give the YAML that `arvio import` wrote or the Markdown of `arvio next --to md`, with the new period's text added.")
        case .wordOrZip: Texts(fi: "se on Word- tai zip-tiedosto", sv: "den är en Word- eller zip-fil", en: "it is a Word or zip file")
        case .notUTF8: Texts(fi: "se ei ole UTF-8-tekstiä", sv: "den är inte UTF-8-text", en: "it is not UTF-8 text")
        case .unknownFormat:
            Texts(fi: "{file}: päivitysten pitää olla .yaml-, .yml-, .json- tai .md-tiedosto, ei .{ext}. Anna YAML, jonka `arvio import` kirjoitti, tai komennon `arvio next --to md` Markdown.",
                  sv: "{file}: uppdateringarna ska vara en .yaml-, .yml-, .json- eller .md-fil, inte .{ext}. Ge den YAML som `arvio import` skrev eller Markdown från `arvio next --to md`.",
                  en: "{file}: updates must be .yaml, .yml, .json or .md, not .{ext}. Give the YAML that `arvio import` wrote or the Markdown of `arvio next --to md`.")
        case .malformed:
            Texts(fi: "{file}: {problem}. Anna YAML, jonka `arvio import` kirjoitti, uuden kauden teksti lisättynä.",
                  sv: "{file}: {problem}. Ge den YAML som `arvio import` skrev, med den nya periodens text tillagd.",
                  en: "{file}: {problem}. Give the YAML that `arvio import` wrote, with the new period's text added.")
        case .mismatch:
            Texts(fi: "{file}: tämä päivitystiedosto on tehty toisesta raportista ({made}) kuin tämä raportti ({report}). Anna tästä raportista tehty päivitystiedosto.",
                  sv: "{file}: den här uppdateringsfilen är gjord från en annan rapport ({made}) än den här ({report}). Ge uppdateringsfilen som gjorts från den här rapporten.",
                  en: "{file}: this updates file was made from {made}, not from this report ({report}). Give the updates file made from this report.")
        // "Kymenlaakso's " before the kind of document and its period.
        case .originRegion: Texts(fi: "{region}, ", sv: "{region}, ", en: "{region}'s ")
        case .templateText:
            Texts(fi: "{file}: päivitykset muuttavat THL:n omaa tekstiä — {edit}. THL:n teksti pysyy sellaisena kuin se on pohjassa: peru muutos tai anna --allow-template-edits.",
                  sv: "{file}: uppdateringarna ändrar THL:s egen text — {edit}. THL:s text förblir som i mallen: ångra ändringen eller ge --allow-template-edits.",
                  en: "{file}: the updates change THL's own text — {edit}. THL's text stays as the template has it: undo the change, or give --allow-template-edits.")
        }
    }
}
