/// Keys of the Position screen: a form of every draft field. Short fields are typed in place,
/// prose in a multi-line text area, lists in the list dialog, notices picked from the catalog.
enum PositionKeys {
    /// What Esc on this screen says: the keys the next key may be.
    static let commandPrompt = "Next key is a command: u undo, n next to fill, q quit, ? help; any other key types"

    static func handle(_ key: Key, in state: inout EditorState) -> [Effect] {
        let count = FormField.all.count
        let page = max(1, state.height - 6)
        switch key {
        // Only keys that are never text move here: letters are typed into the field.
        case .up: state.position.selected = max(0, state.position.selected - 1)
        case .down: state.position.selected = min(count - 1, state.position.selected + 1)
        case .pageUp: state.position.selected = max(0, state.position.selected - page)
        case .pageDown: state.position.selected = min(count - 1, state.position.selected + page)
        case .home: state.position.selected = 0
        case .end: state.position.selected = count - 1
        case .enter, .character(" "), .left, .right:
            let field = FormField.all[state.position.selected]
            if case .choice = field.kind, key == .enter {
                // Enter never changes a value by surprise: a choice changes with Space or the arrows.
                state.message = "\(field.label) is a choice: Space or Left/Right picks the next one."
            } else if case .choice(let choices) = field.kind {
                let index = choices.firstIndex(of: field.get(state.draft))
                let step = key == .left ? -1 : 1
                let next = index.map { ($0 + step + choices.count) % choices.count } ?? 0
                _ = field.set(&state.draft, choices[next])
                Editor.edited(&state)
            } else if key == .enter {
                open(field, in: &state)
            }
        case .delete, .backspace:
            let field = FormField.all[state.position.selected]
            guard !field.get(state.draft).isEmpty else { return [] }
            if case .choice = field.kind { return [] }
            _ = field.set(&state.draft, "")
            Editor.edited(&state)
            state.message = "Cleared \(field.label); Esc u brings it back."
        case .character(let character) where !character.isWhitespace && !TextField.isControl(character):
            // Typing on a field that is not open starts editing it with that character: a
            // one-line field is replaced by what is typed, as a spreadsheet's cell is (Esc
            // brings the old value back; Enter edits the value as it is).
            typeInto(FormField.all[state.position.selected], String(character), in: &state)
        default:
            break
        }
        return []
    }

    /// Text typed or pasted on a field that is not open starts editing it with that text: a
    /// one-line value is replaced, a text area added to, a list given a new item (a pasted list
    /// of lines, an item each). False for a field that is picked, not typed.
    @discardableResult
    static func typeInto(_ field: FormField, _ text: String, in state: inout EditorState) -> Bool {
        switch field.kind {
        case .choice:
            state.message = "\(field.label) is picked, not typed: Space or Left/Right changes it."
            return false
        case .notices:
            state.message = "\(field.label) are picked, not typed: Enter opens the list."
            return false
        case .list(let target):
            var editor = ListEditor(target: target)
            ListEditorKeys.startAdding(at: target.items(in: state.draft).count, &editor)
            ListEditorKeys.paste(text, editor: editor, in: &state)
        case .prose:
            // A text area is added to: one key must not replace a whole summary.
            open(field, in: &state)
            state.position.editing?.insert(text)
        default:
            // Appending to 2027-02-05, 118000 or a title never makes a value anyone means.
            state.position.error = nil
            var typed = TextField()
            typed.insert(text)
            state.position.editing = typed
        }
        return true
    }

    /// Starts editing a field in the way its kind is edited.
    static func open(_ field: FormField, in state: inout EditorState) {
        state.position.error = nil
        switch field.kind {
        case .list(let target): state.modal = .list(ListEditor(target: target))
        case .notices: state.modal = .notices(selected: 0)
        case .prose: state.position.editing = TextField(field.get(state.draft), multiline: true)
        default: state.position.editing = TextField(field.get(state.draft))
        }
    }

    static func handleEditing(_ key: Key, in state: inout EditorState) -> [Effect] {
        guard var field = state.position.editing else { return [] }
        switch key {
        case .tab, .down where !field.isMultiline, .up where !field.isMultiline:
            // Tab, or in a form an arrow out of a one-line field, keeps what was typed and goes to
            // the next field or (Up) the one before (a title typed, then Down, went on into the title).
            guard keep(field, in: &state) else { return [.bell] }
            state.position.selected = key == .up ? max(0, state.position.selected - 1) : min(FormField.all.count - 1, state.position.selected + 1)
        case .enter where !field.isMultiline:
            if !keep(field, in: &state) { return [.bell] }
        case .control("n"):
            // A title typed, then Ctrl-N as the start message says: kept, and on to the next field
            // to fill (it did nothing while the field was open).
            guard keep(field, in: &state) else { return [.bell] }
            ChecksKeys.nextToFill(in: &state)
        case .escape:
            // A text area keeps what was written (u undoes it); a one-line field cancels.
            if field.isMultiline {
                if !keep(field, in: &state) { return [.bell] }
            } else {
                state.position.editing = nil
                state.position.error = nil
            }
        default:
            let box = PositionView.textArea(state)
            if field.handle(key, width: box.width, page: box.height) { state.position.editing = field }
        }
        return []
    }

    /// Writes the typed value into the draft; false (and a message) when it is not valid.
    static func keep(_ field: TextField, in state: inout EditorState) -> Bool {
        let descriptor = FormField.all[state.position.selected]
        let value = field.text.trimmingSpaces
        if value != descriptor.get(state.draft) {
            var draft = state.draft
            if let error = descriptor.set(&draft, value) {
                state.position.error = error
                return false
            }
            let brokenBefore = Set(state.draft.hardRuleProblems.map(\.rule))
            state.draft = draft
            Editor.edited(&state)
            // Said at once: a range or a deadline that cannot be printed.
            if let problem = draft.hardRuleProblems.first(where: { !brokenBefore.contains($0.rule) }) {
                state.message = "Kept, but \(problem.message); fix it before publishing (7 Checks)."
            }
        }
        state.position.editing = nil
        state.position.error = nil
        return true
    }
}
