/// JSON shape of the tree: every block and inline carries a "type" key, so the output reads
/// without knowing Swift's enum encoding.
extension Block: Encodable {
    private enum Keys: String, CodingKey { case type }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        switch self {
        case .paragraph(let paragraph):
            try container.encode("paragraph", forKey: .type)
            try paragraph.encode(to: encoder)
        case .table(let table):
            try container.encode("table", forKey: .type)
            try table.encode(to: encoder)
        }
    }
}


extension Inline: Encodable {
    private enum Keys: String, CodingKey { case type, id, name, kind, blocks, text }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        switch self {
        case .text(let run):
            try container.encode("text", forKey: .type)
            try run.encode(to: encoder)
        case .break(let kind):
            try container.encode("break", forKey: .type)
            try container.encode(kind, forKey: .kind)
        case .bookmarkStart(let id, let name):
            try container.encode("bookmarkStart", forKey: .type)
            try container.encode(id, forKey: .id)
            try container.encode(name, forKey: .name)
        case .bookmarkEnd(let id):
            try container.encode("bookmarkEnd", forKey: .type)
            try container.encode(id, forKey: .id)
        case .noteReference(let reference):
            try container.encode("noteReference", forKey: .type)
            try reference.encode(to: encoder)
        case .commentStart(let id):
            try container.encode("commentStart", forKey: .type)
            try container.encode(id, forKey: .id)
        case .commentEnd(let id):
            try container.encode("commentEnd", forKey: .type)
            try container.encode(id, forKey: .id)
        case .commentReference(let id):
            try container.encode("commentReference", forKey: .type)
            try container.encode(id, forKey: .id)
        case .image(let image):
            try container.encode("image", forKey: .type)
            try image.encode(to: encoder)
        case .textBox(let blocks):
            try container.encode("textBox", forKey: .type)
            try container.encode(blocks, forKey: .blocks)
        case .math(let text):
            try container.encode("math", forKey: .type)
            try container.encode(text, forKey: .text)
        }
    }
}
