/// A template mapping with every phrase turned into a comparison key once, so matching a
/// document's hundreds of paragraphs costs dictionary look-ups, not string work.
public struct MappingMatcher {
    public let mapping: TemplateMapping
    private var goalKeys: [(key: String, number: Int)] = []
    private var sectionKeys: [(key: String, rule: TemplateMapping.SectionRule)] = []
    private var placeholderKeys: [(key: String, section: SectionKind?)] = []
    private var ignoreKeys: Set<String> = []
    /// Longest guidance text and decoration: longer paragraphs are never normalised to compare.
    private var longestPlaceholder = 0
    private var longestIgnored = 0

    public init(_ mapping: TemplateMapping) {
        self.mapping = mapping
        for goal in mapping.nationalGoals ?? [] {
            for title in goal.titles { goalKeys.append((TextKey.heading(title), goal.number)) }
        }
        for rule in mapping.sections ?? [] {
            for heading in rule.headings { sectionKeys.append((TextKey.heading(heading), rule)) }
        }
        for rule in mapping.placeholders ?? [] { placeholderKeys.append((Self.placeholderKey(rule.text), rule.section)) }
        for text in mapping.ignore ?? [] { ignoreKeys.insert(TextKey.heading(text)) }
        longestPlaceholder = placeholderKeys.map(\.key.count).max() ?? 0
        longestIgnored = ignoreKeys.map(\.count).max() ?? 0
    }

    /// The national goal a heading names: by title variant, typos tolerated; the heading's own
    /// number only decides between near misses.
    public func nationalGoal(heading text: String) -> Int? {
        let key = TextKey.heading(text)
        guard !key.isEmpty else { return nil }
        if let exact = goalKeys.first(where: { $0.key == key }) { return exact.number }
        return goalKeys.first(where: { TextKey.matches(key, $0.key) })?.number
    }

    public func section(heading text: String, inGoal: Bool) -> TemplateMapping.SectionRule? {
        let key = TextKey.heading(text)
        guard !key.isEmpty else { return nil }
        let candidates = sectionKeys.filter { entry in
            switch entry.rule.scope ?? "any" {
            case "goal": inGoal
            case "document": !inGoal || entry.rule.kind == .annex || entry.rule.kind.rawValue.hasPrefix("plan")
            default: true
            }
        }
        if let exact = candidates.first(where: { $0.key == key }) { return exact.rule }
        return candidates.first(where: { TextKey.matches(key, $0.key) })?.rule
    }

    /// THL guidance text: "< Kuvaus … >" (also with the "<" or ">" lost, as real files have it).
    public func placeholder(_ text: String) -> (isPlaceholder: Bool, section: SectionKind?) {
        if text.count > longestPlaceholder + 20 {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            return (trimmed.hasPrefix("<") && trimmed.hasSuffix(">"), nil)
        }
        let key = Self.placeholderKey(text)
        guard !key.isEmpty else { return (false, nil) }
        if let rule = placeholderKeys.first(where: { $0.key == key || TextKey.matches(key, $0.key) }) {
            return (true, rule.section)
        }
        if let rule = placeholderKeys.first(where: { $0.key.hasSuffix(key) && key.count > 20 }) {
            return (true, rule.section)  // a fragment of guidance text
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return (trimmed.hasPrefix("<") && trimmed.hasSuffix(">") && trimmed.count > 4, nil)
    }

    public func isIgnored(_ text: String) -> Bool {
        guard text.count <= longestIgnored * 2 + 10 else { return false }
        return ignoreKeys.contains(TextKey.heading(text))
    }

    private static func placeholderKey(_ text: String) -> String {
        var key = TextKey.normalise(text)
        while let first = key.first, first == "<" || first == " " { key.removeFirst() }
        while let last = key.last, last == ">" || last == " " { key.removeLast() }
        return key
    }
}
