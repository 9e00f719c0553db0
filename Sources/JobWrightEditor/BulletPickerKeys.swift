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
        let last = max(0, picker.found.count - 1)
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
        case .up: picker.selected = max(0, picker.selected - 1)
        case .down: picker.selected = min(last, picker.selected + 1)
        case .pageUp: picker.selected = max(0, picker.selected - 10)
        case .pageDown: picker.selected = min(last, picker.selected + 10)
        default:
            let before = picker.filter.text
            guard picker.filter.handle(key) else { return [] }
            if picker.filter.text != before {
                picker.selected = 0
                picker.refresh(state.context.catalog)
            }
        }
        state.modal = .bulletPicker(picker)
        return []
    }

    /// Pasted text goes into the search.
    static func paste(_ text: String, picker: BulletPicker, in state: inout EditorState) {
        var picker = picker
        picker.filter.insert(text)
        picker.selected = 0
        picker.refresh(state.context.catalog)
        state.modal = .bulletPicker(picker)
    }
}
