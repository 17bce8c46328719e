import Foundation

/// Every shading (`w:shd`) that gives a colour with `w:fill="RRGGBB"`, rewritten in another form
/// Word writes for the same colour.
enum Shading {
    enum Form {
        /// `w:val="solid" w:color="RRGGBB" w:fill="auto"`: the pattern colour covers the cell.
        case solid
        /// `w:val="clear" w:color="auto" w:themeFill="accentN"`, no `w:fill`; the theme holds RRGGBB.
        case theme
        /// `w:themeFill="accentN"` with `w:themeFillShade` or `w:themeFillTint`, no `w:fill`: the
        /// theme holds a colour that only the shade or tint turns into RRGGBB (see `TintedSlot`).
        case themeTinted
        /// Dotted patterns, alternately (see `Pattern`): `w:val="pct50" w:color="RRGGBB" w:fill="FFFFFF"`
        /// and `w:val="pct20" w:color="auto" w:fill="RRGGBB"`.
        case pattern
    }

    /// Theme slots a fill can be given, in order, with the `w:themeFill` name of each.
    static let slots: [(element: String, themeColor: String)] = [
        ("accent1", "accent1"), ("accent2", "accent2"), ("accent3", "accent3"), ("accent4", "accent4"),
        ("accent5", "accent5"), ("accent6", "accent6"), ("hlink", "hyperlink"), ("folHlink", "followedHyperlink"),
    ]

    static func apply(_ parts: WordParts, form: Form, notes: inout [String]) throws -> Int {
        var shadings: [XMLElement] = []
        for name in try colouredParts(parts) {
            guard let part = try parts.part(name) else { continue }
            shadings += part.root.descendants("shd").filter { rgb($0["fill"]) != nil }
        }
        guard !shadings.isEmpty else { return 0 }
        var slotOf: [String: String] = [:]
        var tinted: [String: TintedSlot] = [:]
        if form == .theme || form == .themeTinted {
            var colours: [String] = []
            for shading in shadings {
                let colour = rgb(shading["fill"])!
                if !colours.contains(colour) { colours.append(colour) }
            }
            if colours.count > slots.count {
                notes.append("\(colours.count) fill colours, the theme has room for \(slots.count): \(colours.dropFirst(slots.count).joined(separator: ", ")) stay as w:fill")
            }
            for (colour, slot) in zip(colours, slots) { slotOf[colour] = slot.element }
            if form == .themeTinted {
                for colour in slotOf.keys { tinted[colour] = TintedSlot(colour) }
            }
            var themeColours: [String: String] = [:]
            for (colour, slot) in slotOf { themeColours[slot] = tinted[colour]?.themeColour ?? colour }
            try ThemePart.setColours(themeColours, in: parts)
        }
        var edits = 0
        for shading in shadings {
            let colour = rgb(shading["fill"])!
            shading["themeFill"] = nil
            shading["themeFillTint"] = nil
            shading["themeFillShade"] = nil
            switch form {
            case .solid:
                shading["val"] = "solid"
                shading["color"] = colour
                shading["fill"] = "auto"
            case .pattern:
                let pattern = Pattern.forms[edits % Pattern.forms.count]
                shading["val"] = pattern.value
                shading["color"] = pattern.dots ?? colour
                shading["fill"] = pattern.ground ?? colour
            case .theme, .themeTinted:
                guard let element = slotOf[colour], let slot = slots.first(where: { $0.element == element }) else { continue }
                shading["val"] = "clear"
                shading["color"] = "auto"
                shading["fill"] = nil
                shading["themeFill"] = slot.themeColor
                if let tint = tinted[colour] {
                    shading[tint.isShade ? "themeFillShade" : "themeFillTint"] = tint.byte
                }
            }
            edits += 1
        }
        return edits
    }

    /// The two dotted forms the pattern idiom alternates between. A reader sees the dots and the
    /// ground mixed by the share of the cell the dots cover (N % for `pctN`), so:
    /// - `pct50`, dots of the colour on white: the colour halved towards white (FF0000 → FF8080,
    ///   FFFF00 → FFFF80, 00B050 → 80D8A8) — lighter, the same hue, the same traffic light. A
    ///   reader that took the white ground alone would see no light.
    /// - `pct20`, black dots (`w:color="auto"`) on the colour: a fifth darker (FF0000 → CC0000,
    ///   00B050 → 008D40) — the same hue, the same light. A reader that took the dot colour alone
    ///   (as for `solid`) would see black, no light.
    /// The visible colour is not the original's hex, so the metamorphic test compares these by
    /// the light a hue gives (`TrafficLight(fill:)`) and by whether the cell is shaded at all.
    enum Pattern {
        static let forms: [(value: String, dots: String?, ground: String?)] = [
            ("pct50", nil, "FFFFFF"),
            ("pct20", "auto", nil),
        ]
    }

    /// The main part, headers and footers: where a cell or paragraph can be shaded.
    static func colouredParts(_ parts: WordParts) throws -> [String] {
        let folder = (parts.mainPart as NSString).deletingLastPathComponent
        let others = parts.package.names.filter {
            ($0 as NSString).deletingLastPathComponent == folder
                && ["header", "footer", "footnotes", "endnotes"].contains(where: ($0 as NSString).lastPathComponent.hasPrefix)
        }
        return [parts.mainPart] + others
    }

    /// "FF0000" for a six-digit hex colour, nil for "auto" or anything else.
    static func rgb(_ value: String?) -> String? {
        guard let value, value.count == 6, value.allSatisfy(\.isHexDigit) else { return nil }
        return value.uppercased()
    }
}
