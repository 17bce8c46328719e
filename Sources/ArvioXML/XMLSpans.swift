/// Where every element of a UTF-8 XML part sits in its bytes, by ordinal (document order of
/// start tags, as `XMLElement.ordinal` counts them). Editing a .docx means splicing bytes at
/// these offsets, so everything Arvio does not change stays exactly as it was written.
///
/// Only for parts that libxml2 has already accepted: this scanner checks nothing.
public struct XMLSpans: Sendable {
    public struct Span: Sendable, Equatable {
        /// Offset of "<" of the start tag.
        public var start: Int
        /// Offset just after the start tag's ">".
        public var contentStart: Int
        /// Offset of "<" of the end tag (equal to `end` for an empty element).
        public var contentEnd: Int
        /// Offset just after the element's last ">".
        public var end: Int
        /// Ordinal of the parent element, -1 for the root.
        public var parent: Int
        /// The name as written, with its prefix ("w:p", "ns0:p", "p").
        public var rawName: String
    }

    public private(set) var spans: [Span] = []

    public init(_ bytes: [UInt8]) {
        var stack: [Int] = []
        var index = 0
        let count = bytes.count
        @inline(__always) func find(_ pattern: [UInt8], from: Int) -> Int {
            var position = from
            while position + pattern.count <= count {
                if bytes[position] == pattern[0] && bytes[position ..< position + pattern.count].elementsEqual(pattern) {
                    return position + pattern.count
                }
                position += 1
            }
            return count
        }
        while index < count {
            guard bytes[index] == UInt8(ascii: "<") else { index += 1; continue }
            let next = index + 1 < count ? bytes[index + 1] : 0
            if next == UInt8(ascii: "?") {
                index = find(Array("?>".utf8), from: index + 2)
            } else if next == UInt8(ascii: "!") {
                if bytes[index...].starts(with: Array("<!--".utf8)) {
                    index = find(Array("-->".utf8), from: index + 4)
                } else if bytes[index...].starts(with: Array("<![CDATA[".utf8)) {
                    index = find(Array("]]>".utf8), from: index + 9)
                } else {
                    index = find([UInt8(ascii: ">")], from: index + 2)
                }
            } else if next == UInt8(ascii: "/") {
                let close = find([UInt8(ascii: ">")], from: index + 2)
                if let open = stack.popLast() {
                    spans[open].contentEnd = index
                    spans[open].end = close
                }
                index = close
            } else {
                // A start tag: its name, then attributes (quoted values may hold ">").
                var position = index + 1
                while position < count, !Self.endsName(bytes[position]) { position += 1 }
                let name = String(decoding: bytes[(index + 1) ..< position], as: UTF8.self)
                var quote: UInt8 = 0
                while position < count {
                    let byte = bytes[position]
                    if quote != 0 {
                        if byte == quote { quote = 0 }
                    } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                        quote = byte
                    } else if byte == UInt8(ascii: ">") {
                        break
                    }
                    position += 1
                }
                let tagEnd = min(position + 1, count)
                let isEmpty = position > index && bytes[position - 1] == UInt8(ascii: "/")
                let ordinal = spans.count
                spans.append(Span(start: index, contentStart: tagEnd, contentEnd: isEmpty ? tagEnd : count,
                                  end: isEmpty ? tagEnd : count, parent: stack.last ?? -1, rawName: name))
                if !isEmpty { stack.append(ordinal) }
                index = tagEnd
            }
        }
    }

    private static func endsName(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
            || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    public subscript(ordinal: Int) -> Span { spans[ordinal] }

    public var count: Int { spans.count }

    /// Ordinals of the direct children of `ordinal`, in order.
    public func children(of ordinal: Int) -> [Int] {
        var result: [Int] = []
        var candidate = ordinal + 1
        let end = spans[ordinal].end
        while candidate < spans.count, spans[candidate].start < end {
            if spans[candidate].parent == ordinal { result.append(candidate) }
            candidate += 1
        }
        return result
    }

    /// The namespace prefix used for an element ("w" for "w:p", "" for "p").
    public func prefix(of ordinal: Int) -> String {
        let name = spans[ordinal].rawName
        guard let colon = name.firstIndex(of: ":") else { return "" }
        return String(name[..<colon])
    }

    /// The local name ("p" for "w:p").
    public func localName(of ordinal: Int) -> String {
        let name = spans[ordinal].rawName
        guard let colon = name.firstIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }
}
