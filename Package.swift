// swift-tools-version:6.0
import PackageDescription

// The pipeline, one target per arrow:
//   ArvioPackage (zip + OPC parts) → ArvioXML (libxml2 → element tree)
//   → ArvioWordML (WordprocessingML document tree) → ArvioReport (report model via Mappings/)
//   → ArvioRender (Markdown, fresh .docx) and ArvioNext (the next period's .docx, edited in place)
//   → arvio (command line)
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
    ],
    targets: [
        .systemLibrary(
            name: "CZip", pkgConfig: "libzip",
            providers: [.apt(["libzip-dev"]), .brew(["libzip"])]),
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
        // The error catalogue and exit codes, which every layer may name.
        .target(name: "ArvioCore"),
        .target(name: "ArvioPackage", dependencies: ["CZip", "ArvioXML"]),
        .target(name: "ArvioXML", dependencies: ["CLibXML2"]),
        .target(name: "ArvioWordML", dependencies: ["ArvioPackage", "ArvioXML"]),
        .target(name: "ArvioReport", dependencies: ["ArvioWordML", "ArvioPackage", .product(name: "Yams", package: "Yams")]),
        .target(name: "ArvioRender", dependencies: ["ArvioReport", "ArvioPackage"]),
        .target(name: "ArvioNext", dependencies: ["ArvioRender", "ArvioReport", "ArvioWordML", "ArvioPackage", "ArvioXML"]),
        .executableTarget(
            name: "arvio",
            dependencies: [
                "ArvioCore", "ArvioWordML", "ArvioPackage", "ArvioReport", "ArvioRender", "ArvioNext",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .testTarget(name: "ArvioPackageTests", dependencies: ["ArvioPackage", "ArvioDevSupport"], path: "Tests/ArvioPackageTests"),
        .testTarget(name: "ArvioXMLTests", dependencies: ["ArvioXML"], path: "Tests/ArvioXMLTests"),
        .testTarget(
            name: "ArvioWordMLTests", dependencies: ["ArvioWordML", "ArvioDevSupport"], path: "Tests/ArvioWordMLTests",
            exclude: ["known-differences.tsv", "KnownDifferences.md"]),
        .testTarget(name: "ArvioReportTests", dependencies: ["ArvioReport", "ArvioDevSupport", .product(name: "Yams", package: "Yams")], path: "Tests/ArvioReportTests"),
        .testTarget(name: "ArvioRenderTests", dependencies: ["ArvioRender", "ArvioDevSupport"], path: "Tests/ArvioRenderTests"),
        .testTarget(name: "ArvioNextTests", dependencies: ["ArvioCore", "ArvioNext", "ArvioDevSupport"], path: "Tests/ArvioNextTests"),
        .testTarget(name: "ArvioCLITests", dependencies: ["ArvioCore", "ArvioWordML", "ArvioDevSupport"], path: "Tests/ArvioCLITests"),
        // Shared by the tests, the generator and the fuzzer: seeded randomness, stand-in programs.
        .target(name: "ArvioDevSupport", path: "Sources/ArvioDevSupport"),
        // Built with the fuzzer by `make fuzz` (-D ARVIO_FUZZ); a plain build makes a replayer.
        .executableTarget(name: "arvio-fuzz", dependencies: ["ArvioWordML", "ArvioReport", "ArvioPackage"], path: "Sources/ArvioFuzz"),
        // `make generate`: large reports with the seeds' structure, for benchmarks (not committed output).
        .executableTarget(name: "arvio-generate", dependencies: ["CZip", "ArvioDevSupport", .product(name: "ArgumentParser", package: "swift-argument-parser")], path: "Sources/ArvioGenerate"),
        // The benchmark's floor: inflate + libxml2's reader and nothing else (ArvioFloor/Floor.swift).
        .target(name: "ArvioFloor", dependencies: ["CZip", "CLibXML2"]),
        .executableTarget(name: "arvio-floor", dependencies: ["ArvioFloor"], path: "Sources/ArvioFloorCommand"),
        .executableTarget(name: "arvio-bench", dependencies: ["ArvioWordML", "ArvioPackage", "ArvioReport", "ArvioNext", "ArvioFloor"], path: "Sources/ArvioBench"),
    ]
)
