import ArvioCore
import ArvioMessages
import ArvioReport
import Testing

/// One catalogue for the page and the command line: every message in Finnish, Swedish and
/// English. A new error code, warning or label without its translations fails here.
@Suite struct MessageCatalogueTests {
    @Test func everyErrorAndWarningOfTheCatalogueHasFinnishAndSwedish() {
        #expect(ErrorCatalogue.all.count == 55, "the catalogue as of this test: 39 errors, 16 warnings")
        for entry in ErrorCatalogue.all {
            let translation = ErrorTranslations.byCode[entry.code]
            #expect(translation != nil, "\(entry.code) has no Finnish/Swedish text")
            guard let translation else { continue }
            for text in [translation.meaning.fi, translation.meaning.sv, translation.whatToDo.fi, translation.whatToDo.sv] {
                #expect(!text.trimmingCharacters(in: .whitespaces).isEmpty, "\(entry.code): an empty text")
            }
            #expect(translation.meaning.fi != translation.meaning.sv, "\(entry.code): Finnish and Swedish are the same")
        }
        let codes = Set(ErrorCatalogue.all.map(\.code))
        for code in ErrorTranslations.byCode.keys { #expect(codes.contains(code), "\(code) is translated but not in the catalogue") }
    }

    @Test func everyLabelHasAllThreeLanguages() {
        for label in Label.allCases {
            for language in Language.allCases {
                let text: String = label[language]
                #expect(!text.trimmingCharacters(in: .whitespaces).isEmpty, Comment(rawValue: "\(label.rawValue) lacks \(language.rawValue)"))
            }
        }
    }

    /// Every phrase of every book (check findings, warning details, inspect and diff labels,
    /// next's to-do lines, --help): three languages, none empty, the same slots in each (a slot
    /// Finnish or Swedish names that English does not have would never be filled), and Finnish
    /// and Swedish not left as the English.
    @Test func everyPhraseHasAllThreeLanguagesWithTheSameSlots() {
        let books = PhraseBooks.all
        #expect(books.map(\.name) == ["CheckPhrase", "WarningPhrase", "InspectPhrase", "SectionKindPhrase", "EvidencePhrase", "DiffPhrase",
                                       "NextPhrase", "UpdatesPhrase", "BatchPhrase", "HelpPhrase",
                                       "HelpDiscussion", "ArgumentParserPhrase", "UsagePhrase", "SummaryPhrase", "ModelProblemPhrase", "StatusPhrase",
                                       "MigratePhrase", "YAMLProblemPhrase"])
        #expect(books.reduce(0) { $0 + $1.cases.count } == 493, "the books as of this test: a new phrase updates this count")
        // Words that are the same on purpose: the Finnish term kept in English output.
        let sameOnPurpose: Set<String> = ["CheckPhrase.baseline", "StatusPhrase.kindOmaArviointi", "StatusPhrase.kindPlan"]
        for book in books {
            for (name, texts) in book.cases {
                let id = "\(book.name).\(name)"
                for language in Language.allCases {
                    #expect(!texts[language].trimmingCharacters(in: .whitespaces).isEmpty, Comment(rawValue: "\(id) lacks \(language.rawValue)"))
                }
                let english = Message.slots(in: texts.en)
                #expect(Message.slots(in: texts.fi).isSubset(of: english), Comment(rawValue: "\(id): Finnish slots \(Message.slots(in: texts.fi)) ≠ \(english)"))
                #expect(Message.slots(in: texts.sv).isSubset(of: english), Comment(rawValue: "\(id): Swedish slots \(Message.slots(in: texts.sv)) ≠ \(english)"))
                if !sameOnPurpose.contains(id) {
                    #expect(texts.fi != texts.en, Comment(rawValue: "\(id): Finnish is the English"))
                    #expect(texts.sv != texts.en || texts.en.count < 12, Comment(rawValue: "\(id): Swedish is the English"))
                }
            }
        }
    }

    /// `inspect` names each section's kind through SectionKindPhrase: one phrase per kind.
    @Test func everySectionKindHasAPhrase() {
        #expect(SectionKindPhrase.allCases.map(\.rawValue) == SectionKind.allCases.map(\.rawValue))
    }

    @Test func aMessageIsSaidInTheLanguageItIsShownIn() {
        let finding = CheckPhrase.periodColumnEmpty.with(["label": "5/22", "count": "2", "rows": "1.1, 1.2"])
        #expect(finding[.en] == "the 5/22 column is empty for 2 row(s): 1.1, 1.2")
        #expect(finding[.fi] == "sarake 5/22 on tyhjä, rivejä 2: 1.1, 1.2")
        #expect(finding[.sv] == "kolumnen 5/22 är tom, antal rader 2: 1.1, 1.2")
        // A part said by another phrase follows the language of the whole; a value quoting
        // "{…}" from a document stays as written.
        let reason = CheckPhrase.pagesNotCounted.with(parts: ["reason": CheckPhrase.noLibreOffice.with(["command": "apt-get"])])
        #expect(reason[.fi] == "sivuja ei laskettu: LibreOfficea ei ole asennettu (`apt-get`)")
        #expect(CheckPhrase.entryUnfilled.with(["label": "{label}"])[.sv] == "anteckningen ”{label}:” har ingen text ännu")
    }

    @Test func whatTheSnifferSaysHasFinnishAndSwedish() {
        // FileSniffer's descriptions (Sources/ArvioPackage/FileSniffer.swift).
        for english in ["a Rich Text (.rtf) file", "a PDF", "an XML file (perhaps Word 2003 XML)", "a web page (HTML)", "a damaged zip"] {
            #expect(ErrorTranslations.looksLike[english] != nil, Comment(rawValue: english))
        }
    }

    @Test(arguments: [
        (["--lang", "sv", "dump", "x"], [String: String](), Language.sv, ["dump", "x"]),
        (["dump", "--lang=fi", "x"], ["LANG": "sv_FI.UTF-8"], .fi, ["dump", "x"]),
        (["dump", "x"], ["ARVIO_LANG": "sv", "LANG": "fi_FI.UTF-8"], .sv, ["dump", "x"]),
        (["dump", "x"], ["LANG": "fi_FI.UTF-8"], .fi, ["dump", "x"]),
        (["dump", "x"], ["LANG": "sv_FI"], .sv, ["dump", "x"]),
        (["dump", "x"], ["LANG": "C.UTF-8"], .en, ["dump", "x"]),
        (["dump", "--", "--lang", "fi"], [:], .en, ["dump", "--", "--lang", "fi"]),
    ])
    func theCommandLinesLanguage(_ arguments: [String], _ environment: [String: String], _ expected: Language, _ rest: [String]) {
        let choice = CommandLineLanguage.extract(arguments, environment: environment)
        #expect(choice.language == expected)
        #expect(choice.arguments == rest)
    }

    @Test func errorLinesInEachLanguage() {
        let english = "r.docx: this is not a Word .docx document. It looks like a PDF. Open it in Word and save it as a Word document (.docx)."
        #expect(CoordinatorLine.error(code: "ARVIO-NOT-DOCX", english: english, file: "r.docx", language: .en, looksLike: "a PDF") == english)
        #expect(CoordinatorLine.error(code: "ARVIO-NOT-DOCX", english: english, file: "r.docx", language: .fi, looksLike: "a PDF")
                == "r.docx: Tiedosto ei ole Word-asiakirja (.docx). Se näyttää PDF-tiedostolta. Avaa se Wordissa ja tallenna Word-asiakirjana (.docx).")
        #expect(CoordinatorLine.error(code: "ARVIO-NOT-DOCX", english: english, file: "r.docx", language: .sv, looksLike: "a PDF")
                == "r.docx: Filen är inte ett Word-dokument (.docx). Den ser ut som en PDF-fil. Öppna den i Word och spara den som Word-dokument (.docx).")
    }
}
