import ArvioMessages
import ArvioPackage
import Foundation

/// A one-line progress bar on standard error, redrawn in place — only when standard error is a
/// terminal, so logs and pipes get just the failure lines and the closing summary. Not
/// thread-safe: `BatchRun` calls it under its lock.
final class ProgressBar {
    private let total: Int
    private let verb: BatchPhrase
    private var shown = ""
    private var lastDraw = Date.distantPast
    private var state: (done: Int, failed: Int, current: String) = (0, 0, "")

    /// Nil when standard error is not a terminal.
    init?(total: Int, verb: BatchPhrase) {
        guard isatty(STDERR_FILENO) == 1 else { return nil }
        self.total = total
        self.verb = verb
        draw()
    }

    func update(done: Int, failed: Int, current: String) {
        state = (done, failed, current)
        // A few redraws a second are enough to read; thousands would cost time on a slow terminal.
        let now = Date()
        guard done == total || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        draw()
    }

    /// Prints a line above the bar (a failed file), then the bar again.
    func interrupt(with line: String) {
        clear()
        StandardStream.error.write(line)
        draw()
    }

    func finish() { clear() }

    private func clear() {
        guard !shown.isEmpty else { return }
        StandardStream.error.write("\r\u{1B}[K")
        shown = ""
    }

    private func draw() {
        let width = Self.terminalWidth()
        let count = "\(state.done)/\(total)"
        let language = CommandLineLanguage.current
        let failed = state.failed > 0 ? BatchPhrase.failedSoFar.say(language, ["count": "\(state.failed)"]) : ""
        let barWidth = max(10, min(30, width / 4))
        let filled = total == 0 ? barWidth : barWidth * state.done / total
        let bar = "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: barWidth - filled) + "]"
        var line = "arvio: \(verb[language]) \(bar) \(count)\(failed)"
        let room = width - 1 - line.count - 2
        if room > 8, !state.current.isEmpty {
            let name = (state.current as NSString).lastPathComponent
            line += "  " + (name.count > room ? String(name.prefix(room - 1)) + "…" : name)
        }
        if line.count > width - 1 { line = String(line.prefix(max(width - 1, 1))) }
        StandardStream.error.write("\r\u{1B}[K" + line)
        shown = line
    }

    private static func terminalWidth() -> Int {
        var size = winsize()
        if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return Int(ProcessInfo.processInfo.environment["COLUMNS"] ?? "") ?? 80
    }
}
