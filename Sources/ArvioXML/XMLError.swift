/// Why a part could not be read as XML. The part name travels with the error so the
/// message can say which piece of the .docx is broken.
public enum XMLError: Error, Sendable, Equatable {
    /// A `<!DOCTYPE …>` declaration: refused outright (XXE, "billion laughs"); Word never writes one.
    case doctypeRefused(part: String, line: Int)
    /// Elements nested deeper than the limit (a table inside a table … thousands deep).
    case tooDeep(part: String, line: Int, limit: Int)
    /// Not well-formed; `message` is libxml2's own description.
    case malformed(part: String, line: Int, message: String)
}
