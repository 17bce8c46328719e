/// Kansallinen hyötytavoite: THL's five national benefit goals, as the Hankeopas names them.
/// The title variants each template uses live in Mappings/.
public enum NationalGoal: Int, Codable, Sendable, CaseIterable {
    case saatavuus = 1
    case ennaltaehkaisy
    case laatuJaVaikuttavuus
    case monialaisuus
    case kustannukset

    public var canonicalTitle: String {
        switch self {
        case .saatavuus: "Palveluiden yhdenvertaisen saatavuuden, oikea-aikaisuuden ja jatkuvuuden parantaminen"
        case .ennaltaehkaisy: "Toiminnan painotuksen siirtäminen raskaista palveluista ehkäisevään ja ennakoivaan työhön"
        case .laatuJaVaikuttavuus: "Palveluiden laadun ja vaikuttavuuden parantaminen"
        case .monialaisuus: "Palveluiden monialaisuuden ja yhteentoimivuuden varmistaminen"
        case .kustannukset: "Kustannusten nousun hillitseminen"
        }
    }

    public var shortTitle: String {
        switch self {
        case .saatavuus: "Saatavuus, oikea-aikaisuus, jatkuvuus"
        case .ennaltaehkaisy: "Ennaltaehkäisy ja ennakointi"
        case .laatuJaVaikuttavuus: "Laatu ja vaikuttavuus"
        case .monialaisuus: "Monialaisuus ja yhteen toimivuus"
        case .kustannukset: "Kustannusten nousun hillintä"
        }
    }
}
