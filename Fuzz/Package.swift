// swift-tools-version:6.1
import PackageDescription

/// libFuzzer targets for zhnews, in their own package so the main package's build is unaffected.
/// Build and run them with `scripts/fuzz` (see Fuzz/README.md); a plain `swift build` of this
/// package links no fuzzer `main` and fails by design.
let package = Package(
    name: "zhnews-fuzz",
    dependencies: [
        .package(name: "zhnews", path: ".."),
    ],
    targets: [
        // `main` for every executable: calls libFuzzer's driver (SwiftPM renames `main` on Linux).
        .target(name: "FuzzEntry"),
        // bytes → Pipeline().process → JSON Lines; invariants on every line.
        .executableTarget(
            name: "zhnews-fuzz-pipeline",
            dependencies: ["FuzzEntry", .product(name: "ZhNews", package: "zhnews")]
        ),
        // bytes → the HTML tree from parser events and from libxml2's DOM: the same document.
        .executableTarget(
            name: "zhnews-fuzz-tree",
            dependencies: ["FuzzEntry", .product(name: "ZhNews", package: "zhnews")]
        ),
        // bytes → PageDecoder().decode with a caller charset picked by the first byte.
        .executableTarget(
            name: "zhnews-fuzz-decoder",
            dependencies: ["FuzzEntry", .product(name: "ZhNews", package: "zhnews")]
        ),
    ]
)
