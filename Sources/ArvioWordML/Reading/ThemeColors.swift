import ArvioXML

/// The colour scheme of the document's theme (`word/theme/theme1.xml`, `a:clrScheme`), which
/// `w:themeFill="accent2"` and the like name instead of giving a colour.
struct ThemeColors: Sendable {
    /// Scheme slot ("dk1", "accent2", "hlink") → hex RGB.
    private(set) var slots: [String: String] = [:]

    init() {}

    init(_ root: XMLElement) {
        guard let scheme = root.child("a:themeElements")?.child("a:clrScheme") else { return }
        for slot in scheme.childElements {
            guard slot.name.hasPrefix("a:") else { continue }
            // A system colour (`a:sysClr`, for dk1/lt1) carries what it last was in `lastClr`.
            let value = slot.child("a:srgbClr")?.attribute("val") ?? slot.child("a:sysClr")?.attribute("lastClr")
            if let value, let rgb = RGB(hex: value) { slots[String(slot.name.dropFirst(2))] = rgb.hex }
        }
    }

    /// The colour a WordprocessingML theme colour name (`ST_ThemeColor`: "accent1", "text1",
    /// "background2", "hyperlink") stands for. Text and background map to the dark and light
    /// slots as in Word's default `w:clrSchemeMapping`.
    func colour(named name: String) -> RGB? {
        let slot: String
        switch name {
        case "dark1", "text1": slot = "dk1"
        case "light1", "background1": slot = "lt1"
        case "dark2", "text2": slot = "dk2"
        case "light2", "background2": slot = "lt2"
        case "hyperlink": slot = "hlink"
        case "followedHyperlink": slot = "folHlink"
        default: slot = name  // accent1 … accent6
        }
        return slots[slot].flatMap(RGB.init(hex:))
    }
}
