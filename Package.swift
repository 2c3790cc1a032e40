// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Rapporteur",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "rapporteur", targets: ["rapporteur"]),
        .library(name: "RapporteurKit", targets: ["RapporteurKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        // Writes Schema/ and Templates/ into one Swift file at build time, so the
        // installed binary needs nothing beside it (see docs/ARCHITECTURE.md).
        .executableTarget(name: "embed-resources"),
        .plugin(
            name: "EmbedResourcesPlugin",
            capability: .buildTool(),
            dependencies: ["embed-resources"],
            path: "Sources/EmbedResourcesPlugin"
        ),
        .target(
            name: "RapporteurKit",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            plugins: ["EmbedResourcesPlugin"]
        ),
        .executableTarget(
            name: "rapporteur",
            dependencies: [
                "RapporteurKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Writes the benchmark corpus in the record format (scripts/bench).
        .executableTarget(
            name: "rapporteur-corpus",
            dependencies: ["RapporteurKit"]
        ),
        // Mutates the example and seed files and runs every importer on them in process
        // (scripts/fuzz; a bounded run is one of the tests).
        .target(
            name: "RapporteurFuzz",
            dependencies: [
                "RapporteurKit", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .executableTarget(
            name: "rapporteur-fuzz",
            dependencies: ["RapporteurFuzz"]
        ),
        // What the library and CLI tests share: the Markdown output's paragraphs, the
        // python-docx reader of Word files and the runner of outside tools.
        .target(name: "RapporteurTestSupport", path: "Tests/RapporteurTestSupport", exclude: ["read_docx.py"]),
        .testTarget(
            name: "RapporteurKitTests",
            dependencies: [
                "RapporteurKit", "RapporteurTestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            // Golden files, read by path in the tests.
            exclude: ["Render/Snapshots"]
        ),
        .testTarget(
            name: "RapporteurCLITests",
            dependencies: [
                "rapporteur", "RapporteurTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "RapporteurFuzzTests",
            dependencies: ["RapporteurFuzz"],
            // Inputs, read by path: the fuzzer's seeds and every input that once failed.
            exclude: ["Seeds", "Regressions"]
        ),
    ]
)
