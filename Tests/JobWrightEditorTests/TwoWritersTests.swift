import Foundation
import JobWrightCore
@testable import JobWrightEditor
import Testing

private typealias F = EditorFixtures

/// Two writers never clobber each other: a draft changed or removed on disk since the editor
/// read it is not overwritten without asking, a second editor is told the draft is open, and a
/// save that fails midway keeps the user's changes and says why.
@Suite("Two writers and failing saves")
struct TwoWritersTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("jw-writers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The example draft in a file of its own, opened as `jobwright edit` opens it.
    static func opened(in folder: URL, lock: DraftLock.Outcome? = nil) throws -> (path: String, state: EditorState) {
        let path = folder.appendingPathComponent("draft.yaml").path
        try F.example.yaml().write(toFile: path, atomically: true, encoding: .utf8)
        return (path, EditorLauncher.initialState(path: path, context: F.context, width: 80, height: 24, lock: lock))
    }

    static let newTitle: [Event] = [.key(.enter), .key(.control("u"))] + "Mine".map { .key(.character($0)) } + [.key(.enter)]

    static func run(_ state: EditorState, _ events: [Event], files: FileSystemCalls = .system) -> TestBackend {
        var backend = TestBackend(width: 80, height: 24, events: events)
        var clock = 0.0
        _ = EditorRuntime.run(state, backend: &backend, files: files, clock: { clock += 0.01; return clock })
        return backend
    }

    @Test func aDraftChangedOnDiskIsNotOverwrittenButCanBeSavedBeside() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (path, state) = try Self.opened(in: folder)
        let theirs = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "Director of Technology", with: "Theirs")
        try theirs.write(toFile: path, atomically: true, encoding: .utf8)

        let asked = Self.run(state, Self.newTitle + [.key(.control("s"))])
        #expect(asked.lines.joined(separator: "\n").contains("The file changed on disk"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == theirs, "the other writer's version is untouched")

        // b offers draft.mine.yaml; Enter saves there; theirs stays.
        _ = Self.run(state, Self.newTitle + [.key(.control("s")), .key(.character("b")), .key(.enter)])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == theirs)
        let mine = try String(contentsOfFile: folder.appendingPathComponent("draft.mine.yaml").path, encoding: .utf8)
        #expect(mine.contains("title: Mine"))

        // o overwrites, when that is what the user chooses.
        _ = Self.run(state, Self.newTitle + [.key(.control("s")), .key(.character("o"))])
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("title: Mine"))
    }

    @Test func aFileTouchedButNotChangedIsNotAConflict() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (path, state) = try Self.opened(in: folder)
        // Same bytes written again (a git checkout of the same commit): no question.
        try String(contentsOfFile: path, encoding: .utf8).write(toFile: path, atomically: true, encoding: .utf8)
        let backend = Self.run(state, Self.newTitle + [.key(.control("s"))])
        #expect(backend.lines.joined().contains("Saved"))
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("title: Mine"))
    }

    @Test func aDraftRemovedWhileOpenIsSavedAgainOnlyWhenAsked() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (path, state) = try Self.opened(in: folder)
        try FileManager.default.removeItem(atPath: path)
        let asked = Self.run(state, Self.newTitle + [.key(.control("s"))])
        #expect(asked.lines.joined(separator: "\n").contains("The file was removed"))
        #expect(!FileManager.default.fileExists(atPath: path))
        _ = Self.run(state, Self.newTitle + [.key(.control("s")), .key(.character("o"))])
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("title: Mine"))
    }

    @Test func saveAsOntoAnExistingFileAsksFirst() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let existing = folder.appendingPathComponent("taken.yaml").path
        try "somebody's draft\n".write(toFile: existing, atomically: true, encoding: .utf8)
        var state = F.state(path: nil)
        state.modal = nil
        let asked = Self.run(state, Self.newTitle + [.key(.control("s")), .key(.control("u"))]
                             + existing.map { .key(.character($0)) } + [.key(.enter)])
        #expect(asked.lines.joined(separator: "\n").contains("The file changed on disk"))
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "somebody's draft\n")
    }

    @Test func afterASaveTheEditorsOwnVersionIsNoConflict() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (path, state) = try Self.opened(in: folder)
        // Two saves in a row: the second compares with what the first wrote.
        let backend = Self.run(state, Self.newTitle + [.key(.control("s"))] + [.key(.enter), .key(.control("u"))]
                               + "Second".map { .key(.character($0)) } + [.key(.enter), .key(.control("s"))])
        #expect(!backend.lines.joined().contains("changed on disk"))
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("title: Second"))
    }

    @Test func aSecondEditorIsToldWhoHasTheDraftOpen() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let other = DraftLock.Holder(pid: 4242, host: "hr-laptop", user: "dana", since: "2026-12-01T10:42:00Z")
        var (_, state) = try Self.opened(in: folder, lock: .heldByOther(other))
        #expect(state.modal == .lockedElsewhere(other))
        let screen = TestBackendScreen.of(state)
        #expect(screen.contains("process 4242 of dana on hr-laptop"))
        // Only e and q (or Esc) answer; q leaves the other editor's recovery copy alone.
        #expect(F.send(&state, [.character("s")]) == [.bell])
        var quitting = state
        #expect(F.send(&quitting, [.character("q")]) == [.quit])
        let othersRecovery = state.recoveryPath
        #expect(F.send(&state, [.character("e")]) == [.takeLock(draftPath: state.path!)])
        #expect(state.modal == nil)
        // Editing anyway, this editor's recovery copy is its own: quitting removes that one, never
        // the other editor's (a first-time officer's unsaved edits were deleted so).
        #expect(state.recoveryPath != othersRecovery && state.recoveryPath.hasPrefix(othersRecovery))
        let quit = F.send(&state, [.control("q")])
        #expect(quit == [.removeRecovery(path: state.recoveryPath), .quit])
        #expect(!quit.contains(.removeRecovery(path: othersRecovery)))
    }

    @Test func aSaveThatFailsMidwayKeepsTheChangesAndTheRecoveryCopy() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (path, state) = try Self.opened(in: folder)
        let before = try String(contentsOfFile: path, encoding: .utf8)
        let recovery = folder.appendingPathComponent(".draft.yaml.recovery").path
        try "earlier recovery copy".write(toFile: recovery, atomically: true, encoding: .utf8)
        var full = FileSystemCalls.system
        full.write = { _, _, _ in errno = ENOSPC; return -1 }
        // Save and quit: the save fails, so the editor neither quits nor removes the recovery copy.
        let backend = Self.run(state, Self.newTitle + [.key(.escape), .key(.character("q")), .key(.character("s"))], files: full)
        let screen = backend.lines.joined(separator: "\n")
        #expect(screen.contains("Not saved: cannot write (No space left on device); the file on disk"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == before)
        #expect(FileManager.default.fileExists(atPath: recovery))
        #expect(try String(contentsOfFile: recovery, encoding: .utf8).contains("title: Mine"), "the unsaved edits reach the recovery copy")
    }
}

/// The screen a state draws, as text.
enum TestBackendScreen {
    static func of(_ state: EditorState) -> String {
        var backend = TestBackend(width: state.width, height: state.height)
        backend.draw(View.render(state))
        return backend.lines.joined(separator: "\n")
    }
}

@Suite("Two editors in tmux", .enabled(if: Tmux.available), .serialized)
struct TwoEditorsEndToEndTests {
    @Test func theSecondEditorOfADraftSaysWhoHasItOpen() throws {
        let tmux = try Tmux()
        try F.example.yaml().write(to: tmux.directory.appendingPathComponent("draft.yaml"), atomically: true, encoding: .utf8)
        try tmux.start("edit draft.yaml")
        try tmux.waitFor("draft.yaml")
        #expect(FileManager.default.fileExists(atPath: tmux.directory.appendingPathComponent(".draft.yaml.jobwright-lock").path))
        // A second editor, in a second window, on the same draft.
        try tmux.run("new-window -d -n second -e LANG=C.UTF-8 -e TERM=xterm-256color \(tmux.isolatedConfig) "
                     + "\"\(tmux.binary) edit draft.yaml; echo SECOND-EXITED=\\$?; sleep 60\"")
        let second = try tmux.waitUntil("the second editor says the draft is open") {
            _ = $0
            return ((try? tmux.run("capture-pane -p -t :second")) ?? "").contains("Open in another editor")
        }
        _ = second
        let screen = try tmux.run("capture-pane -p -t :second")
        #expect(screen.contains("is open in another jobwright editor: process \(tmux.editorPID ?? -1)"))
        // q leaves it to the first editor, whose lock stays.
        try tmux.run("send-keys -t :second q")
        _ = try tmux.waitUntil("the second editor quits") { _ in
            ((try? tmux.run("capture-pane -p -t :second")) ?? "").contains("SECOND-EXITED=0")
        }
        #expect(FileManager.default.fileExists(atPath: tmux.directory.appendingPathComponent(".draft.yaml.jobwright-lock").path))
        // The first editor quits (Esc first: the Position screen takes letters as text); its
        // lock goes with it.
        try tmux.keys("Escape", "q")
        try tmux.waitFor("EDITOR-EXITED=0")
        #expect(!FileManager.default.fileExists(atPath: tmux.directory.appendingPathComponent(".draft.yaml.jobwright-lock").path))
    }

    @Test func aDraftChangedByAnotherProgramWhileOpenIsNotOverwritten() throws {
        let tmux = try Tmux()
        let path = tmux.directory.appendingPathComponent("draft.yaml")
        try F.example.yaml().write(to: path, atomically: true, encoding: .utf8)
        try tmux.start("edit draft.yaml")
        try tmux.waitFor("draft.yaml")
        try tmux.keys("Enter", "C-u"); try tmux.type("Mine"); try tmux.keys("Enter")
        try tmux.waitFor("[modified]")
        // A git pull changes the file while the editor has it open.
        let pulled = try String(contentsOf: path, encoding: .utf8).replacingOccurrences(of: "Riverbend", with: "Pulled")
        try pulled.write(to: path, atomically: true, encoding: .utf8)
        try tmux.keys("C-s")
        try tmux.waitFor("The file changed on disk")
        #expect(try String(contentsOf: path, encoding: .utf8) == pulled)
        try tmux.keys("b"); try tmux.waitFor("Save as"); try tmux.keys("Enter")
        try tmux.waitFor("Saved draft.mine.yaml")
        #expect(try String(contentsOf: path, encoding: .utf8) == pulled)
        #expect(tmux.file("draft.mine.yaml")?.contains("title: Mine") == true)
        try tmux.keys("Escape", "q"); try tmux.waitFor("EDITOR-EXITED=0")
    }
}

/// Saving under a new name takes the new file's lock first: a file another editor has open is
/// not written over, the old file's lock goes once the new one is saved, and the new one's
/// goes when the editor ends.
@Suite("Saving under a new name takes its lock")
struct SaveAsLockTests {
    @Test func aSaveUnderANewNameMovesTheLockAndRefusesAFileOpenElsewhere() throws {
        let folder = try TwoWritersTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("draft.yaml").path
        try F.example.yaml().write(toFile: first, atomically: true, encoding: .utf8)
        let lock = DraftLock.acquire(for: first)
        var state = EditorLauncher.initialState(path: first, context: F.context, width: 80, height: 24, lock: lock)
        var backend = TestBackend(width: 80, height: 24)

        // Another editor (a process that runs: init) has other.yaml open.
        let other = folder.appendingPathComponent("other.yaml").path
        try "pid: 1\nhost: \(ThisMachine.hostName)\nuser: dana\nsince: 2026-12-01T10:42:00Z\n"
            .write(toFile: DraftLock.lockPath(for: other), atomically: true, encoding: .utf8)
        let refused = EditorRuntime.perform(.save(path: other, contents: try F.example.yaml(), expecting: nil), state: &state, backend: &backend)
        #expect(!refused)
        #expect(!FileManager.default.fileExists(atPath: other))
        #expect(state.message?.contains("other.yaml is open in another editor (process 1 of dana") == true, "\(state.message ?? "")")
        #expect(state.modified && DraftLock.isOurs(for: first))

        let renamed = folder.appendingPathComponent("renamed.yaml").path
        #expect(EditorRuntime.perform(.save(path: renamed, contents: try F.example.yaml(), expecting: nil), state: &state, backend: &backend))
        #expect(DraftLock.isOurs(for: renamed) && state.lockedPath == renamed)
        #expect(!FileManager.default.fileExists(atPath: DraftLock.lockPath(for: first)))
        // Saving again to the same file keeps its lock; the editor's end releases it.
        #expect(EditorRuntime.perform(.save(path: renamed, contents: try F.example.yaml(), expecting: nil), state: &state, backend: &backend))
        #expect(DraftLock.isOurs(for: renamed))
        var quitting = TestBackend(width: 80, height: 24, events: [])
        _ = EditorRuntime.run(state, backend: &quitting, clock: { 0 })
        #expect(!FileManager.default.fileExists(atPath: DraftLock.lockPath(for: renamed)))
    }

    @Test func aSaveThatFailsDoesNotKeepTheLockItTook() throws {
        let folder = try TwoWritersTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var state = EditorLauncher.initialState(path: nil, context: F.context, width: 80, height: 24)
        var backend = TestBackend(width: 80, height: 24)
        let target = folder.appendingPathComponent("draft.yaml").path
        var files = FileSystemCalls.system
        files.rename = { _, _ in errno = EIO; return -1 }
        #expect(!EditorRuntime.perform(.save(path: target, contents: "x: 1\n", expecting: nil), state: &state, backend: &backend, files: files))
        #expect(!FileManager.default.fileExists(atPath: DraftLock.lockPath(for: target)))
        #expect(state.message?.hasPrefix("Not saved:") == true)
    }
}
