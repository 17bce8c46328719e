/// `w:shd` as written, kept beside the colour a reader sees (`TableCell.fill`), so a dump can
/// say how that colour came about ("solid FF0000 over auto").
public struct Shading: Sendable, Encodable, Equatable {
    /// `w:val`: the pattern, "clear" (the fill alone), "solid" (the pattern colour alone),
    /// "pct50", "horzStripe", … or "nil" (no shading).
    public var pattern: String?
    /// `w:color`: the pattern colour (hex or "auto").
    public var color: String?
    /// `w:fill`: the background under the pattern (hex or "auto").
    public var fill: String?
    /// `w:themeFill` with `w:themeFillTint`/`w:themeFillShade` (hex bytes), and the same for
    /// the pattern colour: when given, they win over `fill` and `color`.
    public var themeFill: String?
    public var themeFillTint: String?
    public var themeFillShade: String?
    public var themeColor: String?
    public var themeTint: String?
    public var themeShade: String?

    public init(pattern: String? = nil, color: String? = nil, fill: String? = nil, themeFill: String? = nil,
                themeFillTint: String? = nil, themeFillShade: String? = nil, themeColor: String? = nil,
                themeTint: String? = nil, themeShade: String? = nil) {
        self.pattern = pattern
        self.color = color
        self.fill = fill
        self.themeFill = themeFill
        self.themeFillTint = themeFillTint
        self.themeFillShade = themeFillShade
        self.themeColor = themeColor
        self.themeTint = themeTint
        self.themeShade = themeShade
    }

    /// Plain "clear" shading with a fill and no theme: the colour is the fill, nothing to explain.
    var isPlainFill: Bool {
        (pattern == nil || pattern == "clear") && themeFill == nil
    }
}
