import ArvioDevSupport
import Foundation
import Testing
@testable import ArvioWordML

/// Arvio's text against what other tools expect from the same files: docling's Markdown ground
/// truth (Corpora/external/docling, MIT, in the repo) and pandoc's reader expectations (GPL, so
/// kept outside the repo in ../shared/corpora/external/pandoc).
///
/// Every expectation either matches Arvio item for item after `PeerText`'s normalisation, or is
/// listed in known-differences.tsv (explained in KnownDifferences.md) with a weaker check that
/// must still hold. A listed file that matches again fails, so the list stays honest.
@Suite struct PeerComparisonTests {
    @Test(arguments: PeerCorpus.doclingCases)
    func docling(_ peerCase: PeerCase) throws {
        try PeerCorpus.compare(peerCase)
    }

    // pandoc's files are GPL and live in ../shared/corpora/external/pandoc beside the repo (they
    // are there on the developers' machines and in CI). A clone without that folder cannot run
    // this comparison: the test then shows as skipped with this reason, never as passed.
    @Test(.enabled(if: PeerCorpus.pandocAvailable, "../shared/corpora/external/pandoc is absent: pandoc comparison not run"),
          arguments: PeerCorpus.pandocCases)
    func pandoc(_ peerCase: PeerCase) throws {
        try PeerCorpus.compare(peerCase)
    }

    @Test func doclingFolderIsComplete() {
        #expect(PeerCorpus.doclingCases.count == 17)
    }

    @Test(.enabled(if: PeerCorpus.pandocAvailable, "../shared/corpora/external/pandoc is absent: pandoc comparison not run"))
    func everyPandocDocumentHasAnExpectation() throws {
        let documents = try FileManager.default.contentsOfDirectory(atPath: PeerCorpus.pandocFolder.path)
            .filter { $0.hasSuffix(".docx") }
        #expect(documents.count >= 37)
        let compared = Set(PeerCorpus.pandocCases.map(\.document))
        for document in documents.sorted() where !compared.contains(document) {
            Issue.record("\(document) has no pandoc expectation that the comparison uses")
        }
    }

    /// Every line of known-differences.tsv names an expectation that exists, with a check Arvio knows.
    @Test func knownDifferencesNameRealExpectations() throws {
        let entries = try KnownDifferences.load()
        var keys = Set(PeerCorpus.doclingCases.map(\.key))
        if PeerCorpus.pandocAvailable { keys.formUnion(PeerCorpus.pandocCases.map(\.key)) }
        for (key, entry) in entries.sorted(by: { $0.key < $1.key }) {
            #expect(KnownDifferences.Check(entry.check) != nil, "\(key): unknown check \(entry.check)")
            #expect(!entry.reason.isEmpty, "\(key): no reason given")
            if key.hasPrefix("docling/") || PeerCorpus.pandocAvailable, !keys.contains(key) {
                Issue.record("\(key) is listed in known-differences.tsv but no such expectation is compared")
            }
        }
    }

    // MARK: The normaliser itself

    @Test func doclingMarkdownBecomesItems() {
        let markdown = """
            ## Heading with \\_escapes\\_

            - [x] Done  
            second line
            1. *First* [link](http://x) <!-- image -->

            | A | B \\| C |
            |---|---|
            | **x** ,  y |  |
            """
        #expect(PeerText.doclingItems(markdown: markdown) == ["Heading with _escapes_", "☒ Done second line", "1 First link", "A", "B | C", "x, y"])
        #expect(PeerText.doclingItems(markdown: "- 1.1. Nested\n- 2016 was a year\n2) b") == ["1.1 Nested", "- 2016 was a year", "2) b"])
    }

    @Test func pandocNativeBecomesItems() throws {
        let native = #"""
            Pandoc (Meta {unMeta = fromList []})
            [Header 1 ("a",[],[]) [Str "Title"]
            ,Para [Str "Caf\233",Space,Emph [Str "x"],Note [Para [Str "note"]],Str "."]
            ,BulletList [[Plain [Str "one"]],[Plain [Str "two\160\&3"]]]
            ,Table ("",[],[]) (Caption Nothing []) [(AlignDefault,ColWidthDefault)] (TableHead ("",[],[]) []) [TableBody ("",[],[]) (RowHeadColumns 0) [] [Row ("",[],[]) [Cell ("",[],[]) AlignDefault (RowSpan 1) (ColSpan 1) [Para [Str "cell"],Para [Str "two"]]]]] (TableFoot ("",[],[]) [])]
            """#
        #expect(try PeerText.pandocItems(native: native) == ["Title", "Café x.", "note", "one", "two 3", "cell two"])
    }
}

/// One peer expectation and the Arvio reading it is compared with.
struct PeerCase: Sendable, CustomTestStringConvertible {
    let peer: PeerText.Peer
    let folder: URL
    /// The .docx file name in `folder`.
    let document: String
    /// The expectation's file name in `folder`: .md (docling Markdown, pandoc plain) or .native.
    let expectation: String
    let mode: TrackedChanges
    let includeComments: Bool

    var key: String { "\(peer.rawValue)/\(expectation)" }
    var testDescription: String { "\(key) [\(mode.rawValue)]" }
}

enum PeerCorpus {
    static let repositoryRoot = Repository.root
    static let doclingFolder = repositoryRoot.appendingPathComponent("Corpora/external/docling")
    static let pandocFolder = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/corpora/external/pandoc")

    static var pandocAvailable: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: pandocFolder.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    private static func files(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    /// Each .docx with the .md beside it (a .docx without one is still a case, and fails).
    static let doclingCases: [PeerCase] = files(in: doclingFolder).filter { $0.hasSuffix(".docx") }.map { document in
        PeerCase(peer: .docling, folder: doclingFolder, document: document,
                 expectation: String(document.dropLast(".docx".count)) + ".md", mode: .accept, includeComments: false)
    }

    /// Each .native with the .docx it was made from and the --track-changes view pandoc's test
    /// suite used for it (test/Tests/Readers/Docx.hs), plus the plain-text command test 11113.md.
    static let pandocCases: [PeerCase] = {
        let names = files(in: pandocFolder)
        let documents = Set(names.filter { $0.hasSuffix(".docx") })
        var cases: [PeerCase] = []
        for name in names where name.hasSuffix(".native") || name.hasSuffix(".md") {
            var base = String(name[..<name.lastIndex(of: ".")!])
            // "x_accept", "x_all", "comments_no_comments", "zotero_citations_plus": the document is the longest prefix that exists.
            var suffix = ""
            while !documents.contains(base + ".docx"), let underscore = base.lastIndex(of: "_") {
                suffix = String(base[underscore...]) + suffix
                base = String(base[..<underscore])
            }
            // pandoc's test/Tests/Readers/Docx.hs reads comments.docx → comments.native and
            // track_changes_scrubbed_metadata.docx with --track-changes=all too.
            let mode: TrackedChanges = switch suffix {
            case "_reject": .reject
            case "_all": .all
            default: ["comments.native", "track_changes_scrubbed_metadata.native"].contains(name) ? .all : .accept
            }
            cases.append(PeerCase(peer: .pandoc, folder: pandocFolder, document: base + ".docx", expectation: name,
                                  mode: mode, includeComments: mode == .all))
        }
        return cases
    }()

    static func expectedItems(_ peerCase: PeerCase) throws -> [String] {
        let text = try String(contentsOf: peerCase.folder.appendingPathComponent(peerCase.expectation), encoding: .utf8)
        switch (peerCase.peer, peerCase.expectation.hasSuffix(".native")) {
        case (.docling, _):
            return PeerText.doclingItems(markdown: text)
        case (.pandoc, true):
            return try PeerText.pandocItems(native: text)
        case (.pandoc, false):
            // A pandoc command test: the output between "^D" and the closing fence.
            guard let start = text.range(of: "^D\n"), let end = text.range(of: "\n```", range: start.upperBound ..< text.endIndex) else {
                throw KnownDifferences.FormatError.badLine("\(peerCase.expectation): no ^D … ``` output")
            }
            return PeerText.plainItems(String(text[start.upperBound ..< end.lowerBound]))
        }
    }

    static func compare(_ peerCase: PeerCase) throws {
        let document = try DocxReader.read(peerCase.folder.appendingPathComponent(peerCase.document).path,
                                           options: ReadOptions(trackedChanges: peerCase.mode))
        let arvio = PeerText.items(document, for: peerCase.peer, includeComments: peerCase.includeComments)
        let expected = try expectedItems(peerCase)
        if let folder = ProcessInfo.processInfo.environment["ARVIO_PEER_DUMP"] {
            // For looking into a difference: both item lists, one item a line, side by side for diff.
            let stem = folder + "/" + peerCase.key.replacingOccurrences(of: "/", with: "__")
            try (arvio.joined(separator: "\n") + "\n").write(toFile: stem + ".arvio", atomically: true, encoding: .utf8)
            try (expected.joined(separator: "\n") + "\n").write(toFile: stem + ".peer", atomically: true, encoding: .utf8)
        }
        #expect(!expected.isEmpty, "\(peerCase.key): the expectation yielded no text; is the normaliser broken?")
        let known = try KnownDifferences.load()[peerCase.key]

        if arvio == expected {
            if known != nil {
                Issue.record("\(peerCase.key) now matches Arvio item for item: remove it from known-differences.tsv and KnownDifferences.md")
            }
            return
        }
        guard let known else {
            Issue.record("\(peerCase.key) differs from Arvio and is not in known-differences.tsv\n\(Comparison.report(arvio: arvio, peer: expected))")
            return
        }
        guard let check = KnownDifferences.Check(known.check) else {
            Issue.record("\(peerCase.key): unknown check \(known.check)")
            return
        }
        let outcome = check.evaluate(arvio: arvio, peer: expected)
        if !outcome.passed {
            Issue.record("\(peerCase.key) is a known difference (\(known.reason)) but its check \(known.check) fails: \(outcome.detail)\n\(Comparison.report(arvio: arvio, peer: expected))")
        }
    }
}

/// known-differences.tsv: expectation key, check, reason; tab-separated, "#" starts a comment.
enum KnownDifferences {
    struct Entry { let check: String; let reason: String }

    enum FormatError: Error { case badLine(String) }

    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("known-differences.tsv")

    static func load() throws -> [String: Entry] {
        var entries: [String: Entry] = [:]
        for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") {
            if line.hasPrefix("#") || line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count == 3, entries[fields[0]] == nil else { throw FormatError.badLine(String(line)) }
            entries[fields[0]] = Entry(check: fields[1], reason: fields[2])
        }
        return entries
    }

    /// What must still hold for a listed file.
    enum Check {
        /// The same words in the same order; only where items begin and end differs.
        case sameWords
        /// The same text once every space is removed: only spacing differs.
        case sameCharacters
        /// The same words, each as often, in another order.
        case sameBag
        /// The same words in the same order once each item's leading list label or heading
        /// number ("-", "1.", "1.1", "a)") is dropped: only labels differ.
        case sameWordsExceptLabels
        /// Every word of the peer's text appears in Arvio's, in order (Arvio has more).
        case peerInArvio
        /// Every word of Arvio's text appears in the peer's, in order (the peer has more).
        case arvioInPeer
        /// The longest common word subsequence covers at least this share of both texts (2·LCS / (a + b)).
        case lcs(Double)

        init?(_ text: String) {
            switch text {
            case "same-words": self = .sameWords
            case "same-characters": self = .sameCharacters
            case "same-bag": self = .sameBag
            case "same-words-except-labels": self = .sameWordsExceptLabels
            case "peer-in-arvio": self = .peerInArvio
            case "arvio-in-peer": self = .arvioInPeer
            default:
                guard text.hasPrefix("lcs>="), let ratio = Double(text.dropFirst(5)), ratio > 0, ratio <= 1 else { return nil }
                self = .lcs(ratio)
            }
        }

        func evaluate(arvio arvioItems: [String], peer peerItems: [String]) -> (passed: Bool, detail: String) {
            let arvio = PeerText.words(arvioItems)
            let peer = PeerText.words(peerItems)
            switch self {
            case .sameWords:
                return (arvio == peer, "the word sequences differ")
            case .sameCharacters:
                return (arvio.joined() == peer.joined(), "the texts differ in more than spacing")
            case .sameBag:
                return (arvio.sorted() == peer.sorted(), "the words differ, not just their order")
            case .sameWordsExceptLabels:
                let unlabelled = { (items: [String]) in PeerText.words(items.map(Comparison.droppingLabels)) }
                return (unlabelled(arvioItems) == unlabelled(peerItems), "the texts differ in more than list labels")
            case .peerInArvio:
                return (Comparison.isSubsequence(peer, of: arvio), "some of the peer's words are missing from Arvio's text or out of order")
            case .arvioInPeer:
                return (Comparison.isSubsequence(arvio, of: peer), "some of Arvio's words are missing from the peer's text or out of order")
            case .lcs(let minimum):
                let ratio = Comparison.lcsRatio(arvio, peer)
                return (ratio >= minimum, "LCS ratio \(String(format: "%.3f", ratio)) < \(minimum)")
            }
        }
    }
}

enum Comparison {
    /// An item without its leading label tokens (at most two: docling writes "- 1.1. Text").
    static func droppingLabels(_ item: String) -> String {
        var words = item.split(separator: " ")
        for _ in 0 ..< 2 {
            guard let first = words.first,
                  first.wholeMatch(of: #/[-•▪o–]|\d+(\.\d+)*[.)]?|[A-Za-z][.)]|[ivxlcdmIVXLCDM]+[.)]/#) != nil else { break }
            words.removeFirst()
        }
        return words.joined(separator: " ")
    }

    static func isSubsequence(_ needle: [String], of haystack: [String]) -> Bool {
        var index = haystack.startIndex
        for word in needle {
            guard let found = haystack[index...].firstIndex(of: word) else { return false }
            index = found + 1
        }
        return true
    }

    static func lcsLength(_ a: [String], _ b: [String]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var previous = [Int](repeating: 0, count: b.count + 1)
        var current = previous
        for i in 1 ... a.count {
            for j in 1 ... b.count {
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : max(previous[j], current[j - 1])
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    static func lcsRatio(_ a: [String], _ b: [String]) -> Double {
        a.isEmpty && b.isEmpty ? 1 : 2 * Double(lcsLength(a, b)) / Double(a.count + b.count)
    }

    /// The first differing item with its neighbours, and the words each side has that the other lacks.
    static func report(arvio: [String], peer: [String]) -> String {
        var lines: [String] = []
        let first = (0 ..< min(arvio.count, peer.count)).first(where: { arvio[$0] != peer[$0] }) ?? min(arvio.count, peer.count)
        lines.append("items: Arvio \(arvio.count), peer \(peer.count); first difference at item \(first)")
        for index in max(0, first - 1) ..< min(max(arvio.count, peer.count), first + 4) {
            lines.append("  arvio[\(index)]: \(index < arvio.count ? arvio[index] : "—")")
            lines.append("  peer [\(index)]: \(index < peer.count ? peer[index] : "—")")
        }
        let (onlyArvio, onlyPeer) = unmatchedWords(PeerText.words(arvio), PeerText.words(peer))
        lines.append("words only in Arvio (\(onlyArvio.count)): \(onlyArvio.prefix(40).joined(separator: " "))")
        lines.append("words only in peer (\(onlyPeer.count)): \(onlyPeer.prefix(40).joined(separator: " "))")
        lines.append(String(format: "LCS ratio %.3f", lcsRatio(PeerText.words(arvio), PeerText.words(peer))))
        return lines.joined(separator: "\n")
    }

    /// Words outside one longest common subsequence, each side in order.
    static func unmatchedWords(_ a: [String], _ b: [String]) -> ([String], [String]) {
        var table = [[Int32]](repeating: [Int32](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var onlyA: [String] = []
        var onlyB: [String] = []
        var i = 0
        var j = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { i += 1; j += 1 } else if table[i + 1][j] >= table[i][j + 1] { onlyA.append(a[i]); i += 1 } else { onlyB.append(b[j]); j += 1 }
        }
        onlyA += a[i...]
        onlyB += b[j...]
        return (onlyA, onlyB)
    }
}
