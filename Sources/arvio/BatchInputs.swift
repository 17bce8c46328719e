import ArvioCore
import Foundation

/// One document of a batch (`arvio import DIR… -o OUTDIR`), and where its results go.
struct BatchInput: Sendable {
    /// The path as given on the command line, or found under a folder that was given.
    let file: String
    /// Where its results go, without an extension: `OUTDIR/<folder inside the input folder>/<name>`,
    /// made unique within the batch ("-2", "-3", … when two inputs have the same name).
    let outputStem: String
}

/// Which command lines are batches, and the documents a batch reads.
enum BatchInputs {
    /// The summary every batch writes into its output folder.
    static let summaryName = "arvio-summary.csv"

    /// Several inputs, a folder among them, or `-o` naming a folder (an existing one, or a name
    /// ending in "/"). One file with `-o FILE` or without `-o` is the ordinary single-file run.
    static func isBatch(_ arguments: [String], output: String?) -> Bool {
        if arguments.count > 1 || arguments.contains(where: isFolder) { return true }
        guard let output else { return false }
        return output.hasSuffix("/") || isFolder(output)
    }

    /// A batch with nothing to read: the folders hold no .docx file.
    struct NothingToRead: Error, CoordinatorFacingError {
        var code: String { "ARVIO-NOT-FOUND" }
        var exitCode: Int32 { 66 }
        func message(file: String) -> String { "\(file): no .docx files here (folders are searched with their subfolders)." }
    }

    /// `collect`, refusing an empty batch with one line naming what was searched.
    static func documents(_ arguments: [String], outputFolder: String) throws -> [BatchInput] {
        let inputs = collect(arguments, outputFolder: outputFolder)
        if inputs.isEmpty {
            try ReportFailure.reading(arguments.joined(separator: ", ")) { throw NothingToRead() }
        }
        return inputs
    }

    static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The documents to read, in a stable order: each argument in turn, a folder's `*.docx`
    /// (searched recursively, sorted by path) where a folder is given. Word's lock files
    /// ("~$name.docx"), hidden files and the output folder itself are left out; a file given
    /// twice is read once. A file that does not exist stays in the list, so that it is reported.
    static func collect(_ arguments: [String], outputFolder: String) -> [BatchInput] {
        let outputRoot = resolved(outputFolder)
        var seen = Set<String>()
        var usedStems = Set<String>()
        var inputs: [BatchInput] = []

        func add(_ file: String, relativeStem: String) {
            guard seen.insert(resolved(file)).inserted else { return }
            var stem = relativeStem
            var counter = 2
            while !usedStems.insert(stem.lowercased()).inserted {
                stem = "\(relativeStem)-\(counter)"
                counter += 1
            }
            inputs.append(BatchInput(file: file, outputStem: (outputFolder as NSString).appendingPathComponent(stem)))
        }

        for argument in arguments {
            guard isFolder(argument) else {
                add(argument, relativeStem: stemOf((argument as NSString).lastPathComponent))
                continue
            }
            for relative in documents(under: argument, skipping: outputRoot) {
                add((argument as NSString).appendingPathComponent(relative), relativeStem: stemOf(relative))
            }
        }
        return inputs
    }

    /// Paths of the `*.docx` files under `folder`, relative to it, sorted.
    private static func documents(under folder: String, skipping outputRoot: String) -> [String] {
        let root = URL(fileURLWithPath: folder).standardizedFileURL
        let rootIsOutput = resolved(folder) == outputRoot
        guard let walker = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey, .isDirectoryKey], options: [.skipsHiddenFiles])
        else { return [] }
        var found: [String] = []
        while let url = walker.nextObject() as? URL {
            let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .isDirectoryKey])
            if values?.isDirectory == true {
                // Results written into a folder inside the input folder are not read back as inputs.
                if !rootIsOutput, resolved(url.path) == outputRoot { walker.skipDescendants() }
                continue
            }
            let name = url.lastPathComponent
            guard values?.isRegularFile == true, url.pathExtension.lowercased() == "docx", !name.hasPrefix("~$") else { continue }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(root.path) else { continue }
            found.append(String(path.dropFirst(root.path.count).drop(while: { $0 == "/" })))
        }
        return found.sorted()
    }

    /// "seeds/003-kymenlaakso.word.docx" → "seeds/003-kymenlaakso.word".
    private static func stemOf(_ relative: String) -> String {
        let stem = (relative as NSString).deletingPathExtension
        return stem.isEmpty ? relative : stem
    }

    static func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
