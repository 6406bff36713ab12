// swift-tools-version:6.1
// 6.1 is the real minimum: ZhNewsData compiles its tables in with C23 `#embed`, which needs the
// Clang 19 that Swift 6.1 ships.
import PackageDescription

/// zhnews: raw Chinese news pages → clean structured records.
///
/// The targets follow the pipeline:
///   bytes ─▶ ZhNewsParser (decode, libxml2 SAX tree → page layout)
///         ─▶ ZhNewsConverter (ICU-backed script and damage repair)
///         ─▶ ZhNewsExtractor (line classes, title, time, outlet, bylines, dates, places, figures)
///         ─▶ ZhNewsModel records (JSON Lines)
/// `ZhNewsRules` holds the shared matchers and the page rules as data. `ZhNews` wires the stages
/// together behind a narrow API; `ZhNewsBatch` reads folders and WARC files for `zhnews`, the
/// command-line tool. The module table in docs/ARCHITECTURE.md is checked against this file.
/// Only the two C shim targets include libxml2 or ICU headers (see docs/ARCHITECTURE.md).
let package = Package(
    name: "zhnews",
    products: [
        .library(name: "ZhNews", targets: ["ZhNews"]),
        .executable(name: "zhnews", targets: ["zhnews"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // System libraries: flags only, no code.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-i18n",
            providers: [.apt(["libicu-dev"])]
        ),
        // C shims: the only code that includes <libxml/…> and <unicode/…>.
        .target(name: "ZhNewsXMLShim", dependencies: ["CLibXML2"]),
        .target(name: "ZhNewsICUShim", dependencies: ["CICU"]),
        // Data files from Data/ compiled into the binary with #embed.
        .target(name: "ZhNewsData"),

        // The record contract every stage writes into.
        .target(name: "ZhNewsModel"),
        // Shared text matching (phrase matchers, leading-phrase tables) and the page rules as data
        // (line phrases, class and id hints, script time keys) that the parser and extractor read.
        .target(name: "ZhNewsRules", dependencies: ["ZhNewsModel"]),
        // Stage 1: bytes → decoded text → page layout (lines, article container, metadata).
        .target(name: "ZhNewsParser", dependencies: ["ZhNewsModel", "ZhNewsRules", "ZhNewsXMLShim", "ZhNewsICUShim"]),
        // Stage 2: script conversion, normalisation and repair.
        .target(
            name: "ZhNewsConverter",
            dependencies: ["ZhNewsModel", "ZhNewsICUShim", "ZhNewsData"],
            exclude: ["README.md"]
        ),
        // Stage 3: line classes, header facts, bylines and mentions.
        .target(
            name: "ZhNewsExtractor",
            dependencies: ["ZhNewsModel", "ZhNewsRules", "ZhNewsParser", "ZhNewsData", "ZhNewsICUShim"],
            exclude: ["Mentions/README.md", "Places/README.md"]
        ),
        // The library: the pipeline as one call (Pipeline, PipelineOptions, PageInput, the
        // records). The stage modules' declarations are `package`: visible to the tool, the
        // benchmarks and the tests, not to users of the library.
        .target(
            name: "ZhNews",
            dependencies: ["ZhNewsModel", "ZhNewsParser", "ZhNewsConverter", "ZhNewsExtractor"]
        ),
        // Batch machinery the tool uses: input files and folders, request lines, WARC (+ gzip),
        // the ordered worker pool. A library user who wants one page does not link it.
        .target(
            name: "ZhNewsBatch",
            dependencies: ["ZhNews", "ZhNewsModel", "CZlib"],
            exclude: ["WARC/README.md"]
        ),
        // The command-line tool.
        .executableTarget(
            name: "zhnews",
            dependencies: [
                "ZhNews", "ZhNewsBatch", "ZhNewsModel", "ZhNewsParser", "ZhNewsConverter", "ZhNewsExtractor",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks: per-stage throughput and side-by-side peers (run in release mode).
        .executableTarget(
            name: "zhnews-bench",
            dependencies: ["ZhNews", "ZhNewsBatch", "ZhNewsModel", "ZhNewsRules", "ZhNewsParser", "ZhNewsConverter", "ZhNewsExtractor"],
            path: "Benchmarks/zhnews-bench"
        ),
        // Tests: one target per module, over a shared support library (fixture paths, the
        // record schema validator, the dev set when it is beside the project).
        .target(
            name: "ZhNewsTestSupport",
            dependencies: ["ZhNews", "ZhNewsBatch", "ZhNewsModel"],
            path: "Tests/ZhNewsTestSupport"
        ),
        .testTarget(name: "ZhNewsRulesTests", dependencies: ["ZhNewsRules"]),
        .testTarget(name: "ZhNewsParserTests", dependencies: ["ZhNews", "ZhNewsModel", "ZhNewsParser", "ZhNewsTestSupport"]),
        .testTarget(
            name: "ZhNewsConverterTests",
            dependencies: ["ZhNewsConverter", "ZhNewsModel"],
            resources: [.copy("Resources")]
        ),
        .testTarget(
            name: "ZhNewsExtractorTests",
            dependencies: ["ZhNewsExtractor", "ZhNewsModel", "ZhNewsParser", "ZhNewsRules", "ZhNewsTestSupport"]
        ),
        .testTarget(name: "ZhNewsBatchTests", dependencies: ["ZhNewsBatch", "ZhNews", "ZhNewsModel", "ZhNewsTestSupport"]),
        // The pipeline on fixture pages: goldens, seeds, invariants, the dev set.
        .testTarget(
            name: "ZhNewsTests",
            dependencies: [
                "ZhNews", "ZhNewsModel", "ZhNewsRules", "ZhNewsParser", "ZhNewsConverter", "ZhNewsExtractor", "ZhNewsTestSupport",
            ]
        ),
        // The command-line tool as a user runs it (the slow fault and hostile-input tests are
        // tagged `.slow`).
        .testTarget(
            name: "zhnewsTests",
            dependencies: ["zhnews", "ZhNews", "ZhNewsBatch", "ZhNewsModel", "ZhNewsConverter", "ZhNewsTestSupport"]
        ),
    ]
)
