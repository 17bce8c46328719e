/// What `arvio migrate` says about a hankesuunnitelma on standard error: the plan's parts one
/// line each (`PlanMigration.summary`), so a coordinator sees at a glance what was found. The
/// English is the account as it was before it had other languages; Finnish counts "kappaleita 3"
/// as the other phrase books do, which reads right for one and for many.
public enum MigratePhrase: String, PhraseBook {
    case heading, notAPlan, notAPlanUnknown, note
    case partMissing, headingOnly, paragraphOne, paragraphMany, tableOne, tableMany, subsections
    case benefitGoals, processGoals, actions, results, risks, riskScales
    case footnotes, newContent, noNewContent

    public var texts: Texts {
        switch self {
        case .heading:
            Texts(fi: "{name}: hankesuunnitelma ({template}), osa osalta:", sv: "{name}: projektplan ({template}), del för del:",
                  en: "{name}: hankesuunnitelma ({template}), every part:")
        case .notAPlan:
            Texts(fi: "{file} ei ole hankesuunnitelma vaan {kind} (pohja {template}): se luettiin samoin kuin `arvio import` sen lukee.",
                  sv: "{file} är ingen projektplan utan {kind} (mall {template}): den lästes så som `arvio import` läser den.",
                  en: "{file} is {kind} (template {template}), not a plan: migrated the way `arvio import` reads it.")
        case .notAPlanUnknown:
            Texts(fi: "{file} ei ole hankesuunnitelma eikä muukaan THL:n asiakirja, jonka Arvio tuntee: se luettiin samoin kuin `arvio import` sen lukee.",
                  sv: "{file} är ingen projektplan och inte heller något annat THL-dokument som Arvio känner till: den lästes så som `arvio import` läser den.",
                  en: "{file} is not a THL document Arvio knows, not a plan: migrated the way `arvio import` reads it.")
        case .note: Texts(fi: "  huom.: {note}", sv: "  obs.: {note}", en: "  note: {note}")
        case .partMissing: Texts(fi: "  {name}: puuttuu", sv: "  {name}: saknas", en: "  {name}: missing")
        case .headingOnly:
            Texts(fi: "vain otsikko, sen alla ei ole tekstiä", sv: "bara rubriken, ingen text under den", en: "heading only, no text under it")
        case .paragraphOne: Texts(fi: "kappaleita 1", sv: "1 stycke", en: "1 paragraph")
        case .paragraphMany: Texts(fi: "kappaleita {count}", sv: "{count} stycken", en: "{count} paragraphs")
        case .tableOne: Texts(fi: "taulukoita 1", sv: "1 tabell", en: "1 table")
        case .tableMany: Texts(fi: "taulukoita {count}", sv: "{count} tabeller", en: "{count} tables")
        case .subsections: Texts(fi: "alaotsikoita {count}", sv: "{count} underrubriker", en: "{count} subsections")
        case .benefitGoals:
            Texts(fi: "  {name}: kansalliset tavoitteet {goals} — suluissa kunkin alla olevien kappaleiden määrä",
                  sv: "  {name}: nationella mål {goals} — inom parentes antalet stycken under vart och ett",
                  en: "  {name}: national goals {goals} — paragraphs under each")
        case .processGoals:
            Texts(fi: "  {name}: {found}; vaiheita {count}{span}", sv: "  {name}: {found}; antal faser {count}{span}",
                  en: "  {name}: {found}; {count} phases{span}")
        case .actions:
            Texts(fi: "  {name}: kehittämiskokonaisuuksia {count}", sv: "  {name}: antal utvecklingshelheter {count}",
                  en: "  {name}: {count} development areas")
        case .results:
            Texts(fi: "  {name}: rivejä {count} — TAVOITE {counts}", sv: "  {name}: antal rader {count} — TAVOITE {counts}",
                  en: "  {name}: {count} rows — TAVOITE {counts}")
        case .risks: Texts(fi: "  {name}: riskejä {count}{scales}", sv: "  {name}: antal risker {count}{scales}", en: "  {name}: {count} risks{scales}")
        case .riskScales: Texts(fi: " sekä asteikkojen rivi", sv: " och raden med skalorna", en: " and the scales row")
        case .footnotes: Texts(fi: "  alaviitteitä: {count}", sv: "  fotnoter: {count}", en: "  footnotes: {count}")
        case .newContent:
            Texts(fi: "  uusi sisältö merkitty värillä {colour}: kohtia {count}", sv: "  nytt innehåll markerat med färgen {colour}: {count} ställen",
                  en: "  new content marked in colour {colour}: {count} passages")
        case .noNewContent:
            Texts(fi: "  värillä merkittyä uutta sisältöä ei löytynyt", sv: "  inget nytt innehåll markerat med färg hittades",
                  en: "  new content marked in colour: none found")
        }
    }
}
