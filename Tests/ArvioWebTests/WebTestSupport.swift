import ArvioDevSupport
import ArvioReport
import Foundation
import Hummingbird
import HummingbirdTesting
@testable import ArvioWeb

/// A server for one test: its own root folder, a known token, and helpers that send what a
/// browser sends (the token cookie, the session cookie, multipart uploads).
struct WebFixture {
    let server: WebServer
    let token = "test-token-0123456789"
    let root: URL

    init(maxUploadBytes: Int? = nil) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("arvio-web-test-\(UUID().uuidString)")
        var settings = WebSettings(root: root)
        settings.token = token
        if let maxUploadBytes { settings.maxUploadBytes = maxUploadBytes }
        server = WebServer(settings: settings, mappings: try MappingSet.defaults())
    }

    var app: some ApplicationProtocol { Application(router: server.makeRouter()) }

    static let repository = Repository.root
    static let seed003 = repository.appendingPathComponent("Corpora/seeds/003-kymenlaakso-oma-arviointi-2021.word.docx")

    static let boundary = "----arvio-test-boundary"

    /// A multipart body with one file part per (name, bytes).
    static func multipart(_ files: [(name: String, bytes: Data)]) -> ByteBuffer {
        var body = Data()
        for file in files {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"files\"; filename=\"\(file.name)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8)
            body += file.bytes
            body += Data("\r\n".utf8)
        }
        body += Data("--\(boundary)--\r\n".utf8)
        return ByteBuffer(bytes: body)
    }

    func uploadHeaders(session: String? = nil) -> HTTPFields {
        var headers: HTTPFields = [.contentType: "multipart/form-data; boundary=\(Self.boundary)"]
        headers[.cookie] = cookies(session: session)
        return headers
    }

    func cookies(session: String?, language: String? = nil) -> String {
        var parts = ["arvio_token=\(token)"]
        if let session { parts.append("arvio_session=\(session)") }
        if let language { parts.append("arvio_lang=\(language)") }
        return parts.joined(separator: "; ")
    }

    /// The session id a response set, if any.
    static func session(from response: TestResponse) -> String? {
        for field in response.headers where field.name == .setCookie {
            if field.value.hasPrefix("arvio_session="), let value = field.value.dropFirst("arvio_session=".count).split(separator: ";").first,
               !value.isEmpty {
                return String(value)
            }
        }
        return nil
    }

    /// Folders directly under the root: one per live session.
    func sessionFolders() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).filter { $0.hasPrefix("s-") }
    }
}
