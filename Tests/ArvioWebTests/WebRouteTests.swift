import ArvioDevSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import ArvioWeb

/// `arvio serve`'s routes through Hummingbird's router test client: what a browser sends, what
/// comes back. Expected texts come from seed 003 (Corpora/seeds/MANIFEST.json: five goals,
/// process goal 1.1 "Kiireettömät ajat toteutuvat…", seed line 121) and from the hostile fixtures' README.
@Suite struct WebRouteTests {
    @Test func withoutTheTokenEveryRouteIsForbidden() async throws {
        let fixture = try WebFixture()
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        try await fixture.app.test(.router) { client in
            for uri in ["/", "/assets/arvio.css", "/doc/x", "/?t=wrong"] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .forbidden, "\(uri)")
            }
            // A POST with only the cookie (as another site's form would send it) is refused too.
            let post = try await client.execute(uri: "/upload", method: .post, headers: fixture.uploadHeaders(),
                                                body: WebFixture.multipart([("a.docx", Data("x".utf8))]))
            #expect(post.status == .forbidden)
            let queue = try await client.execute(uri: "/queue?t=\(fixture.token)", method: .get)
            #expect(String(buffer: queue.body) == "0")
            let ok = try await client.execute(uri: "/?t=\(fixture.token)", method: .get)
            #expect(ok.status == .ok)
            #expect(ok.headers[.contentSecurityPolicy]?.hasPrefix("default-src 'self'") == true)
            #expect(ok.headers[values: .setCookie].contains { $0.hasPrefix("arvio_token=\(fixture.token)") })
        }
    }

    @Test func uploadShowsTheOutlineOfSeed003() async throws {
        let fixture = try WebFixture()
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        let bytes = try Data(contentsOf: WebFixture.seed003)
        try await fixture.app.test(.router) { client in
            let upload = try await client.execute(uri: "/upload?t=\(fixture.token)", method: .post, headers: fixture.uploadHeaders(),
                                                  body: WebFixture.multipart([("Kymenlaakso 11-2021.docx", bytes)]))
            #expect(upload.status == .seeOther)
            let session = try #require(WebFixture.session(from: upload))
            let location = try #require(upload.headers[.location])
            #expect(location.hasPrefix("/doc/"))
            let page = try await client.execute(uri: location, method: .get, headers: [.cookie: fixture.cookies(session: session)])
            let html = String(buffer: page.body)
            #expect(page.status == .ok)
            // MANIFEST.json, 003: five national goals, the period 11/21, process goal 1.1.
            for goal in 1...5 { #expect(html.contains("id=\"goal-\(goal)\""), "goal \(goal)") }
            #expect(html.contains("Kymenlaakson tulevaisuuden sote-keskus hanke"))
            #expect(html.contains("11/21"))
            #expect(html.contains("1.1 Kiireettömät ajat toteutuvat viikon sisällä yhteydenotosta"))
            #expect(html.contains("<td colspan=") || html.contains("rowspan="), "merged cells drawn merged")
            #expect(html.contains("Oma-arviointi"))  // Finnish by default
            // In Swedish when asked, and the choice is remembered in a cookie.
            let swedish = try await client.execute(uri: location + "?lang=sv", method: .get, headers: [.cookie: fixture.cookies(session: session)])
            #expect(String(buffer: swedish.body).contains("Förbered nästa period"))
            #expect(swedish.headers[values: .setCookie].contains("arvio_lang=sv; Path=/; Max-Age=31536000; SameSite=Strict"))
        }
    }

    @Test func nextFormWritesTheEntryAndTheReadinessValue() async throws {
        let fixture = try WebFixture()
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        let bytes = try Data(contentsOf: WebFixture.seed003)
        try await fixture.app.test(.router) { client in
            let upload = try await client.execute(uri: "/upload?t=\(fixture.token)", method: .post, headers: fixture.uploadHeaders(),
                                                  body: WebFixture.multipart([("raportti.docx", bytes)]))
            let session = try #require(WebFixture.session(from: upload))
            let location = try #require(upload.headers[.location])
            let cookie: HTTPFields = [.cookie: fixture.cookies(session: session)]
            let form = try await client.execute(uri: location + "/next", method: .get, headers: cookie)
            let formHTML = String(buffer: form.body)
            #expect(formHTML.contains("value=\"2022-04\""), "the next due period after 11/21 is 5/22")
            #expect(formHTML.contains("name=\"entry-0\""))
            #expect(formHTML.contains("name=\"ready-1-0\""))
            let text = "Palveluohjauksen malli otettiin käyttöön kaikissa kunnissa."
            let body = "t=\(fixture.token)&period=2022-04&entry-0=\(text.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)&ready-1-0=75+%25&author="
            var headers = cookie
            headers[.contentType] = "application/x-www-form-urlencoded"
            let prepared = try await client.execute(uri: location + "/next?t=\(fixture.token)", method: .post, headers: headers,
                                                    body: ByteBuffer(string: body))
            #expect(prepared.status == .seeOther)
            let downloads = try await client.execute(uri: location + "/downloads", method: .get, headers: cookie)
            #expect(String(buffer: downloads.body).contains("download-docx"))
            let docx = try await client.execute(uri: location + "/file/next.docx", method: .get, headers: cookie)
            #expect(docx.status == .ok)
            #expect(docx.headers[.contentDisposition] == "attachment; filename=\"Kymenlaakso-oma-arviointi-2022-04.docx\"")
            let yaml = try await client.execute(uri: location + "/file/next.yaml", method: .get, headers: cookie)
            let model = String(buffer: yaml.body)
            #expect(model.contains(text))
            #expect(model.contains("75 %"))
            // Without the token in the form, nothing is prepared.
            let refused = try await client.execute(uri: location + "/next?t=\(fixture.token)", method: .post, headers: headers,
                                                   body: ByteBuffer(string: "period=2022-04"))
            #expect(refused.status == .forbidden)
        }
    }

    @Test func tooLargeIsRefusedBeforeTheBodyIsRead() async throws {
        let fixture = try WebFixture(maxUploadBytes: 1024)
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        try await fixture.app.test(.router) { client in
            let response = try await client.execute(uri: "/upload?t=\(fixture.token)", method: .post, headers: fixture.uploadHeaders(),
                                                    body: WebFixture.multipart([("big.docx", Data(repeating: 0x41, count: 8192))]))
            #expect(response.status == .contentTooLarge)
        }
        #expect(await fixture.server.uploadBytes.total == 0, "no byte of the body was read")
        #expect(fixture.sessionFolders().isEmpty, "no session was made for it")
    }

    @Test func everyHostileFixtureGivesItsCodeOnThePageAndTheServerCarriesOn() async throws {
        // Tests/Fixtures/hostile/README.md: what each crafted file must be refused as (the table
        // every target shares, ArvioDevSupport's HostileFixtures).
        #expect(HostileFixtures.refusals.count == HostileFixtures.expectedRefusals)
        let fixture = try WebFixture()
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        try await fixture.app.test(.router) { client in
            var session: String?
            for refusal in HostileFixtures.refusals {
                let bytes = try Data(contentsOf: URL(fileURLWithPath: refusal.path))
                let response = try await client.execute(uri: "/upload?t=\(fixture.token)", method: .post,
                                                        headers: fixture.uploadHeaders(session: session),
                                                        body: WebFixture.multipart([(refusal.file, bytes)]))
                session = session ?? WebFixture.session(from: response)
                let html = String(buffer: response.body)
                #expect(response.status == .unprocessableContent, "\(refusal.file)")
                #expect(html.contains(refusal.code), "\(refusal.file): \(html.prefix(400))")
                #expect(html.contains(refusal.file), "the page names the file")
            }
            // Still serving, and nothing of the refused files is left in the session folder.
            let home = try await client.execute(uri: "/", method: .get, headers: [.cookie: fixture.cookies(session: session)])
            #expect(home.status == .ok)
            let folder = fixture.root.appendingPathComponent("s-\(try #require(session))")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        }
    }

    @Test func aPDFRenamedDocxGetsTheCommandLinesMessageInThePagesLanguage() async throws {
        let fixture = try WebFixture()
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        let pdf = Data("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n".utf8)
        try await fixture.app.test(.router) { client in
            let finnish = try await client.execute(uri: "/upload?t=\(fixture.token)", method: .post, headers: fixture.uploadHeaders(),
                                                   body: WebFixture.multipart([("raportti.docx", pdf)]))
            let html = String(buffer: finnish.body)
            // ErrorTranslations, ARVIO-NOT-DOCX, with FileSniffer's "a PDF" in Finnish.
            #expect(html.contains("raportti.docx: Tiedosto ei ole Word-asiakirja (.docx). Se näyttää PDF-tiedostolta."))
            var headers = fixture.uploadHeaders()
            headers[.cookie] = fixture.cookies(session: nil, language: "en")
            let english = try await client.execute(uri: "/upload?t=\(fixture.token)", method: .post, headers: headers,
                                                   body: WebFixture.multipart([("raportti.docx", pdf)]))
            // PackageError.notAZip's own line, as `arvio` prints it.
            #expect(String(buffer: english.body).contains("raportti.docx: this is not a Word .docx document. It looks like a PDF."))
        }
    }

    @Test func aBrowsersFileNameNeverReachesTheFileSystem() async throws {
        let fixture = try WebFixture()
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        let bytes = try Data(contentsOf: WebFixture.seed003)
        try await fixture.app.test(.router) { client in
            let upload = try await client.execute(uri: "/upload?t=\(fixture.token)", method: .post, headers: fixture.uploadHeaders(),
                                                  body: WebFixture.multipart([("../../../../tmp/evil.docx", bytes)]))
            let session = try #require(WebFixture.session(from: upload))
            let files = try FileManager.default.contentsOfDirectory(atPath: fixture.root.appendingPathComponent("s-\(session)").path)
            #expect(files == ["2.docx"], "only the server's own names: \(files)")
            #expect(!FileManager.default.fileExists(atPath: "/tmp/evil.docx"))
        }
    }

    @Test func theSessionFolderIsPrivateAndGoneWhenTheSessionEnds() async throws {
        let fixture = try WebFixture()
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        let bytes = try Data(contentsOf: WebFixture.seed003)
        try await fixture.app.test(.router) { client in
            let upload = try await client.execute(uri: "/upload?t=\(fixture.token)", method: .post, headers: fixture.uploadHeaders(),
                                                  body: WebFixture.multipart([("a.docx", bytes)]))
            let session = try #require(WebFixture.session(from: upload))
            let folder = fixture.root.appendingPathComponent("s-\(session)")
            let attributes = try FileManager.default.attributesOfItem(atPath: folder.path)
            #expect((attributes[.posixPermissions] as? Int) == 0o700)
            let end = try await client.execute(uri: "/end?t=\(fixture.token)", method: .post,
                                               headers: [.cookie: fixture.cookies(session: session)], body: ByteBuffer(string: "t=\(fixture.token)"))
            #expect(end.status == .ok)
            #expect(!FileManager.default.fileExists(atPath: folder.path))
            let after = try await client.execute(uri: upload.headers[.location] ?? "/", method: .get, headers: [.cookie: fixture.cookies(session: session)])
            #expect(after.status == .notFound)
        }
    }

    @Test func idleSessionsAndAllSessionsAtStopAreRemoved() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("arvio-web-test-\(UUID().uuidString)")
        let store = SessionStore(root: root, idleSeconds: 60)
        let idle = try await store.create()
        let fresh = try await store.create()
        await store.sweep(now: Date().addingTimeInterval(61))
        #expect(!FileManager.default.fileExists(atPath: idle.folder.path))
        #expect(!FileManager.default.fileExists(atPath: fresh.folder.path), "both were idle a minute later")
        let third = try await store.create()
        await store.endAll()
        #expect(!FileManager.default.fileExists(atPath: third.folder.path))
        #expect(!FileManager.default.fileExists(atPath: root.path))
    }
}

/// The plan page: seed 004 (Kanta-Häme's hankesuunnitelma, MANIFEST.json) read as a plan, and
/// its first report downloaded as `arvio init` writes it.
@Suite struct WebPlanTests {
    @Test func aPlansFirstReport() async throws {
        let fixture = try WebFixture()
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        let bytes = try Data(contentsOf: WebFixture.repository.appendingPathComponent("Corpora/seeds/004-kanta-hame-hankesuunnitelma-2021.word.docx"))
        try await fixture.app.test(.router) { client in
            let upload = try await client.execute(uri: "/upload?t=\(fixture.token)", method: .post, headers: fixture.uploadHeaders(),
                                                  body: WebFixture.multipart([("suunnitelma.docx", bytes)]))
            let session = try #require(WebFixture.session(from: upload))
            let location = try #require(upload.headers[.location])
            var headers: HTTPFields = [.cookie: fixture.cookies(session: session)]
            let page = String(buffer: try await client.execute(uri: location, method: .get, headers: headers).body)
            #expect(page.contains("Hankesuunnitelma"))
            #expect(page.contains("id=\"first-report\""))
            headers[.contentType] = "application/x-www-form-urlencoded"
            let first = try await client.execute(uri: location + "/first?t=\(fixture.token)", method: .post, headers: headers,
                                                 body: ByteBuffer(string: "t=\(fixture.token)&period=2021-10"))
            #expect(first.status == .ok)
            #expect(first.headers[.contentDisposition] == "attachment; filename=\"Kanta-Hame-oma-arviointi-2021-10.docx\"")
            #expect(first.body.readableBytesView.starts(with: [0x50, 0x4B]), "a zip (.docx)")
        }
    }
}
