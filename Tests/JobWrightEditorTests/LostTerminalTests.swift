import Foundation
import JobWrightCore
@testable import JobWrightEditor
import Testing

private typealias F = EditorFixtures

/// An editor whose terminal goes away (the window closed, the tmux server killed, a SIGHUP)
/// ends at once: the unsaved edits in the recovery copy, the draft untouched, the lock released,
/// a non-zero exit. A closed terminal once left the editor spinning with the lock held, or
/// stopped it on a failed write with the lock left behind.
@Suite("A lost terminal")
struct LostTerminalTests {
    @Test func aTerminalThatGoesAwayEndsTheEditorWithTheEditsKeptAndTheLockReleased() throws {
        let folder = try TwoWritersTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (path, state) = try TwoWritersTests.opened(in: folder, lock: nil)
        let original = try String(contentsOfFile: path, encoding: .utf8)
        guard case .acquired = DraftLock.acquire(for: path) else { Issue.record("no lock"); return }
        // The title typed, not yet kept (still in its field) when the window closes.
        var backend = TestBackend(width: 80, height: 24, events: [.key(.enter), .key(.control("u"))] + "Lost".map { .key(.character($0)) })
        backend.losesTerminal = true
        let status = EditorRuntime.run(state, backend: &backend, clock: { 0 })
        #expect(status == 128 + SIGHUP)
        #expect(backend.restored)
        #expect(!FileManager.default.fileExists(atPath: DraftLock.lockPath(for: path)))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == original)
        let recovered = try String(contentsOfFile: state.recoveryPath, encoding: .utf8)
        #expect(try Draft.load(path: path, text: recovered).draft.position.title == "Lost")
    }

    @Test func aTerminalLostWithNothingUnsavedLeavesNoRecoveryCopy() throws {
        let folder = try TwoWritersTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (path, state) = try TwoWritersTests.opened(in: folder, lock: DraftLock.acquire(for: folder.appendingPathComponent("draft.yaml").path))
        var backend = TestBackend(width: 80, height: 24, events: [.key(.down)])
        backend.losesTerminal = true
        #expect(EditorRuntime.run(state, backend: &backend, clock: { 0 }) == 128 + SIGHUP)
        #expect(!FileManager.default.fileExists(atPath: state.recoveryPath))
        #expect(!FileManager.default.fileExists(atPath: DraftLock.lockPath(for: path)))
    }
}

/// The same in a real terminal: the tmux server is killed under the editor (its window gone,
/// no SIGHUP reaches it), or the editor is sent SIGHUP.
@Suite("A lost terminal in tmux", .enabled(if: Tmux.available), .serialized)
struct LostTerminalEndToEndTests {
    static let title = "Lost Window Title"

    /// Starts the editor on the example draft with an unsaved title typed. The shell around it
    /// ignores SIGHUP and outlives the terminal, so it can write the editor's exit status.
    static func editing(_ tmux: Tmux) throws -> String {
        let path = tmux.directory.appendingPathComponent("draft.yaml").path
        try F.example.yaml().write(toFile: path, atomically: true, encoding: .utf8)
        try tmux.run("-u new-session -d -x 80 -y 24 -e LANG=C.UTF-8 -e TERM=xterm-256color \(tmux.isolatedConfig) "
                     + "\"trap '' HUP; sh -c 'echo \\$\\$ > editor.pid; exec \(tmux.binary) edit draft.yaml'; echo \\$? > editor.status\"")
        try tmux.waitFor("Riverbend")
        try tmux.keys("Enter", "C-u"); try tmux.type(title); try tmux.keys("Enter")
        try tmux.waitFor("[modified]")
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    /// Waits (10 s at most) until the process has exited; true when it has.
    static func exits(_ pid: pid_t) -> Bool {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if kill(pid, 0) != 0 { return true }
            // Exited, not yet reaped by its parent.
            if let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
               stat.split(separator: ")").last?.split(separator: " ").first == "Z" { return true }
            usleep(20_000)
        }
        return false
    }

    /// The editor's exit status, as the shell around it wrote it (5 s at most).
    static func exitStatus(_ tmux: Tmux) -> String? {
        let deadline = Date().addingTimeInterval(5)
        while tmux.file("editor.status") == nil && Date() < deadline { usleep(20_000) }
        return tmux.file("editor.status")?.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// What is left once the editor has gone: the draft as it was, no lock, the edit in the
    /// recovery copy, and a new editor offering it.
    static func expectEndedCleanly(_ tmux: Tmux, original: String) throws {
        #expect(tmux.file("draft.yaml") == original)
        #expect(!FileManager.default.fileExists(atPath: tmux.directory.appendingPathComponent(".draft.yaml.jobwright-lock").path))
        #expect(tmux.file(".draft.yaml.recovery")?.contains("title: \(title)") == true)
        try tmux.endSession()
        try tmux.start("edit draft.yaml")
        let offered = try tmux.waitFor("Recovered edits")
        #expect(!offered.contains("Open in another editor"))
        try tmux.keys("r"); try tmux.waitFor(title)
        try tmux.keys("Escape", "q"); try tmux.waitFor("Unsaved changes"); try tmux.keys("d")
        try tmux.waitFor("EDITOR-EXITED=0")
    }

    @Test func killingTheTmuxServerEndsTheEditorAndReleasesItsLock() throws {
        let tmux = try Tmux()
        let original = try Self.editing(tmux)
        let pid = try #require(tmux.editorPID)
        try tmux.run("kill-server")
        #expect(Self.exits(pid), "the editor still runs after its terminal went away")
        #expect(Self.exitStatus(tmux) == "129")
        try Self.expectEndedCleanly(tmux, original: original)
    }

    @Test func aSIGHUPEndsTheEditorAndReleasesItsLock() throws {
        let tmux = try Tmux()
        let original = try Self.editing(tmux)
        let pid = try #require(tmux.editorPID)
        kill(pid, SIGHUP)
        #expect(Self.exits(pid))
        #expect(Self.exitStatus(tmux) == "129")
        try Self.expectEndedCleanly(tmux, original: original)
    }
}
