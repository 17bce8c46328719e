import Testing
@testable import ArvioXML

/// A DOCTYPE is refused before libxml2 parses anything, with the line it starts on, in every
/// encoding the first bytes announce.
@Suite struct PrologScanTests {
    let prolog = "<?xml version=\"1.0\"?>\n<!-- a\ncomment -->\r\n<?pi x?>\n<!DOCTYPE x [<!ENTITY e \"boom\">]>\n<x>&e;</x>"

    @Test func findsTheDoctypeLineAfterDeclarationCommentsAndInstructions() {
        #expect(PrologScan.doctypeLine(in: Array(prolog.utf8)) == 5)
        #expect(PrologScan.doctypeLine(in: [0xEF, 0xBB, 0xBF] + Array(prolog.utf8)) == 5)
    }

    @Test func readsUTF16AndUTF32InBothByteOrders() {
        let le16 = prolog.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be16 = prolog.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let le32 = prolog.unicodeScalars.flatMap { s in (0 ..< 4).map { UInt8((s.value >> (8 * $0)) & 0xFF) } }
        #expect(PrologScan.doctypeLine(in: [0xFF, 0xFE] + le16) == 5)
        #expect(PrologScan.doctypeLine(in: [0xFE, 0xFF] + be16) == 5)
        #expect(PrologScan.doctypeLine(in: le16) == 5)
        #expect(PrologScan.doctypeLine(in: be16) == 5)
        #expect(PrologScan.doctypeLine(in: le32) == 5)
    }

    @Test func stopsAtTheRootElement() {
        #expect(PrologScan.doctypeLine(in: Array("<?xml version=\"1.0\"?>\n<x><!DOCTYPE y></x>".utf8)) == nil)
        #expect(PrologScan.doctypeLine(in: Array("<!-- unterminated".utf8)) == nil)
        #expect(PrologScan.doctypeLine(in: []) == nil)
    }

    @Test func parseRefusesBeforeLibxml2SeesTheEntities() {
        // Without the scan libxml2 reports this as an entity loop on line 1, not as a DOCTYPE.
        var laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [\n<!ENTITY a \"aaaaaaaaaa\">\n"
        for level in 1 ... 9 { laughs += "<!ENTITY a\(level) \"" + String(repeating: level == 1 ? "&a;" : "&a\(level - 1);", count: 10) + "\">\n" }
        laughs += "]>\n<x>&a9;</x>"
        #expect(throws: XMLError.doctypeRefused(part: "p.xml", line: 2)) {
            try XMLTreeReader.parse(Array(laughs.utf8), part: "p.xml")
        }
    }

    @Test func deepNestingIsRefusedAsTooDeep() {
        // libxml2 caps nesting at 256 without XML_PARSE_HUGE, and that cap can fire before the
        // builder's own: either way it is a nesting refusal at no more than the builder's limit,
        // never "malformed XML".
        let deep = String(repeating: "<a>", count: 2000) + String(repeating: "</a>", count: 2000)
        #expect {
            try XMLTreeReader.parse(Array(deep.utf8), part: "p.xml", maxDepth: 1000)
        } throws: { error in
            guard case .tooDeep(part: "p.xml", line: 1, let limit) = error as? XMLError else { return false }
            return limit == 1000 || limit == 256
        }
        #expect(throws: XMLError.tooDeep(part: "p.xml", line: 1, limit: 256)) {
            try XMLTreeReader.parse(Array(deep.utf8), part: "p.xml")
        }
    }

    @Test func libxml2MessagesBecomeOneLine() {
        let bytes = Array("<?xml version=\"1.0\"?>\n<x>".utf8) + [0xFF, 0xFE] + Array("</x>".utf8)
        do {
            _ = try XMLTreeReader.parse(bytes, part: "p.xml")
            Issue.record("expected an error")
        } catch {
            guard case .malformed(_, let line, let message) = error else { Issue.record("\(error)"); return }
            #expect(line == 2)
            #expect(!message.contains("\n"), "\(message)")
        }
    }
}
