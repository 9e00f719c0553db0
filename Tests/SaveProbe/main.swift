import Foundation
import JobWrightCore
import JobWrightEditor
import JobWrightRender

// Saves a draft again and again through the editor's own save path (keys -> update -> the save
// effect -> the runtime -> AtomicFile), until it is killed. Used by the test that kills it at
// random moments and checks that the file on disk is always a complete version.
//
//     jobwright-save-probe DRAFT

/// Types a new title on the Position screen and presses Ctrl-S, round after round.
struct SavingForEver: Backend {
    var size: (width: Int, height: Int) { (80, 24) }
    var round = 0
    var pending: [Event] = []
    mutating func draw(_ canvas: Canvas) {}
    mutating func nextEvent(timeoutMilliseconds: Int) -> Event? {
        if pending.isEmpty {
            round += 1
            pending = [.key(.enter), .key(.control("u"))] + "Version \(round)".map { .key(.character($0)) }
                + [.key(.enter), .key(.control("s"))]
        }
        return pending.removeFirst()
    }
    mutating func bell() {}
    mutating func restore() {}
}

let arguments = CommandLine.arguments
guard arguments.count == 2 else {
    FileHandle.standardError.write(Data("usage: jobwright-save-probe DRAFT   (then lines \"KILL-AFTER-MICROSECONDS ROUND\" on stdin)\n".utf8))
    exit(64)
}
let path = arguments[1]
let context: EditorContext
do {
    let renderer = try Renderer(catalog: try CatalogSource.load(), templates: try TemplateSet.load())
    context = EditorContext(renderer: renderer, checker: nil, ascii: true)
} catch {
    FileHandle.standardError.write(Data("jobwright-save-probe: \(error)\n".utf8))
    exit(70)
}
/// One line to the test, unbuffered (a buffered line would be copied into every forked child).
func answer(_ line: String) {
    let bytes = Array((line + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
}

// The draft is opened once, as the editor opens it; each child starts from that state, having
// looked at the file as it is now (an earlier child may have saved it).
var opened = EditorLauncher.initialState(path: path, context: context, width: 80, height: 24)
if case .recovery? = opened.modal { opened.modal = nil }
guard opened.openErrors.isEmpty, opened.modal == nil else {
    FileHandle.standardError.write(Data("jobwright-save-probe: \(opened.openErrors.first ?? "unexpected dialog")\n".utf8))
    exit(65)
}
answer("ready")
// For each request: a child process saves the draft round after round; it is killed (SIGKILL)
// after the given time, and the answer says so. What is slow to start (catalog, templates, the
// draft) is done once, here, so that a thousand kills take seconds.
while let line = readLine() {
    let parts = line.split(separator: " ").compactMap { Int($0) }
    guard parts.count == 2 else { answer("bad request"); continue }
    let child = fork()
    if child == 0 {
        var state = opened
        state.diskVersion = DiskVersion.current(at: path)
        var backend = SavingForEver(round: parts[1] * 1_000_000)
        _exit(EditorRuntime.run(state, backend: &backend))
    }
    usleep(UInt32(max(0, parts[0])))
    kill(child, SIGKILL)
    var status: Int32 = 0
    waitpid(child, &status, 0)
    // A child that stopped on its own (not killed) did not run as intended.
    answer(status & 0x7f == SIGKILL ? "killed" : "exited \(status)")
}
