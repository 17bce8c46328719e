import ArvioMessages
import ArvioRender

/// The frame of every page: title, language switch, the "finish" button, the content.
/// Only the server's own stylesheet and script are referenced (the CSP allows nothing else).
struct PageLayout {
    let language: Language
    let token: String
    /// The current path, for the language links.
    let path: String

    func h(_ text: String) -> String { HTMLRenderer.escape(text) }
    func t(_ label: Label) -> String { h(label[language]) }

    /// A form posting to `action` carries the token in its address and in a field.
    func formStart(_ action: String, multipart: Bool = false, id: String? = nil) -> String {
        let encoding = multipart ? " enctype=\"multipart/form-data\"" : ""
        let idAttribute = id.map { " id=\"\(h($0))\"" } ?? ""
        return "<form method=\"post\" action=\"\(h(action))?t=\(h(token))\"\(encoding)\(idAttribute)><input type=\"hidden\" name=\"t\" value=\"\(h(token))\">"
    }

    func page(title: String, _ content: String) -> String {
        let switcher = Language.allCases.map { other in
            other == language
                ? "<strong lang=\"\(other.rawValue)\">\(h(other.ownName))</strong>"
                : "<a lang=\"\(other.rawValue)\" href=\"\(h(path))?lang=\(other.rawValue)\" id=\"lang-\(other.rawValue)\">\(h(other.ownName))</a>"
        }.joined(separator: " · ")
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(h(title)) – Arvio</title>
            <link rel="stylesheet" href="/assets/arvio.css">
            <script src="/assets/arvio.js" defer></script>
            </head>
            <body>
            <header>
            <a class="brand" href="/">Arvio</a> <span class="tagline">\(t(.tagline))</span>
            <nav class="languages" aria-label="\(t(.language))">\(switcher)</nav>
            </header>
            <main>
            \(content)
            <p class="busy" hidden data-working="\(t(.working))" data-queue="\(t(.queue))"></p>
            </main>
            <footer>
            <p>\(t(.privacy))</p>
            \(formStart("/end"))<button type="submit" class="secondary">\(t(.endSession))</button></form>
            </footer>
            </body>
            </html>
            """
    }
}
