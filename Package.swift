// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "FactDrill",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "factdrill", targets: ["factdrill"]),
        .library(name: "TextMachinery", targets: ["TextMachinery"]),
        .library(name: "FactExtraction", targets: ["FactExtraction"]),
        .library(name: "QuizBank", targets: ["QuizBank"]),
        .library(name: "Study", targets: ["Study"]),
        .library(name: "PageFetching", targets: ["PageFetching"]),
        .library(name: "PageReading", targets: ["PageReading"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // Text as bytes, scalars, words and tokens, JSON out and calendar days: the machinery
        // the rules (FactExtraction), the bank (QuizBank) and the scheduler (Study) share.
        // Its words and tokens are made and tested in extraction's innermost loops: whole-module
        // bodies are exported to the modules that call them, or every `Word` compare and byte
        // load is a call across the boundary (extraction ran 40 % slower without it).
        .target(
            name: "TextMachinery",
            swiftSettings: [.unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))]
        ),
        // News-writing rules and their word lists, over TextMachinery's tokens.
        .target(name: "FactExtraction", dependencies: ["TextMachinery"]),
        .target(name: "QuizBank", dependencies: ["TextMachinery", "FactExtraction", "Yams"]),
        .target(name: "Study", dependencies: ["QuizBank", "TextMachinery"]),
        // Web pages over URLSession (FoundationNetworking, libcurl on Linux); no network
        // access happens unless a URL is fetched.
        .target(name: "PageFetching"),
        // GNU readline through the system library; no pkgConfig, Debian's readline.pc
        // carries flags SwiftPM rejects with a warning on every build.
        .systemLibrary(name: "CReadline", providers: [.apt(["libreadline-dev"])]),
        // libxml2's HTML parser; pkg-config's libxml-2.0 supplies -I/usr/include/libxml2
        // (its flags build without a warning, unlike readline's).
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // zlib, for gzip-compressed saved pages (.html.gz).
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "PageReading", dependencies: ["CLibXML2", "TextMachinery"]),
        .executableTarget(
            name: "factdrill",
            dependencies: [
                "TextMachinery", "FactExtraction", "QuizBank", "Study", "PageFetching", "PageReading", "CReadline", "CZlib",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Figures for the hot paths; built by `swift build` but never run by `swift test`:
        // swift run -c release factdrill-bench
        .executableTarget(
            name: "factdrill-bench",
            dependencies: ["TextMachinery", "FactExtraction", "QuizBank", "Study", "PageFetching", "PageReading", "CZlib"],
            path: "Benchmarks/Sources/factdrill-bench"
        ),
        .testTarget(name: "TextMachineryTests", dependencies: ["TextMachinery"]),
        .testTarget(name: "FactExtractionTests", dependencies: ["FactExtraction", "TextMachinery"]),
        .testTarget(name: "QuizBankTests", dependencies: ["QuizBank", "TextMachinery"]),
        .testTarget(name: "PageReadingTests", dependencies: ["PageReading"]),
        // The FSRS vectors are read from the source tree (#filePath), not bundled.
        .testTarget(name: "StudyTests", dependencies: ["Study"], exclude: ["Fixtures"]),
        // The local web server (Tests/Fixtures/web/page_server.py) that tests which fetch start.
        .target(name: "TestPageServer", path: "Tests/TestPageServer"),
        .testTarget(name: "PageFetchingTests", dependencies: ["PageFetching", "TestPageServer"]),
        // Runs the built binary end to end; depending on the executable makes
        // `swift test` build it first.
        .testTarget(name: "FactDrillCLITests", dependencies: ["factdrill", "TestPageServer"]),
    ]
)
