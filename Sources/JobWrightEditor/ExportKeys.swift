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
            let choice = ExportScreenState.choices[state.export.choice]
            state.export.selectedFormat = state.export.choice
            let base = state.path ?? "untitled.yaml"
            let suffix = (choice.0 == .posting ? "" : choice.0.rawValue + ".") + choice.2
            state.export.path = TextField(EditorState.exportName(for: base, extension: suffix))
        default: break
        }
        return []
    }

    static func handleEditing(_ key: Key, in state: inout EditorState) -> [Effect] {
        switch key {
        case .enter, .escape: state.export.editingPath = false
        default: _ = state.export.path.handle(key)
        }
        return []
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
