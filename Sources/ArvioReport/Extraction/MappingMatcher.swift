/// A template mapping with every phrase turned into a comparison key once, so matching a
/// document's hundreds of paragraphs costs dictionary look-ups, not string work.
public struct MappingMatcher {
    public let mapping: TemplateMapping
    private var goalKeys: [(key: ComparisonKey, number: Int)] = []
    private var sectionKeys: [SectionKey] = []
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
            for heading in rule.headings { sectionKeys.append(SectionKey(key: ComparisonKey(TextKey.heading(heading), keepingScalars: true), rule: rule)) }
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
        // By index, here and in `section`: an entry copied out to be looked at costs more than the look.
        for index in goalKeys.indices where goalKeys[index].key.hasSameText(key) { return goalKeys[index].number }
        for index in goalKeys.indices where TextKey.matches(key, goalKeys[index].key) { return goalKeys[index].number }
        return nil
    }

    public func section(heading text: String, inGoal: Bool) -> TemplateMapping.SectionRule? {
        section(headingKey: ComparisonKey(TextKey.heading(text)), inGoal: inGoal)
    }

    /// `section(heading:inGoal:)` for a heading already keyed with `TextKey.heading`.
    /// `exactly`: the heading's words must be the rule's, no typo allowed (for plain-text lines).
    func section(headingKey key: ComparisonKey, inGoal: Bool, exactly: Bool = false) -> TemplateMapping.SectionRule? {
        guard !key.isEmpty else { return nil }
        for index in sectionKeys.indices where sectionKeys[index].applies(inGoal: inGoal) && sectionKeys[index].key.hasSameText(key) {
            return sectionKeys[index].rule
        }
        if exactly { return nil }
        for index in sectionKeys.indices where sectionKeys[index].applies(inGoal: inGoal) && TextKey.matches(key, sectionKeys[index].key) {
            return sectionKeys[index].rule
        }
        return nil
    }

    /// A section heading of the mapping, with where its rule applies worked out once.
    private struct SectionKey {
        let key: ComparisonKey
        let rule: TemplateMapping.SectionRule
        private let inGoal: Bool
        private let outsideGoal: Bool

        init(key: ComparisonKey, rule: TemplateMapping.SectionRule) {
            self.key = key
            self.rule = rule
            switch rule.scope ?? "any" {
            case "goal": (inGoal, outsideGoal) = (true, false)
            case "document": (inGoal, outsideGoal) = (rule.kind == .annex || rule.kind.rawValue.hasPrefix("plan"), true)
            default: (inGoal, outsideGoal) = (true, true)
            }
        }

        func applies(inGoal: Bool) -> Bool { inGoal ? self.inGoal : outsideGoal }
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
