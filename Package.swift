// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "FactDrill",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "factdrill", targets: ["factdrill"]),
        .library(name: "FactExtraction", targets: ["FactExtraction"]),
        .library(name: "QuizBank", targets: ["QuizBank"]),
        .library(name: "Study", targets: ["Study"]),
        .library(name: "PageReading", targets: ["PageReading"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        .target(name: "FactExtraction"),
        .target(name: "QuizBank", dependencies: ["FactExtraction", "Yams"]),
        .target(name: "Study", dependencies: ["QuizBank", "FactExtraction"]),
        // GNU readline through the system library; no pkgConfig, Debian's readline.pc
        // carries flags SwiftPM rejects with a warning on every build.
        .systemLibrary(name: "CReadline", providers: [.apt(["libreadline-dev"])]),
        // libxml2's HTML parser; pkg-config's libxml-2.0 supplies -I/usr/include/libxml2
        // (its flags build without a warning, unlike readline's).
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // zlib, for gzip-compressed saved pages (.html.gz).
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "PageReading", dependencies: ["CLibXML2"]),
        .executableTarget(
            name: "factdrill",
            dependencies: [
                "FactExtraction", "QuizBank", "Study", "CReadline", "PageReading", "CZlib",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Figures for the hot paths; built by `swift build` but never run by `swift test`:
        // swift run -c release factdrill-bench
        .executableTarget(
            name: "factdrill-bench",
            dependencies: ["FactExtraction", "QuizBank", "Study"],
            path: "Benchmarks/Sources/factdrill-bench"
        ),
        .testTarget(name: "FactExtractionTests", dependencies: ["FactExtraction"]),
        .testTarget(name: "QuizBankTests", dependencies: ["QuizBank"]),
        .testTarget(name: "PageReadingTests", dependencies: ["PageReading"]),
        // The FSRS vectors are read from the source tree (#filePath), not bundled.
        .testTarget(name: "StudyTests", dependencies: ["Study"], exclude: ["Fixtures"]),
        // Runs the built binary end to end; depending on the executable makes
        // `swift test` build it first.
        .testTarget(name: "FactDrillCLITests", dependencies: ["factdrill"]),
    ]
)
