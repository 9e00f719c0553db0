import Foundation
import JobWrightCore
@testable import JobWrightEditor
import Testing

/// A key is answered by a frame drawn before the checks run; the checks follow at once, and the
/// next frame shows their counts before any other key is read.
@Suite("Checks after the frame")
struct ChecksAfterTheFrameTests {
    typealias F = EditorFixtures

    /// A terminal that keeps the status line of every frame drawn.
    struct RecordingBackend: Backend {
        var size: (width: Int, height: Int) { (100, 30) }
        var events: [Event]
        var statusLines: [String] = []
        var isExhausted: Bool { events.isEmpty }
        mutating func draw(_ canvas: Canvas) { statusLines.append(canvas.lines.last ?? "") }
        mutating func nextEvent(timeoutMilliseconds: Int) -> Event? { events.isEmpty ? nil : events.removeFirst() }
        mutating func bell() {}
        mutating func restore() {}
    }

    static func counts(_ draft: Draft) throws -> String {
        let loaded = try Draft.load(path: "draft.yaml", text: try draft.yaml())
        let findings = try #require(F.context.checker).check(loaded)
        let errors = findings.filter { $0.severity == .error }.count
        let warnings = findings.filter { $0.severity == .warning }.count
        return "\(View.counted(errors, "error")), \(View.counted(warnings, "warning"))"
    }

    @Test func theFirstFrameComesBeforeTheChecksAndTheNextHasTheirCounts() throws {
        let keys: [Key] = [.character("2"), .right, .character(" ")]
        var backend = RecordingBackend(events: keys.map(Event.key))
        // The runtime leaves a recovery copy beside the draft when the keys run out: not in the repository.
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("jw-frames-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let state = F.state(path: directory.appendingPathComponent("draft.yaml").path, width: 100, height: 30)
        _ = EditorRuntime.run(state, backend: &backend, clock: { 0 })
        let frames = backend.statusLines
        #expect(frames.first?.contains("| checking") == true)
        #expect(frames.dropFirst().first?.contains("| " + (try Self.counts(state.draft))) == true)
        // The same keys through `update`, which checks at once: the runtime's last frame shows
        // the counts of the draft they made.
        var updated = state
        F.send(&updated, keys)
        let bullets = View.counted(updated.draft.competencies.count, "bullet")
        #expect(updated.draft.competencies.count != state.draft.competencies.count)
        #expect(frames.last?.contains("| \(bullets) | " + (try Self.counts(updated.draft))) == true)
    }
}
