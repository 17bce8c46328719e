import ArvioMessages
import ArvioNext
import ArvioReport
import ArvioWordML
import Foundation

/// One browser's documents: a private folder (0700) under the server's root, named by the
/// server. Nothing the browser sends ever names a file or folder in it.
struct WebSession: Sendable {
    let id: String
    let folder: URL
    var lastUsed: Date
    var documents: [StoredDocument] = []
    /// Numbers the files the server writes into the folder.
    var counter = 0
}

/// An uploaded document as read, with what was made from it.
struct StoredDocument: Sendable {
    let id: String
    /// The browser's file name, for display and download names only (never a path).
    let displayName: String
    /// Where the server stored it, inside the session folder.
    let path: String
    /// The upload as read once; the next-period pages build on it instead of reading the file
    /// again for every request.
    let document: WordDocument
    var report: Report
    var findings: [ReviewFinding]
    var next: PreparedNext?
}

/// `arvio next` done from the page: the written .docx and what the library said about it.
struct PreparedNext: Sendable {
    let path: String
    let period: PeriodKey
    /// The next version as the library modelled it (`NextOutcome.report`).
    let report: Report
    /// The written .docx read back, as `arvio import` of it reads.
    let reimported: Report
    let todo: [TodoItem]
    let notes: [Message]
}

/// Every live session, their folders, and their end (by the button, by idling, by the server stopping).
actor SessionStore {
    private var sessions: [String: WebSession] = [:]
    let root: URL
    let idleSeconds: Double

    init(root: URL, idleSeconds: Double) {
        self.root = root
        self.idleSeconds = idleSeconds
    }

    /// Creates the root folder (0700) if needed.
    func prepareRoot() throws {
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: root.path)
    }

    func create() throws -> WebSession {
        try prepareRoot()
        let id = AccessToken.random(bytes: 16)
        let folder = root.appendingPathComponent("s-\(id)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false,
                                                attributes: [.posixPermissions: 0o700])
        let session = WebSession(id: id, folder: folder, lastUsed: Date())
        sessions[id] = session
        return session
    }

    /// The session, marked as used now; nil when it never existed or has ended.
    func session(_ id: String?) -> WebSession? {
        guard let id, var session = sessions[id] else { return nil }
        session.lastUsed = Date()
        sessions[id] = session
        return session
    }

    /// The next server-chosen file name in the session's folder.
    func newFile(in id: String, extension ext: String) -> URL? {
        guard var session = sessions[id] else { return nil }
        session.counter += 1
        sessions[id] = session
        return session.folder.appendingPathComponent("\(session.counter).\(ext)")
    }

    func add(_ document: StoredDocument, to id: String) {
        sessions[id]?.documents.append(document)
    }

    func document(_ documentID: String, in id: String) -> StoredDocument? {
        sessions[id]?.documents.first { $0.id == documentID }
    }

    func setNext(_ next: PreparedNext, for documentID: String, in id: String) {
        guard let index = sessions[id]?.documents.firstIndex(where: { $0.id == documentID }) else { return }
        sessions[id]?.documents[index].next = next
    }

    func end(_ id: String) {
        guard let session = sessions.removeValue(forKey: id) else { return }
        try? FileManager.default.removeItem(at: session.folder)
    }

    /// Ends the sessions unused for longer than the idle time.
    func sweep(now: Date = Date()) {
        for (id, session) in sessions where now.timeIntervalSince(session.lastUsed) > idleSeconds { end(id) }
    }

    /// When the server stops: every session and the root folder itself.
    func endAll() {
        for id in Array(sessions.keys) { end(id) }
        try? FileManager.default.removeItem(at: root)
    }

    var count: Int { sessions.count }
}
