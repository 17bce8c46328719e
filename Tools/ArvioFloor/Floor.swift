// The floor: the least any .docx reader built on libzip and libxml2 must do to see a document's
// text — inflate the main part and let libxml2's streaming reader walk every node — and nothing
// else: no tree, no strings, no checks. `make bench` prints Arvio's figures as multiples of it.
// Same libxml2 options as `XMLTreeReader`, so the difference is exactly what Arvio builds.

// Implementation-only for the reason given in ArvioXML/XMLTreeReader.swift (ICU clash).
internal import CLibXML2
internal import CZip

public enum Floor {
    /// What one walk saw: enough to check the work was done, not enough to cost anything.
    public struct Walk: Sendable {
        public var xmlBytes: Int
        public var nodes: Int
    }

    private static let initialised: Void = { xmlInitParser() }()

    /// Inflates `part` of the zip at `path` and walks it; nil if the file or part cannot be read.
    /// For benchmark inputs only: none of Arvio's safety caps apply (it trusts the declared size).
    public static func walk(path: String, part: String = "word/document.xml") -> Walk? {
        _ = initialised
        var error: Int32 = 0
        guard let archive = zip_open(path, ZIP_RDONLY, &error) else { return nil }
        defer { zip_discard(archive) }
        var info = zip_stat_t()
        zip_stat_init(&info)
        guard zip_stat(archive, part, 0, &info) == 0, info.size > 0, info.size < UInt64(Int32.max),
              let file = zip_fopen(archive, part, 0) else { return nil }
        defer { zip_fclose(file) }
        let size = Int(info.size)
        let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: size)
        defer { buffer.deallocate() }
        var filled = 0
        while filled < size {
            let read = zip_fread(file, buffer + filled, UInt64(size - filled))
            if read <= 0 { break }
            filled += Int(read)
        }
        guard filled == size else { return nil }

        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue
            | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        guard let reader = xmlReaderForMemory(buffer, Int32(size), part, nil, options) else { return nil }
        defer { xmlFreeTextReader(reader) }
        var nodes = 0
        while xmlTextReaderRead(reader) == 1 { nodes += 1 }
        return Walk(xmlBytes: size, nodes: nodes)
    }
}
