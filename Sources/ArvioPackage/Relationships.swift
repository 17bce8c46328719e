import ArvioXML

/// One `<Relationship>` with its target resolved to a part name (or kept as an external URI).
public struct Relationship: Sendable, Equatable {
    public let id: String
    /// The full type URI as written (Transitional or Strict).
    public let type: String
    /// The type without its namespace: "officeDocument", "styles", "metadata/core-properties".
    /// Transitional and Strict spell the prefix differently; the tail is the same.
    public let kind: String
    /// A part name for internal targets; the raw target for external ones.
    public let target: String
    public let isExternal: Bool
}

public struct Relationships: Sendable {
    public var items: [Relationship] = []

    public init() {}

    public init(_ root: XMLElement, source part: String) {
        let base = PartName.folder(of: part)
        for element in root.elements where element.name.hasSuffix("Relationship") {
            guard let id = element.attribute("Id"), let type = element.attribute("Type"),
                  let target = element.attribute("Target") else { continue }
            let external = element.attribute("TargetMode") == "External"
            let resolved: String
            if external {
                resolved = target
            } else if target.hasPrefix("/") {
                resolved = PartName.normalise(target)
            } else {
                resolved = PartName.normalise(base.isEmpty ? target : base + "/" + target)
            }
            items.append(Relationship(id: id, type: type, kind: Self.kind(of: type), target: resolved, isExternal: external))
        }
    }

    static func kind(of type: String) -> String {
        // What follows the last "/relationships/" ("image", "comments"), in both the Transitional
        // and the Strict namespace; the last path segment for any other spelling.
        let marker = "/relationships/"
        if let range = type.ranges(of: marker).last { return String(type[range.upperBound...]) }
        return type.split(separator: "/").last.map(String.init) ?? type
    }

    public subscript(id: String) -> Relationship? { items.first { $0.id == id } }

    public func first(kind: String) -> Relationship? { items.first { $0.kind == kind } }

    public func all(kind: String) -> [Relationship] { items.filter { $0.kind == kind } }
}
