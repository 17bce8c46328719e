import ArvioXML

/// Resolves effective run formatting: document defaults → paragraph style chain → character
/// style chain → direct formatting. Results are cached per (paragraph style, rPr) pair because
/// Word repeats the same few combinations thousands of times.
struct RunFormatting {
    let styles: StyleSheet
    private var baseCache: [String: RunFormat] = [:]

    init(styles: StyleSheet) { self.styles = styles }

    mutating func format(paragraphStyle: String?, runProperties: XMLElement?) -> RunFormat {
        let runStyle = runProperties?.child("w:rStyle")?.attribute("w:val")
        let key = (paragraphStyle ?? "") + "\u{1}" + (runStyle ?? "")
        var format: RunFormat
        if let cached = baseCache[key] {
            format = cached
        } else {
            format = RunFormat()
            if let defaults = styles.defaultRunProperties { Self.apply(defaults, to: &format) }
            for properties in styles.runPropertiesChain(paragraphStyle ?? styles.defaultParagraphStyle) {
                Self.apply(properties, to: &format)
            }
            for properties in styles.runPropertiesChain(runStyle) { Self.apply(properties, to: &format) }
            format.styleId = runStyle
            baseCache[key] = format
        }
        if let runProperties { Self.apply(runProperties, to: &format) }
        return format
    }

    static func apply(_ rPr: XMLElement, to format: inout RunFormat) {
        for property in rPr.elements {
            switch property.name {
            case "w:b": format.bold = OnOff.flag(property) ?? format.bold
            case "w:i": format.italic = OnOff.flag(property) ?? format.italic
            case "w:strike", "w:dstrike": format.strike = OnOff.flag(property) ?? format.strike
            case "w:smallCaps": format.smallCaps = OnOff.flag(property) ?? format.smallCaps
            case "w:caps": format.allCaps = OnOff.flag(property) ?? format.allCaps
            case "w:vanish": format.hidden = OnOff.flag(property) ?? format.hidden
            case "w:u":
                let value = property.attribute("w:val") ?? "single"
                format.underline = value == "none" ? nil : value
            case "w:color":
                let value = property.attribute("w:val")
                format.color = (value == nil || value == "auto") ? nil : value?.uppercased()
            case "w:highlight":
                let value = property.attribute("w:val")
                format.highlight = value == "none" ? nil : value
            case "w:shd":
                let fill = property.attribute("w:fill")
                format.shading = (fill == nil || fill == "auto") ? nil : fill?.uppercased()
            case "w:vertAlign":
                let value = property.attribute("w:val")
                format.verticalAlign = value == "baseline" ? nil : value
            default: continue
            }
        }
    }
}
