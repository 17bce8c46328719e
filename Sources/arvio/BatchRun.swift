import ArgumentParser
import ArvioCore
import ArvioMessages
import ArvioPackage
import ArvioReport
import Foundation

/// What one document of a batch came to: its line in `arvio-summary.csv`.
struct BatchRow: Sendable {
    var file: String
    var output = ""
    var kind = ""
    /// The period the report covers (`import`), or the one prepared (`next`): "2021-10".
    var period = ""
    var goals = ""
    /// Share of the body text in named parts, in per cent with one decimal.
    var coverage = ""
    var warnings = ""
    /// `next`: how many places are left for the coordinator to fill in.
    var todo = ""
    var errorCode = ""
    var errorMessage = ""
    /// The line in every language, from an error that says its own (the summary keeps the English).
    var errorSaid: Message?

    var failed: Bool { !errorCode.isEmpty || !errorMessage.isEmpty }

    /// The one line `arvio` prints for a file it could not process.
    var failureLine: String {
        guard !errorCode.isEmpty else { return "arvio: \(errorMessage)\n" }
        let language = CommandLineLanguage.current
        let line = errorSaid?[language] ?? CoordinatorLine.error(code: errorCode, english: errorMessage, file: file, language: language)
        return "arvio: \(line) [\(errorCode)]\n"
    }
}

/// Runs one piece of work per document on `jobs` threads, each document wholly on one thread
/// (the reader keeps no shared mutable state; libxml2 is initialised once and keeps its error
/// handlers per thread). A document that fails is reported on one line as soon as it fails and
/// the others go on. The largest files start first; the rows come back in input order.
final class BatchRun: @unchecked Sendable {
    /// Exit status when some documents failed and the rest were written (README, "Exit codes").
    static let someFailedExitCode: Int32 = 2

    private let inputs: [BatchInput]
    /// Input indices in the order they are started: largest file first, so that one big document
    /// does not start last and leave the other threads idle at the end.
    private let order: [Int]
    private let work: @Sendable (BatchInput) -> BatchRow
    private let progress: ProgressBar?
    private let lock = NSLock()
    private var nextIndex = 0
    private var rows: [BatchRow?]
    private var finished = 0
    private var failures = 0

    private init(inputs: [BatchInput], verb: BatchPhrase, work: @escaping @Sendable (BatchInput) -> BatchRow) {
        self.inputs = inputs
        let sizes = inputs.map { (try? FileManager.default.attributesOfItem(atPath: $0.file)[.size] as? Int) ?? 0 }
        self.order = inputs.indices.sorted { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : $0 < $1 }
        self.work = work
        self.rows = Array(repeating: nil, count: inputs.count)
        self.progress = ProgressBar(total: inputs.count, verb: verb)
    }

    /// The default `--jobs`: every core.
    static var defaultJobs: Int { ProcessInfo.processInfo.activeProcessorCount }

    static func run(_ inputs: [BatchInput], jobs: Int, verb: BatchPhrase,
                    work: @escaping @Sendable (BatchInput) -> BatchRow) -> [BatchRow] {
        let batch = BatchRun(inputs: inputs, verb: verb, work: work)
        let threads = max(1, min(jobs, inputs.count))
        if threads == 1 {
            batch.drain()
        } else {
            let group = DispatchGroup()
            for _ in 0 ..< threads {
                group.enter()
                let thread = Thread { batch.drain(); group.leave() }
                // As much stack as the main thread: deeply nested documents recurse.
                thread.stackSize = 8 << 20
                thread.start()
            }
            group.wait()
        }
        batch.progress?.finish()
        return batch.rows.map { $0! }
    }

    private func drain() {
        while let index = take() {
            let row = work(inputs[index])
            record(row, at: index)
        }
    }

    private func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard nextIndex < order.count else { return nil }
        nextIndex += 1
        return order[nextIndex - 1]
    }

    private func record(_ row: BatchRow, at index: Int) {
        lock.lock()
        defer { lock.unlock() }
        rows[index] = row
        finished += 1
        if row.failed {
            failures += 1
            if let progress { progress.interrupt(with: row.failureLine) } else { StandardStream.error.write(row.failureLine) }
        }
        progress?.update(done: finished, failed: failures, current: row.file)
    }

    /// Runs `body` for one document and turns any error into the row's code and message.
    static func capture(_ file: String, _ body: () throws -> BatchRow) -> BatchRow {
        do {
            return try body()
        } catch let error as any CoordinatorFacingError {
            return BatchRow(file: file, errorCode: error.code, errorMessage: error.message(file: file), errorSaid: (error as? any SaysItsLine)?.said(file: file))
        } catch {
            return BatchRow(file: file, errorMessage: "\(file): \(Render.oneLine(error))")
        }
    }

    /// An unknown --mapping would fail every document the same way: refuse it once, before any work.
    static func requireMapping(_ name: String?, in mappings: MappingSet) throws {
        guard let name, mappings[name] == nil else { return }
        try ReportFailure.reading(name) {
            throw ReportImporter.Failure.unknownMapping(name, available: mappings.templates.map(\.name))
        }
    }

    /// Creates the output folder and the folders inside it the results go to, and refuses
    /// to replace an earlier summary without --force. Problems end the run before any work.
    static func prepare(outputFolder: String, inputs: [BatchInput], force: Bool) throws {
        let summary = summaryPath(in: outputFolder)
        try ReportFailure.reading(outputFolder) {
            if FileManager.default.fileExists(atPath: outputFolder) && !BatchInputs.isFolder(outputFolder) {
                throw OutputFile.Failure.cannotWrite(outputFolder, reason: "it is a file; -o needs a folder when there are several inputs")
            }
            let folders = Set([outputFolder] + inputs.map { ($0.outputStem as NSString).deletingLastPathComponent })
            for folder in folders.sorted() {
                do {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                } catch {
                    throw OutputFile.Failure.cannotWrite(folder, reason: "the folder cannot be created")
                }
            }
        }
        try ReportFailure.reading(summary) {
            if FileManager.default.fileExists(atPath: summary) && !force { throw OutputFile.Failure.exists(summary) }
        }
    }

    static func summaryPath(in outputFolder: String) -> String {
        (outputFolder as NSString).appendingPathComponent(BatchInputs.summaryName)
    }

    /// Writes the summary, prints one closing line, and ends with status 2 when some failed.
    static func finish(_ rows: [BatchRow], outputFolder: String, inputs: [String], force: Bool, done: BatchPhrase) throws {
        let summary = summaryPath(in: outputFolder)
        try ReportFailure.reading(summary) {
            try OutputFile.write(Data(SummaryCSV.render(rows).utf8), to: summary, inputs: inputs, force: force)
        }
        let failed = rows.filter(\.failed).count
        let language = CommandLineLanguage.current
        let files = failed > 0 ? BatchPhrase.someFiles.say(language, ["done": "\(rows.count - failed)", "total": "\(rows.count)"])
            : rows.count == 1 ? BatchPhrase.oneFile[language] : BatchPhrase.allFiles.say(language, ["total": "\(rows.count)"])
        let tail = failed == 0 ? "" : BatchPhrase.failedTail.say(language, ["count": "\(failed)"])
        let line = done.say(language, ["files": files, "folder": outputFolder, "failed": tail, "summary": summary])
        StandardStream.error.write("arvio: \(line)\n")
        if failed > 0 { throw ExitCode(someFailedExitCode) }
    }

    /// Refuses a result that would land on any document of the batch, then writes it atomically.
    static func write(_ data: Data, to path: String, inputs: Set<OutputFile.Identity>, file: String, force: Bool) throws {
        try checkNotAnInput(path, inputs: inputs)
        try OutputFile.write(data, to: path, inputs: [file], force: force)
    }

    /// The same, streamed: `contents` hands the bytes over in chunks as it makes them.
    static func write(to path: String, inputs: Set<OutputFile.Identity>, file: String, force: Bool,
                      contents: ((UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Void) throws {
        try checkNotAnInput(path, inputs: inputs)
        try OutputFile.write(to: path, inputs: [file], force: force, contents: contents)
    }

    /// By device and inode: a hard link to another document of the batch is that document.
    static func checkNotAnInput(_ path: String, inputs: Set<OutputFile.Identity>) throws {
        if let identity = OutputFile.identity(of: path), inputs.contains(identity) { throw OutputFile.Failure.wouldOverwriteInput(path) }
    }

    /// The identities of the batch's documents, for `checkNotAnInput`.
    static func identities(_ inputs: [BatchInput]) -> Set<OutputFile.Identity> {
        Set(inputs.compactMap { OutputFile.identity(of: $0.file) })
    }
}
