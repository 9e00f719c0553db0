import JobWrightDocx
import JobWrightRender

/// Keys of the Export screen: a format, a path, and Write.
enum ExportKeys {
    static var rowCount: Int { ExportScreenState.choices.count + 2 }

    static func handle(_ key: Key, in state: inout EditorState) -> [Effect] {
        switch key {
        case .up, .character("k"): state.export.choice = max(0, state.export.choice - 1)
        case .down, .character("j"): state.export.choice = min(rowCount - 1, state.export.choice + 1)
        case .enter, .character(" "), .character("w"):
            if key == .character("w") || state.export.choice == rowCount - 1 { return write(&state) }
            if state.export.choice == rowCount - 2 {
                // The name is offered selected, as Save as offers one: typing replaces it, a
                // cursor key keeps it for editing.
                state.export.editingPath = true
                state.export.path.isSuggestion = !state.export.path.text.isEmpty
                return []
            }
            state.export.selectedFormat = state.export.choice
            state.export.nameTyped = false
            suggestName(&state)
        default: break
        }
        return []
    }

    static func handleEditing(_ key: Key, in state: inout EditorState) -> [Effect] {
        switch key {
        case .enter, .escape: state.export.editingPath = false
        default:
            let before = state.export.path.text
            _ = state.export.path.handle(key)
            if state.export.path.text != before { state.export.nameTyped = true }
        }
        return []
    }

    /// The name offered for the selected format, from the draft's file name or title as they
    /// are now; a name the user typed stays.
    static func suggestName(_ state: inout EditorState) {
        guard !state.export.nameTyped else { return }
        state.export.path = TextField(state.export.suggestedName(draftPath: state.path, title: state.draft.position.title?.nilIfBlank))
    }

    /// Writes the chosen document; while the checks find errors it first asks (the dialog says
    /// how many and which), so nothing the checks reject is exported without a word.
    static func write(_ state: inout EditorState, despiteErrors: Bool = false) -> [Effect] {
        let (document, format, _) = ExportScreenState.choices[state.export.selectedFormat]
        let path = state.export.path.text.trimmingSpaces
        guard !path.isEmpty else { state.message = "Give a file name first."; return [.bell] }
        Editor.refreshCaches(&state)
        let errors = state.checks.findings.filter { $0.severity == .error }
        if !errors.isEmpty && !despiteErrors {
            state.modal = .confirmExport(errors: errors.map { ($0.field.map { $0 + ": " } ?? "") + $0.message })
            return []
        }
        do {
            let options = RenderOptions(format: format, ascii: state.context.ascii)
            let effect: Effect = format == .docx
                ? .exportBytes(path: path, contents: try state.context.renderer.renderDocx(document, draft: state.draft, options: options))
                : .export(path: path, contents: try state.context.renderer.render(document, draft: state.draft, options: options))
            state.message = "Wrote \(path)" + (errors.isEmpty ? "" : " (with \(View.counted(errors.count, "error")) the checks found)")
            return [effect]
        } catch {
            state.message = "Cannot export: \(error.description)"
            return [.bell]
        }
    }
}
