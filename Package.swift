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
    ],
    targets: [
        // Writes Schema/ and Templates/ into one Swift file at build time, so the
        // installed binary needs nothing beside it (see ARCHITECTURE.md).
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
        .testTarget(
            name: "RapporteurKitTests",
            dependencies: ["RapporteurKit"],
            // Golden files, read by path in the tests.
            exclude: ["Render/Snapshots"]
        ),
        .testTarget(
            name: "RapporteurCLITests",
            dependencies: [
                "rapporteur",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
    ]
)
