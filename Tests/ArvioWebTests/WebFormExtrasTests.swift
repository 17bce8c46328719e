import ArvioReport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import ArvioWeb

/// The next form's annex fields and the comparison of two uploaded versions. Seed 003's Liite 1
/// has 19 measure rows under its one period column "11/2021" (DOMAIN §4.6; MarkdownRouteTests
/// counts the same 19 in the Markdown route).
@Suite struct WebFormExtrasTests {
    static let seed001 = WebFixture.repository.appendingPathComponent("Corpora/seeds/001-ita-uusimaa-oma-arviointi-2021.word.docx")

    @Test func anAnnexValueTypedInTheFormIsInTheNextDocx() async throws {
        let fixture = try WebFixture()
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        let bytes = try Data(contentsOf: WebFixture.seed003)
        try await fixture.app.test(.router) { client in
            let upload = try await client.execute(uri: "/upload?t=\(fixture.token)", method: .post, headers: fixture.uploadHeaders(),
                                                  body: WebFixture.multipart([("raportti.docx", bytes)]))
            let session = try #require(WebFixture.session(from: upload))
            let location = try #require(upload.headers[.location])
            let cookie: HTTPFields = [.cookie: fixture.cookies(session: session)]
            let form = String(buffer: try await client.execute(uri: location + "/next", method: .get, headers: cookie).body)
            let fields = form.components(separatedBy: "name=\"annex-").dropFirst().map { $0.prefix { $0 != "\"" } }
            #expect(fields.count == 19, "Liite 1's 19 measure rows: \(fields)")
            #expect(form.contains("Liite 1"))
            let first = try #require(fields.first)
            // The field's row is named in the cell before it.
            let rowName = try #require(form.components(separatedBy: "<tr><td>").first { $0.contains("name=\"annex-\(first)\"") }?
                .components(separatedBy: "</td>").first)
            let value = "Toteutunut 12 kpl"
            var headers = cookie
            headers[.contentType] = "application/x-www-form-urlencoded"
            let body = "t=\(fixture.token)&period=2022-04&annex-\(first)=\(value.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)&author="
            let prepared = try await client.execute(uri: location + "/next?t=\(fixture.token)", method: .post, headers: headers,
                                                    body: ByteBuffer(string: body))
            #expect(prepared.status == .seeOther)
            let docx = try await client.execute(uri: location + "/file/next.docx", method: .get, headers: cookie)
            #expect(docx.status == .ok)
            let file = fixture.root.deletingLastPathComponent().appendingPathComponent("arvio-annex-\(UUID().uuidString).docx")
            try Data(docx.body.readableBytesView).write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            let report = try ReportImporter.importReport(file.path, mappings: try MappingSet.defaults())
            let annex = try #require(report.annexes.first { $0.title.hasPrefix("Liite 1") })
            #expect(annex.columns.last?.trimmingCharacters(in: .whitespaces) == "5/2022", "\(annex.columns)")
            let row = try #require(annex.rows.indices.first { annex.rowKey($0) == rowName.replacingOccurrences(of: "&amp;", with: "&") },
                                   "no row “\(rowName)”")
            #expect(annex.rows[row].last?.text == value)
            #expect(annex.rows.filter { $0.last?.text == value }.count == 1, "only that row holds it")
        }
    }

    @Test func theReportPageComparesWithAnotherUploadedVersion() async throws {
        let fixture = try WebFixture()
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        let old = try Data(contentsOf: WebFixture.seed003)
        try await fixture.app.test(.router) { client in
            // One report uploaded, its next version made with an entry and downloaded; then the
            // two uploaded together as two versions.
            let first = try await client.execute(uri: "/upload?t=\(fixture.token)", method: .post, headers: fixture.uploadHeaders(),
                                                 body: WebFixture.multipart([("syksy.docx", old)]))
            let session = try #require(WebFixture.session(from: first))
            let location = try #require(first.headers[.location])
            var headers: HTTPFields = [.cookie: fixture.cookies(session: session), .contentType: "application/x-www-form-urlencoded"]
            let text = "Vastaanottoaikojen jono purettiin maaliskuussa."
            _ = try await client.execute(uri: location + "/next?t=\(fixture.token)", method: .post, headers: headers,
                                         body: ByteBuffer(string: "t=\(fixture.token)&period=2022-04&entry-0=\(text.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)"))
            headers[.contentType] = nil
            let next = Data(try await client.execute(uri: location + "/file/next.docx", method: .get, headers: headers).body.readableBytesView)
            let second = try await client.execute(uri: "/upload?t=\(fixture.token)", method: .post, headers: fixture.uploadHeaders(session: session),
                                                  body: WebFixture.multipart([("kevat.docx", next)]))
            let newLocation = try #require(second.headers[.location])
            let page = String(buffer: try await client.execute(uri: newLocation, method: .get, headers: headers).body)
            #expect(page.contains("id=\"compare-with\""))
            #expect(page.contains("syksy.docx (11/21)"))
            let oldID = String(location.dropFirst("/doc/".count))
            let diff = try await client.execute(uri: newLocation + "/diff?with=\(oldID)", method: .get, headers: headers)
            #expect(diff.status == .ok)
            let html = String(buffer: diff.body)
            #expect(html.contains("syksy.docx → kevat.docx"))
            #expect(html.contains("+ \(text)"), "the typed entry is an added paragraph")
            #expect(html.contains("+ Huhtikuu 2022:"))
            #expect(html.contains("Muutokset tiedostosta syksy.docx tiedostoon kevat.docx:"), "in the page's language (Finnish by default)")
            // Another session's or an unknown version: gone, not a crash.
            let unknown = try await client.execute(uri: newLocation + "/diff?with=nope", method: .get, headers: headers)
            #expect(unknown.status == .notFound)
        }
    }
}
