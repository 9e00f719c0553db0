// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for jobwright's parsers and renderers (README, Fuzzing), built and run by
// `scripts/fuzz`, which builds with
//   swift build --package-path Fuzz -c release -Xswiftc -enable-testing \
//     -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xcc -fsanitize=fuzzer-no-link,address
// Each target exports LLVMFuzzerTestOneInput; its seed corpus is Corpus/<target>/. The root
// package's JobWrightKit product is the non-UI modules.

let fuzzTargets = ["FuzzDraftLoad", "FuzzCatalogLoad", "FuzzRender", "FuzzWrap", "FuzzCheckText", "FuzzTallyCSV", "FuzzTemplate"]
let kit = Target.Dependency.product(name: "JobWrightKit", package: "jobwright")
let importKit = Target.Dependency.product(name: "JobWrightImportKit", package: "jobwright")

let package = Package(
    name: "jobwright-fuzz",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "jobwright", path: ".."),
    ],
    targets: [
        // What every target shares: the built-in catalog, renderer and checker, loaded once, and
        // the invariants (no control characters, valid lines and columns) that end a run when broken.
        .target(name: "FuzzSupport", dependencies: ["CFuzzDriver", kit]),
        // libFuzzer's entry point for executables whose `main` SwiftPM renames (see FuzzSupport.runFuzzer).
        .target(name: "CFuzzDriver"),
    ] + fuzzTargets.map { .executableTarget(name: $0, dependencies: ["FuzzSupport", kit]) }
      + [.executableTarget(name: "FuzzImport", dependencies: ["FuzzSupport", kit, importKit])]
)
