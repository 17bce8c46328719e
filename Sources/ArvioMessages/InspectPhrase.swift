/// `arvio inspect`: the labels around what the document says.
public enum InspectPhrase: String, PhraseBook {
    case about, region, period, guessed, periodNotFound, coverage, checkFirst, documentSections, schedule, partlyOptional
    case nationalGoals, headingAsWritten, goalIntro, problemTable, processGoals, indicatorRows, resultsTable
    case plan, planAdditions, annex, notPlaced, decoration
    case paragraphOne, paragraphs, listItemOne, listItems, tableOne, tables, guidanceOne, guidance, notFilled, noHeading, empty

    public var texts: Texts {
        switch self {
        case .about: Texts(fi: "laji: {kind}   pohja: {template}   säännöt: {mapping}", sv: "typ: {kind}   mall: {template}   regler: {mapping}",
                           en: "kind: {kind}   template: {template}   mapping: {mapping}")
        case .region: Texts(fi: "alue: {region}", sv: "område: {region}", en: "region: {region}")
        case .period: Texts(fi: "kausi: {label} ({period}){guessed}, lähde: {evidence}", sv: "period: {label} ({period}){guessed}, källa: {evidence}",
                            en: "period: {label} ({period}){guessed} from {evidence}")
        case .guessed: Texts(fi: " — päätelty", sv: " — härledd", en: " — guessed")
        case .periodNotFound: Texts(fi: "kausi: ei löytynyt", sv: "period: hittades inte", en: "period: not found")
        case .coverage:
            Texts(fi: "kattavuus: {named} % leipätekstistä nimetyissä osissa, {unmapped} % sijoittamatta ({characters} merkkiä kaikkiaan)",
                  sv: "täckning: {named} % av brödtexten i namngivna delar, {unmapped} % oplacerat ({characters} tecken sammanlagt)",
                  en: "coverage: {named} % of the body text in named parts, {unmapped} % unmapped ({characters} characters in all)")
        case .checkFirst: Texts(fi: "Tarkista ensin ({count})", sv: "Kontrollera först ({count})", en: "Check these first ({count})")
        case .documentSections: Texts(fi: "Asiakirjan osiot", sv: "Dokumentets avsnitt", en: "Document sections")
        case .schedule: Texts(fi: "Raportointiaikataulu", sv: "Rapporteringsschema", en: "Reporting schedule")
        case .partlyOptional: Texts(fi: " (osin vapaaehtoinen)", sv: " (delvis frivillig)", en: " (partly optional)")
        case .nationalGoals: Texts(fi: "Kansalliset tavoitteet", sv: "Nationella mål", en: "National goals")
        case .headingAsWritten: Texts(fi: "otsikko asiakirjassa: ”{heading}”", sv: "rubriken i dokumentet: ”{heading}”", en: "heading as written: “{heading}”")
        case .goalIntro: Texts(fi: "(tekstiä tavoiteotsikon alla: {count} kappaletta)", sv: "(text under målrubriken: {count} block)",
                               en: "(text under the goal heading: {count} blocks)")
        case .problemTable: Texts(fi: "ongelma → tavoite -taulukko: {count} riviä", sv: "tabellen problem → mål: {count} rader",
                                  en: "problem → objective table: {count} rows")
        case .processGoals: Texts(fi: "prosessitavoitteet: {ids}", sv: "processmål: {ids}", en: "process goals: {ids}")
        case .indicatorRows: Texts(fi: "mittaririvejä: {count}", sv: "indikatorrader: {count}", en: "indicator rows: {count}")
        case .resultsTable:
            Texts(fi: "Tulostaulukko: {count} riviä; tulosten arviot: punainen {red}, keltainen {yellow}, vihreä {green}",
                  sv: "Resultattabell: {count} rader; resultatens bedömning: röd {red}, gul {yellow}, grön {green}",
                  en: "Results table: {count} rows; results rated {red} red, {yellow} yellow, {green} green")
        case .plan:
            Texts(fi: "Hankesuunnitelma: tulosrivejä {results}, riskejä {risks}, alaviitteitä {footnotes}",
                  sv: "Projektplan: {results} resultatrader, {risks} risker, {footnotes} fotnoter",
                  en: "Plan: {results} result rows, {risks} risks, {footnotes} footnotes")
        case .planAdditions:
            Texts(fi: ", värillä {colour} merkittyjä täydennyksiä {count}", sv: ", {count} tillägg markerade med färgen {colour}",
                  en: ", {count} additions marked in colour {colour}")
        case .annex: Texts(fi: "Liite ”{title}”: {count} riviä", sv: "Bilaga ”{title}”: {count} rader", en: "Annex “{title}”: {count} rows")
        case .notPlaced:
            Texts(fi: "Ei sijoitettu mihinkään nimettyyn osaan (tallessa kohdassa ”unmapped”)",
                  sv: "Inte placerat i någon namngiven del (finns kvar under ”unmapped”)",
                  en: "Not placed in any named part (kept in “unmapped”)")
        // Why a text is not placed, said after it.
        case .decoration:
            Texts(fi: "koriste, jonka säännöt ohittavat (logon tai tekstiruudun teksti)",
                  sv: "dekoration som reglerna hoppar över (text i en logotyp eller textruta)",
                  en: "decoration the mapping ignores (logo or text-box text)")
        case .paragraphOne: Texts(fi: "{count} kappale", sv: "{count} stycke", en: "{count} paragraphs")
        case .paragraphs: Texts(fi: "{count} kappaletta", sv: "{count} stycken", en: "{count} paragraphs")
        case .listItemOne: Texts(fi: "{count} luettelon kohta", sv: "{count} punkt", en: "{count} list items")
        case .listItems: Texts(fi: "{count} luettelon kohtaa", sv: "{count} punkter", en: "{count} list items")
        case .tableOne: Texts(fi: "{count} taulukko", sv: "{count} tabell", en: "{count} table")
        case .tables: Texts(fi: "{count} taulukkoa", sv: "{count} tabeller", en: "{count} tables")
        case .guidanceOne: Texts(fi: "{count} ohjeteksti", sv: "{count} anvisningstext", en: "{count} guidance text")
        case .guidance: Texts(fi: "{count} ohjetekstiä", sv: "{count} anvisningstexter", en: "{count} guidance texts")
        case .notFilled: Texts(fi: "TÄYTTÄMÄTTÄ", sv: "INTE IFYLLT", en: "NOT FILLED IN")
        case .noHeading: Texts(fi: "(ei otsikkoa)", sv: "(ingen rubrik)", en: "(no heading)")
        case .empty: Texts(fi: "tyhjä", sv: "tom", en: "empty")
        }
    }
}
