/// Caps that keep a hostile file from taking unbounded memory or time. Real Word documents
/// are far inside every one of them.
public struct PackageLimits: Sendable {
    /// Largest size one part may unpack to.
    public var maxEntryBytes: Int = 256 << 20
    /// Largest size all parts read from one document may unpack to.
    public var maxTotalBytes: Int = 1 << 30
    /// Most entries a zip may have.
    public var maxEntries: Int = 20_000
    /// Best compression ratio accepted for a part larger than `ratioCheckFloor`. Word's XML
    /// compresses about 5–20:1; only crafted data comes near deflate's 1032:1 maximum.
    public var maxCompressionRatio: Int = 200
    /// Also applied to all parts read from one document together.
    public var ratioCheckFloor: Int = 4 << 20

    public init() {}
    public static let `default` = PackageLimits()
}
