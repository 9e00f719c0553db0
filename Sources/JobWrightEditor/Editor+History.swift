import JobWrightCore

/// Undo and Redo over the draft's changes, on every screen and in the list dialog.
extension Editor {
    static func undo(_ state: inout EditorState) {
        guard let previous = state.history.undo.popLast() else {
            state.message = "Nothing to undo."
            return
        }
        state.history.redo.append(state.draft)
        move(to: previous, in: &state)
        state.message = "Undone; Ctrl-R redoes (\(state.history.undo.count) more to undo)."
    }

    static func redo(_ state: inout EditorState) {
        guard let next = state.history.redo.popLast() else {
            state.message = "Nothing to redo."
            return
        }
        state.history.undo.append(state.draft)
        move(to: next, in: &state)
        state.message = "Redone; u undoes (\(state.history.redo.count) more to redo)."
    }

    private static func move(to draft: Draft, in state: inout EditorState) {
        state.draft = draft
        state.movedInHistory = true
        state.version += 1
        state.modified = draft != state.savedDraft
        if state.unsavedSince == nil { state.unsavedSince = state.now }
    }
}
