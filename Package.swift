// swift-tools-version:6.0
import PackageDescription

// The product, one target per layer, under Sources/; each imports only layers before it in this
// line (README, "Project layout"; LayeringTests holds the imports, this file and README to it):
//
//   ArvioCore → ArvioMessages → ArvioXML → ArvioPackage → ArvioWordML → ArvioReport → ArvioRender → ArvioNext → ArvioWeb → arvio
//
//   ArvioCore     the error catalogue and exit codes, which every layer may name
//   ArvioXML      libxml2 → element tree, with the XML safety rules
//   ArvioPackage  zip + OPC parts; it reads its own XML parts (content types, relationships) with
//                 ArvioXML, so the XML layer comes first though a document's bytes pass the zip first
//   ArvioWordML   the WordprocessingML document tree
//   ArvioReport   the report model, via Mappings/
//   ArvioMessages words shown to a coordinator in Finnish, Swedish and English
//   ArvioRender   Markdown and a fresh .docx
//   ArvioNext     the next period's .docx, edited in place (reads edited Markdown back with ArvioRender)
//   ArvioWeb      `arvio serve`: the same round as local web pages
//   arvio         the command line
//
// The tools sit apart under Tools/: bench, floor, fuzzer, generator and what the tests share.
let package = Package(
    name: "ArvioToolkit",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "arvio", targets: ["arvio"]),
        .library(name: "ArvioWordML", targets: ["ArvioWordML"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // What ArvioWeb names itself of what Hummingbird is built on (header fields, its logger).
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CZip", pkgConfig: "libzip",
            providers: [.apt(["libzip-dev"]), .brew(["libzip"])]),
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
        .target(name: "ArvioCore"),
        .target(name: "ArvioXML", dependencies: ["CLibXML2"]),
        .target(name: "ArvioPackage", dependencies: ["ArvioCore", "ArvioXML", "CZip"]),
        .target(name: "ArvioWordML", dependencies: ["ArvioPackage", "ArvioXML"]),
        .target(name: "ArvioReport", dependencies: ["ArvioCore", "ArvioMessages", "ArvioWordML", .product(name: "Yams", package: "Yams")]),
        .target(name: "ArvioRender", dependencies: ["ArvioCore", "ArvioMessages", "ArvioPackage", "ArvioReport"]),
        .target(name: "ArvioNext", dependencies: ["ArvioCore", "ArvioMessages", "ArvioXML", "ArvioPackage", "ArvioWordML", "ArvioReport", "ArvioRender"]),
        // Words shown to a coordinator in Finnish, Swedish and English (errors, warnings, page labels).
        .target(name: "ArvioMessages"),
        // `arvio serve`: the round as local web pages, calling the same library functions as the commands.
        .target(
            name: "ArvioWeb",
            dependencies: [
                "ArvioCore", "ArvioWordML", "ArvioPackage", "ArvioReport", "ArvioRender", "ArvioNext", "ArvioMessages",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .executableTarget(
            name: "arvio",
            dependencies: [
                "ArvioCore", "ArvioPackage", "ArvioWordML", "ArvioReport", "ArvioRender", "ArvioNext", "ArvioWeb", "ArvioMessages",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        .testTarget(name: "ArvioXMLTests", dependencies: ["ArvioXML"], path: "Tests/ArvioXMLTests"),
        .testTarget(name: "ArvioPackageTests", dependencies: ["ArvioXML", "ArvioPackage", "ArvioDevSupport"], path: "Tests/ArvioPackageTests"),
        .testTarget(
            name: "ArvioWordMLTests", dependencies: ["ArvioXML", "ArvioPackage", "ArvioWordML", "ArvioDevSupport"], path: "Tests/ArvioWordMLTests",
            exclude: ["known-differences.tsv", "KnownDifferences.md"]),
        .testTarget(
            name: "ArvioReportTests",
            dependencies: ["ArvioPackage", "ArvioWordML", "ArvioReport", "ArvioMessages", "ArvioDevSupport", "ArvioReportTestSupport", .product(name: "Yams", package: "Yams")],
            path: "Tests/ArvioReportTests"),
        .testTarget(
            name: "ArvioRenderTests", dependencies: ["ArvioPackage", "ArvioWordML", "ArvioReport", "ArvioRender", "ArvioDevSupport", "ArvioReportTestSupport"],
            path: "Tests/ArvioRenderTests"),
        .testTarget(
            name: "ArvioNextTests",
            dependencies: ["ArvioCore", "ArvioXML", "ArvioPackage", "ArvioWordML", "ArvioReport", "ArvioRender", "ArvioNext", "ArvioDevSupport", "ArvioReportTestSupport"],
            path: "Tests/ArvioNextTests"),
        .testTarget(
            name: "ArvioWebTests",
            dependencies: [
                "ArvioCore", "ArvioWeb", "ArvioMessages", "ArvioReport", "ArvioDevSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            path: "Tests/ArvioWebTests"),
        .testTarget(name: "ArvioCLITests", dependencies: ["ArvioCore", "ArvioPackage", "ArvioDevSupport"], path: "Tests/ArvioCLITests"),

        // Tools, apart from the product.
        // Shared by the tests, the generator and the fuzzer: the process runner, scratch folders,
        // the corpus lists, the hostile-fixture table, peers, and the one document generator
        // (Generator/: the benchmark's large reports, the property tests' random ones, the fuzzer's
        // package around an XML input) with its own zip writer.
        .target(name: "ArvioDevSupport", dependencies: ["CZip"], path: "Tools/ArvioDevSupport"),
        // For the tests that read reports: every text a report holds, what of a document it lost, and
        // a report compared with its rendering read back (the fields that legitimately differ cleared).
        .target(name: "ArvioReportTestSupport", dependencies: ["ArvioReport", "ArvioWordML"], path: "Tools/ArvioReportTestSupport"),
        // Built with the fuzzer by `make fuzz` (-D ARVIO_FUZZ); a plain build makes a replayer.
        .executableTarget(name: "arvio-fuzz", dependencies: ["ArvioPackage", "ArvioWordML", "ArvioReport", "ArvioDevSupport"], path: "Tools/ArvioFuzz"),
        // `make generate`: ArvioDevSupport's documents written to files (the benchmark's scale set; not committed output).
        .executableTarget(
            name: "arvio-generate",
            dependencies: ["ArvioDevSupport", "ArvioPackage", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Tools/ArvioGenerate"),
        // The benchmark's floor: inflate + libxml2's reader and nothing else (ArvioFloor/Floor.swift).
        .target(name: "ArvioFloor", dependencies: ["CZip", "CLibXML2"], path: "Tools/ArvioFloor"),
        .executableTarget(name: "arvio-floor", dependencies: ["ArvioFloor"], path: "Tools/ArvioFloorCommand"),
        .executableTarget(
            name: "arvio-bench", dependencies: ["ArvioCore", "ArvioPackage", "ArvioWordML", "ArvioReport", "ArvioNext", "ArvioFloor"],
            path: "Tools/ArvioBench"),
        // `make mappings`: Mappings/*.yaml into Swift values (Sources/ArvioReport/Mapping/DefaultMappings.swift).
        .executableTarget(
            name: "arvio-embed-mappings", dependencies: ["ArvioReport", .product(name: "Yams", package: "Yams")],
            path: "Tools/ArvioEmbedMappings"),
        // An empty Swift program: the least any Swift process costs, which `make bench` subtracts.
        .executableTarget(name: "arvio-empty", path: "Tools/ArvioEmpty"),
        // Rewrites a .docx in other Word idioms (headings by look, merged group columns, shading
        // forms, content controls, tracked changes, Finnish style ids, Strict) for the metamorphic tests.
        .target(name: "ArvioVariants", dependencies: ["CZip", "CLibXML2"], path: "Tools/ArvioVariants"),
        .testTarget(name: "ArvioVariantsTests", dependencies: ["ArvioVariants", "ArvioReport", "ArvioWordML", "ArvioNext", "ArvioPackage", "ArvioDevSupport"], path: "Tests/ArvioVariantsTests"),
    ]
)
