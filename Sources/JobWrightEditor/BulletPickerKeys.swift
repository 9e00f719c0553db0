import JobWrightCore

/// Keys of the Review screen's catalog search: letters go to the search, the arrows move, Enter
/// makes the highlighted bullet what the line became and settles the line.
enum BulletPickerKeys {
    static func open(forLine index: Int, in state: inout EditorState) {
        guard let lines = state.draft.importReview?.lines, lines.indices.contains(index) else { return }
        let line = lines[index]
        state.modal = .bulletPicker(BulletPicker(line: index, preferred: line.choices.map(\.id), catalog: state.context.catalog))
    }

    static func handle(_ key: Key, picker: BulletPicker, in state: inout EditorState) -> [Effect] {
        var picker = picker
        if picker.move(key) {
            state.modal = .bulletPicker(picker)
            return []
        }
        switch key {
        case .escape:
            state.modal = nil
            return []
        case .control("s"):
            // Saves the draft as it is; the search stays open, since nothing was chosen yet.
            return Editor.save(&state)
        case .enter:
            guard picker.found.indices.contains(picker.selected) else { return [.bell] }
            let id = state.context.catalog.competencies[picker.found[picker.selected]].id
            state.modal = nil
            ReviewKeys.settle(picker.line, .choose(id), in: &state)
            return []
        default:
            guard picker.search(key, in: state.context.catalog) else { return [] }
        }
        state.modal = .bulletPicker(picker)
        return []
    }

    /// Pasted text goes into the search.
    static func paste(_ text: String, picker: BulletPicker, in state: inout EditorState) {
        var picker = picker
        picker.searchPasted(text, in: state.context.catalog)
        state.modal = .bulletPicker(picker)
    }
}
