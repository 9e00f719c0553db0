import JobWrightCore

/// Saving, and quitting without losing work.
extension Editor {
    static func save(_ state: inout EditorState) -> [Effect] {
        guard let path = state.path else {
            state.modal = .savePath(TextField("draft.yaml"))
            return []
        }
        if !state.openErrors.isEmpty {
            state.modal = .confirmOverwrite
            return []
        }
        return saveNow(&state, to: path)
    }

    static func saveNow(_ state: inout EditorState, to path: String) -> [Effect] {
        guard let yaml = try? state.draft.yaml() else {
            state.message = "The draft could not be written as YAML."
            return [.bell]
        }
        let recovery = state.recoveryPath
        state.path = path
        state.modified = false
        state.savedDraftBeforeSave = state.savedDraft
        state.savedDraft = state.draft
        state.unsavedSince = nil
        state.recoveryWritten = false
        state.openErrors = []
        state.message = "Saved \(path)"
        var effects: [Effect] = [.save(path: path, contents: yaml), .removeRecovery(path: recovery)]
        if recovery != state.recoveryPath { effects.append(.removeRecovery(path: state.recoveryPath)) }
        return effects
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
