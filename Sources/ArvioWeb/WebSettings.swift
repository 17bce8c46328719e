import ArvioPackage
import Foundation

/// How `arvio serve` runs: where it listens, its access token, where session folders go, and
/// the limits that keep one browser (or a hostile page) from exhausting the machine.
public struct WebSettings: Sendable {
    public var host: String = "127.0.0.1"
    /// 0: a free port chosen by the system.
    public var port: Int = 0
    /// Required on every request (`?t=…` once, then a cookie); random per start.
    public var token: String = AccessToken.random()
    /// Parent of the session folders; created 0700 and removed when the server stops.
    public var root: URL
    /// Largest upload accepted, refused (413) from its Content-Length before the body is read:
    /// a .docx can hold no more than the package limits let Arvio unpack.
    public var maxUploadBytes: Int = PackageLimits.default.maxTotalBytes
    /// A session unused this long is ended and its folder removed.
    public var idleSeconds: Double = 30 * 60
    /// Conversions (import, next, PDF) running at once: one per core.
    public var conversions: Int = max(ProcessInfo.processInfo.activeProcessorCount, 1)
    /// Seconds LibreOffice may take for one PDF.
    public var pdfTimeout: Int = 180

    public init(root: URL? = nil) {
        self.root = root ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("arvio-serve-\(ProcessInfo.processInfo.processIdentifier)-\(AccessToken.random(bytes: 6))")
    }
}

/// The random secret in the address `arvio serve` prints.
public enum AccessToken {
    public static func random(bytes: Int = 24) -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<bytes).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }

    /// Compares without stopping at the first difference, so timing tells nothing about the token.
    static func matches(_ given: String?, _ expected: String) -> Bool {
        guard let given else { return false }
        let (a, b) = (Array(given.utf8), Array(expected.utf8))
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}
