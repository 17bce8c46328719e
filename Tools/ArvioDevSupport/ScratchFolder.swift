import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where tests write their files: one folder per test process, removed when the process exits,
/// so test runs leave nothing behind in the system's temporary folder (they once left thousands
/// of folders there, one per test that wrote a file).
public enum ScratchFolder {
    /// A path for `name` that nothing has used yet ("arvio-next-6F1C…"), inside the process's
    /// folder; it is not created.
    public static func url(_ name: String) -> URL {
        root.appendingPathComponent("\(name)-\(UUID().uuidString)")
    }

    static let root: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("arvio-tests-\(getpid())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: ScratchFolder.root) }
        return url
    }()
}
