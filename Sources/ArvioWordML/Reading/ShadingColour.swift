import ArvioXML

/// The colour a reader sees in a shaded cell or run, from any of the ways Word writes `w:shd`.
///
/// - `clear`: the fill alone (`w:fill`, or the theme's `w:themeFill` lightened by
///   `w:themeFillTint` or darkened by `w:themeFillShade`). No fill, or "auto": no shading.
/// - `solid`: the pattern colour (`w:color`, "auto" = black) covers the cell; the fill is hidden.
/// - `pctN` and the stripes and crosses: dots or lines of the pattern colour over the fill. The
///   eye mixes them, so the colour seen is the pattern colour mixed into the fill by the share of
///   the cell the pattern covers (N % for `pctN`; see `coverage`). An "auto" fill under a
///   pattern is the white page.
/// - `nil`: no shading at all.
enum ShadingColour {
    /// `w:shd` read as written.
    static func shading(_ element: XMLElement) -> Shading {
        Shading(pattern: element.attribute("w:val"), color: element.attribute("w:color"), fill: element.attribute("w:fill"),
                themeFill: element.attribute("w:themeFill"), themeFillTint: element.attribute("w:themeFillTint"),
                themeFillShade: element.attribute("w:themeFillShade"), themeColor: element.attribute("w:themeColor"),
                themeTint: element.attribute("w:themeTint"), themeShade: element.attribute("w:themeShade"))
    }

    /// The visible colour as hex RGB ("FF0000"), or nil when the shading shows nothing.
    static func visible(_ shading: Shading, theme: ThemeColors) -> String? {
        let pattern = shading.pattern ?? "clear"
        if pattern == "nil" { return nil }
        let fill = colour(shading.fill, theme: shading.themeFill, tint: shading.themeFillTint, shade: shading.themeFillShade,
                          in: theme)
        guard let share = coverage(pattern), share > 0 else { return fill?.hex }
        let patternColour = colour(shading.color, theme: shading.themeColor, tint: shading.themeTint, shade: shading.themeShade,
                                   in: theme) ?? RGB.black
        return patternColour.mixed(into: fill ?? RGB.white, share: share).hex
    }

    /// A theme colour, when named and the theme has it, wins over the hex value Word saved beside
    /// it (which is what it computed then, and usually the same); "auto" is no colour.
    private static func colour(_ hex: String?, theme name: String?, tint: String?, shade: String?, in theme: ThemeColors) -> RGB? {
        if let name, var base = theme.colour(named: name) {
            if let tint = tint.flatMap({ UInt8($0, radix: 16) }) { base = base.tinted(Double(tint) / 255) }
            if let shade = shade.flatMap({ UInt8($0, radix: 16) }) { base = base.shaded(Double(shade) / 255) }
            return base
        }
        return hex.flatMap(RGB.init(hex:))
    }

    /// The share of the cell the pattern colour covers (`ST_Shd`); nil for a pattern Word does
    /// not write, which is read as its fill. Stripes cover half the cell, thin stripes a quarter;
    /// a cross is two stripe sets over each other (1 − (1 − s)²).
    static func coverage(_ pattern: String) -> Double? {
        switch pattern {
        case "clear": return 0
        case "solid": return 1
        case "horzStripe", "vertStripe", "diagStripe", "reverseDiagStripe": return 0.5
        case "horzCross", "diagCross": return 0.75
        case "thinHorzStripe", "thinVertStripe", "thinDiagStripe", "thinReverseDiagStripe": return 0.25
        case "thinHorzCross", "thinDiagCross": return 0.4375
        default:
            guard pattern.hasPrefix("pct"), let percent = Int(pattern.dropFirst(3)), (0 ... 100).contains(percent) else { return nil }
            return Double(percent) / 100
        }
    }
}
