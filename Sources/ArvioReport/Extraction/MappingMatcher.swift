/// A template mapping with every phrase turned into a comparison key once, so matching a
/// document's hundreds of paragraphs costs dictionary look-ups, not string work.
public struct MappingMatcher {
    public let mapping: TemplateMapping
    private var goalKeys: [(key: ComparisonKey, number: Int)] = []
    private var sectionKeys: [(key: ComparisonKey, rule: TemplateMapping.SectionRule)] = []
    private var placeholderKeys: [(key: ComparisonKey, section: SectionKind?)] = []
    private var plainPlaceholders = PlainPlaceholders([])
    private var ignoreKeys: Set<String> = []
    /// Longest guidance text and decoration: longer paragraphs are never normalised to compare.
    private var longestPlaceholder = 0
    private var longestIgnored = 0

    public init(_ mapping: TemplateMapping) {
        self.mapping = mapping
        for goal in mapping.nationalGoals ?? [] {
            for title in goal.titles { goalKeys.append((ComparisonKey(TextKey.heading(title), keepingScalars: true), goal.number)) }
        }
        for rule in mapping.sections ?? [] {
            for heading in rule.headings { sectionKeys.append((ComparisonKey(TextKey.heading(heading), keepingScalars: true), rule)) }
        }
        for rule in mapping.placeholders ?? [] { placeholderKeys.append((ComparisonKey(Self.placeholderKey(normalised: TextKey.normalise(rule.text)), keepingScalars: true), rule.section)) }
        for text in mapping.ignore ?? [] { ignoreKeys.insert(TextKey.heading(text)) }
        plainPlaceholders = PlainPlaceholders(placeholderKeys)
        longestPlaceholder = placeholderKeys.map(\.key.count).max() ?? 0
        longestIgnored = ignoreKeys.map(\.count).max() ?? 0
    }

    /// The national goal a heading names: by title variant, typos tolerated; the heading's own
    /// number only decides between near misses.
    public func nationalGoal(heading text: String) -> Int? {
        nationalGoal(headingKey: ComparisonKey(TextKey.heading(text)))
    }

    /// `nationalGoal(heading:)` for a heading already keyed with `TextKey.heading`.
    func nationalGoal(headingKey key: ComparisonKey) -> Int? {
        guard !key.isEmpty else { return nil }
        if let exact = goalKeys.first(where: { $0.key.hasSameText(key) }) { return exact.number }
        return goalKeys.first(where: { TextKey.matches(key, $0.key) })?.number
    }

    public func section(heading text: String, inGoal: Bool) -> TemplateMapping.SectionRule? {
        section(headingKey: ComparisonKey(TextKey.heading(text)), inGoal: inGoal)
    }

    /// `section(heading:inGoal:)` for a heading already keyed with `TextKey.heading`.
    func section(headingKey key: ComparisonKey, inGoal: Bool) -> TemplateMapping.SectionRule? {
        guard !key.isEmpty else { return nil }
        let candidates = sectionKeys.lazy.filter { entry in
            switch entry.rule.scope ?? "any" {
            case "goal": inGoal
            case "document": !inGoal || entry.rule.kind == .annex || entry.rule.kind.rawValue.hasPrefix("plan")
            default: true
            }
        }
        if let exact = candidates.first(where: { $0.key.hasSameText(key) }) { return exact.rule }
        return candidates.first(where: { TextKey.matches(key, $0.key) })?.rule
    }

    /// THL guidance text: "< Kuvaus … >" (also with the "<" or ">" lost, as real files have it).
    public func placeholder(_ text: String) -> (isPlaceholder: Bool, section: SectionKind?) {
        var keyed = KeyedText(text)
        return placeholder(&keyed)
    }

    /// `placeholder(_:)` for a paragraph whose keys are worked out once for every rule.
    func placeholder(_ text: inout KeyedText) -> (isPlaceholder: Bool, section: SectionKind?) {
        guard text.characterCount <= longestPlaceholder + 20 else {
            return (text.bracketedCount() != nil, nil)
        }
        if text.isPlain, let outcome = plainPlaceholders.match(text.text) {
            switch outcome {
            case .guidance(let section): return (true, section)
            case .emptyKey: return (false, nil)
            case .unmatched: return ((text.bracketedCount() ?? 0) > 4, nil)
            }
        }
        return placeholderByKey(&text)
    }

    /// `placeholder(_:)` with the paragraph's key built as a string: the straightforward version,
    /// for text the byte comparison cannot decide.
    func placeholderByKey(_ text: inout KeyedText) -> (isPlaceholder: Bool, section: SectionKind?) {
        guard text.characterCount <= longestPlaceholder + 20 else {
            return (text.bracketedCount() != nil, nil)
        }
        let key = ComparisonKey(Self.placeholderKey(normalised: text.normalised()))
        guard !key.isEmpty else { return (false, nil) }
        if let rule = placeholderKeys.first(where: { TextKey.matches(key, $0.key) }) {
            return (true, rule.section)
        }
        if key.count > 20, let rule = placeholderKeys.first(where: { $0.key.hasSuffix(key) }) {
            return (true, rule.section)  // a fragment of guidance text
        }
        return ((text.bracketedCount() ?? 0) > 4, nil)
    }

    public func isIgnored(_ text: String) -> Bool {
        var keyed = KeyedText(text)
        return isIgnored(&keyed)
    }

    func isIgnored(_ text: inout KeyedText) -> Bool {
        // Most mappings ignore nothing: then no paragraph needs its key for this.
        guard !ignoreKeys.isEmpty, text.characterCount <= longestIgnored * 2 + 10 else { return false }
        return ignoreKeys.contains(text.heading())
    }

    private static func placeholderKey(normalised: String) -> String {
        var key = normalised
        if let first = key.first, first == "<" || first == " " { key = String(key.drop { $0 == "<" || $0 == " " }) }
        while let last = key.last, last == ">" || last == " " { key.removeLast() }
        return key
    }
}
