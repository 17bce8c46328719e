/// Why a YAML or JSON text is not a report as `arvio import` writes it (`ModelDecodingProblem`):
/// where, and what was expected there. Broken YAML's `{problem}` is libyaml's sentence said in
/// the coordinator's words (`YAMLProblemPhrase`).
public enum ModelProblemPhrase: String, PhraseBook {
    case atLineAndColumn, atLine
    case yamlNotWellFormed, duplicateKeys, unreadableYAML, notAReport, jsonNotWellFormed
    case expectedAt, expectedFoundNothing, expectedKey, invalidValue
    case path, topLevel
    case singleValue, keysAndValues, list, text, number, trueOrFalse, blockOfKeys

    public var texts: Texts {
        switch self {
        case .atLineAndColumn:
            Texts(fi: "rivi {line}, sarake {column}: {expected}", sv: "rad {line}, kolumn {column}: {expected}", en: "line {line}, column {column}: {expected}")
        case .atLine: Texts(fi: "rivi {line}: {expected}", sv: "rad {line}: {expected}", en: "line {line}: {expected}")
        case .yamlNotWellFormed:
            Texts(fi: "YAML-teksti on rikki: {problem}", sv: "YAML-texten är trasig: {problem}", en: "the YAML is not well-formed ({problem})")
        case .duplicateKeys:
            Texts(fi: "sama avain on kahdesti samassa kohdassa: {keys}", sv: "samma nyckel finns två gånger på samma ställe: {keys}",
                  en: "a key appears twice in one place: {keys}")
        case .unreadableYAML: Texts(fi: "YAML-tekstiä ei voi lukea", sv: "YAML-texten kan inte läsas", en: "readable YAML text")
        case .notAReport:
            Texts(fi: "tämä ei ole raportti sellaisena kuin `arvio import` sen kirjoittaa", sv: "det här är inte en rapport så som `arvio import` skriver den",
                  en: "a report as `arvio import` writes it")
        case .jsonNotWellFormed: Texts(fi: "JSON-teksti on rikki", sv: "JSON-texten är trasig", en: "the JSON is not well-formed")
        case .expectedAt: Texts(fi: "kohdassa {path} pitäisi olla {kind}", sv: "vid {path} väntades {kind}", en: "expected {kind} at {path}")
        case .expectedFoundNothing:
            Texts(fi: "kohdassa {path} pitäisi olla {kind}, mutta siinä ei ole mitään", sv: "vid {path} väntades {kind}, men där finns ingenting",
                  en: "expected {kind} at {path}, found nothing")
        case .expectedKey: Texts(fi: "kohdan {path} alta puuttuu ”{key}:”", sv: "under {path} saknas ”{key}:”", en: "expected “{key}:” under {path}")
        case .invalidValue:
            Texts(fi: "kohdassa {path} on arvo, joka ei kelpaa ({detail})", sv: "vid {path} finns ett ogiltigt värde ({detail})",
                  en: "expected a valid value at {path} ({detail})")
        case .path: Texts(fi: "”{path}”", sv: "”{path}”", en: "“{path}”")
        case .topLevel: Texts(fi: "”ylin taso”", sv: "”översta nivån”", en: "the top level")
        case .singleValue: Texts(fi: "yksi teksti tai luku", sv: "en enda text eller ett tal", en: "a single text or number")
        case .keysAndValues: Texts(fi: "avaimia ja arvoja", sv: "nycklar och värden", en: "keys and values")
        case .list: Texts(fi: "luettelo", sv: "en lista", en: "a list")
        case .text: Texts(fi: "teksti", sv: "en text", en: "a text")
        case .number: Texts(fi: "luku", sv: "ett tal", en: "a number")
        case .trueOrFalse: Texts(fi: "true tai false", sv: "true eller false", en: "true or false")
        case .blockOfKeys: Texts(fi: "avainten ryhmä", sv: "ett block med nycklar", en: "a block of keys")
        }
    }
}
