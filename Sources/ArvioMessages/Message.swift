/// A message of the catalogue with its `{slots}` filled at the point where it arises, said in
/// whichever language it is shown in. Libraries keep the message, not a sentence in one
/// language, so the page and the command line can each say it in the coordinator's language.
public struct Message: Sendable, Hashable {
    public let texts: Texts
    /// What fills each slot; itself a message, so a part said by another phrase (a reason, a
    /// place) is said in the same language.
    public let values: [String: Message]

    public init(_ texts: Texts, _ values: [String: String] = [:]) {
        self.init(texts, parts: values.mapValues(Message.verbatim))
    }

    public init(_ texts: Texts, parts: [String: Message]) {
        self.texts = texts
        self.values = parts
    }

    /// The document's own words (a heading, a caption): the same in every language.
    public static func verbatim(_ text: String) -> Message { Message(Texts(fi: text, sv: text, en: text)) }

    /// The text with each `{slot}` filled, in one pass (a value quoting "{…}" from a document
    /// is left as written).
    public subscript(_ language: Language) -> String {
        let text = texts[language]
        var result = ""
        var rest = text[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            let name = String(rest[rest.index(after: open) ..< close])
            if let value = values[name] { result += value[language] } else { result += rest[open ... close] }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// The `{slot}` names a text has (for the catalogue test).
    public static func slots(in text: String) -> Set<String> {
        var names: Set<String> = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open) ..< close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    /// Messages one after another ("a, b, c"), each said in the language of the whole.
    public static func joined(_ parts: [Message], separator: String) -> Message {
        let slots = parts.indices.map { "{\($0)}" }.joined(separator: separator)
        return Message(Texts(fi: slots, sv: slots, en: slots), parts: Dictionary(uniqueKeysWithValues: parts.enumerated().map { ("\($0.offset)", $0.element) }))
    }

    /// What the library's English line says (the line kept in the model and in logs).
    public var english: String { self[.en] }
}

/// One part of the catalogue: each case a text in Finnish, Swedish and English, with `{slots}`
/// for what the document or the run supplies. `MessageCatalogueTests` walks every book's cases
/// and holds each to three non-empty languages, with no slot the English lacks.
public protocol PhraseBook: CaseIterable, RawRepresentable, Sendable where RawValue == String {
    var texts: Texts { get }
}

extension PhraseBook {
    /// The text with its slots filled.
    public func with(_ values: [String: String]) -> Message { Message(texts, values) }

    /// The text with slots filled by other messages (said in the same language).
    public func with(parts: [String: Message]) -> Message { Message(texts, parts: parts) }

    /// The text of a case without slots.
    public var message: Message { Message(texts) }

    public subscript(_ language: Language) -> String { texts[language] }

    /// Filled and said in `language` at once, for lines printed where they are made.
    public func say(_ language: Language, _ values: [String: String] = [:]) -> String { Message(texts, values)[language] }
}

/// Every book, for the catalogue test.
public enum PhraseBooks {
    public static var all: [(name: String, cases: [(name: String, texts: Texts)])] {
        [
            book(CheckPhrase.self), book(WarningPhrase.self), book(InspectPhrase.self), book(SectionKindPhrase.self), book(EvidencePhrase.self), book(DiffPhrase.self),
            book(NextPhrase.self), book(UpdatesPhrase.self), book(BatchPhrase.self), book(HelpPhrase.self),
            book(HelpDiscussion.self), book(ArgumentParserPhrase.self), book(UsagePhrase.self), book(SummaryPhrase.self), book(ModelProblemPhrase.self), book(StatusPhrase.self), book(MigratePhrase.self), book(YAMLProblemPhrase.self),
        ]
    }

    private static func book<Book: PhraseBook>(_ type: Book.Type) -> (name: String, cases: [(name: String, texts: Texts)]) {
        (String(describing: type), type.allCases.map { ($0.rawValue, $0.texts) })
    }
}
