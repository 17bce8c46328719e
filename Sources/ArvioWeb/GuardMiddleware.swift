import ArvioMessages
import Foundation
import HTTPTypes
import Hummingbird

/// In front of every route: the access token (403 without it; a POST must carry it in its
/// form's address, so another site's page cannot post with the browser's cookie), the upload
/// limit from Content-Length before any of the body is read (413), the language choice
/// remembered, and headers that keep the page to itself.
struct GuardMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext
    let settings: WebSettings

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let language = WebServer.language(of: request)
        let fromQuery = request.uri.queryParameters.get("t").map { String($0) }
        let fromCookie = request.cookies[WebServer.tokenCookie]?.value
        let allowed = request.method == .post
            ? AccessToken.matches(fromQuery, settings.token)
            : AccessToken.matches(fromQuery, settings.token) || AccessToken.matches(fromCookie, settings.token)
        guard allowed else { return Self.plain(.forbidden, Label.forbidden[language], language: language) }
        if request.method == .post, let length = request.headers[.contentLength].flatMap({ Int($0) }), length > settings.maxUploadBytes {
            return Self.plain(.contentTooLarge, Label.tooLarge[language], language: language)
        }
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as HTTPError {
            response = Self.plain(error.status, Label.notFoundPage[language], language: language)
        }
        if AccessToken.matches(fromQuery, settings.token), fromCookie != settings.token {
            response.headers.append(HTTPField(name: .setCookie, value: "\(WebServer.tokenCookie)=\(settings.token); Path=/; HttpOnly; SameSite=Strict"))
        }
        if let query = request.uri.queryParameters.get("lang"), let chosen = Language(code: String(query)) {
            response.headers.append(HTTPField(name: .setCookie, value: "\(WebServer.languageCookie)=\(chosen.rawValue); Path=/; Max-Age=31536000; SameSite=Strict"))
        }
        Self.secure(&response.headers)
        return response
    }

    static func secure(_ headers: inout HTTPFields) {
        headers[.contentSecurityPolicy] = "default-src 'self'; form-action 'self'; frame-ancestors 'none'"
        headers[.xContentTypeOptions] = "nosniff"
        headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        headers[.cacheControl] = "no-store"
    }

    /// A page that needs nothing of the session: refusals.
    static func plain(_ status: HTTPResponse.Status, _ message: String, language: Language) -> Response {
        let text = "<!DOCTYPE html><html lang=\"\(language.rawValue)\"><head><meta charset=\"utf-8\"><title>Arvio</title></head><body><p>\(message.replacingOccurrences(of: "<", with: "&lt;"))</p></body></html>"
        var headers: HTTPFields = [.contentType: "text/html; charset=utf-8", .connection: "close"]
        secure(&headers)
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
