import JobWrightCore

/// Undo and Redo over the draft's changes, on every screen and in the list dialogs.
extension Editor {
    static func undo(_ state: inout EditorState) {
        step(from: \.undo, to: \.redo, in: &state, nothing: "Nothing to undo.") {
            "Undone; Ctrl-R redoes (\($0.undo.count) more to undo)."
        }
    }

    static func redo(_ state: inout EditorState) {
        step(from: \.redo, to: \.undo, in: &state, nothing: "Nothing to redo.") {
            "Redone; u undoes (\($0.redo.count) more to redo)."
        }
    }

    /// Takes the newest draft from one stack, puts the current one on the other, and shows it.
    private static func step(from source: WritableKeyPath<UndoHistory, [Draft]>, to target: WritableKeyPath<UndoHistory, [Draft]>,
                             in state: inout EditorState, nothing: String, done: (UndoHistory) -> String) {
        guard let draft = state.history[keyPath: source].popLast() else {
            state.message = nothing
            return
        }
        state.history[keyPath: target].append(state.draft)
        state.draft = draft
        state.movedInHistory = true
        state.version += 1
        state.modified = draft != state.savedDraft
        if state.unsavedSince == nil { state.unsavedSince = state.now }
        state.message = done(state.history)
    }
}
