// swift-tools-version:6.0
import PackageDescription

/// Top-level entries that are not part of the embedded assets target (whose path is ".").
let notAssets = [
    "Package.swift", "README.md", ".gitignore", ".ci", "Tests", "Benchmarks", "scripts", "Fuzz", "docs",
    "Sources/CWidth", "Sources/JobWrightCore", "Sources/JobWrightRender", "Sources/JobWrightDocx", "Sources/JobWrightChecks", "Sources/JobWrightEditor", "Sources/CNCurses", "Sources/jobwright",
    "Sources/JobWrightImport", "Sources/JobWrightMustache",
]

/// Generic types such as `[String: String]` are made from their metadata accessors rather than
/// from mangled names. A mangled name is smaller code, but its first use at run time demangles it
/// and checks the generic requirements by scanning every conformance record in the binary:
/// about two million instructions of every `jobwright render` (10%), measured with callgrind.
/// Same output; the tests run with it too.
let directMetadata: [SwiftSetting] = [.unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"])]

/// The release build of `jobwright` on Linux is one static executable: the C library, ncurses and
/// zlib are linked in, so it needs no shared library at all and starts without the dynamic
/// loader. Measured with callgrind and perf: the loader resolved 80,000 relocations and 763
/// symbols at every start, and `jobwright --version` went from 4.5 million instructions and 530
/// page faults (4.5 ms) to 0.5 million and 115 (1 ms). Like any static glibc program it is not
/// position-independent; `JOBWRIGHT_DYNAMIC=1 swift build -c release --static-swift-stdlib`
/// builds the dynamically linked one instead (README.md, Install). Debug builds (the tests) stay
/// dynamic.
let staticExecutable: [LinkerSetting] = Context.environment["JOBWRIGHT_DYNAMIC"] == "1" ? []
    : [.unsafeFlags(["-static-executable"], .when(platforms: [.linux], configuration: .release))]

let package = Package(
    name: "jobwright",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "jobwright", targets: ["jobwright"]),
        // The non-UI modules, for the fuzz targets in Fuzz/ (a package of its own).
        .library(name: "JobWrightKit", targets: ["JobWrightCore", "JobWrightMustache", "JobWrightRender", "JobWrightChecks", "JobWrightAssets"]),
        // `jobwright import`'s readers and matcher, for the FuzzImport target (it brings ZIPFoundation).
        .library(name: "JobWrightImportKit", targets: ["JobWrightImport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // wcwidth(3) for display-width measurement (the Glibc module does not export it).
        .target(name: "CWidth"),
        // Value types, catalog and draft loading with line-accurate errors. No UI, no stdout.
        .target(name: "JobWrightCore", dependencies: [.product(name: "Yams", package: "Yams")]),
        // The default Templates/ and Catalog/ folders, compiled into the binary.
        .target(
            name: "JobWrightAssets",
            path: ".",
            exclude: notAssets,
            sources: ["Sources/JobWrightAssets"],
            resources: [.embedInCode("Templates"), .embedInCode("Catalog")]
        ),
        // Mustache templates parsed and rendered over a closed value type (`MustacheValue`), in
        // one pass each, without run-time casts. No dependencies.
        .target(name: "JobWrightMustache"),
        // Template context, text layout, org chart, JSON-LD.
        .target(name: "JobWrightRender", dependencies: ["JobWrightCore", "JobWrightAssets", "JobWrightMustache", "CWidth"]),
        // Word (.docx) files: the rendered body wrapped in a zip package with its fixed parts.
        // A target of its own so that zlib and ZIPFoundation stay out of the text renderer and
        // of the fuzz package's JobWrightKit.
        .target(name: "JobWrightDocx", dependencies: [
            "JobWrightCore", "JobWrightRender", "JobWrightMustache",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // The checks a district needs before it publishes, and the rule data they read.
        .target(name: "JobWrightChecks", dependencies: ["JobWrightCore", "JobWrightRender", "JobWrightAssets"]),
        // `jobwright import`: an old posting (text, Markdown, HTML, Word) read into a draft, its
        // duty lines matched to the catalog.
        .target(name: "JobWrightImport", dependencies: ["JobWrightCore", "JobWrightAssets", "JobWrightRender", "JobWrightChecks",
                                                        .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // ncursesw, through a shim for the macros and C globals Swift cannot import.
        .systemLibrary(name: "CNCurses", path: "Sources/CNCurses", providers: [.apt(["libncurses-dev"])]),
        // The interactive editor: pure update/view over a Canvas; only NCursesBackend.swift calls ncurses.
        .target(name: "JobWrightEditor", dependencies: ["JobWrightCore", "JobWrightRender", "JobWrightDocx", "JobWrightChecks", "JobWrightImport", "CNCurses"]),
        // The command line: one file per command, and the table-driven reader of options they share.
        .executableTarget(name: "jobwright", dependencies: [
            "JobWrightCore", "JobWrightRender", "JobWrightAssets", "JobWrightChecks", "JobWrightEditor", "JobWrightDocx", "JobWrightImport",
        ], linkerSettings: staticExecutable),
        // Prints speed numbers; run with `swift run -c release jobwright-benchmarks`.
        .executableTarget(name: "jobwright-benchmarks", dependencies: ["JobWrightCore", "JobWrightRender", "JobWrightEditor", "JobWrightChecks"],
                          path: "Benchmarks/jobwright-benchmarks"),
        // Saves a draft through the editor until killed: the kill test's child process.
        .executableTarget(name: "jobwright-save-probe", dependencies: ["JobWrightCore", "JobWrightEditor", "JobWrightRender"],
                          path: "Tests/SaveProbe"),
        .testTarget(name: "JobWrightCoreTests", dependencies: ["JobWrightCore", "JobWrightAssets", "jobwright-save-probe", .product(name: "Yams", package: "Yams")], exclude: ["Fixtures"]),
        // swift-mustache stays as the reference that JobWrightMustache's output is held to.
        .testTarget(name: "JobWrightRenderTests", dependencies: ["JobWrightRender", "JobWrightMustache", "JobWrightCore", "JobWrightAssets", "JobWrightChecks", "JobWrightImport", "CWidth",
                                                            .product(name: "Mustache", package: "swift-mustache")],
                    exclude: ["Golden"]),
        .testTarget(name: "JobWrightDocxTests", dependencies: ["JobWrightDocx", "JobWrightRender", "JobWrightCore", "JobWrightAssets", "JobWrightChecks",
                                                            .product(name: "ZIPFoundation", package: "ZIPFoundation")],
                    exclude: ["Golden"]),
        .testTarget(name: "JobWrightChecksTests", dependencies: ["JobWrightChecks", "JobWrightCore", "JobWrightRender"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "JobWrightEditorTests", dependencies: ["JobWrightEditor", "JobWrightChecks", "JobWrightCore", "JobWrightRender"],
                    exclude: ["Screens", "Journey"]),
        .testTarget(name: "JobWrightCLITests", dependencies: ["JobWrightCore"]),
        .testTarget(name: "JobWrightImportTests", dependencies: ["JobWrightImport", "JobWrightCore", "JobWrightChecks", "JobWrightRender", "JobWrightDocx", "JobWrightAssets"],
                    exclude: ["Fixtures"]),
    ]
)

// Every Swift target of ours is built with `directMetadata` (see above); C and system-library
// targets have no Swift settings.
for target in package.targets where target.type != .system && target.name != "CWidth" {
    target.swiftSettings = (target.swiftSettings ?? []) + directMetadata
}
