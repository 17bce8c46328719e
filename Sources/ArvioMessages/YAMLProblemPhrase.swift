/// What is wrong with a YAML file that does not parse (a `--mappings` file, a `next --updates`
/// file), in a coordinator's words. libyaml (through Yams) says it in English only and in its
/// own terms ("mapping values are not allowed in this context"); each case here says what such a
/// sentence means for someone editing the file. English keeps libyaml's sentence as it is
/// (`{problem}`), which names the exact token; the line and column come from Yams' mark.
public enum YAMLProblemPhrase: String, PhraseBook {
    case colonOutOfPlace, colonMissing, indentation, tab, unclosedQuote, unclosedBrackets
    case reservedCharacter, undefinedAlias, backslash, secondDocument, notText, other
    // The whole line of a broken `--mappings` file.
    case mappingAt, mappingAtLine

    public var texts: Texts {
        switch self {
        case .colonOutOfPlace:
            Texts(fi: "kaksoispiste (:) on kohdassa, jossa sitä ei voi olla; jos se kuuluu tekstiin, pane koko teksti lainausmerkkeihin, muuten tarkista sisennys",
                  sv: "ett kolon (:) står där det inte kan stå; hör det till texten, sätt hela texten inom citattecken, annars kontrollera indraget",
                  en: "{problem}")
        case .colonMissing:
            Texts(fi: "avaimen perästä puuttuu kaksoispiste (:), tai edellisen rivin teksti jatkuu tälle riville ilman lainausmerkkejä",
                  sv: "kolon (:) saknas efter nyckeln, eller så fortsätter texten från raden ovanför på den här raden utan citattecken",
                  en: "{problem}")
        case .indentation:
            Texts(fi: "sisennys ei sovi yllä oleviin riveihin: saman tason rivien pitää alkaa samasta sarakkeesta",
                  sv: "indraget passar inte ihop med raderna ovanför: rader på samma nivå ska börja i samma kolumn",
                  en: "{problem}")
        case .tab:
            Texts(fi: "rivi on sisennetty sarkaimella (Tab); sisennä välilyönneillä",
                  sv: "raden är indragen med tabb; dra in med mellanslag",
                  en: "{problem}")
        case .unclosedQuote:
            Texts(fi: "lainausmerkillä alkava teksti ei pääty: sulkeva lainausmerkki puuttuu jostain ylempää",
                  sv: "en text som börjar med citattecken tar aldrig slut: det avslutande citattecknet saknas någonstans ovanför",
                  en: "{problem}")
        case .unclosedBrackets:
            Texts(fi: "hakasulkeilla tai aaltosulkeilla alkava luettelo ei pääty oikein: sulkeva ] tai } tai niiden välinen pilkku puuttuu",
                  sv: "en lista som börjar med hakparentes eller klammerparentes slutar inte rätt: den avslutande ] eller } eller ett kommatecken saknas",
                  en: "{problem}")
        case .reservedCharacter:
            Texts(fi: "arvo alkaa merkillä, jonka YAML varaa omaan käyttöönsä (esimerkiksi @, `, %, &, * tai !); pane teksti lainausmerkkeihin",
                  sv: "värdet börjar med ett tecken som YAML reserverar för sig själv (till exempel @, `, %, &, * eller !); sätt texten inom citattecken",
                  en: "{problem}")
        case .undefinedAlias:
            Texts(fi: "tähdellä (*) alkava arvo viittaa nimeen, jota ei ole aiemmin merkitty &-merkillä; pane teksti lainausmerkkeihin",
                  sv: "ett värde som börjar med asterisk (*) hänvisar till ett namn som inte har märkts med & tidigare; sätt texten inom citattecken",
                  en: "{problem}")
        case .backslash:
            Texts(fi: "lainausmerkeissä (\"…\") olevassa tekstissä kenoviivan (\\) jälkeen on merkki, jota YAML ei tunne; kirjoita kenoviiva kahdesti (\\\\) tai käytä heittomerkkejä ('…')",
                  sv: "i en text inom citattecken (\"…\") följs ett omvänt snedstreck (\\) av ett tecken som YAML inte känner till; skriv snedstrecket två gånger (\\\\) eller använd apostrofer ('…')",
                  en: "{problem}")
        case .secondDocument:
            Texts(fi: "tiedostossa on ensimmäisen jälkeen toinen asiakirja (rivi ---); jätä vain yksi",
                  sv: "filen har ett andra dokument (raden ---) efter det första; behåll bara ett",
                  en: "{problem}")
        case .notText:
            Texts(fi: "tiedostossa on merkkejä, jotka eivät ole tekstiä (ohjausmerkkejä tai rikkinäistä UTF-8:aa)",
                  sv: "filen har tecken som inte är text (styrtecken eller trasig UTF-8)",
                  en: "{problem}")
        case .other:
            Texts(fi: "teksti ei ole tässä kohdassa kelvollista YAML:ia; vertaa sitä saman tiedoston ehjiin riveihin",
                  sv: "texten är inte giltig YAML på det här stället; jämför med filens hela rader",
                  en: "{problem}")
        case .mappingAt:
            Texts(fi: "{file}, rivi {line}, sarake {column}: vastaavuustiedosto ei ole kelvollista YAML:ia: {problem}. Korjaa vastaavuustiedosto tai jätä `--mappings` pois.",
                  sv: "{file}, rad {line}, kolumn {column}: mappningsfilen är inte giltig YAML: {problem}. Rätta mappningsfilen eller utelämna `--mappings`.",
                  en: "{file} line {line}, column {column}: not valid YAML ({problem}). Fix the mapping file or leave out --mappings.")
        case .mappingAtLine:
            Texts(fi: "{file}: vastaavuustiedosto ei ole kelvollista YAML:ia: {problem}. Korjaa vastaavuustiedosto tai jätä `--mappings` pois.",
                  sv: "{file}: mappningsfilen är inte giltig YAML: {problem}. Rätta mappningsfilen eller utelämna `--mappings`.",
                  en: "{file}: not valid YAML ({problem}). Fix the mapping file or leave out --mappings.")
        }
    }

    /// libyaml's `problem` (and the `context` it was reading in, "while scanning a quoted
    /// scalar") said in the coordinator's words; English keeps libyaml's sentence.
    public static func explaining(_ problem: String, context: String? = nil) -> Message {
        let phrase: YAMLProblemPhrase
        switch problem {
        case "mapping values are not allowed in this context", "mapping keys are not allowed in this context", "found unexpected ':'":
            phrase = .colonOutOfPlace
        case "could not find expected ':'": phrase = .colonMissing
        case "did not find expected key", "did not find expected '-' indicator", "block sequence entries are not allowed in this context":
            phrase = .indentation
        case "found a tab character that violates indentation", "found a tab character where an indentation space is expected": phrase = .tab
        case "found unexpected end of stream", "found unexpected document indicator":
            phrase = context?.contains("quoted scalar") == false ? .other : .unclosedQuote
        case "did not find expected ',' or ']'", "did not find expected ',' or '}'": phrase = .unclosedBrackets
        case "found character that cannot start any token", "did not find expected alphabetic or numeric character", "found undefined tag handle",
             "did not find expected tag URI", "did not find expected '!'", "did not find URI escaped octet", "found unknown directive name",
             "could not find expected directive name":
            phrase = .reservedCharacter
        case "found undefined alias": phrase = .undefinedAlias
        case "found unknown escape character", "found invalid Unicode character escape code", "did not find expected hexdecimal number":
            phrase = .backslash
        case "but found another document": phrase = .secondDocument
        case "control characters are not allowed", "invalid leading UTF-8 octet", "invalid trailing UTF-8 octet", "incomplete UTF-8 octet sequence",
             "invalid Unicode character", "found an incorrect leading UTF-8 octet", "found an incorrect trailing UTF-8 octet", "invalid length of a UTF-8 sequence":
            phrase = .notText
        default: phrase = .other
        }
        return phrase.with(["problem": problem])
    }
}
