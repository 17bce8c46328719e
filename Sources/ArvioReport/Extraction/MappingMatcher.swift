/// A template mapping with every phrase turned into a comparison key once, so matching a
/// document's hundreds of paragraphs costs dictionary look-ups, not string work.
public struct MappingMatcher {
    public let mapping: TemplateMapping
    private var goalKeys: [(key: ComparisonKey, number: Int)] = []
    private var sectionKeys: [(key: ComparisonKey, rule: TemplateMapping.SectionRule)] = []
    private var placeholderKeys: [(key: ComparisonKey, section: SectionKind?)] = []
    private var ignoreKeys: Set<String> = []
    /// Longest guidance text and decoration: longer paragraphs are never normalised to compare.
    private var longestPlaceholder = 0
    private var longestIgnored = 0

    public init(_ mapping: TemplateMapping) {
        self.mapping = mapping
        for goal in mapping.nationalGoals ?? [] {
            for title in goal.titles { goalKeys.append((ComparisonKey(TextKey.heading(title)), goal.number)) }
        }
        for rule in mapping.sections ?? [] {
            for heading in rule.headings { sectionKeys.append((ComparisonKey(TextKey.heading(heading)), rule)) }
        }
        for rule in mapping.placeholders ?? [] { placeholderKeys.append((ComparisonKey(Self.placeholderKey(rule.text)), rule.section)) }
        for text in mapping.ignore ?? [] { ignoreKeys.insert(TextKey.heading(text)) }
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
        if let exact = goalKeys.first(where: { $0.key.text == key.text }) { return exact.number }
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
        if let exact = candidates.first(where: { $0.key.text == key.text }) { return exact.rule }
        return candidates.first(where: { TextKey.matches(key, $0.key) })?.rule
    }

    /// THL guidance text: "< Kuvaus … >" (also with the "<" or ">" lost, as real files have it).
    public func placeholder(_ text: String) -> (isPlaceholder: Bool, section: SectionKind?) {
        guard text.hasAtMost(longestPlaceholder + 20) else {
            let trimmed = Whitespace.whitespaces.trimmed(text)
            return (trimmed.hasPrefix("<") && trimmed.hasSuffix(">"), nil)
        }
        let key = ComparisonKey(Self.placeholderKey(text))
        guard !key.isEmpty else { return (false, nil) }
        if let rule = placeholderKeys.first(where: { TextKey.matches(key, $0.key) }) {
            return (true, rule.section)
        }
        if key.count > 20, let rule = placeholderKeys.first(where: { $0.key.hasSuffix(key) }) {
            return (true, rule.section)  // a fragment of guidance text
        }
        let trimmed = Whitespace.whitespaces.trimmed(text)
        return (trimmed.hasPrefix("<") && trimmed.hasSuffix(">") && trimmed.count > 4, nil)
    }

    public func isIgnored(_ text: String) -> Bool {
        guard text.hasAtMost(longestIgnored * 2 + 10) else { return false }
        return ignoreKeys.contains(TextKey.heading(text))
    }

    private static func placeholderKey(_ text: String) -> String {
        var key = TextKey.normalise(text)
        if let first = key.first, first == "<" || first == " " { key = String(key.drop { $0 == "<" || $0 == " " }) }
        while let last = key.last, last == ">" || last == " " { key.removeLast() }
        return key
    }
}
