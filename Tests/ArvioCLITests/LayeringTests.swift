import ArvioDevSupport
import Foundation
import Testing

/// README's architecture picture is true. The picture is one line of layers,
/// `ArvioCore → ArvioXML → … → arvio` (README, "Project layout", and Package.swift's header say
/// the same); these tests read Package.swift's targets and the `import` lines of every target's
/// sources and hold them to it:
/// - every module a target imports is a dependency it declares, and every dependency it declares
///   is imported by one of its files (so Package.swift says what the code does);
/// - a product layer imports only layers before it in the line (and C shims, Yams,
///   ArgumentParser), never a later layer, a layer beside it, or a tool;
/// - the product's targets are exactly the picture's layers and live in `Sources/`; everything
///   else that is not a test lives in `Tools/`.
@Suite struct LayeringTests {
    @Test func importsAreTheDeclaredDependencies() throws {
        let targets = try PackageManifest.targets()
        #expect(targets.count >= 20, "Package.swift read as \(targets.map(\.name))")
        for target in targets where target.kind != "systemLibrary" {
            let imports = try SourceImports.of(folder: target.path)
            #expect(!imports.isEmpty || ["ArvioCore", "ArvioMessages", "arvio-empty"].contains(target.name),
                    "\(target.name): no imports found in \(target.path)")
            for (module, file) in imports.sorted(by: { $0.key < $1.key }) where !SourceImports.system.contains(module) {
                #expect(target.dependencies.contains(module),
                        "\(target.name) imports \(module) (\(file)) but Package.swift does not declare it")
            }
            for dependency in target.dependencies {
                #expect(imports[dependency] != nil,
                        "\(target.name) declares \(dependency) in Package.swift but no file in \(target.path) imports it")
            }
        }
    }

    @Test func productLayersImportOnlyEarlierLayers() throws {
        let layers = try Picture.readme()
        let rank = Dictionary(uniqueKeysWithValues: layers.enumerated().flatMap { index, names in names.map { ($0, index) } })
        let outside: Set<String> = ["CZip", "CLibXML2", "Yams", "ArgumentParser", "Hummingbird", "HTTPTypes", "Logging"]
        let targets = try PackageManifest.targets()
        for target in targets {
            guard let own = rank[target.name] else { continue }
            for dependency in target.dependencies where !outside.contains(dependency) {
                guard let theirs = rank[dependency] else {
                    Issue.record("\(target.name) depends on \(dependency), which is not a layer of the product")
                    continue
                }
                #expect(theirs < own, "\(target.name) depends on \(dependency), which comes \(theirs == own ? "beside" : "after") it in the picture")
            }
        }
    }

    @Test func sourcesHoldTheProductAndToolsTheRest() throws {
        let layers = try Picture.readme()
        let picture = Set(layers.joined())
        #expect(picture.count == 10, "README's picture read as \(layers)")
        let targets = try PackageManifest.targets()
        for target in targets where target.kind != "systemLibrary" && target.kind != "testTarget" {
            let folder = picture.contains(target.name) ? "Sources/" : "Tools/"
            #expect(target.path.hasPrefix(folder), "\(target.name) is at \(target.path), expected under \(folder)")
        }
        let built = Set(targets.filter { $0.path.hasPrefix("Sources/") && $0.kind != "systemLibrary" }.map(\.name))
        #expect(built == picture, "Sources/ targets \(built.sorted()) ≠ the picture's layers \(picture.sorted())")
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: Repository.root.appendingPathComponent("Sources").path)
        #expect(Set(onDisk) == Set(targets.filter { $0.path.hasPrefix("Sources/") }.map { String($0.path.dropFirst("Sources/".count)) }),
                "a folder in Sources/ that is no target: \(onDisk.sorted())")
    }

    @Test func packageSwiftDrawsTheSamePicture() throws {
        #expect(try Picture.packageSwift() == Picture.readme())
    }
}

/// The picture: layers in order; names beside each other ("ArvioRender / ArvioNext") share a place.
private enum Picture {
    static func readme() throws -> [[String]] {
        let text = try String(contentsOf: Repository.root.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(text.range(of: "## Project layout\n"), "README has no Project layout")
        let line = try #require(text[section.upperBound...].split(separator: "\n").first { $0.hasPrefix("**ArvioCore") },
                                "README's Project layout has no **ArvioCore → … → arvio** line")
        return parse(line.replacingOccurrences(of: "*", with: ""))
    }

    static func packageSwift() throws -> [[String]] {
        let text = try String(contentsOf: Repository.root.appendingPathComponent("Package.swift"), encoding: .utf8)
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("//   ArvioCore →") },
                                "Package.swift's header has no `//   ArvioCore → … → arvio` line")
        return parse(String(line.dropFirst(2)))
    }

    static func parse(_ line: String) -> [[String]] {
        line.components(separatedBy: "→").map { place in
            place.split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }
        }
    }
}

/// Package.swift's targets, read from its text (its layout is ours: `.target(name: "…", dependencies: […], path: "…")`).
private enum PackageManifest {
    struct Target {
        let kind: String
        let name: String
        let path: String
        /// Module names: targets and products (`.product(name: "Yams", …)` is Yams).
        let dependencies: [String]
    }

    static func targets() throws -> [Target] {
        let text = try String(contentsOf: Repository.root.appendingPathComponent("Package.swift"), encoding: .utf8)
        let starts = text.matches(of: #/\.(target|executableTarget|testTarget|systemLibrary)\(\s*name:\s*"([^"]+)"/#)
        return starts.enumerated().map { index, match in
            let end = index + 1 < starts.count ? starts[index + 1].range.lowerBound : text.endIndex
            let segment = String(text[match.range.lowerBound ..< end])
            let kind = String(match.output.1), name = String(match.output.2)
            let defaultPath = (kind == "testTarget" ? "Tests/" : "Sources/") + name
            let path = segment.firstMatch(of: #/path:\s*"([^"]+)"/#).map { String($0.output.1) } ?? defaultPath
            return Target(kind: kind, name: name, path: path, dependencies: dependencies(in: segment))
        }
    }

    private static func dependencies(in segment: String) -> [String] {
        guard let open = segment.firstMatch(of: #/dependencies:\s*\[/#) else { return [] }
        var depth = 1, index = open.range.upperBound
        while index < segment.endIndex, depth > 0 {
            if segment[index] == "[" { depth += 1 } else if segment[index] == "]" { depth -= 1 }
            index = segment.index(after: index)
        }
        let list = segment[open.range.upperBound ..< index].replacing(#/package:\s*"[^"]*"/#, with: "")
        return list.matches(of: #/"([^"]+)"/#).map { String($0.output.1) }
    }
}

private enum SourceImports {
    /// The toolchain's and the system's modules, which Package.swift does not declare.
    static let system: Set<String> = [
        "Foundation", "FoundationEssentials", "FoundationInternationalization", "Glibc", "Darwin", "Musl",
        "Dispatch", "Synchronization", "Testing", "XCTest",
    ]

    /// Module → the first file (relative to the package) that imports it.
    static func of(folder: String) throws -> [String: String] {
        let root = Repository.root.appendingPathComponent(folder)
        let enumerator = try #require(FileManager.default.enumerator(atPath: root.path), "no folder \(folder)")
        var found: [String: String] = [:]
        for case let path as String in enumerator where path.hasSuffix(".swift") {
            let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
            for line in text.split(separator: "\n") {
                // At the line's start: an indented "import" is Python inside a string literal.
                // (The look before the regex keeps the scan of every source under a second.)
                guard line.contains("import "), let first = line.first, first != " ", first != "/",
                      let match = line.wholeMatch(of: #/(?:@\w+\s+)*(?:(?:public|package|internal|fileprivate|private)\s+)?import\s+(?:(?:struct|class|enum|protocol|func|var|let|typealias)\s+)?(\w+).*/#)
                else { continue }
                let module = String(match.output.1)
                if found[module] == nil { found[module] = folder + "/" + path }
            }
        }
        return found
    }
}
