import ArvioDevSupport
import Foundation
import Testing

/// Every command `arvio --help` lists, and every option each command's `--help` lists, is run
/// through the binary by some test of this target: a new command or option without an
/// end-to-end test fails here. "Run by a test" is read from this folder's sources: an argument
/// list literal that starts with the command's name (`["next", …, "--period", …]`), the way
/// `Arvio.run` and the error catalogue's triggers are written. `-o` counts as `--output`.
@Suite struct OptionCoverageTests {
    /// Options no test here runs, each with the reason (printed when the suite runs).
    static let notRunThroughTheBinary: [String: String] = [
        // `make e2e` (scripts/e2e.py, run by .ci/run) starts `arvio serve --port 0` through the binary
        // in a real browser; its routes are tested in ArvioWebTests. The options below open a
        // browser or listen beyond this machine, which a test here should not do.
        "serve": "run through the binary by make e2e (scripts/e2e.py); routes in ArvioWebTests",
        "serve --port": "make e2e runs `arvio serve --port 0`",
        "serve --host": "would listen beyond 127.0.0.1; the warning is in Serve.swift, not yet tested",
        "serve --open": "opens a browser; not run in tests",
        "serve --mapping": "the shared MappingOptions, run through the binary on every other command",
        "serve --mappings": "the shared MappingOptions, run through the binary on every other command",
    ]

    static func help(_ arguments: [String]) throws -> String {
        let run = try ArvioBinary.run(arguments + ["--help"])
        #expect(run.status == 0, "\(arguments) --help: \(run.stderr)")
        return run.stdout
    }

    /// The SUBCOMMANDS section of `arvio --help`.
    static func commands() throws -> [String] {
        let text = try help([])
        guard let start = text.range(of: "SUBCOMMANDS:\n") else { return [] }
        return text[start.upperBound...].split(separator: "\n")
            .filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }
            .compactMap { $0.split(separator: " ").first.map(String.init) }
            .filter { $0 != "help" && $0.first?.isLowercase == true }
    }

    /// The long options in the OPTIONS section of `arvio COMMAND --help`, --help and --version aside.
    static func options(_ command: String) throws -> Set<String> {
        let text = try help([command])
        guard let start = text.range(of: "OPTIONS:\n") else { return [] }
        var found: Set<String> = []
        for line in text[start.upperBound...].split(separator: "\n") where line.hasPrefix("  -") {
            for word in line.split(separator: " ") where word.hasPrefix("--") {
                found.insert(String(word.split(separator: ",").first ?? word))
                break
            }
        }
        return found.subtracting(["--help", "--version"])
    }

    /// (command, option) pairs the tests in Tests/ArvioCLITests run, read from their sources.
    static func exercised() throws -> [String: Set<String>] {
        let folder = Repository.root.appendingPathComponent("Tests/ArvioCLITests")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") && $0 != "OptionCoverageTests.swift" }
        let literal = try NSRegularExpression(pattern: #"\[\s*"([a-z]+)"((?:[^\[\]]|\[[^\[\]]*\])*)\]"#)
        let option = try NSRegularExpression(pattern: #""(--[a-z-]+|-o)""#)
        var result: [String: Set<String>] = [:]
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            let whole = NSRange(text.startIndex..., in: text)
            for match in literal.matches(in: text, range: whole) {
                let command = String(text[Range(match.range(at: 1), in: text)!])
                result[command, default: []].insert("")
                let body = String(text[Range(match.range(at: 2), in: text)!])
                for found in option.matches(in: body, range: NSRange(body.startIndex..., in: body)) {
                    let name = String(body[Range(found.range(at: 1), in: body)!])
                    result[command, default: []].insert(name == "-o" ? "--output" : name)
                }
            }
        }
        return result
    }

    @Test func everyCommandAndOptionIsRunThroughTheBinary() throws {
        let commands = try Self.commands()
        // import inspect migrate init next render pdf summary diff check dump mappings, at least.
        #expect(commands.count >= 12, "\(commands)")
        let exercised = try Self.exercised()
        for command in commands {
            #expect(exercised[command] != nil || Self.notRunThroughTheBinary[command] != nil, "no test runs `arvio \(command)`")
            for option in try Self.options(command).sorted() where !(exercised[command] ?? []).contains(option) {
                if let reason = Self.notRunThroughTheBinary["\(command) \(option)"] {
                    print("OptionCoverageTests: `arvio \(command) \(option)` is not run through the binary: \(reason)")
                } else {
                    Issue.record("no test runs `arvio \(command) \(option)`")
                }
            }
        }
    }
}
