// Prints how fast jobwright renders. Run with a release build:
//     swift build -c release && swift run -c release jobwright-benchmarks
// Numbers go to stdout; nothing here is a test.
import Foundation
import JobWrightCore
import JobWrightRender

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

func fixed(_ value: Double, _ digits: Int = 2) -> String { String(format: "%.\(digits)f", value) }

DisplayWidth.prepareLocale()
var catalog: Catalog!
var templates: TemplateSet!
let loadCatalog = try seconds { catalog = try CatalogSource.load() }
let parseTemplates = try seconds { templates = try TemplateSet.load() }
let renderer = try Renderer(catalog: catalog, templates: templates)
let draft = try Draft.load(path: "example", text: DraftTemplates.example).draft
print("start-up: catalog load and validation \(fixed(loadCatalog * 1000)) ms, template parsing \(fixed(parseTemplates * 1000)) ms")

for (kind, format) in [(DocumentKind.posting, OutputFormat.text), (.posting, .markdown), (.posting, .html), (.posting, .jsonld), (.rubric, .text)] {
    let options = RenderOptions(format: format)
    _ = try renderer.render(kind, draft: draft, options: options)
    var count = 0
    let elapsed = try seconds {
        let deadline = DispatchTime.now().uptimeNanoseconds + 2_000_000_000
        while DispatchTime.now().uptimeNanoseconds < deadline {
            _ = try renderer.render(kind, draft: draft, options: options)
            count += 1
        }
    }
    print("in one process: \(kind.rawValue) \(format.rawValue): \(Int(Double(count) / elapsed)) renders/s (\(fixed(elapsed * 1000 / Double(count), 3)) ms each)")
}

// Whole-process wall time of `jobwright render posting` on the example, as a user sees it.
let binary = CommandLine.arguments.dropFirst().first
    ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("jobwright").path
if FileManager.default.isExecutableFile(atPath: binary) {
    let example = FileManager.default.temporaryDirectory.appendingPathComponent("jobwright-bench-example.yaml")
    try DraftTemplates.example.write(to: example, atomically: true, encoding: .utf8)
    var times: [Double] = []
    for _ in 0..<10 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["render", "posting", example.path]
        process.standardOutput = FileHandle.nullDevice
        times.append(try seconds { try process.run(); process.waitUntilExit() })
    }
    print("whole process: \(binary) render posting example: median of 10 \(fixed(median(times) * 1000, 1)) ms (min \(fixed(times.min()! * 1000, 1)), max \(fixed(times.max()! * 1000, 1)))")
} else {
    print("whole process: skipped, no jobwright binary at \(binary) (pass its path as the first argument)")
}
