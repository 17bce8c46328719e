/// A template mapping with every phrase turned into its `TextKey` once, so a document's
/// paragraphs are compared with keys, not with the mapping's wording.
public struct MappingMatcher {
    public let mapping: TemplateMapping
    private var goalKeys: [(key: String, number: Int)] = []
    private var sectionKeys: [SectionKey] = []
    private var placeholderKeys: [(key: String, section: SectionKind?)] = []
    private var ignoreKeys: Set<String> = []

    public init(_ mapping: TemplateMapping) {
        self.mapping = mapping
        for goal in mapping.nationalGoals ?? [] {
            for title in goal.titles { goalKeys.append((TextKey.heading(title), goal.number)) }
        }
        for rule in mapping.sections ?? [] {
            for heading in rule.headings { sectionKeys.append(SectionKey(key: TextKey.heading(heading), rule: rule)) }
        }
        for rule in mapping.placeholders ?? [] { placeholderKeys.append((Self.placeholderKey(TextKey.normalise(rule.text)), rule.section)) }
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
        if let goal = goalKeys.first(where: { $0.key == key }) { return goal.number }
        return goalKeys.first { TextKey.matches(key, $0.key) }?.number
    }

    public func section(heading text: String, inGoal: Bool) -> TemplateMapping.SectionRule? {
        section(headingKey: TextKey.heading(text), inGoal: inGoal)
    }

    /// `section(heading:inGoal:)` for a heading already keyed with `TextKey.heading`.
    /// `exactly`: the heading's words must be the rule's, no typo allowed (for plain-text lines).
    func section(headingKey key: String, inGoal: Bool, exactly: Bool = false) -> TemplateMapping.SectionRule? {
        guard !key.isEmpty else { return nil }
        let applying = sectionKeys.filter { $0.applies(inGoal: inGoal) }
        if let section = applying.first(where: { $0.key == key }) { return section.rule }
        if exactly { return nil }
        return applying.first { TextKey.matches(key, $0.key) }?.rule
    }

    /// A section heading of the mapping, with where its rule applies worked out once.
    private struct SectionKey {
        let key: String
        let rule: TemplateMapping.SectionRule
        private let inGoal: Bool
        private let outsideGoal: Bool

        init(key: String, rule: TemplateMapping.SectionRule) {
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
        let key = Self.placeholderKey(TextKey.normalise(text))
        guard !key.isEmpty else { return (false, nil) }
        if let rule = placeholderKeys.first(where: { TextKey.matches(key, $0.key) }) {
            return (true, rule.section)
        }
        if key.count > 20, let rule = placeholderKeys.first(where: { $0.key.hasSuffix(key) }) {
            return (true, rule.section)  // a fragment of guidance text
        }
        return ((Self.bracketedLength(text) ?? 0) > 4, nil)
    }

    /// Decoration the mapping names (logo or text-box text).
    public func isIgnored(_ text: String) -> Bool {
        ignoreKeys.contains(TextKey.heading(text))
    }

    private static func placeholderKey(_ normalised: String) -> String {
        var key = normalised
        if let first = key.first, first == "<" || first == " " { key = String(key.drop { $0 == "<" || $0 == " " }) }
        while let last = key.last, last == ">" || last == " " { key.removeLast() }
        return key
    }

    /// Characters of `text` without surrounding spaces, when that starts with "<" and ends with ">".
    private static func bracketedLength(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed.hasPrefix("<") && trimmed.hasSuffix(">") ? trimmed.count : nil
    }
}

import Foundation
