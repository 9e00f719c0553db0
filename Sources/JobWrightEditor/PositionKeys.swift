/// Keys of the Position screen: a form of every draft field.
enum PositionKeys {
    static func handle(_ key: Key, in state: inout EditorState) -> [Effect] {
        let count = FormField.all.count
        let page = max(1, state.height - 6)
        switch key {
        case .up, .character("k"): state.position.selected = max(0, state.position.selected - 1)
        case .down, .character("j"): state.position.selected = min(count - 1, state.position.selected + 1)
        case .pageUp: state.position.selected = max(0, state.position.selected - page)
        case .pageDown: state.position.selected = min(count - 1, state.position.selected + page)
        case .home, .character("g"): state.position.selected = 0
        case .end, .character("G"): state.position.selected = count - 1
        case .enter, .character("e"), .character(" "), .left, .right:
            let field = FormField.all[state.position.selected]
            if case .choice(let choices) = field.kind {
                let current = field.get(state.draft)
                let index = choices.firstIndex(of: current)
                let step = key == .left ? -1 : 1
                let next = index.map { ($0 + step + choices.count) % choices.count } ?? 0
                _ = field.set(&state.draft, choices[next])
                Editor.edited(&state)
            } else if key == .enter || key == .character("e") {
                state.position.editing = TextField(field.get(state.draft))
                state.position.error = nil
            }
        case .delete, .backspace:
            let field = FormField.all[state.position.selected]
            guard !field.get(state.draft).isEmpty else { return [] }
            if case .choice = field.kind { return [] }
            _ = field.set(&state.draft, "")
            Editor.edited(&state)
        default:
            break
        }
        return []
    }

    static func handleEditing(_ key: Key, in state: inout EditorState) -> [Effect] {
        guard var field = state.position.editing else { return [] }
        let descriptor = FormField.all[state.position.selected]
        switch key {
        case .enter, .tab:
            let value = field.text.trimmingSpaces
            if value == descriptor.get(state.draft) {
                state.position.editing = nil
                return []
            }
            var draft = state.draft
            if let error = descriptor.set(&draft, value) {
                state.position.error = error
                return [.bell]
            }
            state.draft = draft
            state.position.editing = nil
            state.position.error = nil
            Editor.edited(&state)
            if key == .tab { state.position.selected = min(FormField.all.count - 1, state.position.selected + 1) }
        case .escape:
            state.position.editing = nil
            state.position.error = nil
        default:
            if field.handle(key) { state.position.editing = field }
        }
        return []
    }
}
