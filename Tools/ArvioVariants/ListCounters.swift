/// List labels as Word numbers them ("1.", "2.3"), computed from the numbering part for the
/// paragraphs of a document taken in order. Used to type a heading's number into its text.
///
/// Counters are kept per abstract numbering definition (Word continues a list across `w:num`
/// instances of the same definition); a level's counter restarts when a shallower level moves
/// on; `w:startOverride` restarts a level the first time its `w:num` is used. Not modelled:
/// `w:numStyleLink`, `w:lvlRestart`, `w:isLgl` — the seeds' heading lists use none of them.
struct ListCounters {
    struct Level {
        var start = 1
        var format = "decimal"
        var text = "%1."
    }

    private var abstractOf: [String: String] = [:]
    private var levels: [String: [Int: Level]] = [:]
    private var startOverrides: [String: [Int: Int]] = [:]
    private var counters: [String: [Int: Int]] = [:]
    private var numsSeen: Set<String> = []

    init(_ parts: WordParts) throws {
        guard let name = try parts.relatedPart("numbering"), let part = try parts.part(name) else { return }
        for abstract in part.root.children("abstractNum") {
            guard let id = abstract["abstractNumId"] else { continue }
            var byLevel: [Int: Level] = [:]
            for lvl in abstract.children("lvl") {
                guard let index = lvl["ilvl"].flatMap(Int.init) else { continue }
                var level = Level()
                if let start = lvl.child("start")?["val"].flatMap(Int.init) { level.start = start }
                if let format = lvl.child("numFmt")?["val"] { level.format = format }
                level.text = lvl.child("lvlText")?["val"] ?? ""
                byLevel[index] = level
            }
            levels[id] = byLevel
        }
        for num in part.root.children("num") {
            guard let id = num["numId"], let abstract = num.child("abstractNumId")?["val"] else { continue }
            abstractOf[id] = abstract
            for override in num.children("lvlOverride") {
                if let index = override["ilvl"].flatMap(Int.init), let start = override.child("startOverride")?["val"].flatMap(Int.init) {
                    startOverrides[id, default: [:]][index] = start
                }
            }
        }
    }

    /// Counts one paragraph numbered (`numId`, `level`) and returns its label ("" when the level
    /// shows no number), or nil when the numbering is missing or a bullet.
    mutating func advance(numId: String, level: Int) -> String? {
        guard numId != "0", let abstract = abstractOf[numId], let definition = levels[abstract] else { return nil }
        var counts = counters[abstract] ?? [:]
        if !numsSeen.contains(numId) {
            numsSeen.insert(numId)
            for (index, start) in startOverrides[numId] ?? [:] { counts[index] = start - 1 }
        }
        counts[level] = (counts[level] ?? ((definition[level]?.start ?? 1) - 1)) + 1
        for deeper in counts.keys where deeper > level { counts[deeper] = nil }
        counters[abstract] = counts
        guard let own = definition[level], own.format != "bullet" else { return nil }
        // LibreOffice numbers its heading styles with an outline list that shows nothing.
        if own.format == "none" { return "" }
        var label = own.text
        for index in 0 ... level {
            let value = counts[index] ?? definition[index]?.start ?? 1
            label = label.replacingOccurrences(of: "%\(index + 1)", with: Self.format(value, as: definition[index]?.format ?? "decimal"))
        }
        return label
    }

    static func format(_ value: Int, as format: String) -> String {
        switch format {
        case "decimalZero": value < 10 ? "0\(value)" : "\(value)"
        case "lowerLetter": letters(value)
        case "upperLetter": letters(value).uppercased()
        case "lowerRoman": roman(value)
        case "upperRoman": roman(value).uppercased()
        default: "\(value)"
        }
    }

    private static func letters(_ value: Int) -> String {
        guard value > 0 else { return "\(value)" }
        let letter = Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8((value - 1) % 26)))
        return String(repeating: String(letter), count: (value - 1) / 26 + 1)
    }

    private static func roman(_ value: Int) -> String {
        guard value > 0 else { return "\(value)" }
        let table: [(Int, String)] = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                                      (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        var rest = value, result = ""
        for (amount, letters) in table { while rest >= amount { result += letters; rest -= amount } }
        return result
    }
}
