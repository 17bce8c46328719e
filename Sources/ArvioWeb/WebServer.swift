import ArvioCore
import ArvioMessages
import ArvioNext
import ArvioPackage
import ArvioRender
import ArvioReport
import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// `arvio serve`: the round as pages on 127.0.0.1. Every route calls `Workflows`, which calls
/// the library as the commands do; the routes only check the request, keep the session and
/// turn results into pages.
public struct WebServer: Sendable {
    public let settings: WebSettings
    let mappings: MappingSet
    let sessions: SessionStore
    let gate: ConversionGate
    /// Bytes read from upload bodies, for the test that a refused upload was never read.
    let uploadBytes = ByteCounter()

    public init(settings: WebSettings, mappings: MappingSet) {
        self.settings = settings
        self.mappings = mappings
        sessions = SessionStore(root: settings.root, idleSeconds: settings.idleSeconds)
        gate = ConversionGate(limit: settings.conversions)
    }

    static let sessionCookie = "arvio_session"
    static let tokenCookie = "arvio_token"
    static let languageCookie = "arvio_lang"

    // MARK: Running

    /// Listens until SIGINT or SIGTERM; then every session folder and the root are removed.
    /// `onRunning` gets the port actually bound (the free one when `port` is 0).
    public func run(onRunning: @escaping @Sendable (Int) -> Void) async throws {
        try await sessions.prepareRoot()
        let sweeper = Task { [sessions] in
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(30))
                await sessions.sweep()
            }
        }
        defer { sweeper.cancel() }
        var logger = Logger(label: "arvio-serve")
        logger.logLevel = .error
        let app = Application(
            router: makeRouter(),
            configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "arvio"),
            onServerRunning: { channel in onRunning(channel.localAddress?.port ?? 0) },
            logger: logger)
        do {
            try await app.runService(gracefulShutdownSignals: [.sigterm, .sigint])
        } catch {
            await sessions.endAll()
            throw error
        }
        await sessions.endAll()
    }

    /// For tests and the command's clean-up: ends every session and removes the root folder.
    public func stop() async { await sessions.endAll() }

    // MARK: Routes

    public func makeRouter() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: GuardMiddleware(settings: settings))
        router.get("/") { request, _ in try await self.home(request) }
        router.get("/assets/arvio.css") { _, _ in Self.asset(Assets.css, type: "text/css; charset=utf-8") }
        router.get("/assets/arvio.js") { _, _ in Self.asset(Assets.javascript, type: "text/javascript; charset=utf-8") }
        router.get("/queue") { _, _ in Self.asset(String(await self.gate.queued), type: "text/plain; charset=utf-8") }
        router.post("/upload") { request, _ in try await self.upload(request) }
        router.post("/end") { request, _ in await self.end(request) }
        router.get("/doc/:id") { request, context in try await self.reportPage(request, id: context.parameters.get("id") ?? "") }
        router.get("/doc/:id/next") { request, context in try await self.nextPage(request, id: context.parameters.get("id") ?? "") }
        router.post("/doc/:id/next") { request, context in try await self.prepareNext(request, id: context.parameters.get("id") ?? "") }
        router.post("/doc/:id/first") { request, context in try await self.firstReport(request, id: context.parameters.get("id") ?? "") }
        router.get("/doc/:id/diff") { request, context in try await self.diffPage(request, id: context.parameters.get("id") ?? "") }
        router.get("/doc/:id/downloads") { request, context in try await self.downloadsPage(request, id: context.parameters.get("id") ?? "") }
        router.get("/doc/:id/file/:name") { request, context in
            try await self.download(request, id: context.parameters.get("id") ?? "", name: context.parameters.get("name") ?? "")
        }
        return router
    }

    // MARK: Handlers

    private func home(_ request: Request) async throws -> Response {
        let session = await sessions.session(request.cookies[Self.sessionCookie]?.value)
        return html(pages(request).upload(documents: session?.documents ?? []), request: request)
    }

    private func upload(_ request: Request) async throws -> Response {
        let pages = pages(request)
        guard let contentType = request.headers[.contentType], let boundary = Multipart.boundary(contentType: contentType) else {
            return html(pages.message(.badForm), status: .badRequest, request: request)
        }
        var session = await sessions.session(request.cookies[Self.sessionCookie]?.value)
        var newSession: String?
        if session == nil {
            session = try await sessions.create()
            newSession = session?.id
        }
        guard let session, let bodyFile = await sessions.newFile(in: session.id, extension: "upload") else {
            return html(pages.message(.sessionGone), status: .notFound, request: request)
        }
        defer { try? FileManager.default.removeItem(at: bodyFile) }
        guard try await saveBody(request.body, to: bodyFile) else {
            return html(pages.message(.tooLarge), status: .contentTooLarge, request: request, session: newSession)
        }
        let parts = Multipart.files(in: try Data(contentsOf: bodyFile, options: .alwaysMapped), boundary: boundary)
        guard !parts.isEmpty else { return html(pages.message(.badForm), status: .badRequest, request: request, session: newSession) }

        var read: [StoredDocument] = []
        var failures: [Pages.Failure] = []
        for part in parts {
            let displayName = SafeName.display(part.fileName)
            guard let path = await sessions.newFile(in: session.id, extension: "docx"),
                  FileManager.default.createFile(atPath: path.path, contents: part.bytes, attributes: [.posixPermissions: 0o600]) else {
                failures.append(.init(file: displayName, code: nil, line: displayName))
                continue
            }
            do {
                let mappings = mappings
                let (document, report, findings) = try await gate.run {
                    try Workflows.read(path: path.path, displayName: displayName, mappings: mappings)
                }
                let stored = StoredDocument(id: AccessToken.random(bytes: 8), displayName: displayName, path: path.path,
                                            document: document, report: report, findings: findings, next: nil)
                await sessions.add(stored, to: session.id)
                read.append(stored)
            } catch {
                try? FileManager.default.removeItem(at: path)
                failures.append(failure(error, file: displayName, language: pages.language))
            }
        }
        if failures.isEmpty, let first = read.first {
            return redirect("/doc/\(first.id)", session: newSession)
        }
        return html(pages.failures(failures, read: read), status: .unprocessableContent, request: request, session: newSession)
    }

    /// Copies the body to `file`, stopping as soon as it passes the upload limit (a body sent
    /// without a Content-Length is counted as it arrives). False when it was too large.
    private func saveBody(_ body: RequestBody, to file: URL) async throws -> Bool {
        guard FileManager.default.createFile(atPath: file.path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteUnknown)
        }
        let handle = try FileHandle(forWritingTo: file)
        defer { try? handle.close() }
        var total = 0
        for try await buffer in body {
            total += buffer.readableBytes
            await uploadBytes.add(buffer.readableBytes)
            if total > settings.maxUploadBytes { return false }
            try handle.write(contentsOf: Data(buffer.readableBytesView))
        }
        return true
    }

    private func end(_ request: Request) async -> Response {
        if let id = request.cookies[Self.sessionCookie]?.value { await sessions.end(id) }
        var response = html(pages(request).message(.sessionEnded), request: request)
        response.headers.append(HTTPField(name: .setCookie, value: "\(Self.sessionCookie)=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict"))
        return response
    }

    private func reportPage(_ request: Request, id: String) async throws -> Response {
        guard let session = await sessions.session(request.cookies[Self.sessionCookie]?.value),
              let document = await sessions.document(id, in: session.id) else { return gone(request) }
        return html(pages(request).report(document, others: session.documents.filter { $0.id != id }), request: request)
    }

    /// `arvio diff OTHER THIS`: the upload against another uploaded version (`?with=ID`), the
    /// other taken as the earlier one.
    private func diffPage(_ request: Request, id: String) async throws -> Response {
        guard let session = await sessions.session(request.cookies[Self.sessionCookie]?.value),
              let document = await sessions.document(id, in: session.id),
              let other = await sessions.document(request.uri.queryParameters.get("with").map { String($0) } ?? "", in: session.id) else {
            return gone(request)
        }
        let pages = pages(request)
        let diff = Workflows.diff(other.report, document.report, oldName: other.displayName, newName: document.displayName,
                                  language: pages.language)
        return html(pages.differences(document, from: other, diff: diff), request: request)
    }

    private func nextPage(_ request: Request, id: String) async throws -> Response {
        guard let document = await document(request, id: id) else { return gone(request) }
        let pages = pages(request)
        do {
            let preview = try await gate.run { try Workflows.preview(document, period: nil) }
            return html(pages.nextForm(document, preview: preview), request: request)
        } catch {
            return html(pages.failures([failure(error, file: document.displayName, language: pages.language)], read: [document]),
                        status: .unprocessableContent, request: request)
        }
    }

    private func prepareNext(_ request: Request, id: String) async throws -> Response {
        var request = request
        let pages = pages(request)
        let body = try await request.collectBody(upTo: 4 << 20)
        let fields = NextForm.fields(urlencoded: String(buffer: body))
        guard AccessToken.matches(fields["t"], settings.token) else {
            return html(pages.message(.forbidden), status: .forbidden, request: request)
        }
        guard let session = await sessions.session(request.cookies[Self.sessionCookie]?.value),
              let document = await sessions.document(id, in: session.id),
              let output = await sessions.newFile(in: session.id, extension: "docx") else { return gone(request) }
        let form = NextForm(fields: fields)
        do {
            let mappings = mappings
            let next = try await gate.run { try Workflows.prepare(document, form: form, to: output, mappings: mappings) }
            await sessions.setNext(next, for: id, in: session.id)
            return redirect("/doc/\(id)/downloads", session: nil)
        } catch {
            try? FileManager.default.removeItem(at: output)
            return html(pages.failures([failure(error, file: document.displayName, language: pages.language)], read: [document]),
                        status: .unprocessableContent, request: request)
        }
    }

    /// The plan page's button: the first report, downloaded as `arvio init` writes it.
    private func firstReport(_ request: Request, id: String) async throws -> Response {
        var request = request
        let pages = pages(request)
        let fields = NextForm.fields(urlencoded: String(buffer: try await request.collectBody(upTo: 1 << 20)))
        guard AccessToken.matches(fields["t"], settings.token) else {
            return html(pages.message(.forbidden), status: .forbidden, request: request)
        }
        guard let session = await sessions.session(request.cookies[Self.sessionCookie]?.value),
              let document = await sessions.document(id, in: session.id),
              let output = await sessions.newFile(in: session.id, extension: "docx") else { return gone(request) }
        defer { try? FileManager.default.removeItem(at: output) }
        guard let period = fields["period"].flatMap({ PeriodKey(notation: $0.trimmingCharacters(in: .whitespaces)) }) else {
            return html(pages.message(.badForm), status: .badRequest, request: request)
        }
        do {
            let mappings = mappings
            try await gate.run { try Workflows.firstReport(document, period: period, to: output, mappings: mappings) }
            let stem = [document.report.project.region ?? "raportti", "oma-arviointi", "\(period)"].joined(separator: "-")
            return file(try Data(contentsOf: output), name: SafeName.download(stem: stem, extension: "docx"),
                        type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        } catch {
            return html(pages.failures([failure(error, file: document.displayName, language: pages.language)], read: [document]),
                        status: .unprocessableContent, request: request)
        }
    }

    private func downloadsPage(_ request: Request, id: String) async throws -> Response {
        guard let document = await document(request, id: id), let next = document.next else { return gone(request) }
        let four = request.uri.queryParameters.get("four") == "1"
        let summary = Workflows.summary(next.reimported, mappings: mappings, fourHeadings: four)
        let pages = pages(request)
        let diff = Workflows.diff(document.report, next.reimported, oldName: document.displayName,
                                  newName: downloadName(document, next: true, ext: "docx"), language: pages.language)
        return html(pages.downloads(document, next: next, summary: summary, diff: diff,
                                             pdfAvailable: Workflows.libreOfficeInstalled), request: request)
    }

    private func download(_ request: Request, id: String, name: String) async throws -> Response {
        guard let document = await document(request, id: id) else { return gone(request) }
        let pages = pages(request)
        do {
            switch name {
            case "report.md": return file(Data(MarkdownRenderer.render(document.report).utf8), name: downloadName(document, next: false, ext: "md"), type: "text/markdown; charset=utf-8")
            case "report.yaml": return file(try ReportWriter.data(document.report, as: .yaml), name: downloadName(document, next: false, ext: "yaml"), type: "application/yaml; charset=utf-8")
            case "report.json": return file(try ReportWriter.data(document.report, as: .json), name: downloadName(document, next: false, ext: "json"), type: "application/json")
            default: break
            }
            guard let next = document.next else { return gone(request) }
            switch name {
            case "next.docx":
                return file(try Data(contentsOf: URL(fileURLWithPath: next.path)), name: downloadName(document, next: true, ext: "docx"),
                            type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
            case "next.md": return file(Data(MarkdownRenderer.render(next.report).utf8), name: downloadName(document, next: true, ext: "md"), type: "text/markdown; charset=utf-8")
            case "next.yaml": return file(try ReportWriter.data(next.reimported, as: .yaml), name: downloadName(document, next: true, ext: "yaml"), type: "application/yaml; charset=utf-8")
            case "next.json": return file(try ReportWriter.data(next.reimported, as: .json), name: downloadName(document, next: true, ext: "json"), type: "application/json")
            case "next.pdf":
                guard let session = await sessions.session(request.cookies[Self.sessionCookie]?.value),
                      let output = await sessions.newFile(in: session.id, extension: "pdf") else { return gone(request) }
                defer { try? FileManager.default.removeItem(at: output) }
                let timeout = settings.pdfTimeout
                let pdf = try await gate.run { try Workflows.pdf(of: next.path, to: output, timeout: timeout) }
                return file(try Data(contentsOf: pdf), name: downloadName(document, next: true, ext: "pdf"), type: "application/pdf")
            default:
                return html(pages.message(.notFoundPage), status: .notFound, request: request)
            }
        } catch {
            return html(pages.failures([failure(error, file: document.displayName, language: pages.language)], read: [document]),
                        status: .unprocessableContent, request: request)
        }
    }

    // MARK: Helpers

    private func document(_ request: Request, id: String) async -> StoredDocument? {
        guard let session = await sessions.session(request.cookies[Self.sessionCookie]?.value) else { return nil }
        return await sessions.document(id, in: session.id)
    }

    private func gone(_ request: Request) -> Response {
        html(pages(request).message(.sessionGone), status: .notFound, request: request)
    }

    func pages(_ request: Request) -> Pages {
        Pages(layout: PageLayout(language: Self.language(of: request), token: settings.token, path: request.uri.path))
    }

    /// `?lang=` (remembered in a cookie by the guard), else the cookie, else Finnish.
    static func language(of request: Request) -> Language {
        if let query = request.uri.queryParameters.get("lang"), let language = Language(code: query) { return language }
        if let cookie = request.cookies[languageCookie]?.value, let language = Language(code: cookie) { return language }
        return .fi
    }

    /// The error line in the page's language, as the command line would print it.
    func failure(_ error: any Error, file: String, language: Language) -> Pages.Failure {
        guard let error = error as? any CoordinatorFacingError else {
            return Pages.Failure(file: file, code: nil, line: "\(file): \(error)")
        }
        var looksLike: String?
        if case PackageError.notAZip(let what) = error { looksLike = what }
        let line = CoordinatorLine.error(code: error.code, english: error.message(file: file), file: file,
                                         language: language, looksLike: looksLike)
        return Pages.Failure(file: file, code: error.code, line: line)
    }

    /// "Kymenlaakso-oma-arviointi-2022-04.docx": region, kind, period; never a browser's name.
    func downloadName(_ document: StoredDocument, next: Bool, ext: String) -> String {
        let report = next ? (document.next?.reimported ?? document.report) : document.report
        let period = next ? document.next.map { "\($0.period)" } : report.period.map { "\($0.period)" }
        let parts = [report.project.region ?? "raportti", report.kind.rawValue, period].compactMap { $0 }
        return SafeName.download(stem: parts.joined(separator: "-"), extension: ext)
    }

    func html(_ text: String, status: HTTPResponse.Status = .ok, request: Request, session: String? = nil) -> Response {
        var headers: HTTPFields = [.contentType: "text/html; charset=utf-8"]
        if let session { headers.append(Self.sessionCookieField(session)) }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    private func redirect(_ location: String, session: String?) -> Response {
        var headers: HTTPFields = [.location: location]
        if let session { headers.append(Self.sessionCookieField(session)) }
        return Response(status: .seeOther, headers: headers)
    }

    private func file(_ data: Data, name: String, type: String) -> Response {
        let headers: HTTPFields = [.contentType: type, .contentDisposition: "attachment; filename=\"\(name)\""]
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    private static func asset(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func sessionCookieField(_ id: String) -> HTTPField {
        HTTPField(name: .setCookie, value: "\(sessionCookie)=\(id); Path=/; HttpOnly; SameSite=Strict")
    }
}

/// Counts bytes across tasks.
actor ByteCounter {
    private(set) var total = 0
    func add(_ count: Int) { total += count }
}
