/// ArgumentParser's own words in `--help` and in its usage errors. ArgumentParser says them only
/// in English, so the command line puts these in their place as it prints (arvio's `ParserWords`).
/// The English is ArgumentParser's text exactly (its HelpGenerator and ErrorMessageGenerator); a
/// `{slot}` stands for what ArgumentParser fills in, and each text starts and ends with its own
/// words, never with a slot, so the slot's end is where the next words begin.
public enum ArgumentParserPhrase: String, PhraseBook {
    // Help headings and ArgumentParser's own options.
    case overview, usage, arguments, options, subcommands, optionsPlaceholder, subcommandPlaceholder
    case showHelp, showVersion, detailedHelp, values, defaultValue
    // Usage errors.
    case errorPrefix, helpPrefix, usagePrefix, moreInformation
    case missingArgument, unknownOption, didYouMean, missingValue, unexpectedArgument, unexpectedArguments
    case invalidValue, provideOneOfList, provideOneOf, orBeforeLast, andBetweenTwo, noValueTaken
    case invalidOption, missingSubcommand, missingOneOf, compositeOr, compositeIn

    public var texts: Texts {
        switch self {
        case .overview: Texts(fi: "KUVAUS:", sv: "ÖVERSIKT:", en: "OVERVIEW:")
        case .usage: Texts(fi: "KÄYTTÖ:", sv: "ANVÄNDNING:", en: "USAGE:")
        case .arguments: Texts(fi: "ARGUMENTIT:", sv: "ARGUMENT:", en: "ARGUMENTS:")
        case .options: Texts(fi: "VALITSIMET:", sv: "ALTERNATIV:", en: "OPTIONS:")
        case .subcommands: Texts(fi: "KOMENNOT:", sv: "KOMMANDON:", en: "SUBCOMMANDS:")
        case .optionsPlaceholder: Texts(fi: "<valitsimet>", sv: "<alternativ>", en: "<options>")
        case .subcommandPlaceholder: Texts(fi: "<komento>", sv: "<kommando>", en: "<subcommand>")
        case .showHelp: Texts(fi: "Näytä ohje.", sv: "Visa hjälpen.", en: "Show help information.")
        case .showVersion: Texts(fi: "Näytä versio.", sv: "Visa versionen.", en: "Show the version.")
        case .detailedHelp:
            Texts(fi: "Kunkin komennon tarkempi ohje: '{command}'.", sv: "Mer hjälp om varje kommando: '{command}'.",
                  en: "See '{command}' for detailed help.")
        // "(default: 600)", also "(values: accept, reject, all; default: accept)", wrapped anywhere.
        case .values: Texts(fi: "(arvot:", sv: "(värden:", en: "(values:")
        case .defaultValue: Texts(fi: "oletus:", sv: "standard:", en: "default:")
        case .errorPrefix: Texts(fi: "Virhe: ", sv: "Fel: ", en: "Error: ")
        case .helpPrefix: Texts(fi: "Ohje:  ", sv: "Hjälp:  ", en: "Help:  ")
        case .usagePrefix: Texts(fi: "Käyttö: ", sv: "Användning: ", en: "Usage: ")
        case .moreInformation:
            Texts(fi: "Lisätietoja: '{command}'.", sv: "Mer information: '{command}'.", en: "See '{command}' for more information.")
        case .missingArgument:
            Texts(fi: "Komennosta puuttuu '{argument}'", sv: "Kommandot saknar '{argument}'", en: "Missing expected argument '{argument}'")
        case .unknownOption: Texts(fi: "Tuntematon valitsin '{option}'", sv: "Okänt alternativ '{option}'", en: "Unknown option '{option}'")
        case .didYouMean: Texts(fi: ". Tarkoititko '{option}'?", sv: ". Menade du '{option}'?", en: ". Did you mean '{option}'?")
        case .missingValue:
            Texts(fi: "Valitsimelta puuttuu arvo: '{option}'", sv: "Värde saknas för '{option}'", en: "Missing value for '{option}'")
        case .unexpectedArgument:
            Texts(fi: "Ylimääräinen argumentti '{argument}'", sv: "Oväntat argument '{argument}'", en: "Unexpected argument '{argument}'")
        // "2 unexpected arguments: 'a', 'b'": the count stays in front.
        case .unexpectedArguments:
            Texts(fi: " ylimääräistä argumenttia: '", sv: " oväntade argument: '", en: " unexpected arguments: '")
        case .invalidValue:
            Texts(fi: "Arvo '{value}' ei kelpaa kohtaan '{option}'", sv: "Värdet '{value}' duger inte för '{option}'",
                  en: "The value '{value}' is invalid for '{option}'")
        // Before provideOneOf, whose English begins it: with many values ArgumentParser lists them a line each.
        case .provideOneOfList: Texts(fi: ". Anna jokin näistä:\n", sv: ". Ange ett av dessa:\n", en: ". Please provide one of the following:\n")
        case .provideOneOf: Texts(fi: ". Anna jokin näistä: ", sv: ". Ange ett av dessa: ", en: ". Please provide one of ")
        case .orBeforeLast: Texts(fi: "' tai '", sv: "' eller '", en: "' or '")
        // "Please provide one of 'md' and 'docx'": two values are joined by "and".
        case .andBetweenTwo: Texts(fi: "' tai '", sv: "' eller '", en: "' and '")
        case .noValueTaken:
            Texts(fi: "Valitsimelle '{option}' ei anneta arvoa, mutta sille annettiin '{value}'.",
                  sv: "Alternativet '{option}' tar inget värde, men '{value}' angavs.",
                  en: "The option '{option}' does not take any value, but '{value}' was specified.")
        // "Invalid option: ---x" (the option follows to the end of the line).
        case .invalidOption: Texts(fi: "Virheellinen valitsin: ", sv: "Ogiltigt alternativ: ", en: "Invalid option: ")
        case .missingSubcommand: Texts(fi: "Komento puuttuu.", sv: "Kommandot saknas.", en: "Missing required subcommand.")
        case .missingOneOf: Texts(fi: "Jokin näistä puuttuu: '", sv: "Ett av dessa saknas: '", en: "Missing one of: '")
        // "-oo": an unknown option, or "-o" missing its value ("   or: Missing value for '-o <file>' in '-oo'").
        case .compositeOr: Texts(fi: "\n   tai: ", sv: "\n   eller: ", en: "\n   or: ")
        case .compositeIn: Texts(fi: "' kohdassa '{option}'", sv: "' i '{option}'", en: "' in '{option}'")
        }
    }
}
