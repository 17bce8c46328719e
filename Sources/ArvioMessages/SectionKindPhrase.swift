/// What kind of section `arvio inspect` says a part of the document is. The cases are
/// `SectionKind`'s names (English keeps them as the model and the YAML write them);
/// `MessageCatalogueTests` holds the two lists to each other.
public enum SectionKindPhrase: String, PhraseBook {
    case title, instructions, contents, tips, concepts, schedule, generalRemarks, projectDescription
    case goals, indicators, methods, baseline, actions, monitoring, actionsAndProcessMonitoring, benefitMonitoring
    case processGoal, nationalGoals, results, annex
    case planBackground, planGoals, planBenefitGoals, planProcessGoals, planLimits, planSchedule, planActions, planActionArea
    case planResults, planCosts, planAdministration, planOrganisation, planCommunication, planMonitoring, planRisks
    case other

    public var texts: Texts {
        let (fi, sv): (String, String) = switch self {
        case .title: ("kansilehti", "titelsida")
        case .instructions: ("THL:n ohjeistus", "THL:s anvisningar")
        case .contents: ("sisällysluettelo", "innehållsförteckning")
        case .tips: ("vinkit", "tips")
        case .concepts: ("käsitteet", "begrepp")
        case .schedule: ("raportointiaikataulu", "rapporteringsschema")
        case .generalRemarks: ("yleisiä huomioita", "allmänna iakttagelser")
        case .projectDescription: ("hankkeen kuvaus", "projektbeskrivning")
        case .goals: ("tavoitteet", "mål")
        case .indicators: ("mittarit", "indikatorer")
        case .methods: ("menetelmät", "metoder")
        case .baseline: ("lähtötilanne", "utgångsläge")
        case .actions: ("kehittämistoimenpiteet", "utvecklingsåtgärder")
        case .monitoring: ("seuranta ja arviointi", "uppföljning och utvärdering")
        case .actionsAndProcessMonitoring: ("toimenpiteet ja prosessitavoitteiden seuranta", "åtgärder och uppföljning av processmålen")
        case .benefitMonitoring: ("hyötytavoitteiden seuranta", "uppföljning av nyttomålen")
        case .processGoal: ("prosessitavoite", "processmål")
        case .nationalGoals: ("kansalliset tavoitteet", "nationella mål")
        case .results: ("tulokset", "resultat")
        case .annex: ("liite", "bilaga")
        case .planBackground: ("tausta", "bakgrund")
        case .planGoals: ("tavoitteet", "mål")
        case .planBenefitGoals: ("hyötytavoitteet", "nyttomål")
        case .planProcessGoals: ("prosessitavoitteet", "processmål")
        case .planLimits: ("rajaukset", "avgränsningar")
        case .planSchedule: ("aikataulu", "tidsplan")
        case .planActions: ("toimenpiteet", "åtgärder")
        case .planActionArea: ("toimenpidekokonaisuus", "åtgärdshelhet")
        case .planResults: ("tulokset", "resultat")
        case .planCosts: ("kustannukset", "kostnader")
        case .planAdministration: ("hallinnointi", "förvaltning")
        case .planOrganisation: ("organisointi", "organisering")
        case .planCommunication: ("viestintä", "kommunikation")
        case .planMonitoring: ("seuranta ja arviointi", "uppföljning och utvärdering")
        case .planRisks: ("riskit", "risker")
        case .other: ("muu", "annat")
        }
        return Texts(fi: fi, sv: sv, en: rawValue)
    }
}
