/// A colour as red, green and blue bytes.
public struct RGB: Equatable, Sendable {
    public var red, green, blue: UInt8

    public static let black = RGB(red: 0, green: 0, blue: 0)
    public static let white = RGB(red: 255, green: 255, blue: 255)

    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// Six hex digits ("ff0000" or "FF0000"); nil for "auto" and anything else.
    public init?(hex: String) {
        guard hex.utf8.count == 6, hex.utf8.allSatisfy({ (48 ... 57).contains($0) || (65 ... 70).contains($0) || (97 ... 102).contains($0) }),
              let value = UInt32(hex, radix: 16) else { return nil }
        self.init(red: UInt8(value >> 16), green: UInt8((value >> 8) & 0xFF), blue: UInt8(value & 0xFF))
    }

    public var hex: String {
        let digits = Array("0123456789ABCDEF")
        return String([red, green, blue].flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0xF)]] })
    }

    /// `self` over `base`, covering `share` of it.
    public func mixed(into base: RGB, share: Double) -> RGB {
        func mix(_ top: UInt8, _ bottom: UInt8) -> UInt8 {
            UInt8((Double(top) * share + Double(bottom) * (1 - share)).rounded())
        }
        return RGB(red: mix(red, base.red), green: mix(green, base.green), blue: mix(blue, base.blue))
    }

    /// Word's theme tint: the lightness in HSL moved towards white, L' = L·t + (1 − t). Worked
    /// out from what Word itself saves as `w:fill` beside a `w:themeFill`: text2 1F497D with
    /// tint 33 is C6D9F1, and the same rule with L' = L·s for a shade gives background2 EEECE1
    /// with shade E6 as DDD9C3 (Word rounds a step differently here and there).
    public func tinted(_ tint: Double) -> RGB {
        var hsl = HSL(self)
        hsl.lightness = hsl.lightness * tint + (1 - tint)
        return hsl.rgb
    }

    /// Word's theme shade: the lightness in HSL scaled towards black, L' = L·s.
    public func shaded(_ shade: Double) -> RGB {
        var hsl = HSL(self)
        hsl.lightness *= shade
        return hsl.rgb
    }
}

/// Hue (0–360), saturation and lightness (0–1).
public struct HSL: Equatable, Sendable {
    public var hue, saturation, lightness: Double

    public init(_ rgb: RGB) {
        let r = Double(rgb.red) / 255, g = Double(rgb.green) / 255, b = Double(rgb.blue) / 255
        let high = max(r, g, b), low = min(r, g, b), delta = high - low
        lightness = (high + low) / 2
        guard delta > 0 else { hue = 0; saturation = 0; return }
        saturation = lightness <= 0.5 ? delta / (high + low) : delta / (2 - high - low)
        var h: Double
        if high == r { h = (g - b) / delta } else if high == g { h = 2 + (b - r) / delta } else { h = 4 + (r - g) / delta }
        h *= 60
        if h < 0 { h += 360 }
        hue = h
    }

    public var rgb: RGB {
        let l = min(max(lightness, 0), 1)
        guard saturation > 0 else {
            let grey = UInt8((l * 255).rounded())
            return RGB(red: grey, green: grey, blue: grey)
        }
        let q = l < 0.5 ? l * (1 + saturation) : l + saturation - l * saturation
        let p = 2 * l - q
        func channel(_ offset: Double) -> UInt8 {
            var t = hue / 360 + offset
            if t < 0 { t += 1 }
            if t > 1 { t -= 1 }
            let value: Double
            if t < 1.0 / 6 { value = p + (q - p) * 6 * t } else if t < 0.5 { value = q } else if t < 2.0 / 3 {
                value = p + (q - p) * (2.0 / 3 - t) * 6
            } else { value = p }
            return UInt8((min(max(value, 0), 1) * 255).rounded())
        }
        return RGB(red: channel(1.0 / 3), green: channel(0), blue: channel(-1.0 / 3))
    }
}
