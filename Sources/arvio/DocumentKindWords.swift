import ArvioMessages
import ArvioReport

extension DocumentKind {
    /// The kind in a sentence of the coordinator's language; `english` is how the English line
    /// names it (the model's own name, or with its article).
    func said(english: String? = nil) -> Message {
        let phrase: StatusPhrase = switch self {
        case .omaArviointi: .kindOmaArviointi
        case .hankesuunnitelma: .kindPlan
        case .loppuTiivistelma: .kindFinalSummary
        case .unknown: .kindUnknown
        }
        return Message(Texts(fi: phrase[.fi], sv: phrase[.sv], en: english ?? rawValue))
    }
}
