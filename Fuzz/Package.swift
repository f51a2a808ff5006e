// swift-tools-version:6.0
// libFuzzer targets for the parser, the extractors and the search-query builder. Kept out of the
// main package because they only link with -sanitize=fuzzer; see Fuzz/run.
import PackageDescription

// libFuzzer supplies main(); the rest of the build gets coverage from the command line (Fuzz/run).
let fuzzerSettings: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]
let fuzzerLinking: [LinkerSetting] = []

let package = Package(
    name: "newsarchive-fuzz",
    dependencies: [.package(path: "..")],
    targets: [
        .target(name: "FuzzDriver"),
        .executableTarget(
            name: "ArticleFuzzer",
            dependencies: ["FuzzDriver", .product(name: "NewsArchive", package: "main")],
            swiftSettings: fuzzerSettings, linkerSettings: fuzzerLinking),
        .executableTarget(
            name: "QueryFuzzer",
            dependencies: ["FuzzDriver", .product(name: "NewsArchive", package: "main")],
            swiftSettings: fuzzerSettings, linkerSettings: fuzzerLinking),
    ]
)
