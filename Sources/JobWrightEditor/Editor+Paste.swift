/// Text that arrives in one piece: a bracketed paste, or keys typed (or pasted by a terminal
/// without bracketed paste) faster than the screen redraws. Neither ever runs a command from
/// inside the text.
extension Editor {
    /// A bracketed paste goes into the field being typed in, every character of it; on the
    /// Position screen with no field open, into the selected field as typing would; anywhere
    /// else it is ignored, never read as keys.
    static func paste(_ text: String, into state: inout EditorState) {
        switch state.modal {
        case .savePath(var field)?:
            field.insert(text); state.modal = .savePath(field)
        case .customBullet(var form)? where form.selected == 0:
            form.text.insert(text); state.modal = .customBullet(form)
        case .rolePicker(let picker)?:
            ReportingKeys.pasteIntoPicker(text, picker: picker, in: &state)
        case .bulletPicker(let picker)?:
            BulletPickerKeys.paste(text, picker: picker, in: &state)
        case .customQuestion(var form)? where form.selected > 0:
            form.fields[form.selected - 1].insert(text); state.modal = .customQuestion(form)
        case .list(let editor)? where editor.editing != nil:
            ListEditorKeys.paste(text, editor: editor, in: &state)
        case .start(var screen)? where screen.typingPath:
            screen.copyPath.insert(text); state.modal = .start(screen)
        case .start(let screen)?:
            return StartKeys.paste(text, screen: screen, in: &state)
        case .profileSetup(var form)?:
            form.fields[form.selected].insert(text); state.modal = .profileSetup(form)
        case nil:
            if var field = state.position.editing { field.insert(text); state.position.editing = field }
            else if state.competencies.filterEditing { state.competencies.filter = (state.competencies.filter ?? "") + TextField(text).text }
            else if var field = state.rubric.editingName { field.insert(text); state.rubric.editingName = field }
            else if state.export.editingPath {
                state.export.path.insert(text)
                state.export.nameTyped = true
            }
            else if state.screen == .position {
                guard PositionKeys.typeInto(FormField.all[state.position.selected], text, in: &state) else { return }
            } else {
                state.message = "Pasted text was not used: open a field first (Enter), then paste."
                return
            }
        default:
            state.message = "Pasted text was not used: open a field first (Enter), then paste."
            return
        }
        if state.unsavedSince == nil { state.unsavedSince = state.now }
        let controls = TextField.controlCount(text)
        if controls > 0 {
            state.message = "The pasted text held \(View.counted(controls, "control character")) (such as Esc); each shows as a picture like \u{241B} where it was. Delete them: 7 Checks lists them."
        }
    }

    /// Keys that arrived together are handled one by one, as typed, with one exception: while a
    /// one-line field is being typed in, a line break followed by more text is part of a pasted
    /// paragraph, so it becomes a space instead of ending the field (and the rest of the text
    /// running as commands). A line break at the very end is Enter.
    static func typed(_ text: String, in state: inout EditorState) -> [Effect] {
        let characters = Array(text)
        // Lines of prose pasted where nothing is being typed would run as commands: set aside.
        if !isTyping(state) && looksPasted(characters) {
            // On the Position screen it goes into the selected field, as a bracketed paste does.
            if state.modal == nil && state.screen == .position {
                return recordingChanges(&state) { paste(text, into: &$0); return [] }
            }
            // On the start screen an old posting pasted whole is imported.
            if case .start? = state.modal {
                paste(text, into: &state)
                return []
            }
            state.message = "Pasted text was not used: open a field first (Enter), then paste."
            return [.bell]
        }
        // Lines typed into a list item (a terminal without bracketed paste) become items, as a
        // bracketed paste of the same lines does.
        if case .list(let editor)? = state.modal, editor.editing != nil, editor.target.columns.count == 1,
           text.split(whereSeparator: \.isNewline).filter({ !$0.trimmingCharacters(in: .whitespaces).isEmpty }).count > 1 {
            return recordingChanges(&state) { ListEditorKeys.paste(text, editor: editor, in: &$0); return [] }
        }
        var effects: [Effect] = []
        for (index, character) in characters.enumerated() {
            // A question (quit, recovery, overwrite, export) takes one deliberate key, never a key
            // that came in a burst, such as the `d` after the `q` of pasted text.
            if isQuestion(state.modal) {
                state.message = "Answer with one key; the keys that came with it were not used."
                effects.append(.bell)
                break
            }
            let key: Key
            if character == "\n" || character == "\r" {
                // Two or more characters after it: the next line of pasted text, not a key typed
                // right after Enter.
                let more = characters[(index + 1)...].prefix { !$0.isNewline }.count >= 2
                if more && isTypingOneLine(state) {
                    _ = recordingChanges(&state) { paste(" ", into: &$0); return [] }
                    continue
                }
                key = .enter
            } else if character == "\t" {
                key = .tab
            } else {
                key = .character(character)
            }
            effects += recordingChanges(&state) { handle(key, in: &$0) }
            if effects.contains(.quit) { break }
        }
        return effects
    }

    /// A question (quit, recovery, overwrite, export, changed on disk, locked): `Modal.answerKeys`.
    static func isQuestion(_ modal: Modal?) -> Bool { modal?.answerKeys != nil }

    /// Lines of text that start with a letter, digit or punctuation: a paragraph pasted, not keys typed ahead
    /// of a busy screen (those start with the key that opens a field, such as Enter).
    static func looksPasted(_ characters: [Character]) -> Bool {
        guard let first = characters.first, first.isLetter || first.isNumber || first.isPunctuation else { return false }
        guard let lineBreak = characters.firstIndex(where: \.isNewline) else { return false }
        return characters[lineBreak...].contains { !$0.isNewline && !$0.isWhitespace }
    }

    /// True while any text field (on a screen or in a dialog) is being typed in.
    static func isTyping(_ state: EditorState) -> Bool {
        // A role picker takes letters as its search.
        if case .rolePicker? = state.modal { return true }
        return state.modal == nil ? isEditingText(state) : isTypingOneLine(state)
    }

    /// True while a one-line field (on a screen or in a dialog) is being typed in.
    static func isTypingOneLine(_ state: EditorState) -> Bool {
        switch state.modal {
        case .savePath?: return true
        case .customBullet(let form)?: return form.selected == 0
        case .rolePicker(let picker)?: return picker.typing
        case .bulletPicker?: return true
        case .customQuestion(let form)?: return form.selected > 0
        case .list(let editor)?: return editor.editing != nil
        case .start(let screen)?: return screen.typingPath
        case .profileSetup?: return true
        case nil: return isEditingText(state) && state.position.editing?.isMultiline != true
        default: return false
        }
    }
}
