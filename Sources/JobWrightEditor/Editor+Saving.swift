import JobWrightCore

/// Saving, and quitting without losing work.
extension Editor {
    static func save(_ state: inout EditorState) -> [Effect] {
        guard let path = state.path else {
            // Named from the title, as Export names the files (director-of-technology.yaml).
            let name = state.draft.position.title.flatMap(ExportScreenState.fileName(from:)) ?? "draft"
            state.modal = .savePath(.suggesting(name + ".yaml"))
            return []
        }
        if !state.openErrors.isEmpty {
            state.modal = .confirmOverwrite
            return []
        }
        return saveNow(&state, to: path)
    }

    /// Saves to `path`. Unless `overwriting`, the save goes ahead only if the file still holds
    /// what the editor last read or wrote there (or, for another path, does not exist yet).
    static func saveNow(_ state: inout EditorState, to path: String, overwriting: Bool = false) -> [Effect] {
        // A review with every line settled stays on the Review screen, not in the file.
        guard let yaml = try? state.draft.withoutFinishedReview.yaml() else {
            state.message = "The draft could not be written as YAML."
            return [.bell]
        }
        let recovery = state.recoveryPath
        let expecting: DiskVersion? = overwriting ? nil : path == state.path ? state.diskVersion : .absent
        state.path = path
        state.modified = false
        state.savedDraftBeforeSave = state.savedDraft
        state.savedDraft = state.draft
        state.unsavedSince = nil
        state.recoveryWritten = false
        state.openErrors = []
        state.message = "Saved \(path)"
        var effects: [Effect] = [.save(path: path, contents: yaml, expecting: expecting), .removeRecovery(path: recovery)]
        if recovery != state.recoveryPath { effects.append(.removeRecovery(path: state.recoveryPath)) }
        return effects
    }

    /// The runtime wrote the draft: this is what the file now holds.
    public static func saveSucceeded(_ state: inout EditorState, version: DiskVersion) {
        state.diskVersion = version
    }

    /// The runtime did not write the draft because the file is no longer what the editor read
    /// or wrote: nothing is lost, and the user chooses.
    public static func saveConflict(_ state: inout EditorState, path: String, found: DiskVersion) {
        let effect = Effect.save(path: path, contents: "", expecting: nil)
        effectFailed(&state, effect, message: found.exists
            ? "Not saved: \(path) changed on disk since it was opened. Your changes are kept here."
            : "Not saved: \(path) was removed since it was opened. Your changes are kept here.")
        state.modal = .changedOnDisk(path: path, deleted: !found.exists)
    }

    /// o overwrites, b saves beside under a name the user can change, Esc goes back to editing.
    static func handleChangedOnDisk(_ key: Key, path: String, in state: inout EditorState) -> [Effect] {
        switch key {
        case .character("o"), .character("O"):
            state.modal = nil
            return saveNow(&state, to: path, overwriting: true)
        case .character("b"), .character("B"):
            state.modal = .savePath(.suggesting(besideName(for: path)))
            return []
        case .escape:
            state.modal = nil
            state.message = "Not saved; your changes are kept here. Ctrl-S asks again."
            return []
        default:
            return [.bell]
        }
    }

    /// "draft.yaml" -> "draft.mine.yaml": the name offered for saving beside a changed file.
    static func besideName(for path: String) -> String {
        path.hasSuffix(".yaml") ? String(path.dropLast(5)) + ".mine.yaml" : path + ".mine.yaml"
    }

    /// Another editor has the draft open: e edits it here anyway, q leaves it to the other.
    static func handleLockedElsewhere(_ key: Key, in state: inout EditorState) -> [Effect] {
        switch key {
        case .character("e"), .character("E"):
            state.modal = nil
            state.besideAnotherEditor = true
            state.message = "Editing anyway: a save checks first that the other editor has not changed the file; its recovery copy is left alone."
            return state.path.map { [.takeLock(draftPath: $0)] } ?? []
        case .character("q"), .character("Q"), .escape:
            state.quitting = true
            return [.quit]
        default:
            return [.bell]
        }
    }

    static func requestQuit(_ state: inout EditorState) -> [Effect] {
        if state.modified {
            state.modal = .confirmQuit
            return []
        }
        state.quitting = true
        return [.removeRecovery(path: state.recoveryPath), .quit]
    }

    /// The quit question acts only on the keys it shows: s, d and Esc. Any other key shows the
    /// choices again (with a bell), so a stray `y` or Enter never discards work.
    static func handleQuitQuestion(_ key: Key, in state: inout EditorState) -> [Effect] {
        switch key {
        case .character("s"), .character("S"):
            state.modal = nil
            var effects = save(&state)
            if !state.modified && state.modal == nil { state.quitting = true; effects.append(.quit) }
            if case .savePath? = state.modal { state.quitAfterSaveAs = true }
            return effects
        case .character("d"), .character("D"):
            state.modal = nil
            state.quitting = true
            return [.removeRecovery(path: state.recoveryPath), .quit]
        case .escape:
            state.modal = nil
            return []
        default:
            state.message = "Unsaved changes: press s to save and quit, d to quit without saving, or Esc to keep editing."
            return [.bell]
        }
    }
}
