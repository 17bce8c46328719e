/// Where the reporting period was found (`PeriodInfo.said`), for inspect, check and warnings.
public enum EvidencePhrase: String, PhraseBook {
    case title, openingParagraph, documentTitle, pageHeader, latestColumn, markdown

    public var texts: Texts {
        switch self {
        case .title: Texts(fi: "kansilehti: ”…{text}”", sv: "titelsidan: ”…{text}”", en: "title: “…{text}”")
        case .openingParagraph: Texts(fi: "aloituskappale: ”…{text}”", sv: "det inledande stycket: ”…{text}”", en: "opening paragraph: “…{text}”")
        case .documentTitle:
            Texts(fi: "tiedoston ominaisuuksien otsikko: ”{text}”", sv: "titeln i filens egenskaper: ”{text}”", en: "document title: “{text}”")
        case .pageHeader: Texts(fi: "ylätunniste: ”{text}”", sv: "sidhuvudet: ”{text}”", en: "page header: “{text}”")
        case .latestColumn:
            Texts(fi: "viimeisin täytetty taulukon sarake {text}", sv: "den senast ifyllda tabellkolumnen {text}", en: "latest filled table column {text}")
        case .markdown: Texts(fi: "Markdown: ”{text}”", sv: "Markdown: ”{text}”", en: "Markdown: “{text}”")
        }
    }
}
