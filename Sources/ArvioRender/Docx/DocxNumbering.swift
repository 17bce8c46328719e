/// `word/numbering.xml` for a rendered document: list labels come back exactly as the report
/// holds them ("•", "o", "1.", "a)"). Bullets and numbers are real Word lists — a number that
/// does not follow from the one before starts a new list instance with `w:startOverride` —
/// and a label no list format can produce ("1.2.", "TP 1") is kept as literal level text.
/// Goal headings written without their number get one from a decimal list of their own.
struct DocxNumbering {
    /// A list definition (`w:abstractNum`): bullets with one character, or a counting format.
    enum Family: Hashable {
        /// Word's usual bullets by level: •, o, ▪.
        case standardBullets
        case goalHeadings
        case bullet(String)
        case counting(format: String, suffix: String)
        case literal
    }

    private var families: [Family] = [.standardBullets, .goalHeadings]
    private var instances: [(family: Int, startOverride: (level: Int, value: Int)?, literal: (level: Int, text: String)?)] = []
    private var current: [Family: Int] = [:]
    private var counters: [Family: [Int?]] = [:]
    private var literalInstances: [String: Int] = [:]

    var isEmpty: Bool { instances.isEmpty }

    /// The `w:numId` and `w:ilvl` that make Word show `label` at `level`.
    mutating func assign(label: String, level rawLevel: Int) -> (numId: Int, level: Int) {
        let level = min(max(rawLevel, 0), 8)
        if label == StandardBullets.label(level: level) { return (instance(for: .standardBullets), level) }
        if let (format, value, suffix) = Self.counting(label) {
            return (count(.counting(format: format, suffix: suffix), value: value, level: level), level)
        }
        if Self.isBullet(label) { return (instance(for: .bullet(label)), level) }
        return (literal(label, level: level), level)
    }

    /// Numbering for a goal heading whose text has no number: shows "`number`.".
    mutating func assignGoalHeading(_ number: Int) -> (numId: Int, level: Int) {
        (count(.goalHeadings, value: number, level: 0), 0)
    }

    private mutating func family(_ family: Family) -> Int {
        if let index = families.firstIndex(of: family) { return index }
        families.append(family)
        return families.count - 1
    }

    private mutating func instance(for family: Family) -> Int {
        if let existing = current[family] { return existing }
        instances.append((self.family(family), nil, nil))
        current[family] = instances.count
        return instances.count
    }

    /// Word's counters belong to the list definition: the value shown is the last one plus
    /// one, and a shallower level resets the deeper ones. When that is not `value`, a new
    /// instance restarts at it.
    private mutating func count(_ family: Family, value: Int, level: Int) -> Int {
        var values = counters[family] ?? Array(repeating: nil, count: 9)
        let numId: Int
        if let existing = current[family], (values[level] ?? 0) + 1 == value {
            numId = existing
        } else {
            instances.append((self.family(family), (level, value), nil))
            numId = instances.count
            current[family] = numId
        }
        values[level] = value
        for deeper in (level + 1) ..< 9 { values[deeper] = nil }
        counters[family] = values
        return numId
    }

    private mutating func literal(_ label: String, level: Int) -> Int {
        let key = "\(level)\u{0}\(label)"
        if let existing = literalInstances[key] { return existing }
        instances.append((family(.literal), nil, (level, label)))
        literalInstances[key] = instances.count
        return instances.count
    }

    /// "3." → decimal 3; "b)" → lowerLetter 2; "iv." → lowerRoman 4.
    static func counting(_ label: String) -> (format: String, value: Int, suffix: String)? {
        guard let last = label.last, last == "." || last == ")", label.count >= 2 else { return nil }
        let body = String(label.dropLast())
        let suffix = String(last)
        if body.allSatisfy({ $0.isASCII && $0.isNumber }), body.count <= 6, let value = Int(body), value > 0 {
            return String(value) == body ? ("decimal", value, suffix) : nil
        }
        if body.count == 1, let scalar = body.unicodeScalars.first, scalar.isASCII, body.first!.isLetter {
            let value = Int(scalar.value) - (body.first!.isUppercase ? 64 : 96)
            return (body.first!.isUppercase ? "upperLetter" : "lowerLetter", value, suffix)
        }
        if let value = roman(body.uppercased()), body.count > 1 {
            return (body.first!.isUppercase ? "upperRoman" : "lowerRoman", value, suffix)
        }
        return nil
    }

    private static func roman(_ text: String) -> Int? {
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100]
        guard !text.isEmpty, text.allSatisfy({ values[$0] != nil }) else { return nil }
        var total = 0
        let digits = text.map { values[$0]! }
        for (index, digit) in digits.enumerated() {
            total += index + 1 < digits.count && digits[index + 1] > digit ? -digit : digit
        }
        return total
    }

    /// A label without letters or digits, or one character with no "." or ")": a bullet.
    static func isBullet(_ label: String) -> Bool {
        guard !label.isEmpty, !label.contains("%") else { return false }
        return label.count == 1 || !label.contains { $0.isLetter || $0.isNumber }
    }

    // MARK: XML

    var xml: String {
        var xml = XMLText.declaration
        xml += "<w:numbering xmlns:w=\"\(DocxRenderer.wordNamespace)\">"
        for (index, family) in families.enumerated() {
            xml += "<w:abstractNum w:abstractNumId=\"\(index)\"><w:multiLevelType w:val=\"hybridMultilevel\"/>"
            for level in 0 ..< 9 { xml += Self.level(level, family: family) }
            xml += "</w:abstractNum>"
        }
        for (offset, instance) in instances.enumerated() {
            xml += "<w:num w:numId=\"\(offset + 1)\"><w:abstractNumId w:val=\"\(instance.family)\"/>"
            if let (level, value) = instance.startOverride {
                xml += "<w:lvlOverride w:ilvl=\"\(level)\"><w:startOverride w:val=\"\(value)\"/></w:lvlOverride>"
            }
            if let (level, text) = instance.literal {
                xml += "<w:lvlOverride w:ilvl=\"\(level)\">" + Self.levelXML(level, format: "none", text: text, font: nil) + "</w:lvlOverride>"
            }
            xml += "</w:num>"
        }
        return xml + "</w:numbering>"
    }

    private static func level(_ level: Int, family: Family) -> String {
        switch family {
        case .standardBullets:
            let bullet = StandardBullets.label(level: level)
            return levelXML(level, format: "bullet", text: bullet, font: bullet == "o" ? "Courier New" : nil)
        case .goalHeadings:
            return levelXML(level, format: "decimal", text: "%\(level + 1).", font: nil, indent: false)
        case .bullet(let text):
            return levelXML(level, format: "bullet", text: text, font: nil)
        case .counting(let format, let suffix):
            return levelXML(level, format: format, text: "%\(level + 1)\(suffix)", font: nil)
        case .literal:
            return levelXML(level, format: "none", text: "", font: nil)
        }
    }

    private static func levelXML(_ level: Int, format: String, text: String, font: String?, indent: Bool = true) -> String {
        var xml = "<w:lvl w:ilvl=\"\(level)\"><w:start w:val=\"1\"/><w:numFmt w:val=\"\(format)\"/>"
        xml += "<w:lvlText w:val=\"\(XMLText.escape(text))\"/><w:lvlJc w:val=\"left\"/>"
        if indent { xml += "<w:pPr><w:ind w:left=\"\(720 + 360 * level)\" w:hanging=\"360\"/></w:pPr>" }
        if let font { xml += "<w:rPr><w:rFonts w:ascii=\"\(font)\" w:hAnsi=\"\(font)\" w:cs=\"\(font)\" w:hint=\"default\"/></w:rPr>" }
        return xml + "</w:lvl>"
    }
}
