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

/// Processor time this thread has used, in seconds: what a piece of work cost, without the time
/// it waited while the shared machine ran something else.
func threadProcessorSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// What a program printed on standard output (or, with `fromStandardError`, on standard error;
/// the other stream is thrown away), once it has ended.
func output(of executable: String, _ arguments: [String], fromStandardError: Bool = false) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = fromStandardError ? FileHandle.nullDevice : pipe
    process.standardError = fromStandardError ? pipe : FileHandle.nullDevice
    try process.run()
    let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return text
}

DisplayWidth.prepareLocale()

// Every run sees an empty config folder: a district profile or catalog on the machine would
// change what `import` and `render` do, and so what they time.
let emptyConfig = FileManager.default.temporaryDirectory.appendingPathComponent("jobwright-benchmark-config-\(getpid())")
try FileManager.default.createDirectory(at: emptyConfig, withIntermediateDirectories: true)
setenv("XDG_CONFIG_HOME", emptyConfig.path, 1)
atexit { if let path = getenv("XDG_CONFIG_HOME") { rmdir(path) } }

// `jobwright-benchmarks --first-screen [--checked]`: what `jobwright edit draft.yaml` does before its
// first screen (catalog, templates, rules, checker, the draft, the screen drawn into a 100x30
// canvas), then exit; with --checked also the checks and the frame with their counts, which the
// editor draws next. The parent times this whole process.
if CommandLine.arguments.contains("--first-screen") {
    let renderer = try Renderer(catalog: try CatalogSource.load(), templates: try TemplateSet.load())
    let context = EditorContext(renderer: renderer, checker: try Checker(renderer: renderer, rules: try RuleData.load()), ascii: false)
    let path = CommandLine.arguments.last!
    var state = EditorLauncher.initialState(path: path, context: context, width: 100, height: 30)
    _ = Editor.step(&state, .resize(width: 100, height: 30))
    var backend = TestBackend(width: 100, height: 30)
    backend.draw(View.render(state))
    if CommandLine.arguments.contains("--checked"), Editor.refreshChecks(&state) { backend.draw(View.render(state)) }
    exit(backend.lines.isEmpty ? 1 : 0)
}

// `jobwright-benchmarks --instructions BINARY...`: the instructions each binary runs for the
// whole-process rows, counted by valgrind's callgrind (installed apart: `apt-get install valgrind`).
// Unlike wall time they do not move with the machine's load, so two builds compare exactly.
// valgrind cannot read the debug information swiftc writes, so each binary is copied without it.
if let flag = CommandLine.arguments.firstIndex(of: "--instructions") {
    let binaries = CommandLine.arguments.dropFirst(flag + 1).filter { !$0.hasPrefix("--") }
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("jobwright-instructions-\(getpid())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let example = directory.appendingPathComponent("example.yaml").path
    try DraftTemplates.example.write(toFile: example, atomically: true, encoding: .utf8)
    func run(_ executable: String, _ arguments: [String]) throws -> String {
        try output(of: executable, arguments, fromStandardError: true)
    }
    let people = (1...5).flatMap { ["--candidate", "Candidate \($0)", "--interviewer", "Interviewer \($0)"] }
    let printed = directory.appendingPathComponent("posting.txt").path
    let rows: [(String, [String])] = [
        ("jobwright --version", ["--version"]),
        ("jobwright render posting example", ["render", "posting", example]),
        ("jobwright render rubric, 25 packets", ["render", "rubric", example] + people),
        ("jobwright import, the example posting as text", ["import", printed, "--output", directory.appendingPathComponent("imported.yaml").path, "--force", "--report", "/dev/null"]),
    ]
    for (index, binary) in binaries.enumerated() {
        let copy = directory.appendingPathComponent("jobwright-\(index)").path
        _ = try run("/usr/bin/strip", ["--strip-debug", "-o", copy, binary])
        _ = try run(binary, ["render", "posting", example, "--output", printed])
        print("instructions run, counted by callgrind (\(binary)):")
        for (name, arguments) in rows {
            let output = try run("/usr/bin/valgrind", ["--tool=callgrind", "--callgrind-out-file=/dev/null", copy] + arguments)
            let collected = output.split(separator: "\n").first { $0.contains("Collected :") }
            let count = collected.flatMap { Double($0.split(separator: ":").last!.trimmingCharacters(in: .whitespaces)) }
            print("  \(name): " + (count.map { "\(fixed($0 / 1e6, 1)) million" } ?? "valgrind failed: \(output.suffix(300))"))
        }
    }
    exit(0)
}

// `jobwright-benchmarks --checks-only N`: the checks of the example, N times, for a profiler.
if let flag = CommandLine.arguments.firstIndex(of: "--checks-only") {
    let renderer = try Renderer(catalog: try CatalogSource.load(), templates: try TemplateSet.load())
    let checker = try Checker(renderer: renderer, rules: try RuleData.load())
    let loaded = try Draft.load(path: "example", text: DraftTemplates.example)
    let rounds = Int(CommandLine.arguments.dropFirst(flag + 1).first ?? "") ?? 100
    var findings = 0
    let elapsed = seconds { for _ in 0..<rounds { findings += checker.check(loaded).count } }
    print("checks of the example: \(fixed(elapsed * 1000 / Double(rounds), 2)) ms each (\(findings / rounds) findings)")
    exit(0)
}

// `jobwright-benchmarks --render-only FORMAT N`: the example posting in FORMAT, N times, for a profiler.
if let flag = CommandLine.arguments.firstIndex(of: "--render-only") {
    let renderer = try Renderer(catalog: try CatalogSource.load(), templates: try TemplateSet.load())
    let loaded = try Draft.load(path: "example", text: DraftTemplates.example)
    let rest = CommandLine.arguments.dropFirst(flag + 1)
    let format = OutputFormat(rawValue: rest.first ?? "") ?? .text
    let rounds = Int(rest.dropFirst().first ?? "") ?? 100
    var bytes = 0
    let elapsed = try seconds { for _ in 0..<rounds { bytes += try renderer.renderUTF8(.posting, draft: loaded.draft, options: RenderOptions(format: format)).count } }
    print("posting as \(format.rawValue): \(fixed(elapsed * 1000 / Double(rounds), 3)) ms each (\(bytes / rounds) bytes)")
    exit(0)
}

var catalog: Catalog!
var templates: TemplateSet!
let loadCatalog = try seconds { catalog = try CatalogSource.load() }
let parseTemplates = try seconds { templates = try TemplateSet.load() }
let renderer = try Renderer(catalog: catalog, templates: templates)
let draft = try Draft.load(path: "example", text: DraftTemplates.example).draft
// `--filter-only` repeats one piece for a profiler: the timed rows (some of them timed loops, whose
// count of runs changes with the machine) are left out, so two counts of instructions differ only
// by the rounds asked for.
let onlyFilter = CommandLine.arguments.contains("--filter-only")
if !onlyFilter {
print("start-up: built-in catalog \(fixed(loadCatalog * 1000, 3)) ms (compiled in), template set \(fixed(parseTemplates * 1000, 3)) ms (parsed when first used)")
var yamlTimes: [Double] = []
for _ in 0..<5 { yamlTimes.append(try seconds { _ = try CatalogSource.loadYAML(); _ = try RuleData.loadYAML() }) }
print("start-up with a district catalog folder (every file read from YAML and validated, as --catalog does): median \(fixed(median(yamlTimes) * 1000, 1)) ms")
var parseAll: [Double] = []
for _ in 0..<5 {
    let set = try TemplateSet.load()
    parseAll.append(try seconds { for name in set.sources.keys.sorted() where !name.hasPrefix("partials/") {
        _ = try? set.render([:], template: name) } })
}
print("parsing and rendering every top-level template once with an empty context: median \(fixed(median(parseAll) * 1000, 2)) ms")

for (kind, format) in [(DocumentKind.posting, OutputFormat.text), (.posting, .markdown), (.posting, .html), (.posting, .jsonld), (.rubric, .text)] {
    let options = RenderOptions(format: format)
    _ = try renderer.renderUTF8(kind, draft: draft, options: options)
    // The bytes `jobwright render` writes (`renderUTF8`). Renders for two seconds, each timed: the rate at the median render (as the other rows
    // give medians), and the mean over the two seconds, which a busy moment on the machine moves.
    var each: [Double] = []
    let elapsed = try seconds {
        let deadline = DispatchTime.now().uptimeNanoseconds + 2_000_000_000
        while DispatchTime.now().uptimeNanoseconds < deadline {
            each.append(try seconds { _ = try renderer.renderUTF8(kind, draft: draft, options: options) })
        }
    }
    let typical = median(each)
    print("in one process: \(kind.rawValue) \(format.rawValue): \(Int(1 / typical)) renders/s (median \(fixed(typical * 1000, 3)) ms each; mean over 2 s \(fixed(elapsed * 1000 / Double(each.count), 3)) ms, \(Int(Double(each.count) / elapsed))/s)")
}

// The checks the editor runs after every change (and `jobwright check`).
do {
    var checker: Checker!
    let rules = try RuleData.load()
    let build = try seconds { checker = try Checker(renderer: renderer, rules: rules) }
    print("checker set-up (rule patterns compiled): \(fixed(build * 1000, 2)) ms")
    let loaded = try Draft.load(path: "example", text: DraftTemplates.example)
    _ = checker.check(loaded)
    var times: [Double] = []
    for _ in 0..<20 { times.append(seconds { _ = checker.check(loaded) }) }
    print("checks of the example draft: median \(fixed(median(times) * 1000, 2)) ms")
}
}

// MARK: - Whole processes, as a user runs them: medians of 20 runs each, in one run of this
// program, with the Python + PyYAML + Jinja2 script doing the same job for comparison.

/// Wall time of whole runs, spawned with posix_spawn and reaped with waitpid (Foundation's
/// Process adds tens of milliseconds of its own on Linux), output to /dev/null.
func wholeProcess(_ executable: String, _ arguments: [String], runs: Int = 20) throws -> [Double] {
    struct SpawnFailed: Error { var code: Int32 }
    var times: [Double] = []
    for _ in 0..<runs {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        var status: Int32 = 0
        var code: Int32 = 0
        times.append(seconds {
            code = posix_spawn(&pid, executable, &actions, nil, argv, environ)
            if code == 0 { waitpid(pid, &status, 0) }
        })
        guard code == 0 else { throw SpawnFailed(code: code) }
        guard status == 0 else { throw SpawnFailed(code: status) }
    }
    return times
}

func describe(_ times: [Double]) -> String {
    "median \(fixed(median(times) * 1000, 1)) ms (min \(fixed(times.min()! * 1000, 1)), max \(fixed(times.max()! * 1000, 1)))"
}

/// Whether a binary carries the Swift runtime itself (`--static-swift-stdlib`, the install build).
/// How `binary` was linked, as the timings below depend on it.
func linkage(_ binary: String) -> String {
    // ldd lists a dynamic program's libraries on standard output; of a static one it says so on
    // standard error.
    guard let libraries = try? output(of: "/usr/bin/ldd", [binary]),
          let complaint = try? output(of: "/usr/bin/ldd", [binary], fromStandardError: true) else { return "linkage unknown" }
    if complaint.contains("not a dynamic executable") { return "static executable: the install build" }
    if !libraries.contains("libswiftCore") { return "static Swift runtime, shared C libraries: the JOBWRIGHT_DYNAMIC=1 install build" }
    return "dynamic Swift runtime: build with --static-swift-stdlib for install numbers"
}

let binary = CommandLine.arguments.dropFirst().first { !$0.hasPrefix("--") }
    ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("jobwright").path
if !onlyFilter && FileManager.default.isExecutableFile(atPath: binary) {
    let example = FileManager.default.temporaryDirectory.appendingPathComponent("jobwright-bench-example.yaml")
    try DraftTemplates.example.write(to: example, atomically: true, encoding: .utf8)
    print("whole process (\(binary), \(linkage(binary))):")
    let version = try wholeProcess(binary, ["--version"])
    print("  jobwright --version (the floor): \(describe(version))")
    let posting = try wholeProcess(binary, ["render", "posting", example.path])
    print("  jobwright render posting example: \(describe(posting))")
    let firstScreen = try wholeProcess(CommandLine.arguments[0], ["--first-screen", example.path])
    print("  editor: start to first screen (this program, --first-screen: everything jobwright edit does before drawing): \(describe(firstScreen))")
    let checkedScreen = try wholeProcess(CommandLine.arguments[0], ["--first-screen", "--checked", example.path])
    print("  editor: start to the next frame, with the checks' counts (--first-screen --checked): \(describe(checkedScreen))")
    let people = (1...5).flatMap { ["--candidate", "Candidate \($0)", "--interviewer", "Interviewer \($0)"] }
    let packets = try wholeProcess(binary, ["render", "rubric", example.path] + people)
    print("  jobwright render rubric example, 5 candidates x 5 interviewers (25 packets): \(describe(packets))")
    // Import: the example posting as plain text and as a Word file, read back into a draft
    // (report and checks included, as a user runs it).
    let printed = FileManager.default.temporaryDirectory.appendingPathComponent("jobwright-bench-posting.txt")
    let imported = FileManager.default.temporaryDirectory.appendingPathComponent("jobwright-bench-imported.yaml")
    let word = FileManager.default.temporaryDirectory.appendingPathComponent("jobwright-bench-posting.docx")
    _ = try wholeProcess(binary, ["render", "posting", example.path, "--output", printed.path], runs: 1)
    _ = try wholeProcess(binary, ["render", "posting", example.path, "--format", "docx", "--output", word.path], runs: 1)
    let words = (try String(contentsOf: printed, encoding: .utf8)).split { $0 == " " || $0 == "\n" }.count
    let importText = try wholeProcess(binary, ["import", printed.path, "--output", imported.path, "--force", "--report", "/dev/null"])
    print("  jobwright import, the example posting as text (\(words) words): \(describe(importText))")
    let importWord = try wholeProcess(binary, ["import", word.path, "--output", imported.path, "--force", "--report", "/dev/null"])
    print("  jobwright import, the same posting as a Word file: \(describe(importWord))")
    // The comparison: Benchmarks/python/render_posting.py (see Benchmarks/python/README.md).
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let script = root.appendingPathComponent("Benchmarks/python/render_posting.py").path
    let python = [root.appendingPathComponent(".venv-bench/bin/python").path, "/usr/bin/python3"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
    let probe = python.map { try? wholeProcess($0, [script, "--which-loader"], runs: 1) } ?? nil
    if let python, probe != nil, (try? wholeProcess(python, ["-c", "import yaml, jinja2"], runs: 1)) != nil {
        let pythonTimes = try wholeProcess(python, [script, example.path])
        print("  python render_posting.py example (\(python), PyYAML + Jinja2): \(describe(pythonTimes))")
        print("  jobwright is \(fixed(median(pythonTimes) / median(posting), 1))x faster than the Python script")
    } else {
        print("  python comparison: skipped (set up Benchmarks/python/README.md's .venv-bench first)")
    }
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
    // As the runtime answers a key: the frame first, then (after a change) the checks and the
    // frame with their counts, before the next key is read. Each timed on its own.
    var checksTime = 0.0
    var checksRuns = 0
    func keystroke(_ key: Key) {
        _ = Editor.step(&state, .key(key))
        backend.draw(View.render(state))
    }
    func keystrokeAndChecks(_ key: Key) -> Double {
        let keyStart = DispatchTime.now().uptimeNanoseconds
        keystroke(key)
        let start = DispatchTime.now().uptimeNanoseconds
        let frame = Double(start - keyStart) / 1e9
        if Editor.refreshChecks(&state) {
            checksRuns += 1
            backend.draw(View.render(state))
            checksTime += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        }
        return frame
    }
    keystroke(.character("2")); keystroke(.right)
    _ = Editor.refreshChecks(&state)
    let keys: [Key] = [.down, .down, .up, .character(" "), .character(" "), .left, .down, .right]
    let rounds = 200
    var frames: [Double] = []
    for _ in 0..<rounds { for key in keys { frames.append(keystrokeAndChecks(key)) } }
    frames.sort()
    print("editor (\(label)): competencies screen, \(fixed(frames.reduce(0, +) * 1000 / Double(frames.count), 3)) ms per keystroke to its frame (update + view + draw, 120x40; slowest tenth from \(fixed(frames[frames.count * 9 / 10] * 1000, 3)) ms, slowest \(fixed(frames.last! * 1000, 3)) ms)")
    print("editor (\(label)): after a toggle, the checks and the frame with their counts, \(fixed(checksTime * 1000 / Double(max(1, checksRuns)), 3)) ms more")
    keystroke(.character("1"))
    let form = seconds { for _ in 0..<rounds { keystroke(.down); keystroke(.up) } }
    print("editor (\(label)): position screen, \(fixed(form * 1000 / Double(rounds * 2), 3)) ms per keystroke")
    keystroke(.character("2"))
    keystroke(.character("/"))
    // "data" typed 20 times from the same screen (no search remembered from the round before),
    // each character timed on its own: the median of each, and the slowest single key.
    let beforeFilter = state
    var perCharacter: [[Double]] = Array(repeating: [], count: 4)
    // Each key's processor time too (this thread's, CLOCK_THREAD_CPUTIME_ID): a key whose wall
    // time is far above it waited for the processor (the machine is shared), it did not work longer.
    var slowest = (wall: 0.0, processor: 0.0)
    var mostProcessor = 0.0
    for _ in 0..<20 {
        state = beforeFilter
        for (place, character) in "data".enumerated() {
            let processorStart = threadProcessorSeconds()
            let wall = seconds { keystroke(.character(character)) }
            let processor = threadProcessorSeconds() - processorStart
            perCharacter[place].append(wall)
            if wall > slowest.wall { slowest = (wall, processor) }
            mostProcessor = max(mostProcessor, processor)
        }
    }
    let medians = perCharacter.map(median)
    let each = zip("data", medians).map { "\($0) \(fixed($1 * 1000, 3))" }.joined(separator: ", ")
    print("editor (\(label)): filter as you type, median \(fixed(median(medians) * 1000, 3)) ms, slowest character \(fixed(medians.max()! * 1000, 3)) ms (medians of 20 rounds: \(each); slowest single key \(fixed(slowest.wall * 1000, 3)) ms, of which \(fixed(slowest.processor * 1000, 3)) ms on the processor; most processor time of any key \(fixed(mostProcessor * 1000, 3)) ms; \(state.visibleBullets.count) matches)")
    keystroke(.escape); keystroke(.escape)
    let preview = seconds { keystroke(.character("5")) }
    print("editor (\(label)): opening the preview (a full render), \(fixed(preview * 1000, 2)) ms")
}

// MARK: - How time grows: with the catalog's size (the editor), and with the draft's (rendering).

var generated: [Competency] = []
for index in 0..<10_000 {
    let area = catalog.areas[index % catalog.areas.count].id
    let template = catalog.competencies[index % catalog.competencies.count]
    generated.append(Competency(id: "\(area).generated-\(index)", area: area, kind: index % 3 == 0 ? .knowledge : .duty,
                                text: "Generated bullet \(index): " + template.text, aligns: template.aligns))
}
@MainActor func catalog(bullets: Int) -> Catalog {
    Catalog(profile: catalog.profile, frameworks: catalog.frameworks, areas: catalog.areas,
            competencies: Array(generated.prefix(bullets)), scales: catalog.scales, recommendations: catalog.recommendations,
            questions: catalog.questions, roles: catalog.roles, notices: catalog.notices, glossary: catalog.glossary)
}
// `jobwright-benchmarks --filter-only N`: types and erases a filter N times at 10,000 bullets, for a profiler.
if let flag = CommandLine.arguments.firstIndex(of: "--filter-only") {
    let rounds = Int(CommandLine.arguments.dropFirst(flag + 1).first ?? "") ?? 100
    let renderer = try Renderer(catalog: catalog(bullets: 10_000), templates: templates)
    let context = EditorContext(renderer: renderer, checker: try Checker(renderer: renderer, rules: try RuleData.load()), ascii: false)
    var state = EditorState(context: context, draft: draft, path: "bench.yaml", width: 120, height: 40)
    var backend = TestBackend(width: 120, height: 40)
    _ = Editor.update(&state, .tick(10))
    for key in [Key.character("2"), .character("/")] { _ = Editor.update(&state, .key(key)) }
    // Each round starts from the screen before any filter was typed, so no round finds the
    // last round's searches remembered: "d" searches all 10,000 bullets every time.
    let start = state
    let elapsed = seconds {
        for _ in 0..<rounds {
            state = start
            for key in "data".map(Key.character) + Array(repeating: Key.backspace, count: 4) {
                _ = Editor.update(&state, .key(key))
                backend.draw(View.render(state))
            }
        }
    }
    print("filter at 10,000 bullets: \(fixed(elapsed * 1000 / Double(rounds * 8), 3)) ms per key")
    exit(0)
}
try editorBenchmarks(catalog: catalog, label: "built-in catalog, \(catalog.competencies.count) bullets")
for size in [10, 1_000, 10_000] {
    try editorBenchmarks(catalog: catalog(bullets: size), label: "generated catalog, \(size) bullets")
}
do {
    let big = catalog(bullets: 10_000)
    let bigRenderer = try Renderer(catalog: big, templates: templates)
    for chosen in [10, 100, 1_000] {
        var sized = draft
        sized.competencies = generated.prefix(chosen).map(\.id)
        sized.customCompetencies = []
        let options = RenderOptions(format: .text)
        _ = try bigRenderer.render(.posting, draft: sized, options: options)
        var times: [Double] = []
        for _ in 0..<10 { times.append(try seconds { _ = try bigRenderer.render(.posting, draft: sized, options: options) }) }
        print("render posting as text with \(chosen) bullets chosen: median \(fixed(median(times) * 1000, 2)) ms")
    }
}
var usage = rusage()
getrusage(RUSAGE_SELF.rawValue, &usage)
print("peak memory of this benchmark process (maxrss): \(fixed(Double(usage.ru_maxrss) / 1024, 1)) MB")
