import ArvioMessages

extension PhraseBook {
    /// In the language of this run. main sets it from --lang, ARVIO_LANG or LANG before
    /// ArgumentParser builds any help text, so summaries, discussions and option help are read then.
    var now: String { self[CommandLineLanguage.current] }
}
