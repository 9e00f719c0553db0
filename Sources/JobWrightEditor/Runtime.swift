import Foundation
import JobWrightCore
import Synchronization

/// The signal that asked the editor to stop (0: none). Signal handlers can only store a number.
let pendingSignal = Atomic<Int32>(0)

/// Runs the editor: draws, reads events, carries out effects, writes the recovery copy, and
/// gives the terminal back on every way out (quit, Ctrl-C, SIGTERM, SIGHUP, a thrown error).
public enum EditorRuntime {
    /// The exit status when the terminal went away without a signal: the one SIGHUP gives.
    public static let terminalLostStatus = 128 + SIGHUP

    /// Returns the process exit status.
    public static func run<B: Backend>(_ initial: EditorState, backend: inout B, files: FileSystemCalls = .system,
                                       clock: () -> Double = { ProcessInfo.processInfo.systemUptime }) -> Int32 {
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber) { number in pendingSignal.store(number, ordering: .relaxed) }
        }
        var state = initial
        defer {
            // The lock of the file the draft now is (also one saved under a new name) ends with
            // the editor; a lock another editor holds is left alone. It goes first: giving back
            // a terminal that has gone can fail.
            if let locked = state.lockedPath { DraftLock.releaseIfOurs(for: locked) }
            backend.restore()
        }
        let start = clock()
        var lastDrawn: Canvas?
        var lastTick = -1.0
        let size = backend.size
        if size.width != state.width || size.height != state.height {
            _ = Editor.step(&state, .resize(width: size.width, height: size.height))
        }
        while true {
            let received = pendingSignal.exchange(0, ordering: .relaxed)
            if received != 0 {
                writeRecoveryIfNeeded(state)
                return 128 + received
            }
            let canvas = View.render(state)
            if canvas != lastDrawn {
                backend.draw(canvas)
                lastDrawn = canvas
            }
            // The frame answering the last key is on the screen; now the checks, and a frame
            // with their counts, before the next key is read.
            if Editor.refreshChecks(&state) { continue }
            let event = backend.nextEvent(timeoutMilliseconds: 100)
            let now = clock() - start
            var events: [Event] = []
            if let event { events.append(event) }
            if now - lastTick >= 0.1 || event == nil {
                events.append(.tick(now))
                lastTick = now
            }
            // A closed window or a dropped connection, with or without a SIGHUP: reading the
            // terminal fails at once from now on, so the editor ends as a SIGHUP ends it rather
            // than spinning on it with the draft's lock held.
            if event == nil, backend.terminalLost {
                writeRecoveryIfNeeded(state)
                return terminalLostStatus
            }
            if event == nil, backend.isExhausted {
                writeRecoveryIfNeeded(state)
                return 0
            }
            for event in events {
                let effects = Editor.step(&state, event)
                for effect in effects {
                    if case .quit = effect { return 0 }
                    // After a failed save nothing else runs: not the recovery removal, not the quit.
                    if !perform(effect, state: &state, backend: &backend, files: files), case .save = effect { break }
                }
            }
        }
    }

    /// Carries out one effect; false when it failed (the state then says why).
    @discardableResult
    static func perform<B: Backend>(_ effect: Effect, state: inout EditorState, backend: inout B, files: FileSystemCalls = .system) -> Bool {
        // The lock of a file a save took for itself, while the save may still fail.
        var lockTakenForSave: String?
        do {
            switch effect {
            case .save(let path, let contents, let expecting):
                if let expecting {
                    let found = DiskVersion.current(at: path)
                    if found != expecting {
                        Editor.saveConflict(&state, path: path, found: found)
                        backend.bell()
                        return false
                    }
                }
                // Saving under a new name (or an untitled draft's first save) takes that file's
                // lock first: another editor that has it open is not written over.
                let previousPath = state.lockedPath
                if previousPath != path && !DraftLock.isOurs(for: path) {
                    switch DraftLock.acquire(for: path) {
                    case .heldByOther(let holder):
                        Editor.effectFailed(&state, effect, message: "Not saved: \((path as NSString).lastPathComponent) is open in another editor (\(holder.description)). "
                                            + "Save under another name, or close that editor first. Your changes are kept here.")
                        backend.bell()
                        return false
                    case .acquired, .tookOverStale: lockTakenForSave = path
                    case .unavailable: break
                    }
                }
                let data = Data(contents.utf8)
                try AtomicFile.write(data, to: path, calls: files)
                lockTakenForSave = nil
                Editor.saveSucceeded(&state, version: DiskVersion(contents: data))
                if previousPath != path {
                    // The draft is now this file: the old one's lock goes, this one's stays until the editor ends.
                    if let previousPath { DraftLock.releaseIfOurs(for: previousPath) }
                    state.lockedPath = path
                }
            case .export(let path, let contents):
                try AtomicFile.write(Data(contents.utf8), to: path, calls: files)
            case .exportBytes(let path, let contents):
                try AtomicFile.write(contents, to: path, calls: files)
            case .takeLock(let draftPath):
                if DraftLock.takeOver(for: draftPath) == nil {
                    state.message = "Editing anyway; the lock beside the draft could not be replaced."
                }
                state.lockedPath = draftPath
            case .writeRecovery(let path, let contents, let history):
                let historyPath = EditorState.historyPath(forRecovery: path)
                if let history { try AtomicFile.write(Data(history.utf8), to: historyPath) } else { unlink(historyPath) }
                try AtomicFile.write(Data(contents.utf8), to: path)
            case .removeRecovery(let path):
                for file in [path, EditorState.historyPath(forRecovery: path)] where FileManager.default.fileExists(atPath: file) { unlink(file) }
            case .writeProfile(let path, let contents):
                try ConfigFolder.writeProfile(contents, to: path)
            case .readDraft(let path):
                let bytes = FileManager.default.contents(atPath: path).map { [UInt8]($0) }
                _ = Editor.step(&state, .draftRead(path: path, bytes: bytes))
            case .bell:
                backend.bell()
            case .quit:
                break
            }
        } catch {
            // A save that failed does not keep the lock it took: the file is not this draft's.
            if let lockTakenForSave { DraftLock.releaseIfOurs(for: lockTakenForSave) }
            // The reason first: a long path must not push it off the status line.
            let reason = "\(error.message) (\(error.location?.file ?? ""))"
            let message = if case .save = effect { "Not saved: \(reason). Your changes are kept here." } else { "Cannot write: \(reason)" }
            Editor.effectFailed(&state, effect, message: message)
            backend.bell()
            return false
        }
        return true
    }

    /// On a signal or a lost terminal, the unsaved edits go to the recovery copy before the
    /// terminal is restored.
    static func writeRecoveryIfNeeded(_ state: EditorState) {
        let draft = Editor.draftWithOpenField(state)
        guard state.modified || draft != state.draft, let yaml = try? draft.yaml() else { return }
        if let history = state.history.json() {
            try? AtomicFile.write(Data(history.utf8), to: EditorState.historyPath(forRecovery: state.recoveryPath))
        }
        try? AtomicFile.write(Data(yaml.utf8), to: state.recoveryPath)
    }
}
