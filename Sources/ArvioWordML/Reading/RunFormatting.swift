import ArvioXML

/// Resolves effective run formatting: document defaults → paragraph style chain → character
/// style chain → direct formatting. Results are cached per (paragraph style, rPr) pair because
/// Word repeats the same few combinations thousands of times.
struct RunFormatting {
    let styles: StyleSheet
    /// For shading given as a theme colour.
    let theme: ThemeColors
    private var baseCache: [String: RunFormat] = [:]
    /// The last base format looked up: runs in a row mostly share their styles.
    private var last: (paragraphStyle: String?, runStyle: String?, format: RunFormat)?
    /// The names of the styles part, resolved on the first cache miss.
    private var styleNames: WordNames?

    init(styles: StyleSheet, theme: ThemeColors = ThemeColors()) {
        self.styles = styles
        self.theme = theme
    }

    /// `names` are the ids of `runProperties`' part.
    mutating func format(paragraphStyle: String?, runProperties: XMLElement?, names: WordNames) -> RunFormat {
        let runStyle = runProperties?.child(nameId: names.rStyle)?.attribute(nameId: names.val)
        var format: RunFormat
        if let last, last.paragraphStyle == paragraphStyle, last.runStyle == runStyle {
            format = last.format
        } else {
            let key = (paragraphStyle ?? "") + "\u{1}" + (runStyle ?? "")
            if let cached = baseCache[key] {
                format = cached
            } else {
                format = RunFormat()
                func apply(_ properties: XMLElement) {
                    if properties.partIdentity == names.part {
                        Self.apply(properties, to: &format, names: names, theme: theme)
                    } else {
                        let partNames = styleNames?.for(properties) ?? WordNames(properties)
                        styleNames = partNames
                        Self.apply(properties, to: &format, names: partNames, theme: theme)
                    }
                }
                if let defaults = styles.defaultRunProperties { apply(defaults) }
                for properties in styles.runPropertiesChain(paragraphStyle ?? styles.defaultParagraphStyle) { apply(properties) }
                for properties in styles.runPropertiesChain(runStyle) { apply(properties) }
                format.styleId = runStyle
                baseCache[key] = format
            }
            last = (paragraphStyle, runStyle, format)
        }
        if let runProperties { Self.apply(runProperties, to: &format, names: names, theme: theme) }
        return format
    }

    /// `names` are the ids of `rPr`'s part.
    static func apply(_ rPr: XMLElement, to format: inout RunFormat, names n: WordNames, theme: ThemeColors = ThemeColors()) {
        var next = rPr.firstElement
        while let property = next {
            next = property.nextElement
            switch property.nameId {
            case n.b: format.bold = OnOff.flag(property, n) ?? format.bold
            case n.i: format.italic = OnOff.flag(property, n) ?? format.italic
            case n.strike, n.dstrike: format.strike = OnOff.flag(property, n) ?? format.strike
            case n.smallCaps: format.smallCaps = OnOff.flag(property, n) ?? format.smallCaps
            case n.caps: format.allCaps = OnOff.flag(property, n) ?? format.allCaps
            case n.vanish: format.hidden = OnOff.flag(property, n) ?? format.hidden
            case n.u:
                let value = property.attribute(nameId: n.val) ?? "single"
                format.underline = value == "none" ? nil : value
            case n.color:
                let value = property.attribute(nameId: n.val)
                format.color = (value == nil || value == "auto") ? nil : value?.uppercased()
            case n.highlight:
                let value = property.attribute(nameId: n.val)
                format.highlight = value == "none" ? nil : value
            case n.shd:
                format.shading = ShadingColour.visible(ShadingColour.shading(property), theme: theme)
            case n.sz:
                // Half-points; a value Word would not write (0, text) leaves the size as it was.
                if let value = property.attribute(nameId: n.val).flatMap(Int.init), value > 0 { format.size = value }
            case n.vertAlign:
                let value = property.attribute(nameId: n.val)
                format.verticalAlign = value == "baseline" ? nil : value
            default: continue
            }
        }
    }
}
