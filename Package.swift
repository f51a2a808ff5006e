// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "newsarchive",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "NewsArchive", targets: ["NewsArchive"]),
        .library(name: "NewsArchiveWeb", targets: ["NewsArchiveWeb"]),
        .executable(name: "newsarchive", targets: ["newsarchive"]),
        .executable(name: "newsarchive-serve", targets: ["newsarchive-serve"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.14.0"),
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
            plugins: ["EmbedMigrations"]
        ),
        // The web browser of `newsarchive serve`: kept apart so the library builds without
        // Hummingbird.
        .target(
            name: "NewsArchiveWeb",
            dependencies: [
                "NewsArchive",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "newsarchive",
            dependencies: [
                "NewsArchive",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `newsarchive serve` runs this program, so the command line itself starts without
        // loading the server stack.
        .executableTarget(
            name: "newsarchive-serve",
            dependencies: ["NewsArchiveWeb"]
        ),
        .testTarget(
            name: "NewsArchiveTests",
            dependencies: ["NewsArchive", "newsarchive", "newsarchive-serve"],
            // Tests read their fixtures by path (#filePath), so they need no resource bundle.
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "NewsArchiveWebTests",
            dependencies: ["NewsArchive", "NewsArchiveWeb"]
        ),
    ]
)
