import ArvioReport

extension DocumentKind {
    /// The kind as a coordinator calls it, for titles and the Markdown summary line.
    var finnishName: String {
        switch self {
        case .omaArviointi: "Oma-arviointi"
        case .hankesuunnitelma: "Hankesuunnitelma"
        case .loppuTiivistelma: "Loppu-tiivistelmä"
        case .unknown: "Asiakirja"
        }
    }
}
