import ArvioWordML

/// Leipäteksti: the size most of the body's paragraph text is set in, in half-points — what
/// "larger than the body text" means when a heading is written as larger Normal text.
/// Table text is left out: tables are often set smaller, and headings stand between paragraphs.
enum BodyTextSize {
    /// What Word shows when neither the run, its styles nor the document defaults give a size.
    static let wordDefault = 20

    /// nil for a body without paragraph text.
    static func of(_ body: [Block]) -> Int? {
        var characters: [Int: Int] = [:]
        for block in body {
            guard case .paragraph(let paragraph) = block else { continue }
            for inline in paragraph.inlines {
                guard case .text(let run) = inline else { continue }
                characters[run.format.size ?? wordDefault, default: 0] += run.text.count
            }
        }
        // The most text; of two sizes with as much, the smaller.
        return characters.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }
}
