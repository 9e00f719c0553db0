// Prints how fast jobwright renders. Run with a release build:
//     swift build -c release && swift run -c release jobwright-benchmarks
// Numbers go to stdout; nothing here is a test.
import Foundation
import JobWrightCore
import JobWrightRender
import JobWrightEditor
import JobWrightChecks

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

// The checks the editor runs after a pause in typing (and `jobwright check`).
do {
    let checker = try Checker(renderer: renderer, rules: try RuleData.load())
    let loaded = try Draft.load(path: "example", text: DraftTemplates.example)
    _ = checker.check(loaded)
    var times: [Double] = []
    for _ in 0..<20 { times.append(seconds { _ = checker.check(loaded) }) }
    print("checks of the example draft: median \(fixed(median(times) * 1000, 2)) ms")
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

// MARK: - The editor: time per keystroke (update + view + draw into a test backend) at 120x40.

@MainActor func editorBenchmarks(catalog: Catalog, label: String) throws {
    let renderer = try Renderer(catalog: catalog, templates: templates)
    let checker = try Checker(renderer: renderer, rules: try RuleData.load())
    let context = EditorContext(renderer: renderer, checker: checker, ascii: false)
    var state = EditorState(context: context, draft: draft, path: "bench.yaml", width: 120, height: 40)
    var backend = TestBackend(width: 120, height: 40)
    _ = Editor.update(&state, .tick(10))
    func keystroke(_ key: Key) {
        _ = Editor.update(&state, .key(key))
        backend.draw(View.render(state))
    }
    keystroke(.character("2")); keystroke(.right)
    let keys: [Key] = [.down, .down, .up, .character(" "), .character(" "), .left, .down, .right]
    let rounds = 200
    let navigation = seconds { for _ in 0..<rounds { for key in keys { keystroke(key) } } }
    print("editor (\(label)): competencies screen, \(fixed(navigation * 1000 / Double(rounds * keys.count), 3)) ms per keystroke (update + view + draw, 120x40)")
    keystroke(.character("1"))
    let form = seconds { for _ in 0..<rounds { keystroke(.down); keystroke(.up) } }
    print("editor (\(label)): position screen, \(fixed(form * 1000 / Double(rounds * 2), 3)) ms per keystroke")
    keystroke(.character("2"))
    keystroke(.character("/"))
    var perCharacter: [Double] = []
    for character in "data" {
        perCharacter.append(seconds { keystroke(.character(character)) })
    }
    print("editor (\(label)): filter as you type, median \(fixed(median(perCharacter) * 1000, 3)) ms, max \(fixed(perCharacter.max()! * 1000, 3)) ms per character (\(state.visibleBullets.count) matches)")
    keystroke(.escape); keystroke(.escape)
    let preview = seconds { keystroke(.character("5")) }
    print("editor (\(label)): opening the preview (a full render), \(fixed(preview * 1000, 2)) ms")
}

try editorBenchmarks(catalog: catalog, label: "default catalog, \(catalog.competencies.count) bullets")
var generated = catalog.competencies
for index in 0..<10_000 {
    let area = catalog.areas[index % catalog.areas.count].id
    let template = catalog.competencies[index % catalog.competencies.count]
    generated.append(Competency(id: "\(area).generated-\(index)", area: area, kind: index % 3 == 0 ? .knowledge : .duty,
                                text: "Generated bullet \(index): " + template.text, aligns: template.aligns))
}
let big = Catalog(profile: catalog.profile, frameworks: catalog.frameworks, areas: catalog.areas, competencies: generated,
                  scales: catalog.scales, recommendations: catalog.recommendations, questions: catalog.questions,
                  roles: catalog.roles, notices: catalog.notices)
try editorBenchmarks(catalog: big, label: "generated catalog, \(big.competencies.count) bullets")
var usage = rusage()
getrusage(RUSAGE_SELF.rawValue, &usage)
print("peak memory of this benchmark process (maxrss): \(fixed(Double(usage.ru_maxrss) / 1024, 1)) MB")
