import ArvioXML

/// `word/numbering.xml`: abstract list definitions, the `w:num` instances that point at them
/// with their overrides, and the counters that turn them into labels as Word shows them.
struct NumberingDefinitions {
    struct Level {
        var start = 1
        var format = "decimal"
        var text = "%1."
        /// Restart after this (1-based) level is used; nil = after any higher level, 0 = never.
        var restart: Int?
        var isLegal = false
    }

    struct Abstract {
        var levels: [Int: Level] = [:]
        var numStyleLink: String?
        var styleLink: String?
    }

    struct Instance {
        var abstractId: Int
        var startOverrides: [Int: Int] = [:]
        var levelOverrides: [Int: Level] = [:]
    }

    private(set) var abstracts: [Int: Abstract] = [:]
    private(set) var instances: [Int: Instance] = [:]

    init() {}

    init(_ root: XMLElement) {
        for element in root.children("w:abstractNum") {
            guard let id = element.attribute("w:abstractNumId").flatMap(Int.init) else { continue }
            var abstract = Abstract()
            abstract.numStyleLink = element.child("w:numStyleLink")?.attribute("w:val")
            abstract.styleLink = element.child("w:styleLink")?.attribute("w:val")
            for level in element.children("w:lvl") {
                if let index = level.attribute("w:ilvl").flatMap(Int.init) { abstract.levels[index] = Self.level(level) }
            }
            abstracts[id] = abstract
        }
        for element in root.children("w:num") {
            guard let id = element.attribute("w:numId").flatMap(Int.init),
                  let abstractId = element.child("w:abstractNumId")?.attribute("w:val").flatMap(Int.init) else { continue }
            var instance = Instance(abstractId: abstractId)
            for override in element.children("w:lvlOverride") {
                guard let index = override.attribute("w:ilvl").flatMap(Int.init) else { continue }
                if let start = override.child("w:startOverride")?.attribute("w:val").flatMap(Int.init) {
                    instance.startOverrides[index] = start
                }
                if let level = override.child("w:lvl") { instance.levelOverrides[index] = Self.level(level) }
            }
            instances[id] = instance
        }
    }

    private static func level(_ element: XMLElement) -> Level {
        var level = Level()
        if let start = element.child("w:start")?.attribute("w:val").flatMap(Int.init) { level.start = start }
        if let format = element.child("w:numFmt")?.attribute("w:val") { level.format = format }
        level.text = element.child("w:lvlText")?.attribute("w:val") ?? ""
        level.restart = element.child("w:lvlRestart")?.attribute("w:val").flatMap(Int.init)
        level.isLegal = OnOff.flag(element.child("w:isLgl")) ?? false
        return level
    }

    /// The abstract definition behind a `w:num`, following `w:numStyleLink` through the
    /// numbering style to the definition that really holds the levels.
    func abstractId(for numId: Int, styles: StyleSheet) -> Int? {
        guard var abstractId = instances[numId]?.abstractId else { return nil }
        var hops = 0
        while let link = abstracts[abstractId]?.numStyleLink, hops < 8 {
            hops += 1
            guard let linkedNum = styles.numbering(link)?.numId,
                  let linked = instances[linkedNum]?.abstractId, linked != abstractId else { break }
            abstractId = linked
        }
        return abstractId
    }

    func level(numId: Int, abstractId: Int, level index: Int) -> Level? {
        instances[numId]?.levelOverrides[index] ?? abstracts[abstractId]?.levels[index]
    }
}

/// Word's list counters, advanced paragraph by paragraph in document order.
///
/// Counters belong to the abstract definition, so two `w:num`s sharing one continue each
/// other's numbering — unless a `w:num` carries a `w:startOverride`, which restarts its levels
/// the first time that `w:num` is used (this is how Word's "Restart at 1" is stored).
struct ListCounter {
    let definitions: NumberingDefinitions
    let styles: StyleSheet
    private var counters: [Int: [Int?]] = [:]
    /// Per `w:num`, its definition resolved once (nil: it leads nowhere): a long document has
    /// thousands of list paragraphs and only a few lists.
    private var lists: [Int: ResolvedList?] = [:]

    private struct ResolvedList {
        let abstractId: Int
        /// Levels 0–8, overrides applied; nil where neither the instance nor the definition has one.
        let levels: [NumberingDefinitions.Level?]
        let startOverrides: [Int: Int]
        /// The instance's start overrides have been applied (on its first use).
        var started = false

        func start(_ index: Int) -> Int { startOverrides[index] ?? levels[index]?.start ?? 1 }
    }

    init(definitions: NumberingDefinitions, styles: StyleSheet) {
        self.definitions = definitions
        self.styles = styles
    }

    private mutating func resolvedList(_ numId: Int) -> ResolvedList? {
        if let known = lists[numId] { return known }
        var list: ResolvedList?
        if let abstractId = definitions.abstractId(for: numId, styles: styles) {
            list = ResolvedList(
                abstractId: abstractId,
                levels: (0 ..< 9).map { definitions.level(numId: numId, abstractId: abstractId, level: $0) },
                startOverrides: definitions.instances[numId]?.startOverrides ?? [:])
        }
        lists[numId] = list
        return list
    }

    mutating func next(numId: Int, level: Int) -> ListItem? {
        guard numId != 0, var list = resolvedList(numId) else { return nil }
        let level = min(max(level, 0), 8)
        var values = counters.removeValue(forKey: list.abstractId) ?? Array(repeating: nil, count: 9)
        if !list.started {
            list.started = true
            lists[numId] = list
            for overridden in list.startOverrides.keys where overridden < 9 { values[overridden] = nil }
        }
        values[level] = (values[level] ?? (list.start(level) - 1)) + 1
        for deeper in (level + 1) ..< 9 {
            let restart = list.levels[deeper]?.restart
            if restart == nil || (restart! > 0 && restart! - 1 >= level) { values[deeper] = nil }
        }
        let definition = list.levels[level] ?? .init()
        let label = render(definition, values: values, list: list)
        counters[list.abstractId] = values
        return ListItem(numId: numId, level: level, label: label, format: definition.format, abstractNumId: list.abstractId)
    }

    private func render(_ definition: NumberingDefinitions.Level, values: [Int?], list: ResolvedList) -> String {
        if definition.format == "bullet" { return ListLabel.bullet(definition.text) }
        if definition.format == "none" && !definition.text.contains("%") { return definition.text }
        var label = ""
        var characters = definition.text.makeIterator()
        while let character = characters.next() {
            guard character == "%" else { label.append(character); continue }
            guard let digit = characters.next() else { label.append(character); break }
            guard let index = digit.wholeNumberValue, (1 ... 9).contains(index) else {
                label.append(character); label.append(digit); continue
            }
            let levelIndex = index - 1
            let value = values[levelIndex] ?? list.start(levelIndex)
            let format = definition.isLegal ? "decimal" : (list.levels[levelIndex] ?? .init()).format
            label += ListLabel.format(value, as: format)
        }
        return label
    }
}
