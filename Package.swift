// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "newsarchive",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "NewsArchive", targets: ["NewsArchive"]),
        .executable(name: "newsarchive", targets: ["newsarchive"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .executableTarget(
            name: "MigrationEmbedder",
            path: "Sources/MigrationEmbedder"
        ),
        .plugin(
            name: "EmbedMigrations",
            capability: .buildTool(),
            dependencies: ["MigrationEmbedder"]
        ),
        .target(
            name: "NewsArchive",
            dependencies: ["CSQLite"],
            exclude: ["Extraction"],
            plugins: ["EmbedMigrations"]
        ),
        .executableTarget(
            name: "newsarchive",
            dependencies: [
                "NewsArchive",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "NewsArchiveTests",
            dependencies: ["NewsArchive", "newsarchive"],
            // Tests read their fixtures by path (#filePath), so they need no resource bundle.
            exclude: ["Fixtures"]
        ),
    ]
)
