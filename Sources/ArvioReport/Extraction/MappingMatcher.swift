/// A template mapping with every phrase turned into its `TextKey` once, so a document's
/// paragraphs are compared with keys, not with the mapping's wording.
public struct MappingMatcher {
    public let mapping: TemplateMapping
    private var goalKeys: [(key: MatchKey, number: Int)] = []
    private var sectionKeys: [SectionKey] = []
    private var placeholderKeys: [(key: MatchKey, section: SectionKind?)] = []
    private var ignoreKeys: Set<String> = []

    public init(_ mapping: TemplateMapping) {
        self.mapping = mapping
        for goal in mapping.nationalGoals ?? [] {
            for title in goal.titles { goalKeys.append((MatchKey(TextKey.heading(title)), goal.number)) }
        }
        for rule in mapping.sections ?? [] {
            for heading in rule.headings { sectionKeys.append(SectionKey(key: MatchKey(TextKey.heading(heading)), rule: rule)) }
        }
        for rule in mapping.placeholders ?? [] { placeholderKeys.append((MatchKey(Self.placeholderKey(TextKey.normalise(rule.text))), rule.section)) }
        for text in mapping.ignore ?? [] { ignoreKeys.insert(TextKey.heading(text)) }
    }

    /// The national goal a heading names: by title variant, typos tolerated; an exact title
    /// wins over a near miss of an earlier one.
    public func nationalGoal(heading text: String) -> Int? {
        nationalGoal(headingKey: TextKey.heading(text))
    }

    /// `nationalGoal(heading:)` for a heading already keyed with `TextKey.heading`.
    func nationalGoal(headingKey key: String) -> Int? {
        guard !key.isEmpty else { return nil }
        if let goal = goalKeys.first(where: { $0.key.text == key }) { return goal.number }
        let heading = MatchKey(key)
        return goalKeys.first { $0.key.isMatched(by: heading) }?.number
    }

    public func section(heading text: String, inGoal: Bool) -> TemplateMapping.SectionRule? {
        section(headingKey: TextKey.heading(text), inGoal: inGoal)
    }

    /// `section(heading:inGoal:)` for a heading already keyed with `TextKey.heading`.
    /// `exactly`: the heading's words must be the rule's, no typo allowed (for plain-text lines).
    func section(headingKey key: String, inGoal: Bool, exactly: Bool = false) -> TemplateMapping.SectionRule? {
        guard !key.isEmpty else { return nil }
        let applying = sectionKeys.filter { $0.applies(inGoal: inGoal) }
        if let section = applying.first(where: { $0.key.text == key }) { return section.rule }
        if exactly { return nil }
        let heading = MatchKey(key)
        return applying.first { $0.key.isMatched(by: heading) }?.rule
    }

    /// A section heading of the mapping, with where its rule applies worked out once.
    private struct SectionKey {
        let key: MatchKey
        let rule: TemplateMapping.SectionRule
        private let inGoal: Bool
        private let outsideGoal: Bool

        init(key: MatchKey, rule: TemplateMapping.SectionRule) {
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
        placeholder(normalised: TextKey.normalise(text))
    }

    /// `placeholder(_:)` for text already passed through `TextKey.normalise`.
    func placeholder(normalised: String) -> (isPlaceholder: Bool, section: SectionKind?) {
        let key = MatchKey(Self.placeholderKey(normalised))
        guard !key.text.isEmpty else { return (false, nil) }
        if let rule = placeholderKeys.first(where: { $0.key.isMatched(by: key) }) {
            return (true, rule.section)
        }
        if key.count > 20, let rule = placeholderKeys.first(where: { $0.key.text.hasSuffix(key.text) }) {
            return (true, rule.section)  // a fragment of guidance text
        }
        // Any other text in angle brackets longer than "<  >".
        return (normalised.hasPrefix("<") && normalised.hasSuffix(">") && normalised.count > 4, nil)
    }

    /// Decoration the mapping names (logo or text-box text).
    public func isIgnored(_ text: String) -> Bool {
        isIgnored(normalised: TextKey.normalise(text))
    }

    /// `isIgnored(_:)` for text already passed through `TextKey.normalise`.
    func isIgnored(normalised: String) -> Bool {
        !ignoreKeys.isEmpty && ignoreKeys.contains(TextKey.heading(normalised: normalised))
    }

    private static func placeholderKey(_ normalised: String) -> String {
        var key = normalised
        if let first = key.first, first == "<" || first == " " { key = String(key.drop { $0 == "<" || $0 == " " }) }
        while let last = key.last, last == ">" || last == " " { key.removeLast() }
        return key
    }
}
