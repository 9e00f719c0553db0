import JobWrightCore

/// The recovery copy: written shortly after an unsaved edit, offered when the editor opens.
extension Editor {
    /// Seconds after an edit by which the recovery copy is written (the promise is 2 s).
    static let recoveryDelay = 1.5

    static func autosave(_ state: inout EditorState) -> [Effect] {
        guard let since = state.unsavedSince, state.now - since >= recoveryDelay else { return [] }
        state.unsavedSince = nil
        state.recoveryWritten = true
        guard let yaml = try? draftWithOpenField(state).yaml() else { return [] }
        return [.writeRecovery(path: state.recoveryPath, contents: yaml, history: state.history.json())]
    }

    /// The draft with the text of a field still being typed put in (when it is valid), so the
    /// recovery copy holds what is on the screen.
    public static func draftWithOpenField(_ state: EditorState) -> Draft {
        var draft = state.draft
        if let field = state.position.editing, FormField.all.indices.contains(state.position.selected) {
            var candidate = draft
            if FormField.all[state.position.selected].set(&candidate, field.text.trimmingSpaces) == nil { draft = candidate }
        }
        if let field = state.rubric.editingName, draft.rubric.rows.indices.contains(state.rubric.selected) {
            draft.rubric.rows[state.rubric.selected].name = field.text.trimmingSpaces
        }
        if case .list(let editor)? = state.modal, let fields = editor.editing, !fields[0].text.trimmingSpaces.isEmpty {
            var items = editor.target.items(in: draft)
            let values = fields.map(\.text.trimmingSpaces)
            if let at = editor.insertingAt { items.insert(values, at: min(at, items.count)) }
            else if items.indices.contains(editor.selected) { items[editor.selected] = values }
            editor.target.set(items, in: &draft)
        }
        return draft
    }

    /// r restores the recovered draft with its undo history, d discards it, k keeps it in a file
    /// of its own; other keys do nothing.
    static func handleRecoveryQuestion(_ key: Key, recovered: String, history: String?, in state: inout EditorState) -> [Effect] {
        switch key {
        case .character("r"), .character("R"):
            if let draft = try? Draft.load(path: state.recoveryPath, text: recovered).draft {
                let fileDraft = state.draft
                state.draft = draft
                if let saved = UndoHistory.read(history) {
                    state.history = saved
                } else {
                    state.history.record(fileDraft)
                }
                state.movedInHistory = true
                edited(&state)
                state.message = "Restored the unsaved edits; Ctrl-S saves them, u undoes them one by one."
            } else {
                state.message = "The recovery copy cannot be read; it is kept as \(state.recoveryPath)."
            }
            state.modal = nil
            return []
        case .character("d"), .character("D"):
            state.modal = state.isNewFile ? .start(StartScreen()) : nil
            state.message = "Discarded the recovered edits."
            return [.removeRecovery(path: state.recoveryPath)]
        case .character("k"), .character("K"):
            state.modal = state.isNewFile ? .start(StartScreen()) : nil
            let kept = EditorState.exportName(for: state.path ?? "untitled.yaml", extension: "recovered.yaml")
            state.message = "Kept the recovered edits in \(kept)."
            return [.export(path: kept, contents: recovered), .removeRecovery(path: state.recoveryPath)]
        default:
            return [.bell]
        }
    }
}
