import Foundation
import JobWrightCore
import Testing

@Suite("The lock beside an open draft")
struct DraftLockTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("jw-lock-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func writeLock(_ text: String, for draft: String) throws {
        try text.write(toFile: DraftLock.lockPath(for: draft), atomically: true, encoding: .utf8)
    }

    @Test func theFirstEditorTakesTheLockAndReleasesIt() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let draft = folder.appendingPathComponent("draft.yaml").path
        guard case .acquired(let lock) = DraftLock.acquire(for: draft) else { Issue.record("not acquired"); return }
        #expect(lock.path == folder.appendingPathComponent(".draft.yaml.jobwright-lock").path)
        let text = try String(contentsOfFile: lock.path, encoding: .utf8)
        #expect(text.contains("pid: \(getpid())") && text.contains("host: \(ThisMachine.hostName)"))
        // The same process asking again still holds it.
        guard case .acquired = DraftLock.acquire(for: draft) else { Issue.record("not acquired again"); return }
        DraftLock.releaseIfOurs(for: draft)
        #expect(!FileManager.default.fileExists(atPath: lock.path))
    }

    @Test func aLiveEditorOnThisMachineHoldsIt() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let draft = folder.appendingPathComponent("draft.yaml").path
        let other = "pid: \(getppid())\nhost: \(ThisMachine.hostName)\nuser: dana\nsince: 2026-12-01T10:42:00Z\n"
        try Self.writeLock(other, for: draft)
        #expect(DraftLock.acquire(for: draft) == .heldByOther(DraftLock.Holder(pid: getppid(), host: ThisMachine.hostName, user: "dana", since: "2026-12-01T10:42:00Z")))
        // Releasing never removes another editor's lock.
        DraftLock.releaseIfOurs(for: draft)
        #expect(try String(contentsOfFile: DraftLock.lockPath(for: draft), encoding: .utf8) == other)
        // "Edit anyway" replaces it with this editor's.
        #expect(DraftLock.takeOver(for: draft)?.holder.pid == getpid())
    }

    @Test func anotherMachinesLockIsShownNotGuessed() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let draft = folder.appendingPathComponent("draft.yaml").path
        try Self.writeLock("pid: 1\nhost: hr-laptop-elsewhere\nuser: sam\nsince: 2026-12-01T09:00:00Z\n", for: draft)
        guard case .heldByOther(let holder) = DraftLock.acquire(for: draft) else { Issue.record("not held"); return }
        #expect(holder.description == "process 1 of sam on hr-laptop-elsewhere, since 2026-12-01 09:00 UTC")
    }

    @Test func aStaleLockOfAProcessThatIsGoneIsTakenOver() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let draft = folder.appendingPathComponent("draft.yaml").path
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()
        try Self.writeLock("pid: \(finished.processIdentifier)\nhost: \(ThisMachine.hostName)\nuser: dana\nsince: x\n", for: draft)
        guard case .tookOverStale(let lock, let was) = DraftLock.acquire(for: draft) else { Issue.record("not taken over"); return }
        #expect(was.pid == finished.processIdentifier)
        #expect(lock.holder.pid == getpid())
        // A garbled lock (its writer died while writing it) is replaced too.
        try Self.writeLock("\u{0}\u{0}", for: draft)
        guard case .acquired = DraftLock.acquire(for: draft) else { Issue.record("garbled lock kept"); return }
    }

    @Test func aFolderWhereNoLockCanBeMadeIsSaidNotFatal() throws {
        guard case .unavailable(let reason) = DraftLock.acquire(for: "/nonexistent-jw-folder/draft.yaml") else {
            Issue.record("a lock in a missing folder"); return
        }
        #expect(reason == "No such file or directory")
    }
}
