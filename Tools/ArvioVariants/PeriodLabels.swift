import Foundation

/// Period labels of table cells written the ways coordinators write them instead of the
/// templates' "5/21", "11/2021" and "Lähtötila": "Kevät 2021", "syksy -21", "Toukokuu 2021",
/// "15.11.2021", "Tilanne 5/2021", Swedish "Hösten 2021", … — one form after another, so one
/// table mixes several. The same period either way (DOMAIN.md §5: "5/yy" is the spring report,
/// status April, deadline 15.5.; "11/yy" the autumn one, status October, deadline 15.11.;
/// "Lähtötila" the baseline, 15.11.2020).
///
/// Decided from the cell text alone, not by Arvio's reader: a cell whose whole text is
/// "5/yy", "11/yy", "5/yyyy", "11/yyyy" or "Lähtötila". Each rewrite is recorded as the text
/// before and after, in document order, for the tests that compare texts kept as written; no
/// written text stands for two originals.
enum PeriodLabels {
    static func apply(_ parts: WordParts, relabelled: inout [VariantSummary.Relabelling], notes: inout [String]) throws -> Int {
        guard let body = try parts.main.root.child("body") else { return 0 }
        var periods = 0, baselines = 0
        var origin: [String: String] = [:]
        for cell in body.descendants("tc") where cell.descendants("tc").isEmpty {
            let texts = cell.descendants("t")
            let original = cell.text.trimmingCharacters(in: .whitespaces)
            let written: String
            if original.lowercased() == "lähtötila" {
                written = baselineForms[baselines % baselineForms.count]
                baselines += 1
            } else if let (spring, year) = label(original) {
                // The next form, skipping one another label already became ("11/21" and
                // "11/2021" both "Syksy 2021"), so that every written text has one original.
                let all = forms(spring: spring, year: year)
                var choice = all[periods % all.count]
                while let other = origin[choice], other != original {
                    periods += 1
                    choice = all[periods % all.count]
                }
                written = choice
                periods += 1
            } else {
                continue
            }
            // The whole text goes into the first text element, the others are emptied: the cell
            // keeps its paragraph and run formatting.
            for (index, element) in texts.enumerated() { element.replaceText(index == 0 ? written : "") }
            origin[written] = original
            relabelled.append(.init(original: original, written: written))
        }
        if periods + baselines == 0 { notes.append("no table cell holds a period label") }
        return periods + baselines
    }

    /// The baseline, as other reports head its column.
    static let baselineForms = ["Lähtötilanne", "Lähtötilanne 11/2020", "Utgångsläge", "Lähtötilanne (2020)", "lähtötaso"]

    /// The period's label in nine forms, Finnish and Swedish.
    static func forms(spring: Bool, year: Int) -> [String] {
        let short = String(format: "%02d", year % 100)
        return [
            spring ? "Kevät \(year)" : "Syksy \(year)",
            spring ? "kevät -\(short)" : "syksy -\(short)",
            spring ? "Toukokuu \(year)" : "Marraskuu \(year)",
            spring ? "15.5.\(year)" : "15.11.\(year)",
            spring ? "Tilanne 5/\(year)" : "Tilanne 11/\(year)",
            spring ? "Våren \(year)" : "Hösten \(year)",
            spring ? "Huhtikuu \(short)" : "Lokakuu \(short)",
            spring ? "vår \(year)" : "höst \(year)",
            spring ? "Kevään \(year) tilanne" : "Syksyn \(year) tilanne",
        ]
    }

    /// "5/21" → (spring, 2021), "11/2021" → (autumn, 2021); nil for any other text.
    static func label(_ text: String) -> (spring: Bool, year: Int)? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0] == "5" || parts[0] == "11",
              parts[1].count == 2 || parts[1].count == 4, parts[1].allSatisfy({ $0.isASCII && $0.isNumber }),
              let value = Int(parts[1]) else { return nil }
        return (parts[0] == "5", value < 100 ? 2000 + value : value)
    }
}
