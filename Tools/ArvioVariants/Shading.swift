import Foundation

/// Every shading (`w:shd`) that gives a colour with `w:fill="RRGGBB"`, rewritten in another form
/// Word writes for the same colour.
enum Shading {
    enum Form {
        /// `w:val="solid" w:color="RRGGBB" w:fill="auto"`: the pattern colour covers the cell.
        case solid
        /// `w:val="clear" w:color="auto" w:themeFill="accentN"`, no `w:fill`; the theme holds RRGGBB.
        case theme
        /// `w:val="pct50" w:color="RRGGBB" w:fill="RRGGBB"`: a half pattern of the colour on itself.
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
        if form == .theme {
            var colours: [String] = []
            for shading in shadings {
                let colour = rgb(shading["fill"])!
                if !colours.contains(colour) { colours.append(colour) }
            }
            if colours.count > slots.count {
                notes.append("\(colours.count) fill colours, the theme has room for \(slots.count): \(colours.dropFirst(slots.count).joined(separator: ", ")) stay as w:fill")
            }
            for (colour, slot) in zip(colours, slots) { slotOf[colour] = slot.element }
            try ThemePart.setColours(slotOf, in: parts)
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
                shading["val"] = "pct50"
                shading["color"] = colour
                shading["fill"] = colour
            case .theme:
                guard let element = slotOf[colour], let slot = slots.first(where: { $0.element == element }) else { continue }
                shading["val"] = "clear"
                shading["color"] = "auto"
                shading["fill"] = nil
                shading["themeFill"] = slot.themeColor
            }
            edits += 1
        }
        return edits
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
