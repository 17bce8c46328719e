import Foundation

/// A theme colour and the `w:themeFillShade` or `w:themeFillTint` byte that together make a
/// fill colour, chosen so that the theme colour alone is no traffic light at all.
///
/// Word's shade keeps hue and saturation (HSL) and scales the lightness, L' = L·s; its tint
/// moves the lightness towards white, L' = L·t + (1 − t) (the rule Word's own saved `w:fill`
/// values follow beside a `w:themeFill`). A fill with L ≥ ½ is written as a very pale theme
/// colour (L = 0.93) darkened by a shade, one with L < ½ as a very dark one (L = 0.07) lightened
/// by a tint. Either way a reader that takes the theme colour without its shade or tint sees a
/// near-white or near-black cell, and only the resolved colour has the original's hue and
/// roughly its lightness (the byte rounds, so the hex may differ by a step or two).
struct TintedSlot {
    let themeColour: String
    let isShade: Bool
    /// Two hex digits, the fraction of 255.
    let byte: String

    static let paleLightness = 0.93
    static let darkLightness = 0.07

    init(_ hex: String) {
        let value = UInt32(hex, radix: 16) ?? 0
        let rgb = [Double((value >> 16) & 0xFF), Double((value >> 8) & 0xFF), Double(value & 0xFF)].map { $0 / 255 }
        var (hue, saturation, lightness) = Self.hsl(rgb)
        let factor: Double
        if lightness >= 0.5 {
            isShade = true
            factor = lightness / Self.paleLightness
            lightness = Self.paleLightness
        } else {
            isShade = false
            factor = (1 - lightness) / (1 - Self.darkLightness)
            lightness = Self.darkLightness
        }
        let step = Int((min(max(factor, 0), 1) * 255).rounded())
        byte = String(format: "%02X", step)
        if saturation == 0 { hue = 0 }
        themeColour = Self.hex(Self.rgb(hue: hue, saturation: saturation, lightness: lightness))
    }

    /// Hue in 0 ..< 1, saturation and lightness in 0 ... 1.
    static func hsl(_ rgb: [Double]) -> (Double, Double, Double) {
        let high = rgb.max()!, low = rgb.min()!, delta = high - low
        let lightness = (high + low) / 2
        guard delta > 0 else { return (0, 0, lightness) }
        let saturation = lightness <= 0.5 ? delta / (high + low) : delta / (2 - high - low)
        var hue: Double
        if high == rgb[0] { hue = (rgb[1] - rgb[2]) / delta } else if high == rgb[1] { hue = 2 + (rgb[2] - rgb[0]) / delta } else {
            hue = 4 + (rgb[0] - rgb[1]) / delta
        }
        hue /= 6
        if hue < 0 { hue += 1 }
        return (hue, saturation, lightness)
    }

    static func rgb(hue: Double, saturation: Double, lightness: Double) -> [Double] {
        guard saturation > 0 else { return [lightness, lightness, lightness] }
        let q = lightness < 0.5 ? lightness * (1 + saturation) : lightness + saturation - lightness * saturation
        let p = 2 * lightness - q
        func channel(_ offset: Double) -> Double {
            var t = hue + offset
            if t < 0 { t += 1 }
            if t > 1 { t -= 1 }
            if t < 1.0 / 6 { return p + (q - p) * 6 * t }
            if t < 0.5 { return q }
            if t < 2.0 / 3 { return p + (q - p) * (2.0 / 3 - t) * 6 }
            return p
        }
        return [channel(1.0 / 3), channel(0), channel(-1.0 / 3)]
    }

    static func hex(_ rgb: [Double]) -> String {
        rgb.map { String(format: "%02X", Int((min(max($0, 0), 1) * 255).rounded())) }.joined()
    }
}
